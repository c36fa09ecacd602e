/**
 * vllm-envs: read vLLM's `envs.py` statically into a model and generate bindings.
 * The pipeline, one stage per call: parse → lower → infer (`extractModel`) → emit.
 */
import type { Model } from "./ir/types.js";
import { standaloneModule } from "./sync/standalone.js";
import { toolVersion } from "./util/package-root.js";
import { generatedNotice } from "./emit/banner.js";

export type { Model, Variable, PyType, DefaultValue, Diagnostic } from "./ir/types.js";
export { InputError } from "./errors/input-error.js";
export { extractModel } from "./extract.js";
export { generateFiles } from "./generate/generate-files.js";
export { createNodeHost } from "./host/node-host.js";

/** The banner of every generated file: tool version and source hash, no timestamp. */
export function generatedBanner(model: Model): string {
  return `// ${generatedNotice(toolVersion(), ` from envs.py (sha256 ${model.source.sha256})`)}`;
}

/** The ESM module of a model's bindings, importing the shared runtime from `runtimeSpecifier`. */
export function generateRuntime(model: Model, runtimeSpecifier: string): string {
  return standaloneModule(model, runtimeSpecifier);
}
