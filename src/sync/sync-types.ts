/**
 * The data `sync` takes and gives: its options, its result and a line of `versions.json`
 * (apart from `sync.ts`, so the files that plan versions and plugin trees need not import it).
 */
import type { ExtractOptions } from "../extract.js";
import type { PluginInfo } from "../emit/emit-index.js";
import type { Revision } from "./sources.js";

/** One line of `versions.json`. */
export interface VersionEntry {
  /** The label: the package subpath (`vllm-envs/<version>`). */
  version: string;
  /**
   * The vLLM version the label names (`v0.9.2-approx` → `0.9.2`), or null; always null in a plugin tree
   * (its labels are the plugin's own versions: `v0.1.0` of vllm-x is no vLLM 0.1.0).
   */
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
  /** Versions in `--out` but not in the source, kept as they are (without `--prune`). */
  kept: string[];
  /** Versions in `--out` but not in the source, removed (with `--prune`). */
  pruned: string[];
  /** Files in `--out` that sync did not write, kept as they are. */
  foreign: string[];
  /** Files whose content differs from disk (what `check` reports). */
  stale: string[];
  written: boolean;
  /** Plugin trees in `--out/plugins/` without a source in this run, kept as they are. */
  keptPlugins: string[];
}

/** Options of {@link runSync}. */
export interface SyncOptions {
  out: string;
  revisions: Revision[];
  /** Compare only; never write. */
  check?: boolean;
  /** Remove versions the source no longer yields. */
  prune?: boolean;
  /** Progress lines (version x of y, time per version). */
  progress?: (line: string) => void;
  /** `out` is the tree of this platform plugin (it belongs at `plugins/<name>/` of a package, whose runtime it uses). */
  plugin?: PluginInfo;
  /** The package's platform plugins, each synced into `plugins/<name>/` (a tree without a source is kept). */
  plugins?: PluginSource[];
  /** How each revision is read (a plugin's dict name, its upstream `vllm/envs.py`). */
  extract?: Pick<ExtractOptions, "dict" | "upstream">;
}

/** A plugin of the package and its revisions (null: no source in this run; its tree is kept). */
export interface PluginSource {
  info: PluginInfo;
  revisions: Revision[] | null;
}
