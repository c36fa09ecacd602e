/**
 * `vllm-envs sync --out DIR (--corpus DIR | --repo PATH [--path FILE] | --remote) [--prune]
 * [--name PLUGIN | --plugins FILE [--plugins-corpus DIR | --plugin-repos DIR]]` and
 * `vllm-envs check --out DIR` (regenerate in memory, compare, never write).
 */
import { join, resolve } from "node:path";
import { checkPluginName, corpusRevisions, repoRevisions, type Revision } from "../sync/sources.js";
import { runSync } from "../sync/sync.js";
import type { SyncOptions, SyncResult } from "../sync/sync-types.js";
import type { RemoteOptions } from "../sync/remote.js";
import { pythonModuleOf } from "../emit/emit-index.js";
import { pluginSources, readPluginConfig } from "../sync/plugin-config.js";
import { UsageError, extractOptionsOf, need, plural, type CliValues } from "./options.js";

/** `sync --remote`'s options from the command line (`--github-api`, `--raw-base`, `--cache`, `--timeout`, …). */
function remoteOptions(values: CliValues): RemoteOptions {
  return {
    api: (values["github-api"] ?? "https://api.github.com").replace(/\/+$/, ""),
    raw: (values["raw-base"] ?? "https://raw.githubusercontent.com").replace(/\/+$/, ""),
    repo: "vllm-project/vllm",
    cache: values.cache ?? join(".cache", "vllm-envs"),
    timeoutMs: Math.max(1, Number(values.timeout ?? "30")) * 1000,
    retries: Math.max(0, Math.floor(Number(values.retries ?? "3"))),
    includePrereleases: values["include-prereleases"] ?? false,
  };
}

function progressSink(values: CliValues): ((line: string) => void) | undefined {
  return values.progress || process.stderr.isTTY ? (line) => process.stderr.write(`vllm-envs: ${line}\n`) : undefined;
}

/** The revisions of the one source given, and how to name it in messages. */
async function revisionsFrom(values: CliValues): Promise<{ revisions: Revision[]; source: string }> {
  const note = (m: string) => process.stderr.write(`vllm-envs: note: ${m}\n`);
  const chosen = [values.corpus, values.repo, values.remote].filter((x) => x !== undefined && x !== false);
  if (chosen.length !== 1) throw new UsageError("give exactly one source: --corpus DIR, --repo PATH or --remote");
  if (values.corpus) return { revisions: corpusRevisions(resolve(values.corpus)), source: resolve(values.corpus) };
  if (values.repo) {
    const repo = resolve(values.repo);
    if (values.name !== undefined && values.path === undefined) throw new UsageError("--name with --repo needs --path FILE (the plugin's envs file, e.g. vllm_gaudi/envs.py)");
    return { revisions: repoRevisions(repo, values["include-prereleases"] ?? false, note, values.path), source: repo };
  }
  if (values.name !== undefined) throw new UsageError("--name takes --repo PATH --path FILE or --corpus DIR");
  const { remoteRevisions } = await import("../sync/remote.js");
  const o = remoteOptions(values);
  return { revisions: await remoteRevisions(o, note), source: `${o.api}/repos/${o.repo}` };
}

function list(names: string[]): string {
  return names.length > 10 ? `${names.slice(0, 10).join(", ")}, … (${names.length - 10} more)` : names.join(", ");
}

/** What sync keeps or removes beyond the source, on stderr (sync and check alike). */
function reportKept(result: SyncResult, check: boolean): void {
  const say = (line: string) => process.stderr.write(`vllm-envs: ${line}\n`);
  const { kept, pruned, foreign } = result;
  if (result.keptPlugins.length) say(`kept the output of ${plural(result.keptPlugins.length, "plugin")} without a source: ${list(result.keptPlugins)}`);
  if (kept.length) say(`kept ${plural(kept.length, "version")} not in the source: ${list(kept)}; pass --prune to remove them`);
  if (pruned.length) say(`${check ? "would prune" : "pruned"} ${plural(pruned.length, "version")} not in the source: ${list(pruned)}`);
  if (foreign.length) say(`kept ${plural(foreign.length, "file")} sync does not write: ${list(foreign)}`);
}

/** Run `sync` (or `sync --check`). */
export async function runSyncCommand(values: CliValues): Promise<number> {
  const out = resolve(need(values, "out"));
  const started = Date.now();
  const { revisions, source } = await revisionsFrom(values);
  // Nothing found is an error, and nothing is written: an empty source must never empty --out.
  if (!revisions.length) throw new UsageError(`no versions found in ${source}`);
  const check = values.check ?? false;
  const extract = extractOptionsOf(values);
  const result = await runSync({ out, revisions, check, prune: values.prune ?? false, progress: progressSink(values), ...pluginOptions(values), extract });
  reportKept(result, check);
  if (check) return reportStale(result.stale);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const kept = result.kept.length ? `, ${result.kept.length} kept` : "";
  const counts = `${result.regenerated.length} generated, ${result.reused.length} unchanged${kept}`;
  const plugins = result.regenerated.length + result.reused.length - revisions.length;
  const what = `${revisions.length} versions${plugins > 0 ? ` and ${plugins} plugin versions` : ""}`;
  process.stderr.write(`vllm-envs: ${what}: ${counts}; ${result.written ? `${result.stale.length} files updated` : "nothing written"} in ${seconds} s\n`);
  return 0;
}

/** `--name` (this output is one plugin's tree) or `--plugins` (the package's plugins, each into plugins/NAME/). */
function pluginOptions(values: CliValues): Pick<SyncOptions, "plugin" | "plugins"> {
  if (values.name !== undefined) {
    if (values.plugins !== undefined) throw new UsageError("give --name (one plugin's tree) or --plugins (the package's plugins), not both");
    checkPluginName(values.name, "--name");
    const path = values.path ?? null;
    return { plugin: { name: values.name, module: path === null ? null : pythonModuleOf(path), path } };
  }
  if (values.plugins === undefined) return {};
  const note = (m: string) => process.stderr.write(`vllm-envs: note: ${m}\n`);
  const config = readPluginConfig(resolve(values.plugins));
  if (values["plugin-repos"] !== undefined && values["plugins-corpus"] !== undefined) throw new UsageError("give --plugins-corpus DIR or --plugin-repos DIR, not both");
  const origin = values["plugin-repos"] !== undefined
    ? { clones: resolve(values["plugin-repos"]), includePrereleases: values["include-prereleases"] ?? false }
    : { corpus: resolve(values["plugins-corpus"] ?? process.env.VLLM_ENVS_PLUGINS ?? "../shared/plugin-envs") };
  return { plugins: pluginSources(config, origin, note) };
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
