/**
 * The type test: every value the differential test observed from CPython is
 * assignable to `VllmEnv[name]` of the generated bindings (checked by tsc --strict).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { diffFile } from "./support/differential.js";
import { typecheck } from "./support/typecheck.js";
import type { Encoded } from "../src/cli/eval-encode.js";

/** A CPython value as a TS expression of the runtime's JS form. */
function tsValue(v: Encoded): string {
  if (v === null || typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return Number.isInteger(v) ? `${v}` : `${v}`;
  if (Array.isArray(v)) return `[${v.map(tsValue).join(", ")}]`;
  if ("$int" in v) return `${v.$int}n`;
  if ("$float" in v) return v.$float === "nan" ? "NaN" : v.$float === "inf" ? "Infinity" : "-Infinity";
  if ("$set" in v) return `new Set([${(v.$set as Encoded[]).map(tsValue).join(", ")}])`;
  if ("$dict" in v) return `{ ${Object.entries(v.$dict as Record<string, Encoded>).map(([k, x]) => `${JSON.stringify(k)}: ${tsValue(x)}`).join(", ")} }`;
  return "undefined as never";
}

function isValue(v: Encoded): boolean {
  return !(v !== null && typeof v === "object" && !Array.isArray(v) && ("$error" in v || "$unsupported" in v));
}

describe("types vs CPython", () => {
  it("every observed CPython value is assignable to VllmEnv[name], for every revision", async () => {
    const virtual: Record<string, string> = {};
    let total = 0;
    for (const rev of revisions()) {
      const d = await diffFile(rev.file);
      const seen = new Set<string>();
      const lines: string[] = [];
      for (const { probe } of d.observed) {
        if (!isValue(probe.result)) continue;
        const key = `${probe.name}\u0000${JSON.stringify(probe.result)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push(`check<${JSON.stringify(probe.name)}>(${tsValue(probe.result)});`);
      }
      total += lines.length;
      const gen = join(process.cwd(), "generated", rev.label, "index.js");
      virtual[join(process.cwd(), "test", `.types-${rev.label}.ts`)] = `import type { VllmEnv } from ${JSON.stringify(gen)};\ndeclare function check<K extends keyof VllmEnv>(value: VllmEnv[K]): void;\n${lines.join("\n")}\nexport {};\n`;
    }
    expect(typecheck([], virtual)).toEqual([]);
    expect(total).toBeGreaterThan(1000);
  }, 300_000);
});
