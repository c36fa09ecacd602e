/**
 * One version's bindings as two ES modules in memory (the shared runtime and the version
 * module with its pieces inline), compiled by the same code as the package: `eval`, the
 * differential test and the fuzz test run exactly what ships.
 */
import type { Model } from "../ir/types.js";
import { buildVersionModule } from "../emit/emit-index.js";
import { runtimeSource } from "../emit/prelude.js";
import { runtimeJs } from "./package-files.js";

/** The ESM runtime, and the ESM version module importing it from `runtimeSpecifier`. */
export function standaloneModule(model: Model, runtimeSpecifier: string, label = "envs.py"): string {
  const built = buildVersionModule(model, label, undefined);
  return built.module({ format: "esm", runtime: runtimeSpecifier, runtimeExports: runtimeSource().exports, pool: null });
}

/** The runtime's ESM code (the package's `runtime/index.js`). */
export function standaloneRuntime(): string {
  return runtimeJs("esm");
}
