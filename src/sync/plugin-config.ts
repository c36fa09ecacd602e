/**
 * `plugins.json`: the platform plugins the package carries, each with its name in the package
 * (`vllm-envs/plugins/<name>`), its GitHub repository and the path of its envs file there. Where the
 * revisions come from is the caller's choice: a plugin corpus (by repository) or a folder of clones (by name).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/input-error.js";
import { readJsonFile } from "../io/read-source.js";
import { pythonModuleOf } from "../emit/emit-index.js";
import { checkPluginName, pluginCorpusRevisions, repoRevisions, type Note } from "./sources.js";
import type { PluginSource } from "./sync-types.js";

/** One configured plugin. */
export interface PluginConfig {
  /** Its name in the package: `vllm-envs/plugins/<name>`. */
  name: string;
  /** `owner/name` on GitHub. */
  repo: string;
  /** Its envs file in the repository (`vllm_gaudi/envs.py`). */
  path: string;
}

function fail(file: string, message: string): never {
  throw new InputError(file, [{ line: 0, col: 0, message }]);
}

/** Read and check a plugins file: `{ "plugins": [{ "name", "repo", "path" }, ...] }`, names unique. */
export function readPluginConfig(file: string): PluginConfig[] {
  const data = readJsonFile(file) as { plugins?: unknown };
  if (!data || typeof data !== "object" || !Array.isArray(data.plugins)) fail(file, 'expected {"plugins": [{"name", "repo", "path"}, ...]}');
  const seen = new Set<string>();
  return data.plugins.map((p: unknown, i: number) => {
    const { name, repo, path } = (p ?? {}) as Record<string, unknown>;
    if (typeof name !== "string" || typeof repo !== "string" || typeof path !== "string") {
      fail(file, `plugins[${i}]: name, repo and path must be strings`);
    }
    checkPluginName(name, file);
    if (seen.has(name)) fail(file, `plugins[${i}]: the name ${JSON.stringify(name)} is used twice`);
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) fail(file, `plugins[${i}]: repo must be owner/name`);
    seen.add(name);
    return { name, repo, path };
  });
}

/** Where the configured plugins' revisions come from. */
export type PluginOrigin = { corpus: string } | { clones: string; includePrereleases: boolean };

/**
 * Each configured plugin with its revisions: from the plugin corpus (entries of its repository), or from the
 * clone `clones/<name>` (release tags, `git show TAG:path`). A plugin without any is noted and its tree kept.
 */
export function pluginSources(config: readonly PluginConfig[], origin: PluginOrigin, note: Note): PluginSource[] {
  return config.map((c) => {
    const info = { name: c.name, module: pythonModuleOf(c.path), path: c.path };
    let revisions;
    if ("corpus" in origin) revisions = pluginCorpusRevisions(origin.corpus, c.name, c.repo);
    else {
      const clone = join(origin.clones, c.name);
      revisions = existsSync(clone) ? repoRevisions(clone, origin.includePrereleases, note, c.path) : null;
    }
    if (!revisions?.length) note(`plugin ${c.name}: no revisions found; its output, if any, is kept`);
    return { info, revisions: revisions?.length ? revisions : null };
  });
}
