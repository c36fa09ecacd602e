/**
 * `sync`: keep `generated/` in step with a list of revisions. Unchanged versions
 * (same source sha256 and tool version) are reused; the new tree is staged beside
 * the old one and swapped in, so `generated/` is always whole and consistent
 * with its `versions.json`; when nothing changed, nothing is written.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { extractModel } from "../extract.js";
import { GENERATED_FILES } from "../generate/file-names.js";
import { recoverFolder, writeFolderAtomic } from "../io/write-atomic.js";
import { toolFingerprint } from "../util/package-root.js";
import type { Model } from "../ir/types.js";
import type { Revision } from "./sources.js";
import { packageFiles } from "./package-files.js";
import { vllmVersionOf } from "../emit/emit-index.js";
import { buildHistoryFiles, historyUpTo } from "./history-files.js";
import { generateAll, type PoolJob } from "./generate-pool.js";

/** One line of `versions.json`. */
export interface VersionEntry {
  /** The label: the package subpath (`vllm-envs/<version>`). */
  version: string;
  /** The vLLM version the label names (`v0.9.2-approx` → `0.9.2`), or null. */
  vllmVersion: string | null;
  sha256: string;
  variables: number;
  tool: string;
  /** sha256 of the history the bindings carry (earlier versions matter to docs and validation). */
  history: string;
}

/** What a sync did or would do. */
export interface SyncResult {
  versions: VersionEntry[];
  regenerated: string[];
  reused: string[];
  /** Files whose content differs from disk (what `check` reports). */
  stale: string[];
  written: boolean;
}

/** Options of {@link runSync}. */
export interface SyncOptions {
  out: string;
  revisions: Revision[];
  /** Compare only; never write. */
  check?: boolean;
  /** Progress lines (version x of y, time per version). */
  progress?: (line: string) => void;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function readVersions(out: string): VersionEntry[] {
  try {
    return JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as VersionEntry[];
  } catch {
    return [];
  }
}

function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split("\\").join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return files;
}

function reusable(old: ReadonlyMap<string, string>, prev: VersionEntry | undefined, version: string, sha: string, historySha: string, check: boolean): boolean {
  if (check || !prev || prev.sha256 !== sha || prev.tool !== toolFingerprint() || prev.history !== historySha) return false;
  return GENERATED_FILES.every((f) => old.has(`${version}/${f}`));
}

/** Nothing to do: versions.json lists exactly these sources, by this generator, and every file is there (no file is read). */
function unchanged(out: string, previous: VersionEntry[], revisions: Revision[]): boolean {
  if (previous.length !== revisions.length || !existsSync(join(out, "CHANGELOG.md")) || !existsSync(join(out, "latest", "index.js"))) return false;
  return revisions.every((r, i) => {
    const p = previous[i];
    return p.version === r.version && p.sha256 === sha256(r.text) && p.tool === toolFingerprint() && GENERATED_FILES.every((f) => existsSync(join(out, r.version, f)));
  });
}

/** Sync (or check) `out` against the revisions. */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  if (!options.check) recoverFolder(options.out);
  const previous = readVersions(options.out);
  if (!options.check && unchanged(options.out, previous, options.revisions)) {
    // Same sources in the same order, same generator: history and every output are as on disk.
    return { versions: previous, regenerated: [], reused: previous.map((v) => v.version), stale: [], written: false };
  }
  const old = readTree(options.out);
  const prevVersions = new Map(previous.map((v) => [v.version, v]));
  const next = new Map<string, string>();
  const models: { version: string; model: Model }[] = [];
  const result: SyncResult = { versions: [], regenerated: [], reused: [], stale: [], written: false };
  for (const rev of options.revisions) models.push({ version: rev.version, model: extractModel("envs.py", rev.text) });
  const todo: { index: number; job: PoolJob }[] = [];
  for (const [i, rev] of options.revisions.entries()) {
    const { model } = models[i];
    const sha = model.source.sha256;
    const history = historyUpTo(models, i);
    const historySha = sha256(JSON.stringify(history));
    if (reusable(old, prevVersions.get(rev.version), rev.version, sha, historySha, options.check ?? false)) {
      for (const f of GENERATED_FILES) next.set(`${rev.version}/${f}`, old.get(`${rev.version}/${f}`) as string);
      result.reused.push(rev.version);
    } else {
      todo.push({ index: i, job: { model, options: { label: rev.version, history } } });
      result.regenerated.push(rev.version);
    }
    result.versions.push({ version: rev.version, vllmVersion: vllmVersionOf(rev.version), sha256: sha, variables: model.variables.length, tool: toolFingerprint(), history: historySha });
  }
  const started = Date.now();
  const generated = await generateAll(
    todo.map((t) => t.job),
    (k, ms) => options.progress?.(`version ${todo[k].index + 1} of ${options.revisions.length}: ${options.revisions[todo[k].index].version} (${ms} ms)`),
  );
  todo.forEach((t, k) => {
    for (const [f, text] of generated[k]) next.set(`${options.revisions[t.index].version}/${f}`, text);
  });
  if (todo.length) options.progress?.(`generated ${todo.length} of ${options.revisions.length} versions in ${Date.now() - started} ms (${result.reused.length} unchanged)`);
  const pkg = models.map((m, i) => ({ version: m.version, model: m.model, history: historyUpTo(models, i) }));
  for (const [f, text] of packageFiles(pkg)) next.set(f, text);
  for (const [f, text] of buildHistoryFiles(models)) next.set(f, text);
  next.set("versions.json", JSON.stringify(result.versions, null, 2) + "\n");
  for (const [f, text] of next) if (old.get(f) !== text) result.stale.push(f);
  for (const f of old.keys()) if (!next.has(f)) result.stale.push(f);
  result.stale.sort();
  if (!options.check && result.stale.length) {
    writeFolderAtomic(options.out, next);
    result.written = true;
  }
  return result;
}
