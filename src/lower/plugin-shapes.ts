/**
 * What a platform plugin's env file does with the upstream `vllm.envs`: spreading its dict into its own
 * (`environment_variables = {**vllm_envs, "X": lambda: ...}`), or merging into it at import
 * (`environment_variables.update(plugin_vars)`, `setattr(envs, "X", ...)`).
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Expr, ImportBinding } from "../ir/types.js";
import { excerpt, lowerExpr } from "./lower-expr.js";
import type { LoweredModule, RawEntry } from "./lowered.js";
import type { SpreadResult } from "./collect-entries.js";

/** The module a plugin imports its upstream helpers from. */
export const UPSTREAM_MODULE = "vllm.envs";

/**
 * The dotted path an expression names through the module's imports (`envs.environment_variables` with
 * `import vllm.envs as envs` → `vllm.envs.environment_variables`), or null. A name the module also
 * binds otherwise (`def`, assignment) is not an import's.
 */
export function importPath(e: Expr, module: Pick<LoweredModule, "imports" | "helpers" | "assigns">): string | null {
  if (e.kind === "attr") {
    const base = importPath(e.obj, module);
    return base === null ? null : `${base}.${e.attr}`;
  }
  if (e.kind !== "name") return null;
  if (module.helpers.some((h) => h.name === e.id) || module.assigns.some((a) => a.name === e.id)) return null;
  const b = [...module.imports].reverse().find((x) => x.local === e.id);
  return b ? (b.attr === null ? b.module : `${b.module}.${b.attr}`) : null;
}

/** The attribute of `vllm.envs` a path names (`""` for the module itself), or null. */
export function upstreamAttr(path: string | null): string | null {
  if (path === UPSTREAM_MODULE) return "";
  return path?.startsWith(`${UPSTREAM_MODULE}.`) ? path.slice(UPSTREAM_MODULE.length + 1) : null;
}

/** What `**x` in the dict contributes: the upstream dict's entries (inherited), or why it is unknown. */
export function resolveSpread(
  node: SyntaxNode,
  module: LoweredModule,
  upstream: LoweredModule | undefined,
): SpreadResult {
  const inner = node.namedChildren[0];
  const attr = inner ? upstreamAttr(importPath(lowerExpr(inner), module)) : null;
  const text = excerpt(node);
  if (attr === null || attr === "") return { reason: `\`${text}\` is not the dict of vllm.envs` };
  if (!upstream) return { reason: `\`${text}\` spreads vllm.envs.${attr}, and no upstream vllm/envs.py was given` };
  if (attr !== upstream.dictName) return { reason: `\`${text}\` is vllm.envs.${attr}, not the upstream dict \`${upstream.dictName}\`` };
  return { entries: upstream.entries.map((e): RawEntry => ({ ...e })) };
}

/**
 * The calls of a module-level statement that merge into upstream, with their nodes: the statement
 * itself (`vllm_envs.update(environment_variables)`) or calls inside a loop or `if` at module level
 * (`for name, fn in extra.items(): setattr(envs, name, fn())`); function bodies run later, if at all.
 */
export function findMerges(st: SyntaxNode, imports: ImportBinding[]): { node: SyntaxNode; message: string }[] {
  const out: { node: SyntaxNode; message: string }[] = [];
  // Without an import of vllm.envs there is nothing to merge into (and vllm/envs.py itself is not walked).
  if (!imports.some((b) => b.module === UPSTREAM_MODULE || (b.module === "vllm" && b.attr === "envs"))) return out;
  const visit = (n: SyntaxNode): void => {
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") return;
    if (n.type === "call" && mayMerge(n)) {
      const message = describeMerge(n, imports);
      if (message) out.push({ node: n, message });
    }
    n.namedChildren.forEach(visit);
  };
  visit(st);
  return out;
}

/** `X.update(...)` or `setattr(...)`, by the syntax alone (most calls are neither: skip lowering them). */
function mayMerge(call: SyntaxNode): boolean {
  const fn = call.childForFieldName("function");
  if (fn?.type === "identifier") return fn.text === "setattr";
  return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "update";
}

/**
 * A module-level call that merges into upstream: `environment_variables.update(plugin_vars)` where the
 * name is vllm.envs's dict, or `setattr(envs, ...)` on the vllm.envs module. The model holds what the
 * file itself defines; this says what it adds to upstream, in words.
 */
export function describeMerge(call: SyntaxNode, imports: ImportBinding[]): string | null {
  const e = lowerExpr(call);
  if (e.kind !== "call") return null;
  const module = { imports, helpers: [], assigns: [] };
  const args = call.childForFieldName("arguments");
  const argText = args ? excerpt(args) : "()";
  if (e.func.kind === "attr" && e.func.attr === "update") {
    const target = upstreamAttr(importPath(e.func.obj, module));
    if (target) return `merges ${argText} into vllm.envs.${target} (the upstream module's ${target}) at import`;
  }
  if (e.func.kind === "name" && e.func.id === "setattr" && e.args.length >= 1) {
    const onUpstream = upstreamAttr(importPath(e.args[0], module)) === "";
    if (onUpstream) return `sets an attribute of the upstream vllm.envs module at import: setattr${argText}`;
  }
  return null;
}
