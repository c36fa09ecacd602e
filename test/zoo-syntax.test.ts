/**
 * The syntax zoo (test/fixtures/zoo/syntax*.py): constructs no vLLM revision
 * uses, each checked against CPython. Every probe agrees or is `unsupported`
 * (never a guess); at least 90% agree; the "honesty" getters are unsupported,
 * never an invented error. (The lead merges this with test/zoo.test.ts.)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffFile } from "./support/differential.js";

const DIR = join(process.cwd(), "test", "fixtures", "zoo");
const FIXTURES = readdirSync(DIR).filter((f) => /^syntax.*\.py$/.test(f)).sort();

const isUnsupported = (x: unknown): boolean => x !== null && typeof x === "object" && "$unsupported" in x;

describe.each(FIXTURES)("syntax zoo %s", (name) => {
  it("agrees with CPython on every probe it answers, at least 90% of them", async () => {
    const d = await diffFile(join(DIR, name));
    const wrong = d.mismatches.map((m) => ({ name: m.probe.name, env: m.probe.env, python: m.probe.result, ours: m.ours }));
    console.log(`${name}: ${d.agree}/${d.compared} agree, ${d.unsupported} unsupported, ${d.excludedStubbed} touched a stub`);
    expect(wrong.slice(0, 8)).toEqual([]);
    expect(d.compared).toBeGreaterThan(30 * 20);
    expect(d.agree / d.compared).toBeGreaterThanOrEqual(0.9);
  });

  it("answers the honesty section with `unsupported` on every probe, never an error", async () => {
    const d = await diffFile(join(DIR, name));
    const honest = [...d.observed, ...d.stubbed].filter((o) => o.probe.name.includes("_HONEST_"));
    const invented = honest.filter((o) => !isUnsupported(o.ours) && JSON.stringify(o.ours) !== JSON.stringify(o.probe.result));
    expect(invented.slice(0, 5).map((o) => ({ name: o.probe.name, env: o.probe.env, python: o.probe.result, ours: o.ours }))).toEqual([]);
    expect(honest.filter((o) => isUnsupported(o.ours)).length).toBeGreaterThan(0);
  });
});
