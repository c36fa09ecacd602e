/**
 * The per-version files `generate` writes, computed in memory from the model (no emitter
 * re-reads the syntax tree): the two JSON Schemas, the reference page and the model.
 * The code of a version (its module, declarations) is built with the package: `sync/package-files.ts`.
 */
import type { Model, VersionHistory } from "../ir/types.js";
import { emitEnvSchema, emitValuesSchema } from "../emit/emit-schema.js";
import { emitDocs } from "../emit/emit-docs.js";
import { sourceNotice, VLLM_SOURCE, type SourceOf } from "../emit/banner.js";
import { toolVersion } from "../util/package-root.js";
import { emitVersionSite } from "../emit/emit-site.js";

export { GENERATED_FILES } from "./file-names.js";

/** Options of {@link generateFiles}. */
export interface GenerateOptions {
  /** The revision's label (`v0.9.2`), used in titles and `$id`s. */
  label: string;
  /** Accepted for compatibility; nothing generated is formatted any more. */
  skipFormat?: boolean;
  /** What earlier versions say (added in, changed in, removed variables); `sync` supplies it. */
  history?: VersionHistory;
  /** What the revision was read from: vLLM's `vllm/envs.py` (the default) or a platform plugin's env file. */
  source?: SourceOf;
}

/** Generate the per-version files of one revision. */
export async function generateFiles(model: Model, options: GenerateOptions): Promise<Map<string, string>> {
  const version = toolVersion();
  const source = options.source ?? VLLM_SOURCE;
  const files = new Map<string, string>();
  files.set("env.schema.json", emitEnvSchema(model, options.label, version, source));
  files.set("values.schema.json", emitValuesSchema(model, options.label, version, source));
  files.set("env-vars.md", emitDocs(model, options.label, version, options.history, source));
  for (const [f, text] of emitVersionSite(model, options.label, version, options.history, source)) files.set(f, text);
  files.set("model.json", JSON.stringify({ $comment: sourceNotice(version, options.label, model.source.sha256, source), ...model }, null, 1) + "\n");
  return files;
}
