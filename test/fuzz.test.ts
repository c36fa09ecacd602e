/**
 * Property-based fuzzing (fast-check, fixed seed, bounded runs and time):
 * mutated corpus files never produce an untyped exception or a hang, and
 * whenever generation succeeds its TypeScript compiles.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractModel, InputError } from "../src/index.js";
import { packageFiles } from "../src/sync/package-files.js";
import { revisions } from "./support/corpus.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "lambda", "lambda x:", "**", "*", "\"", "'", "\\", "#", "\n", "    ", "os.getenv(", "int(", "if", "else", "=", ":=", "f'{", "}", "\u2028", "\u0000", "\ud800", "😀"];

type Mutation = { kind: "delete" | "duplicate"; line: number } | { kind: "truncate"; at: number } | { kind: "insert"; at: number; token: string } | { kind: "random"; at: number; chars: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("random" as const), at: fc.nat(), chars: fc.string({ unit: "binary", maxLength: 8 }) }),
);

function apply(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const lines = t.split("\n");
    if (m.kind === "delete" && lines.length > 1) lines.splice(m.line % lines.length, 1);
    else if (m.kind === "duplicate") lines.splice(m.line % lines.length, 0, lines[m.line % lines.length]);
    if (m.kind === "delete" || m.kind === "duplicate") t = lines.join("\n");
    else if (m.kind === "truncate") t = t.slice(0, m.at % (t.length + 1));
    else {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + (m.kind === "insert" ? m.token : m.chars) + t.slice(at);
    }
  }
  return t;
}

/** Extraction either succeeds or throws InputError, quickly. */
function extractOrInputError(text: string, allowSyntaxErrors: boolean) {
  const started = Date.now();
  try {
    return extractModel("fuzz.py", text, { allowSyntaxErrors });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return null;
  } finally {
    expect(Date.now() - started).toBeLessThan(5000);
  }
}

describe("fuzzing mutated corpus files", () => {
  const revs = revisions();
  const sources = [revs[0], revs[Math.floor(revs.length / 2)], revs[revs.length - 1]].map((r) => readFileSync(r.file, "utf8"));

  it("extraction never throws anything but InputError (strict and --allow-syntax-errors)", () => {
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (i, ms, lenient) => {
        extractOrInputError(apply(sources[i], ms), lenient);
      }),
      { seed: SEED, numRuns: 150, interruptAfterTimeLimit: 90_000 },
    );
  }, 120_000);

  it("whenever generation succeeds, its TypeScript compiles", async () => {
    const small = revs.slice(0, 3).map((r) => readFileSync(r.file, "utf8"));
    await fc.assert(
      fc.asyncProperty(fc.nat(small.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (i, ms) => {
        const model = extractOrInputError(apply(small[i], ms), true);
        if (!model) return;
        // The package builder compiles every module (ESM and CommonJS) and throws when one does not compile.
        const files = packageFiles([{ version: "fuzz", model }]);
        expect(files.get("fuzz/index.js")?.length).toBeGreaterThan(0);
        expect(files.get("shared/fuzz.cjs")?.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 15, interruptAfterTimeLimit: 120_000 },
    );
  }, 180_000);
});
