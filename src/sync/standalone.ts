/**
 * One version's bindings as two ES modules in memory (the shared runtime and the version
 * module with its pieces inline), compiled by the same code as the package: `eval`, the
 * differential test and the fuzz test run exactly what ships.
 */
import type { Model } from "../ir/types.js";
import { buildVersionModule, type PluginInfo } from "../emit/emit-index.js";
import { runtimeSource } from "../emit/prelude.js";
import { runtimeJs } from "./package-files.js";

/**
 * The ESM version module importing the runtime from `runtimeSpecifier`; a platform plugin's (`plugin`)
 * knows its module's name (`__name__`, what its `__getattr__` says of a missing name) or that it is unknown.
 */
export function standaloneModule(
  model: Model,
  runtimeSpecifier: string,
  label = "envs.py",
  plugin?: PluginInfo,
): string {
  const built = buildVersionModule(model, label, undefined, plugin);
  return built.module({ format: "esm", runtime: runtimeSpecifier, runtimeExports: runtimeSource().exports, pool: null });
}

/** The runtime's ESM code (the package's `runtime/index.js`). */
export function standaloneRuntime(): string {
  return runtimeJs("esm");
}
