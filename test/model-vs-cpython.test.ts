/**
 * Every statement the model makes about a variable, checked against what
 * CPython computed from the same file: its type, its default, its choices.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import type { Variable } from "../src/ir/types.js";
import { revisions } from "./support/corpus.js";
import { diffFile } from "./support/differential.js";
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

function unsetProbe(v: Variable, env: Record<string, string>): boolean {
  return Object.keys(env).every((k) => k === "HOME");
}

describe.each(FILES)("model vs CPython: $label", ({ file }) => {
  it("types, defaults and choices hold for every value CPython produced", async () => {
    const model = extractModel(file, readFileSync(file, "utf8"));
    const byName = new Map(model.variables.map((v) => [v.name, v]));
    const d = await diffFile(file);
    const problems: string[] = [];
    for (const { probe } of d.observed) {
      const v = byName.get(probe.name);
      if (!v) {
        problems.push(`${probe.name}: not in the model`);
        continue;
      }
      const r = probe.result;
      if (!isError(r) && !fitsType(r, v.type)) problems.push(`${v.name}: CPython gave ${JSON.stringify(r)}, outside the inferred type ${JSON.stringify(v.type)}`);
      if (unsetProbe(v, probe.env)) {
        if (v.default.kind === "literal" && !sameAsDefault(r, v.default.value)) problems.push(`${v.name}: default ${JSON.stringify(v.default.value)} but CPython gave ${JSON.stringify(r)} when unset`);
        if (v.default.kind === "symbolic" && v.default.baseValue !== undefined && !sameAsDefault(r, v.default.baseValue)) problems.push(`${v.name}: base default ${JSON.stringify(v.default.baseValue)} but CPython gave ${JSON.stringify(r)}`);
      }
      if (v.choices && !v.choices.list && Object.hasOwn(probe.env, v.name)) {
        const value = probe.env[v.name];
        const listed = v.choices.caseSensitive ? v.choices.values.includes(value) : v.choices.values.some((c) => c.toLowerCase() === value.toLowerCase());
        if (listed === isError(r)) problems.push(`${v.name}=${JSON.stringify(value)}: choices say ${listed ? "valid" : "invalid"}, CPython gave ${JSON.stringify(r)}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
