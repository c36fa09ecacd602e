/**
 * JSON Schemas against CPython: both compile in Ajv (strict); a probe string
 * validates against env.schema.json exactly when CPython accepted it (≥ 99.5%
 * per revision); every resolved value validates against values.schema.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { diffFile } from "./support/differential.js";
import type { Encoded } from "../src/cli/eval-encode.js";

function schema(label: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(process.cwd(), "generated", label, file), "utf8"));
}

function ajv() {
  return new Ajv2020({ strict: true, allErrors: false, unicodeRegExp: true });
}

function isError(v: Encoded): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && "$error" in v;
}

/** The runtime's JSON form of a CPython value, as a resolved-values document holds it. */
function plain(v: Encoded): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object") {
    if ("$set" in v) return (v.$set as Encoded[]).map(plain);
    if ("$dict" in v) return Object.fromEntries(Object.entries(v.$dict as Record<string, Encoded>).map(([k, x]) => [k, plain(x)]));
    if ("$int" in v) return Number(v.$int);
    if ("$float" in v) return undefined;
  }
  return v;
}

describe.each(revisions())("JSON Schemas: $label", (rev) => {
  it("compile in Ajv strict mode and carry $id, title and a $comment naming the revision", () => {
    for (const f of ["env.schema.json", "values.schema.json"]) {
      const s = schema(rev.label, f);
      expect(() => ajv().compile(s)).not.toThrow();
      expect(s.$id).toMatch(/^urn:vllm-envs:/);
      expect(typeof s.title).toBe("string");
      expect(String(s.$comment)).toContain(rev.label);
    }
  });

  it("env.schema.json accepts a value exactly when CPython does (≥ 99.5%)", async () => {
    const validate = ajv().compile(schema(rev.label, "env.schema.json"));
    const d = await diffFile(rev.file);
    let compared = 0;
    const disagree: string[] = [];
    for (const { probe } of d.observed) {
      // The schema speaks of one variable at a time: probes where only it (and HOME) is set.
      const others = Object.keys(probe.env).filter((k) => k !== "HOME" && k !== probe.name);
      if (others.length || !Object.hasOwn(probe.env, probe.name)) continue;
      compared += 1;
      const ok = validate({ [probe.name]: probe.env[probe.name] }) as boolean;
      if (ok === isError(probe.result)) disagree.push(`${probe.name}=${JSON.stringify(probe.env[probe.name])}: schema ${ok ? "accepts" : "rejects"}, CPython ${JSON.stringify(probe.result)}`);
    }
    const agreement = 1 - disagree.length / compared;
    console.log(`${rev.label}: env schema agrees with CPython on ${compared - disagree.length}/${compared} (${(agreement * 100).toFixed(2)}%)`);
    expect(compared).toBeGreaterThan(rev.variables * 10);
    expect(agreement, disagree.slice(0, 10).join("\n")).toBeGreaterThanOrEqual(0.995);
  });

  it("values.schema.json accepts every resolved value", async () => {
    const validate = ajv().compile(schema(rev.label, "values.schema.json"));
    const d = await diffFile(rev.file);
    const bad: string[] = [];
    for (const { probe } of d.observed) {
      if (isError(probe.result) || (probe.result !== null && typeof probe.result === "object" && "$unsupported" in probe.result)) continue;
      const value = plain(probe.result);
      if (value === undefined) continue;
      if (!validate({ [probe.name]: value })) bad.push(`${probe.name}: ${JSON.stringify(value)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
