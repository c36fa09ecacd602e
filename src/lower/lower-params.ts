/**
 * Lowering of parameter lists: `def f(a, /, b=1, *args, c, **kw)` and `lambda *, k=2: ...`
 * into `Param`s with their kinds (annotations are dropped).
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Param } from "../ir/types.js";
import { lowerExpr, named } from "./lower-expr.js";

/** Lower a parameter list (`lambda:`, `def f(a, /, b=1, *args, c, **kw)`); annotations are dropped. */
export function lowerParams(node: SyntaxNode | null, depth: number): Param[] | string {
  const params: Param[] = [];
  if (!node) return params;
  let kwonly = false;
  for (const p of named(node)) {
    if (p.type === "positional_separator") {
      // `def f(a, b, /, c)`: everything before the slash is positional-only.
      params.forEach((x) => (x.kind = x.kind ?? "posonly"));
      continue;
    }
    if (p.type === "keyword_separator") {
      kwonly = true;
      continue;
    }
    const one = lowerParam(p, depth);
    if (typeof one === "string") return one;
    if (one.kind === "star") kwonly = true;
    else if (kwonly && one.kind === undefined) one.kind = "kwonly";
    params.push(one);
  }
  return params;
}

/** One parameter node; `*args: int` and `**kw: str` come wrapped in a `typed_parameter`. */
function lowerParam(p: SyntaxNode, depth: number): Param | string {
  const splat = (n: SyntaxNode): Param | string => {
    const id = named(n).find((c) => c.type === "identifier");
    if (!id) return `unsupported parameter ${n.text}`;
    return { name: id.text, default: null, kind: n.type === "list_splat_pattern" ? "star" : "starstar" };
  };
  switch (p.type) {
    case "identifier":
      return { name: p.text, default: null };
    case "list_splat_pattern":
    case "dictionary_splat_pattern":
      return splat(p);
    case "typed_parameter": {
      const inner = named(p)[0];
      if (inner && (inner.type === "list_splat_pattern" || inner.type === "dictionary_splat_pattern")) return splat(inner);
      if (!inner || inner.type !== "identifier") return `unsupported parameter ${p.text}`;
      return { name: inner.text, default: null };
    }
    case "default_parameter":
    case "typed_default_parameter": {
      const name = p.childForFieldName("name") as SyntaxNode;
      if (name.type !== "identifier") return `unsupported parameter ${p.text}`;
      return { name: name.text, default: lowerExpr(p.childForFieldName("value") as SyntaxNode, depth) };
    }
    default:
      return `unsupported parameter ${p.text}`;
  }
}
