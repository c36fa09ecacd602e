/**
 * Load a version's bindings in-process from data: URLs (the package's runtime, and the
 * version module importing it), so evaluating never writes a file.
 */
import type { Model } from "../ir/types.js";
import { standaloneModule, standaloneRuntime } from "../sync/standalone.js";
import type { PluginInfo } from "../emit/emit-index.js";

/** The API every version module exports, as `eval` uses it. */
export interface RuntimeModule {
  /** `getVllmEnv`, except that ints beyond ±2^53 come back as bigint (to compare them with CPython). */
  getVllmEnv(name: string, env?: Record<string, string>, options?: { host?: unknown }): unknown;
  VLLM_ENV_NAMES: readonly string[];
  VllmEnvError: new (...args: never[]) => Error & { pythonType: string; reason: string; messageUnknown?: boolean };
  VllmEnvUnsupportedError: new (...args: never[]) => Error & { reason: string };
}

function dataUrl(js: string): string {
  return "data:text/javascript;base64," + Buffer.from(js, "utf8").toString("base64");
}

let runtimeUrl: string | null = null;

/** Import the bindings of a model: the module as published, plus the exact getter. */
export async function loadBindings(model: Model, plugin?: PluginInfo): Promise<Record<string, unknown>> {
  runtimeUrl ??= dataUrl(standaloneRuntime());
  return (await import(dataUrl(standaloneModule(model, runtimeUrl, undefined, plugin)))) as Record<string, unknown>;
}

/** Import the bindings of a model for `eval`. */
export async function loadRuntime(model: Model, plugin?: PluginInfo): Promise<RuntimeModule> {
  const mod = await loadBindings(model, plugin);
  const rt = (await import(runtimeUrl as string)) as { exactGetter(names: readonly string[]): RuntimeModule["getVllmEnv"] | null };
  const exact = rt.exactGetter(mod.VLLM_ENV_NAMES as readonly string[]);
  if (!exact) throw new Error("vllm-envs: the runtime did not register the module");
  return { ...(mod as unknown as RuntimeModule), getVllmEnv: exact };
}
