/**
 * The runtime module: prelude + the file's helpers and getters translated to TS
 * + the typed API (`getVllmEnv`, `readVllmEnv`). Reads only the model.
 */
import type { Model } from "../ir/types.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { emitDef, emitExpr, moduleCtx, type EmitEnv } from "./emit-python.js";
import { emitImportValue } from "./emit-stmt.js";
import { tsString } from "./escape.js";
import { loadPrelude } from "./prelude.js";
import { emitTsType } from "./emit-ts-type.js";

/** The module-level names the file binds (the emitter resolves names against these). */
export function moduleNames(model: Model): Set<string> {
  const names = new Set<string>(["__name__", "__file__", "environment_variables"]);
  model.imports.forEach((b) => names.add(b.local));
  model.helpers.forEach((h) => names.add(h.name));
  model.assigns.forEach((a) => names.add(a.name));
  return names;
}

/** The body of `makeModule()`: module globals (lazy, in source order) and the entries. */
export function emitModuleFactory(model: Model): string {
  const env: EmitEnv = { moduleNames: moduleNames(model), builtins: new Set(Object.keys(BUILTINS)) };
  const ctx = moduleCtx(env);
  const globals: { line: number; js: string }[] = [];
  for (const b of model.imports) globals.push({ line: 0, js: `lazyGlobal($G, ${tsString(b.local)}, () => ${emitImportValue(b.module, b.attr)});` });
  for (const a of model.assigns) globals.push({ line: a.pos.line, js: `lazyGlobal($G, ${tsString(a.name)}, () => ${emitExpr(a.value, ctx)});` });
  for (const h of model.helpers) globals.push({ line: h.pos.line, js: `lazyGlobal($G, ${tsString(h.name)}, () => ${emitDef(h, ctx)});` });
  globals.sort((x, y) => x.line - y.line);
  const entries = model.variables.map((v) => `$E[${tsString(v.name)}] = () => ${emitExpr(v.getter, ctx)};`);
  return [
    "function makeModule(): { entries: Readonly<Record<string, () => PyValue>>; globals: Record<string, PyValue> } {",
    "const $G: Record<string, PyValue> = Object.create(null);",
    "const $E: Record<string, () => PyValue> = Object.create(null);",
    `lazyGlobal($G, "__name__", () => "vllm.envs");`,
    `lazyGlobal($G, "__file__", () => hostService("moduleFile", "__file__")());`,
    ...globals.map((g) => g.js),
    ...entries,
    "lazyGlobal($G, \"environment_variables\", () => dict(Object.keys($E).map((k): [PyValue, PyValue] => [k, $E[k]()])));",
    "return { entries: $E, globals: $G };",
    "}",
  ].join("\n");
}

/** The typed API over `makeModule`. */
export function emitApi(model: Model): string {
  const names = model.variables.map((v) => tsString(v.name));
  const props = model.variables.map((v) => `  readonly ${tsString(v.name)}: ${emitTsType(v.type)};`);
  return [
    `/** The names of every vLLM environment variable of this revision. */`,
    `export const VLLM_ENV_NAMES = [${names.join(", ")}] as const;`,
    `/** A vLLM environment variable name. */`,
    `export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];`,
    `/** Each variable's value as \`vllm.envs.NAME\` gives it (Python's None is null). */`,
    `export interface VllmEnv {`,
    ...props,
    `}`,
    `/** The value of one variable, computed from \`env\` (default: process.env) exactly as CPython would. */`,
    `export function getVllmEnv<K extends VllmEnvName>(name: K, env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnv[K] {`,
    `  return evaluateEntry(makeModule, name, env, options) as VllmEnv[K];`,
    `}`,
    `/** Every variable's value (throws on the first that Python would raise on). */`,
    `export function readVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnv {`,
    `  const out: Record<string, VllmEnvValue> = Object.create(null);`,
    `  for (const name of VLLM_ENV_NAMES) out[name] = evaluateEntry(makeModule, name, env, options);`,
    `  return out as unknown as VllmEnv;`,
    `}`,
  ].join("\n");
}

/** The whole runtime module for one model. */
export function emitRuntime(model: Model, banner: string): string {
  return [banner, loadPrelude(), "// ---- translated from envs.py ----", emitModuleFactory(model), emitApi(model), ""].join("\n");
}
