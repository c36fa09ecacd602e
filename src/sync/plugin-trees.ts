/**
 * Platform plugins in the package: each plugin's tree sits at `plugins/<name>/` of the output and is
 * exactly what `sync --name <name> --out plugins/<name>` writes on its own (versions, pool, `latest/`,
 * `versions.json`, its own `files.sha256`); it uses the package's runtime. Nothing lost: a tree whose
 * plugin has no source in this run (not configured, or its source is absent) is kept as it is.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../ir/types.js";
import type { PluginInfo } from "../emit/emit-index.js";
import { emitCombinedPage } from "../emit/emit-combined.js";
import { toolVersion } from "../util/package-root.js";
import type { Revision } from "./sources.js";
import { keptModel, planVersions, readPrevious, type VersionPlan } from "./keep-versions.js";
import type { FileContent } from "./file-manifest.js";
import type { SyncOptions, SyncResult, VersionEntry } from "./sync-types.js";

/** A version and its model. */
type Versioned = { version: string; model: Model };

/** A plugin tree to sync: where it goes, what it held, what it will hold. */
export interface PluginPart {
  info: PluginInfo;
  /** `plugins/<name>/`. */
  prefix: string;
  previous: VersionEntry[];
  plan: VersionPlan;
}

/** Where a plugin's tree goes in the package. */
export function pluginPrefix(name: string): string {
  return `plugins/${name}/`;
}

/** The plugins with revisions, planned like the package's own versions (kept or pruned per `--prune`). */
export function planPlugins(options: SyncOptions): PluginPart[] {
  return (options.plugins ?? [])
    .filter((p) => p.revisions !== null && p.revisions.length > 0)
    .map((p) => {
      const prefix = pluginPrefix(p.info.name);
      const previous = readPrevious(join(options.out, prefix));
      return { info: p.info, prefix, previous, plan: planVersions(previous, p.revisions as Revision[], options.prune ?? false) };
    });
}

/** The entries of `map` under `prefix`, named relative to it (null stays null). */
export function subView<T>(map: ReadonlyMap<string, T> | null, prefix: string): Map<string, T> | null {
  if (map === null) return null;
  const out = new Map<string, T>();
  for (const [k, v] of map) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
  return out;
}

/** The plugin trees already in `out` (folders of `plugins/` with a `versions.json`). */
function treesOnDisk(out: string): string[] {
  const dir = join(out, "plugins");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((n) => !n.startsWith(".") && existsSync(join(dir, n, "versions.json")));
}

/** The package's plugin trees after this run (synced ones and kept ones), sorted: its `exports` list them. */
export function pluginTreeNames(options: SyncOptions, parts: readonly PluginPart[]): string[] {
  if (options.plugin) return [];
  return Array.from(new Set([...parts.map((p) => p.info.name), ...treesOnDisk(options.out)])).sort();
}

/** Add a plugin tree's outcome to the package's, its versions named `<plugin>/<version>`. */
export function mergePluginResult(into: SyncResult, name: string, part: SyncResult): void {
  const named = (xs: string[]) => xs.map((x) => `${name}/${x}`);
  into.regenerated.push(...named(part.regenerated));
  into.reused.push(...named(part.reused));
  into.kept.push(...named(part.kept));
  into.pruned.push(...named(part.pruned));
  into.foreign.push(...part.foreign.map((f) => pluginPrefix(name) + f));
}

/** The newest model of a kept tree (its versions.json, then that version's model.json), or null. */
function keptNewest(out: string, name: string, old: ReadonlyMap<string, Buffer>): Versioned | null {
  const prefix = pluginPrefix(name);
  const newest = readPrevious(join(out, prefix)).at(-1);
  if (!newest) return null;
  try {
    const text = old.get(`${prefix}${newest.version}/model.json`)?.toString("utf8");
    return { version: newest.version, model: keptModel(join(out, prefix), newest.version, text) };
  } catch {
    return null;
  }
}

/**
 * Keep the trees of plugins without a source in this run, file for file, and their combined page as it is
 * (it names the vLLM version it compares with); a tree without one gets one for vLLM's newest.
 */
export function keepPluginTrees(
  out: string,
  old: ReadonlyMap<string, Buffer>,
  next: Map<string, FileContent>,
  parts: readonly PluginPart[],
  vllm: readonly Versioned[],
  result: SyncResult,
): void {
  const synced = new Set(parts.map((p) => p.info.name));
  for (const name of treesOnDisk(out)) {
    if (synced.has(name)) continue;
    const prefix = pluginPrefix(name);
    for (const [f, bytes] of old) if (f.startsWith(prefix)) next.set(f, bytes);
    result.keptPlugins.push(name);
    const page = combinedPageName(name);
    const newest = old.has(page) ? null : keptNewest(out, name, old);
    if (old.has(page)) next.set(page, old.get(page) as Buffer);
    else if (newest) next.set(page, combinedPage(vllm, [newest], { name, module: null }));
  }
}

/** Where the page of vLLM together with a plugin goes (beside the plugin's tree: the tree is the plugin sync's own). */
export function combinedPageName(name: string): string {
  return `plugins/${name}-with-vllm.md`;
}

/** The page of vLLM's newest version together with the plugin's newest. */
export function combinedPage(vllm: readonly Versioned[], plugin: readonly Versioned[], info: PluginInfo): string {
  const v = vllm[vllm.length - 1] as Versioned;
  const p = plugin[plugin.length - 1] as Versioned;
  const side = { name: info.name, module: info.module, path: info.path, label: p.version, model: p.model };
  return emitCombinedPage({ label: v.version, model: v.model }, side, toolVersion());
}
