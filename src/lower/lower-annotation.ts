/**
 * Lowering of a `TYPE_CHECKING` annotation (`VLLM_X: Optional[list[str]] = None`) into the
 * expression IR, so inference reads annotations as IR like everything else and no syntax
 * node leaves this folder. Only the shapes an annotation is made of are lowered
 * (names, `typing.X`, `X[...]`, `a | b`, literals, `[...]` of `Callable[[...], R]`);
 * anything else is an `unsupported` node that keeps its source text.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Expr } from "../ir/types.js";
import { MAX_DEPTH, lowerExpr, named, posOf, unsupported } from "./lower-expr.js";

/** Leaf node types lowered as ordinary expressions. */
const LEAVES = new Set([
  "identifier", "attribute", "none", "true", "false", "integer", "float", "string", "concatenated_string",
]);

/** Annotation node types read by their named children. */
const SHAPES: ReadonlySet<string> = new Set(["type", "generic_type", "union_type", "list"]);

/** `X[a]` or `X[a, b]` (the index a tuple, as Python's own AST has it). */
function subscriptOf(node: SyntaxNode, head: SyntaxNode, params: readonly SyntaxNode[], depth: number): Expr {
  const obj = lowerAnnotation(head, depth);
  const elts = params.map((p) => lowerAnnotation(p, depth));
  const index: Expr = elts.length === 1 ? elts[0] : { kind: "tuple", elts, pos: elts[0]?.pos ?? posOf(node) };
  return { kind: "subscript", obj, index, pos: posOf(node) };
}

/** Lower an annotation node (the `type` field of an annotated assignment, or any part of it). */
export function lowerAnnotation(node: SyntaxNode, depth = 0): Expr {
  if (depth > MAX_DEPTH) return unsupported(node, `annotation nested more than ${MAX_DEPTH} levels deep`);
  const d = depth + 1;
  // Only the shapes that have parts read them (a leaf's `namedChildren` would be a new empty array).
  const parts = SHAPES.has(node.type) ? named(node) : [];
  switch (node.type) {
    case "type":
      // `type` wraps the annotation's expression: `(type (generic_type ...))`.
      return parts.length === 1 ? lowerAnnotation(parts[0], d) : unsupported(node, "unsupported annotation: type");
    case "generic_type": {
      // `list[str]`: `(generic_type (identifier) (type_parameter (type ...) (type ...)))`.
      const [head, params] = parts;
      if (!head || params?.type !== "type_parameter") return unsupported(node, "unsupported annotation: generic_type");
      return subscriptOf(node, head, named(params), d);
    }
    case "subscript":
      // `typing.Optional[int]` parses as an ordinary subscript: one `subscript` field per index.
      return subscriptOf(
        node,
        node.childForFieldName("value") as SyntaxNode,
        node.childrenForFieldName("subscript"),
        d,
      );
    case "binary_operator": {
      const op = node.childForFieldName("operator")?.type;
      if (op !== "|") return unsupported(node, "unsupported annotation: binary_operator");
      const left = lowerAnnotation(node.childForFieldName("left") as SyntaxNode, d);
      const right = lowerAnnotation(node.childForFieldName("right") as SyntaxNode, d);
      return { kind: "binop", op: "|", left, right, pos: posOf(node) };
    }
    case "union_type": {
      // `list[str] | None`: a generic on either side makes tree-sitter parse `|` as a union of two `type`s.
      if (parts.length !== 2) return unsupported(node, "unsupported annotation: union_type");
      const [left, right] = parts.map((p) => lowerAnnotation(p, d));
      return { kind: "binop", op: "|", left, right, pos: posOf(node) };
    }
    case "list":
      // `Callable[[int], str]`: the parameter list.
      return { kind: "list", elts: parts.map((p) => lowerAnnotation(p, d)), pos: posOf(node) };
    default:
      return LEAVES.has(node.type) ? lowerExpr(node, d) : unsupported(node, `unsupported annotation: ${node.type}`);
  }
}
