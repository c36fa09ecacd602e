/**
 * IR → TypeScript for comprehensions (`[x for x in xs if x]`, `{k: v for k, v in items}`,
 * sets and generator expressions): each runs in its own scope, as in Python 3.
 */
import type { Comprehension, Expr } from "../ir/types.js";
import { type EmitCtx, type EmitTools, localName } from "./emit-context.js";
import { type Scope, comprehensionNames } from "../ir/scope.js";

/** A comprehension as an immediately-called arrow: its own scope, the first iterable evaluated outside. */
export function emitComp(e: Extract<Expr, { kind: "comp" | "dictcomp" }>, ctx: EmitCtx, t: EmitTools): string {
  const locals = comprehensionNames(e);
  // The first iterable is evaluated in the enclosing scope, the rest inside.
  const outerIter = t.emitExpr(e.generators[0].iter, ctx);
  const scope: Scope = { locals, globals: new Set(), parent: ctx.scope, isComprehension: true };
  const inner: EmitCtx = { ...ctx, scope };
  const acc = t.temp(ctx, "r");
  let body: string;
  if (e.kind === "dictcomp") body = `{ const $k = ${t.emitExpr(e.key, inner)}; ${acc}.set($k, ${t.emitExpr(e.value, inner)}); }`;
  else body = `{ const $x = ${t.emitExpr(e.elt, inner)}; ${e.type === "set" ? `${acc}.add($x)` : `${acc}.push($x)`}; }`;
  for (let i = e.generators.length - 1; i >= 0; i--) body = emitGenerator(e.generators[i], i === 0 ? outerIter : null, body, inner, t);
  const init = e.kind === "dictcomp" ? "new PyDict()" : e.type === "set" ? "new PySet()" : "[] as PyValue[]";
  const decl = locals.size ? `let ${Array.from(locals, (l) => `${localName(l)}: PyValue = null`).join(", ")};` : "";
  return `((): PyValue => { const ${acc} = ${init}; ${decl} ${body} return ${acc}; })()`;
}

function emitGenerator(g: Comprehension, iterJs: string | null, body: string, ctx: EmitCtx, t: EmitTools): string {
  const item = t.temp(ctx, "i");
  const filters = g.ifs.map((c) => `if (!truthy(${t.emitExpr(c, ctx)})) continue;`).join(" ");
  return `for (const ${item} of iterate(${iterJs ?? t.emitExpr(g.iter, ctx)})) { ${t.emitAssignTarget(g.target, item, ctx)} ${filters} ${body} }`;
}
