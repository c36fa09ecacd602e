/**
 * `vllm-envs sync --out DIR (--corpus DIR | --repo PATH | --remote)` and
 * `vllm-envs check --out DIR` (regenerate in memory, compare, never write).
 */
import { resolve } from "node:path";
import { corpusRevisions, repoRevisions, type Revision } from "../sync/sources.js";
import { runSync } from "../sync/sync.js";
import { UsageError, need, type CliValues } from "./main.js";

function progressSink(values: CliValues): ((line: string) => void) | undefined {
  return values.progress || process.stderr.isTTY ? (line) => process.stderr.write(`vllm-envs: ${line}\n`) : undefined;
}

async function revisionsFrom(values: CliValues): Promise<Revision[]> {
  const note = (m: string) => process.stderr.write(`vllm-envs: note: ${m}\n`);
  const chosen = [values.corpus, values.repo, values.remote].filter((x) => x !== undefined && x !== false);
  if (chosen.length !== 1) throw new UsageError("give exactly one source: --corpus DIR, --repo PATH or --remote");
  if (values.corpus) return corpusRevisions(resolve(values.corpus));
  if (values.repo) return repoRevisions(resolve(values.repo), values["include-prereleases"] ?? false, note);
  const { remoteRevisions } = await import("../sync/remote.js");
  return remoteRevisions(values, note);
}

/** Run `sync` (or `sync --check`). */
export async function runSyncCommand(values: CliValues): Promise<number> {
  const out = resolve(need(values, "out"));
  const started = Date.now();
  const revisions = await revisionsFrom(values);
  const result = await runSync({ out, revisions, check: values.check ?? false, progress: progressSink(values) });
  if (values.check) return reportStale(result.stale);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`vllm-envs: ${revisions.length} versions: ${result.regenerated.length} generated, ${result.reused.length} unchanged; ${result.written ? `${result.stale.length} files updated` : "nothing written"} in ${seconds} s\n`);
  return 0;
}

function reportStale(stale: string[]): number {
  for (const f of stale) process.stderr.write(`vllm-envs: stale: ${f}\n`);
  process.stderr.write(`vllm-envs: ${stale.length ? `${stale.length} stale files` : "generated files are current"}\n`);
  return stale.length ? 1 : 0;
}

/** Run `check`: sync's sources default to $VLLM_ENVS_CORPUS. */
export async function runCheck(values: CliValues): Promise<number> {
  const withSource = values.corpus || values.repo || values.remote ? values : { ...values, corpus: process.env.VLLM_ENVS_CORPUS ?? "../shared/vllm-envs" };
  return runSyncCommand({ ...withSource, check: true });
}
