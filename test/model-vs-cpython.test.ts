/**
 * Every statement the model makes about a variable, checked against what CPython computed from
 * the same file: its type, its default (a value, or "raises X when unset"), its accepted forms
 * under every probed environment of the other variables it reads, its choices, and a declared
 * `TYPE_CHECKING` type the model says agrees with the getter.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import type { Variable } from "../src/ir/types.js";
import { revisions } from "./support/corpus.js";
import { type Probe, diffFile } from "./support/differential.js";
import { checkAcceptance, checkChoices, checkDeclared, checkDefault } from "./support/statements.js";
import { fitsType } from "./support/fits-type.js";
import type { Encoded } from "../src/cli/eval-encode.js";

const FIXTURE_DIR = join(process.cwd(), "test", "fixtures", "constructs");
const ZOO_DIR = join(process.cwd(), "test", "fixtures", "zoo");
const FILES = [
  ...revisions().map((r) => ({ label: r.label, file: r.file })),
  ...readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".py")).map((f) => ({ label: `fixture ${f}`, file: join(FIXTURE_DIR, f) })),
  ...readdirSync(ZOO_DIR).filter((f) => f.endsWith(".py")).map((f) => ({ label: `zoo ${f}`, file: join(ZOO_DIR, f) })),
];

function isError(v: Encoded): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && ("$error" in v || "$unsupported" in v);
}

/** A literal default in the contract's JSON form (sets compare as sorted lists). */
function sameAsDefault(v: Encoded, d: unknown): boolean {
  const plain = v !== null && typeof v === "object" && !Array.isArray(v) && "$set" in v ? v.$set : v;
  return JSON.stringify(plain) === JSON.stringify(d) || (typeof d === "number" && typeof plain === "number" && d === plain);
}

function unsetProbe(env: Record<string, string>): boolean {
  return Object.keys(env).every((k) => k === "HOME");
}

describe.each(FILES)("model vs CPython: $label", ({ file }) => {
  it("types, defaults, accepted forms, choices and agreeing declarations hold for every value CPython produced", async () => {
    const model = extractModel(file, readFileSync(file, "utf8"));
    const byName = new Map(model.variables.map((v) => [v.name, v]));
    const d = await diffFile(file);
    const problems: string[] = [];
    const probesOf = new Map<string, Probe[]>();
    for (const { probe } of d.observed) {
      const v = byName.get(probe.name);
      if (!v) {
        problems.push(`${probe.name}: not in the model`);
        continue;
      }
      probesOf.set(v.name, [...(probesOf.get(v.name) ?? []), probe]);
      const r = probe.result;
      if (!isError(r) && !fitsType(r, v.type)) problems.push(`${v.name}: CPython gave ${JSON.stringify(r)}, outside the inferred type ${JSON.stringify(v.type)}`);
      if (unsetProbe(probe.env)) problems.push(...checkDefault(v, r, sameAsDefault));
    }
    for (const [name, probes] of probesOf) {
      const v = byName.get(name) as Variable;
      problems.push(...checkAcceptance(v, probes), ...checkChoices(v, probes), ...checkDeclared(v, probes));
    }
    expect(problems.slice(0, 12)).toEqual([]);
  });
});
