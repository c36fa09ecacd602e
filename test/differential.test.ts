/**
 * The heart of the suite: for every corpus revision, CPython running the real
 * file and the generated runtime must give the same value or the same error.
 */
import { describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { diffFile, sameResult, type DiffReport } from "./support/differential.js";

/**
 * Disagreements we accept, by variable, with the reason. Empty today: every
 * compared probe of every revision agrees. A new entry needs a reason a reviewer accepts.
 */
const NAMED_EXCEPTIONS: Readonly<Record<string, string>> = {};

const isUnsupported = (x: unknown): boolean => x !== null && typeof x === "object" && "$unsupported" in x;

function summary(label: string, d: DiffReport): string {
  const ours = [...d.observed, ...d.stubbed, ...d.nondeterministic].filter((o) => isUnsupported(o.ours)).length;
  return `${label}: ${d.agree}/${d.compared} agree, ${d.unsupported} unsupported, ${d.excludedStubbed} touched a stub, ${d.excludedNondeterministic} nondeterministic, ${ours} answered unsupported in all`;
}

describe.each(revisions())("CPython vs generated runtime: $label", (rev) => {
  it("agrees on at least 99.5% of probes, at most 0.5% unsupported, every disagreement named", async () => {
    const d = await diffFile(rev.file);
    console.log(summary(rev.label, d));
    const unexplained = d.mismatches.filter((m) => !Object.hasOwn(NAMED_EXCEPTIONS, m.probe.name));
    expect(unexplained.slice(0, 5).map((m) => ({ name: m.probe.name, env: m.probe.env, python: m.probe.result, ours: m.ours }))).toEqual([]);
    expect(d.compared).toBeGreaterThan(rev.variables * 20);
    expect(d.agree / d.compared).toBeGreaterThanOrEqual(0.995);
    expect(d.unsupported / d.compared).toBeLessThanOrEqual(0.005);
  });

  it("answers `unsupported` (never a guess) where CPython's answer depended on a stubbed import", async () => {
    const d = await diffFile(rev.file);
    for (const s of d.stubbed) {
      const ok = (s.ours !== null && typeof s.ours === "object" && "$unsupported" in s.ours) || sameResult(s.ours, s.probe.result);
      expect(ok, `${s.probe.name} ${JSON.stringify(s.probe.env)} gave ${JSON.stringify(s.ours)}`).toBe(true);
    }
  });

  it("gives a value of the same shape where CPython is nondeterministic (uuid4)", async () => {
    const d = await diffFile(rev.file);
    for (const n of d.nondeterministic) {
      expect(typeof n.ours).toBe(typeof n.probe.result);
      if (typeof n.ours === "string") expect(n.ours.length).toBe((n.probe.result as string).length);
    }
  });
});
