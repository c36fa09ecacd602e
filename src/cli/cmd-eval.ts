/**
 * `vllm-envs eval --source FILE --cases CASES.json`: evaluate variables with the
 * generated runtime (the same code `generate` writes) and print the results.
 */
import { resolve } from "node:path";
import { extractModel } from "../index.js";
import { InputError } from "../errors/input-error.js";
import { MAX_DATA_BYTES, readJsonFile, readTextFile } from "../io/read-source.js";
import { createNodeHost } from "../host/node-host.js";
import { encodeValue, type Encoded } from "./eval-encode.js";
import { loadRuntime, type RuntimeModule } from "./load-runtime.js";
import { extractOptionsOf, need, type CliValues } from "./options.js";
import { pythonModuleOf } from "../emit/emit-index.js";

interface Case {
  name: string;
  env: Record<string, string>;
}

function readCases(file: string): Case[] {
  // The 1 MiB limit is for envs.py sources; a case file may hold many large environments.
  const data = readJsonFile(file, MAX_DATA_BYTES);
  const cases = (data as { cases?: unknown })?.cases;
  if (!Array.isArray(cases)) throw new InputError(file, [{ line: 0, col: 0, message: 'expected {"cases": [...]}' }]);
  return cases.map((c, i) => {
    const ok = c && typeof c.name === "string" && c.env && typeof c.env === "object" && !Array.isArray(c.env) && Object.values(c.env).every((v) => typeof v === "string");
    if (!ok) throw new InputError(file, [{ line: 0, col: 0, message: `case ${i}: expected {"name": string, "env": {string: string}}` }]);
    return { name: c.name, env: c.env };
  });
}

/** Evaluate one case into its contract form. */
export function evaluateCase(rt: RuntimeModule, c: Case, host: unknown): Encoded {
  try {
    return encodeValue(rt.getVllmEnv(c.name, c.env, { host }));
  } catch (e) {
    if (e instanceof rt.VllmEnvError) return e.messageUnknown ? { $error: `${e.pythonType}: ${e.reason}`, messageUnknown: true } : { $error: `${e.pythonType}: ${e.reason}` };
    if (e instanceof rt.VllmEnvUnsupportedError) return { $unsupported: e.reason };
    if (e instanceof TypeError && /unknown vLLM environment variable/.test(e.message)) return { $error: `AttributeError: module 'vllm.envs' has no attribute '${c.name}'` };
    throw e;
  }
}

/** Run `eval`. */
export async function runEval(values: CliValues): Promise<number> {
  const source = need(values, "source");
  const casesFile = need(values, "cases");
  const text = readTextFile(source);
  const cases = readCases(casesFile);
  const model = extractModel(source, text, { allowSyntaxErrors: values["allow-syntax-errors"], ...extractOptionsOf(values) });
  // `--name PLUGIN [--path vllm_gaudi/envs.py]`: a plugin's file, whose module is not vllm.envs (as for generate).
  const name = values.name;
  const plugin = name === undefined ? undefined : { name, module: pythonModuleOf(values.path ?? "") };
  const rt = await loadRuntime(model, plugin);
  const host = createNodeHost(resolve(source), undefined, values.upstream === undefined ? undefined : resolve(values.upstream));
  const results = cases.map((c) => evaluateCase(rt, c, host));
  process.stdout.write(JSON.stringify({ results }) + "\n");
  return 0;
}
