/**
 * The translated part of a generated module: `makeModule()`, holding the file's
 * helpers, module bindings and getters as TypeScript. Reads only the model.
 */
import type { Model, Param } from "../ir/types.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { emitDef, emitExpr, moduleCtx, type EmitEnv } from "./emit-python.js";
import { emitImportValue } from "./emit-stmt.js";
import { tsString } from "./escape.js";

/** The module-level names the file binds (the emitter resolves names against these). */
export function moduleNames(model: Model): Set<string> {
  const names = new Set<string>(["__name__", "__file__", "environment_variables"]);
  model.imports.forEach((b) => names.add(b.local));
  model.helpers.forEach((h) => names.add(h.name));
  model.assigns.forEach((a) => names.add(a.name));
  return names;
}

function hasComputedDefault(params: Param[]): boolean {
  return params.some((p) => p.default !== null && p.default.kind !== "const");
}

/**
 * Definitions whose parameter defaults are computed (`def f(x=os.getenv("A"))`,
 * `lambda x=os.getenv("A", "t"): x`): Python evaluates them once, at import,
 * before any getter runs, so they are made first, in source order.
 */
function importTimeDefaults(model: Model): string[] {
  const out: { line: number; js: string }[] = [];
  for (const h of model.helpers) if (hasComputedDefault(h.params)) out.push({ line: h.pos.line, js: `force(() => $G[${tsString(h.name)}]);` });
  for (const v of model.variables) {
    if (v.getter.kind === "lambda" && hasComputedDefault(v.getter.params)) out.push({ line: v.line, js: `force($E[${tsString(v.name)}]);` });
  }
  return out.sort((a, b) => a.line - b.line).map((x) => x.js);
}

/** The body of `makeModule()`: module globals (lazy, in source order) and the entries. */
export function emitModuleFactory(model: Model): string {
  const env: EmitEnv = { moduleNames: moduleNames(model), builtins: new Set(Object.keys(BUILTINS)), module: { imports: model.imports, helpers: model.helpers } };
  const ctx = moduleCtx(env);
  const globals: { line: number; js: string }[] = [];
  for (const b of model.imports) globals.push({ line: 0, js: `lazyGlobal($G, ${tsString(b.local)}, () => ${emitImportValue(b.module, b.attr)});` });
  for (const a of model.assigns) globals.push({ line: a.pos.line, js: `lazyGlobal($G, ${tsString(a.name)}, () => ${emitExpr(a.value, ctx)});` });
  for (const h of model.helpers) globals.push({ line: h.pos.line, js: `lazyGlobal($G, ${tsString(h.name)}, () => ${emitDef(h, ctx)});` });
  globals.sort((x, y) => x.line - y.line);
  // The dict display is evaluated once, at import: each entry's getter object is made once per module.
  const entries = model.variables.map((v) => `$E[${tsString(v.name)}] = once(() => ${emitExpr(v.getter, ctx)});`);
  return [
    "function makeModule(): { entries: Readonly<Record<string, () => PyValue>>; globals: Record<string, PyValue>; init: () => void } {",
    "const $G: Record<string, PyValue> = Object.create(null);",
    "const $E: Record<string, () => PyValue> = Object.create(null);",
    `lazyGlobal($G, "__name__", () => "vllm.envs");`,
    `lazyGlobal($G, "__file__", () => hostService("moduleFile", "__file__")());`,
    ...globals.map((g) => g.js),
    ...entries,
    "lazyGlobal($G, \"environment_variables\", () => dict(Object.keys($E).map((k): [PyValue, PyValue] => [k, $E[k]()])));",
    `const init = (): void => { ${importTimeDefaults(model).join(" ")} };`,
    "return { entries: $E, globals: $G, init };",
    "}",
  ].join("\n");
}
