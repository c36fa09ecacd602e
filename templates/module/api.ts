/**
 * The API functions of every version module, type-checked against the runtime here and
 * compiled once, when the toolchain is built (src/emit/generator-assets.ts). The module
 * assembler (src/emit/assemble-module.ts) places each exported function after the
 * version's tables; `api` is the module's `const api = bindVersion({ ... })`.
 * To add an export: add an exported function here (it is emitted in both formats, in
 * this order) and its declaration to src/emit/emit-declarations.ts.
 */
import type { VllmEnvOptions, VllmEnvSource, VllmEnvValidateOptions, VllmEnvValue } from "../runtime/api.js";
import type { VersionApi, VllmEnvReading } from "../runtime/bindings.js";
import type { VllmEnvDiagnostic } from "../runtime/validate.js";
import type { defineEnv as DefineEnv, standardSchemas as StandardSchemas } from "../runtime/standard-schema.js";

/** The version's bound API, defined by the assembled module. */
declare const api: VersionApi;
/** The version's `VLLM_ENV_NAMES`, as the assembled module names them in either format. */
declare const $names: readonly string[];
/** Runtime functions the assembled module imports. */
declare const standardSchemas: typeof StandardSchemas;
declare const defineEnv: typeof DefineEnv;

/** The value of one variable, computed from `env` (default: process.env) exactly as CPython would. */
export function getVllmEnv(name: string, env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvValue {
  return api.get(name, env, options);
}
/** Every value that can be computed, and the variables that cannot (invalid values, unsupported). */
export function readVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvReading {
  return api.read(env, options);
}
/** Diagnostics for an environment: invalid values, unknown VLLM_* names with a suggestion, Kubernetes service links. */
export function validateVllmEnv(env?: VllmEnvSource, options?: VllmEnvValidateOptions): VllmEnvDiagnostic[] {
  return api.validate(env, options);
}
/** `vllmEnvSchema` over a given environment and host. */
export function createVllmEnvSchema(env?: VllmEnvSource, options?: VllmEnvOptions) {
  return standardSchemas(api, $names, env, options);
}
/** Settings checked as CPython reads them, as a plain record. */
export function defineVllmEnv(input: unknown, options?: VllmEnvOptions): Record<string, string> {
  return defineEnv(api, $names, input, options);
}
