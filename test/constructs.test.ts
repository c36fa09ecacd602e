/**
 * One fixture per construct, each run through the same differential check as
 * the corpus: the expected values are CPython's, never written by hand.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffFile } from "./support/differential.js";

const DIR = join(process.cwd(), "test", "fixtures", "constructs");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();

describe.each(FIXTURES)("construct fixture %s", (name) => {
  it("agrees with CPython on every probe", async () => {
    const d = await diffFile(join(DIR, name));
    const wrong = [...d.mismatches.map((m) => ({ name: m.probe.name, env: m.probe.env, python: m.probe.result, ours: m.ours }))];
    const unsupported = d.observed.filter((o) => o.ours !== null && typeof o.ours === "object" && "$unsupported" in o.ours).map((o) => ({ name: o.probe.name, env: o.probe.env, python: o.probe.result, ours: o.ours }));
    expect(wrong.slice(0, 8)).toEqual([]);
    expect(unsupported.slice(0, 8)).toEqual([]);
    expect(d.compared).toBeGreaterThan(10);
  });
});
