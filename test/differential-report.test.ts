import { it } from "vitest";
import { revisions } from "./support/corpus.js";
import { diffFile } from "./support/differential.js";

it.runIf(process.env.DIFF_REPORT)("prints the differential report", async () => {
  for (const r of revisions()) {
    const d = await diffFile(r.file);
    console.log(`${r.label}: probes=${d.probes} compared=${d.compared} agree=${d.agree} unsupported=${d.unsupported} stubbed=${d.excludedStubbed} nondet=${d.excludedNondeterministic} mismatches=${d.mismatches.length}`);
    const seen = new Set<string>();
    for (const m of d.mismatches) {
      if (seen.has(m.probe.name)) continue;
      seen.add(m.probe.name);
      console.log(`  ${m.probe.name} env=${JSON.stringify(m.probe.env)} py=${JSON.stringify(m.probe.result)} ours=${JSON.stringify(m.ours)}`);
    }
  }
}, 600_000);
