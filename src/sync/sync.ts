/**
 * `sync`: keep `generated/` in step with a list of revisions. Unchanged versions
 * (same source sha256 and tool version, files on disk as `files.sha256` records)
 * are reused; the new tree is staged beside the old one and swapped in, so
 * `generated/` is always whole and consistent with its `versions.json`; when
 * nothing changed, nothing is written. Nothing is lost: see keep-versions.ts.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractModel } from "../extract.js";
import { InputError } from "../errors/input-error.js";
import { GENERATED_FILES } from "../generate/file-names.js";
import { recoverFolder, writeFolderAtomic } from "../io/write-atomic.js";
import { toolFingerprint } from "../util/package-root.js";
import type { Model, VersionHistory } from "../ir/types.js";
import type { Revision } from "./sources.js";
import { packageFiles, type PackageTree } from "./package-files.js";
import { sourceOfPlugin, vllmVersionOf, type PluginInfo } from "../emit/emit-index.js";
import { buildHistoryFiles, historyUpTo, releases } from "./history-files.js";
import { generateAll, type PoolJob } from "./generate-pool.js";
import { hashContent, listFiles, manifestHolds, MANIFEST_FILE, readManifest, renderManifest } from "./file-manifest.js";
import type { FileContent } from "./file-manifest.js";
import { isOurs, keptModel, planVersions, readPrevious, type VersionPlan } from "./keep-versions.js";
import { buildSiteFiles } from "./site-files.js";
import { combinedPage, combinedPageName, keepPluginTrees, mergePluginResult, planPlugins, pluginTreeNames, subView } from "./plugin-trees.js";
import type { SyncOptions, SyncResult, VersionEntry } from "./sync-types.js";

type Files = Map<string, FileContent>;
/** The previous manifest (name → sha256), or null when `--out` has none. */
type Hashes = ReadonlyMap<string, string> | null;
/** The files of `--out` as they are on disk. */
type OnDisk = ReadonlyMap<string, Buffer>;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Bytes as text when they are UTF-8 that survives the round trip (all sync writes), else as they are. */
function asContent(bytes: Buffer): FileContent {
  const text = bytes.toString("utf8");
  return Buffer.byteLength(text) === bytes.length && Buffer.from(text).equals(bytes) ? text : bytes;
}

function readTree(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

function sameContent(disk: Buffer | undefined, content: FileContent): boolean {
  return disk !== undefined && disk.equals(typeof content === "string" ? Buffer.from(content) : content);
}

/** Reuse a version's files only if its inputs are the same and its files on disk are as sync wrote them. */
/**
 * Whether the models depend on more than each source's text (`--dict`, `--upstream`): then the record of
 * what was written (source sha256 and generator) cannot tell that nothing changed, and nothing is reused.
 */
function readsUpstream(options: SyncOptions): boolean {
  return options.extract?.dict !== undefined || options.extract?.upstream !== undefined;
}

function reusable(old: OnDisk, manifest: Hashes, prev: VersionEntry | undefined, entry: VersionEntry): boolean {
  if (!manifest || !prev || prev.sha256 !== entry.sha256 || prev.tool !== entry.tool) return false;
  if (prev.history !== entry.history) return false;
  return GENERATED_FILES.every((f) => {
    const bytes = old.get(`${entry.version}/${f}`);
    return bytes !== undefined && manifest.get(`${entry.version}/${f}`) === hashContent(bytes);
  });
}

/** Nothing to do for one tree: same versions in the same order, same generator, its manifest has a versions.json. */
function unchanged(previous: VersionEntry[], plan: VersionPlan, manifest: Hashes): boolean {
  if (!manifest || !manifest.has("versions.json") || previous.length !== plan.order.length) return false;
  return plan.order.every((o, i) => {
    const p = previous[i];
    if (p.version !== o.version) return false;
    return "kept" in o || (p.sha256 === sha256(o.rev.text) && p.tool === toolFingerprint());
  });
}

function emptyResult(plan: VersionPlan): SyncResult {
  const { kept, pruned } = plan;
  return { versions: [], regenerated: [], reused: [], kept, pruned, foreign: [], stale: [], written: false, keptPlugins: [] };
}

/** Sync (or check) `out` against the revisions (and the package's platform plugins, each into `plugins/<name>/`). */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  // A source that yields nothing is an error, never an order to empty `out` (callers say which source).
  if (!options.revisions.length) {
    throw new InputError(options.out, [{ line: 0, col: 0, message: "no versions to sync; nothing written" }]);
  }
  if (!options.check) recoverFolder(options.out);
  const previous = readPrevious(options.out);
  const manifest = readManifest(options.out);
  const plan = planVersions(previous, options.revisions, options.prune ?? false);
  const plugins = planPlugins(options);
  const trees = pluginTreeNames(options, plugins);
  // A plugin tree that appeared since (a `sync --name` into plugins/NAME/) changes the package's exports.
  const known = trees.every((name) => manifest?.has(`plugins/${name}/versions.json`));
  const same = known && unchanged(previous, plan, manifest) && plugins.every((p) => unchanged(p.previous, p.plan, subView(manifest, p.prefix)));
  if (!options.check && same && !readsUpstream(options) && manifestHolds(options.out, manifest as ReadonlyMap<string, string>)) {
    // Same sources in the same order, same generator, files as written: history and every output are as on disk.
    const foreign = listFiles(options.out).filter((f) => f !== MANIFEST_FILE && !manifest?.has(f));
    return { ...emptyResult(plan), versions: previous, reused: options.revisions.map((r) => r.version), foreign };
  }
  const old = readTree(options.out);
  const result = emptyResult(plan);
  const next: Files = new Map();
  const tree = { plugin: options.plugin, plugins: trees };
  const main = planTree(options.out, options, { previous, manifest, plan, old, next, result }, tree);
  const parts = plugins.map((p) => {
    const sub = { previous: p.previous, manifest: subView(manifest, p.prefix), plan: p.plan, old: subView(old, p.prefix) as OnDisk };
    const state = { ...sub, next: new Map() as Files, result: emptyResult(p.plan) };
    return { p, work: planTree(join(options.out, p.prefix), options, state, { plugin: p.info }) };
  });
  // One generation run for the package and its plugins: one worker loads the emitters once.
  await generateTrees(options, [main, ...parts.map((x) => x.work)]);
  const all = completeTree(main);
  for (const { p, work } of parts) {
    const models = completeTree(work);
    finishTree(work.s.old, work.s.next, work.s);
    for (const [f, content] of work.s.next) next.set(p.prefix + f, content);
    mergePluginResult(result, p.info.name, work.s.result);
    next.set(combinedPageName(p.info.name), combinedPage(all, models, p.info));
  }
  keepPluginTrees(options.out, old, next, plugins, all, result);
  finishTree(old, next, { manifest, previous, result });
  if (!options.check && result.stale.length) {
    writeFolderAtomic(options.out, next);
    result.written = true;
  }
  return result;
}

/** A tree to build: its state, its models in order, their release diffs, and the versions to generate. */
interface TreeWork {
  s: BuildState;
  tree: PackageTree;
  all: { version: string; model: Model }[];
  rels: ReturnType<typeof releases>;
  todo: { index: number; job: PoolJob }[];
}

/** A tree's models and histories, its kept and reusable versions into `s.next`, and the versions left to generate. */
function planTree(dir: string, options: SyncOptions, s0: Omit<BuildState, "models" | "histories">, tree: PackageTree): TreeWork {
  const models = s0.plan.order.map((o) =>
    "rev" in o
      ? readRevision(o.rev, options)
      : keptModel(dir, o.version, s0.old.get(`${o.version}/model.json`)?.toString("utf8")),
  );
  const all = s0.plan.order.map((o, i) => ({ version: o.version, model: models[i] }));
  // What earlier versions say about each one: its page, its validation and its package module all carry it.
  const rels = releases(all);
  const s = { ...s0, models, histories: all.map((_m, i) => historyUpTo(all, i, rels)) };
  return { s, tree, all, rels, todo: planVersionFiles(options, s, tree.plugin) };
}

/** A revision's model: errors name where it came from (`R@v0.1.0`, the corpus file); the model records `envs.py`. */
function readRevision(rev: Revision, options: SyncOptions): Model {
  const model = extractModel(rev.origin, rev.text, options.extract);
  return { ...model, source: { ...model.source, file: "envs.py" } };
}

/** The rest of a tree once its versions are generated: package files, history, site and versions.json; its models. */
function completeTree(w: TreeWork): { version: string; model: Model }[] {
  const { s, all, rels } = w;
  for (const [f, text] of packageFiles(all.map((m, i) => ({ ...m, history: s.histories[i] })), w.tree)) s.next.set(f, text);
  const source = w.tree.plugin ? sourceOfPlugin(w.tree.plugin) : undefined;
  for (const [f, text] of buildHistoryFiles(all, rels, source)) s.next.set(f, text);
  for (const [f, text] of buildSiteFiles(all, rels, source)) s.next.set(f, text);
  s.next.set("versions.json", JSON.stringify(s.result.versions, null, 2) + "\n");
  return all;
}

interface BuildState {
  previous: VersionEntry[];
  manifest: Hashes;
  plan: VersionPlan;
  old: OnDisk;
  models: Model[];
  histories: VersionHistory[];
  next: Files;
  result: SyncResult;
}

/** Every version's files into `next`: kept ones as they are, reusable ones from disk; returns the rest, to generate. */
function planVersionFiles(options: SyncOptions, s: BuildState, plugin: PluginInfo | undefined): TreeWork["todo"] {
  const prevVersions = new Map(s.previous.map((v) => [v.version, v]));
  const todo: TreeWork["todo"] = [];
  for (const [i, o] of s.plan.order.entries()) {
    if ("kept" in o) {
      for (const [f, bytes] of s.old) if (f.startsWith(`${o.version}/`)) s.next.set(f, asContent(bytes));
      // A plugin's version is the plugin's own (`v0.1.0`): it names no vLLM version.
      s.result.versions.push({ ...o.kept, vllmVersion: plugin ? null : (o.kept.vllmVersion ?? vllmVersionOf(o.version)) });
      continue;
    }
    const history = s.histories[i];
    const model = s.models[i];
    const entry: VersionEntry = {
      version: o.version,
      vllmVersion: plugin ? null : vllmVersionOf(o.version),
      sha256: model.source.sha256,
      variables: model.variables.length,
      tool: toolFingerprint(),
      history: sha256(JSON.stringify(history)),
    };
    if (!options.check && !readsUpstream(options) && reusable(s.old, s.manifest, prevVersions.get(o.version), entry)) {
      for (const f of GENERATED_FILES) {
        const name = `${o.version}/${f}`;
        s.next.set(name, asContent(s.old.get(name) as Buffer));
      }
      s.result.reused.push(o.version);
    } else {
      const label = plugin ? `${plugin.name} ${o.version}` : o.version;
      const source = plugin ? sourceOfPlugin(plugin) : undefined;
      todo.push({ index: i, job: { model, options: { label, history, source } } });
      s.result.regenerated.push(o.version);
    }
    s.result.versions.push(entry);
  }
  return todo;
}

/** Generate what every tree left to generate, in one run, into each tree's `next`. */
async function generateTrees(options: SyncOptions, works: readonly TreeWork[]): Promise<void> {
  const jobs = works.flatMap((w) => w.todo.map((t) => ({ w, t })));
  const started = Date.now();
  const generated = await generateAll(
    jobs.map((j) => j.t.job),
    (k, ms) => {
      const { w, t } = jobs[k];
      const name = `${w.tree.plugin ? `${w.tree.plugin.name} ` : ""}${w.s.plan.order[t.index].version}`;
      options.progress?.(`version ${t.index + 1} of ${w.s.plan.order.length}: ${name} (${ms} ms)`);
    },
  );
  jobs.forEach(({ w, t }, k) => {
    for (const [f, text] of generated[k]) w.s.next.set(`${w.s.plan.order[t.index].version}/${f}`, text);
  });
  const total = works.reduce((n, w) => n + w.s.plan.order.length, 0);
  const reused = works.reduce((n, w) => n + w.s.result.reused.length, 0);
  if (jobs.length) options.progress?.(`generated ${jobs.length} of ${total} versions in ${Date.now() - started} ms (${reused} unchanged)`);
}

/** Keep files sync did not write, record the manifest of its own, and list what differs from disk. */
function finishTree(old: OnDisk, next: Files, s: Pick<BuildState, "manifest" | "previous" | "result">): void {
  const { manifest, previous, result } = s;
  const ours = new Map(next);
  for (const [f, bytes] of old) {
    if (next.has(f) || f === MANIFEST_FILE || isOurs(f, manifest, previous)) continue;
    next.set(f, asContent(bytes));
    result.foreign.push(f);
  }
  next.set(MANIFEST_FILE, renderManifest(ours));
  for (const [f, content] of next) if (!sameContent(old.get(f), content)) result.stale.push(f);
  for (const f of old.keys()) if (!next.has(f)) result.stale.push(f);
  result.stale.sort();
}
