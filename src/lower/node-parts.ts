/**
 * The named children lowering reads, without the extras that can sit anywhere (comments, line
 * continuations: `f(a,  # why\n  b)`). Lowering asks for them on nearly every node of a freshly parsed tree;
 * the helpers that need one or two of them read `children` instead of making a `namedChildren` array.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";

/**
 * Named children, without comments and line continuations (extras that can sit anywhere). Read-only:
 * where there are none of those (nearly always), this is the node's own `namedChildren` array, not a copy.
 */
export function named(node: SyntaxNode): readonly SyntaxNode[] {
  const all = node.namedChildren;
  for (let i = 0; i < all.length; i++) {
    if (isExtra(all[i])) return all.filter((c) => !isExtra(c));
  }
  return all;
}

function isExtra(c: SyntaxNode): boolean {
  return c.type === "comment" || c.type === "line_continuation";
}

/** Whether a child is one of {@link named}'s (named, not an extra). */
export function isPart(c: SyntaxNode): boolean {
  return c.isNamed && !isExtra(c);
}

/** `named(node).map(fn)`. */
export function mapParts<T>(node: SyntaxNode, fn: (c: SyntaxNode) => T): T[] {
  const out: T[] = [];
  for (const c of node.children) if (isPart(c)) out.push(fn(c));
  return out;
}

/** `named(node)[0]`. */
export function firstPart(node: SyntaxNode): SyntaxNode | undefined {
  for (const c of node.children) if (isPart(c)) return c;
  return undefined;
}

/** `named(node)[0]` when `named(node)` has exactly one element, else null. */
export function onlyPart(node: SyntaxNode): SyntaxNode | null {
  let only: SyntaxNode | null = null;
  for (const c of node.children) {
    if (!isPart(c)) continue;
    if (only) return null;
    only = c;
  }
  return only;
}

/** `node.namedChildren[0]` (comments included). */
export function firstNamed(node: SyntaxNode): SyntaxNode | undefined {
  for (const c of node.children) if (c.isNamed) return c;
  return undefined;
}
