/**
 * Load a generated runtime module in-process: transpile the TypeScript and
 * import it from a data: URL, so evaluating never writes a file.
 */
import { ts } from "ts-morph";

/** The API every generated runtime exports. */
export interface RuntimeModule {
  getVllmEnv(name: string, env?: Record<string, string>, options?: { host?: unknown }): unknown;
  VLLM_ENV_NAMES: readonly string[];
  VllmEnvError: new (...args: never[]) => Error & { pythonType: string; reason: string; messageUnknown?: boolean };
  VllmEnvUnsupportedError: new (...args: never[]) => Error & { reason: string };
}

/** Transpile and import a generated runtime. */
export async function loadRuntime(tsSource: string): Promise<RuntimeModule> {
  const js = ts.transpileModule(tsSource, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const url = "data:text/javascript;base64," + Buffer.from(js, "utf8").toString("base64");
  return (await import(url)) as RuntimeModule;
}
