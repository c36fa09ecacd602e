/**
 * Lowering of tree-sitter-python expression nodes into the expression IR:
 * one small function per node type, dispatched on `node.type`.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { BinOp, CmpOp, Comprehension, Expr, Keyword, Pos, PyConst, Target } from "../ir/types.js";
import { LiteralError, decodeFloat, decodeInteger } from "./decode-literal.js";
import { lowerStrings } from "./lower-strings.js";
import { lowerParams } from "./lower-params.js";
import { firstPart, isPart, mapParts, named, onlyPart } from "./node-parts.js";

export { lowerParams, named };

/** Nesting beyond this is refused rather than risking the stack (`((((...))))` 10,000 deep). */
export const MAX_DEPTH = 200;

/** The 1-based position of a node. */
export function posOf(node: SyntaxNode): Pos {
  // One lookup: each `startPosition` read is a search of the line table and a new object.
  const p = node.startPosition;
  return { line: p.row + 1, col: p.column + 1 };
}

/** The source text of a node, shortened to 200 characters for `unsupported` nodes. */
export function excerpt(node: SyntaxNode): string {
  return node.text.length > 200 ? node.text.slice(0, 200) + "…" : node.text;
}

/** An `unsupported` node that keeps the construct's source text and position. */
export function unsupported(node: SyntaxNode, reason: string): Expr {
  return { kind: "unsupported", reason, text: excerpt(node), pos: posOf(node) };
}

const BIN_OPS: Readonly<Record<string, BinOp>> = {
  "+": "+", "-": "-", "*": "*", "/": "/", "//": "//", "%": "%", "|": "|", "&": "&",
};

const CMP_OPS: Readonly<Record<string, CmpOp>> = {
  "==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=",
  in: "in", "not in": "not in", is: "is", "is not": "is not",
};

type Lowerer = (node: SyntaxNode, depth: number) => Expr;

/** Lower an expression node; anything outside the subset becomes `unsupported`. */
export function lowerExpr(node: SyntaxNode, depth = 0): Expr {
  if (depth > MAX_DEPTH) return unsupported(node, `expression nested more than ${MAX_DEPTH} levels deep`);
  const lower = LOWERERS[node.type];
  if (lower) return lower(node, depth + 1);
  return unsupported(node, `unsupported expression: ${node.type}`);
}

/** A constant expression at a node. */
export function constant(node: SyntaxNode, value: PyConst): Expr {
  return { kind: "const", value, pos: posOf(node) };
}

function lowerNumber(node: SyntaxNode): Expr {
  try {
    return constant(node, node.type === "integer" ? decodeInteger(node.text) : decodeFloat(node.text));
  } catch (e) {
    if (e instanceof LiteralError) return unsupported(node, e.message);
    throw e;
  }
}

function lowerCall(node: SyntaxNode, depth: number): Expr {
  const func = lowerExpr(node.childForFieldName("function") as SyntaxNode, depth);
  const argsNode = node.childForFieldName("arguments") as SyntaxNode;
  if (argsNode.type === "generator_expression") {
    return { kind: "call", func, args: [lowerExpr(argsNode, depth)], keywords: [], pos: posOf(node) };
  }
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  for (const a of argsNode.children) {
    if (!isPart(a)) continue;
    if (a.type === "keyword_argument") {
      const name = (a.childForFieldName("name") as SyntaxNode).text;
      keywords.push({ name, value: lowerExpr(a.childForFieldName("value") as SyntaxNode, depth) });
    } else if (a.type === "dictionary_splat") {
      keywords.push({ name: null, value: lowerExpr(firstPart(a) as SyntaxNode, depth) });
    } else {
      // `f(k=1, *xs)` is legal Python, but evaluates `xs` before `k`'s binding: keep the simple order only.
      if (keywords.length) return unsupported(node, "positional argument after keyword argument");
      args.push(a.type === "list_splat" ? starred(a, depth) : lowerExpr(a, depth));
    }
  }
  return { kind: "call", func, args, keywords, pos: posOf(node) };
}

/** `*xs` in a call or a display. */
function starred(node: SyntaxNode, depth: number): Expr {
  return { kind: "starred", value: lowerExpr(firstPart(node) as SyntaxNode, depth), pos: posOf(node) };
}

function lowerSubscript(node: SyntaxNode, depth: number): Expr {
  const subs = node.childrenForFieldName("subscript");
  if (subs.length !== 1) return unsupported(node, "multi-dimensional subscript");
  const obj = lowerExpr(node.childForFieldName("value") as SyntaxNode, depth);
  return { kind: "subscript", obj, index: lowerExpr(subs[0], depth), pos: posOf(node) };
}

function lowerSlice(node: SyntaxNode, depth: number): Expr {
  const slots: (Expr | null)[] = [null, null, null];
  let slot = 0;
  for (const c of node.children) {
    if (c.type === ":") slot += 1;
    else if (c.isNamed && c.type !== "comment" && c.type !== "line_continuation") slots[slot] = lowerExpr(c, depth);
  }
  return { kind: "slice", lower: slots[0], upper: slots[1], step: slots[2], pos: posOf(node) };
}

function lowerBinary(node: SyntaxNode, depth: number): Expr {
  const opText = (node.childForFieldName("operator") as SyntaxNode).type;
  const op = BIN_OPS[opText];
  if (!op) return unsupported(node, `unsupported operator ${opText}`);
  const left = lowerExpr(node.childForFieldName("left") as SyntaxNode, depth);
  const right = lowerExpr(node.childForFieldName("right") as SyntaxNode, depth);
  return { kind: "binop", op, left, right, pos: posOf(node) };
}

function lowerUnary(node: SyntaxNode, depth: number): Expr {
  const op = (node.childForFieldName("operator") as SyntaxNode).type;
  if (op !== "-" && op !== "+" && op !== "~") return unsupported(node, `unsupported unary ${op}`);
  return { kind: "unary", op, operand: lowerExpr(node.childForFieldName("argument") as SyntaxNode, depth), pos: posOf(node) };
}

function lowerNot(node: SyntaxNode, depth: number): Expr {
  return { kind: "unary", op: "not", operand: lowerExpr(node.childForFieldName("argument") as SyntaxNode, depth), pos: posOf(node) };
}

/** `a or b or c` parses left-nested; flatten runs of the same operator. */
function lowerBoolean(node: SyntaxNode, depth: number): Expr {
  const op = (node.childForFieldName("operator") as SyntaxNode).type as "and" | "or";
  const left = lowerExpr(node.childForFieldName("left") as SyntaxNode, depth);
  const right = lowerExpr(node.childForFieldName("right") as SyntaxNode, depth);
  const values = left.kind === "boolop" && left.op === op && node.childForFieldName("left")?.type === "boolean_operator" ? [...left.values, right] : [left, right];
  return { kind: "boolop", op, values, pos: posOf(node) };
}

function lowerComparison(node: SyntaxNode, depth: number): Expr {
  const operands = mapParts(node, (c) => lowerExpr(c, depth));
  const ops: CmpOp[] = [];
  for (const op of node.childrenForFieldName("operators")) {
    const text = op.children.length ? op.children.map((c) => c.type).join(" ") : op.type;
    const cmp = CMP_OPS[text];
    if (!cmp) return unsupported(node, `unsupported comparison ${text}`);
    ops.push(cmp);
  }
  if (operands.length !== ops.length + 1) return unsupported(node, "malformed comparison");
  return { kind: "compare", left: operands[0], ops, comparators: operands.slice(1), pos: posOf(node) };
}

function lowerConditional(node: SyntaxNode, depth: number): Expr {
  const [body, test, orelse] = named(node);
  if (!orelse) return unsupported(node, "malformed conditional expression");
  return { kind: "ifexp", test: lowerExpr(test, depth), body: lowerExpr(body, depth), orelse: lowerExpr(orelse, depth), pos: posOf(node) };
}

function lowerLambda(node: SyntaxNode, depth: number): Expr {
  const params = lowerParams(node.childForFieldName("parameters"), depth);
  if (typeof params === "string") return unsupported(node, params);
  return { kind: "lambda", params, body: lowerExpr(node.childForFieldName("body") as SyntaxNode, depth), pos: posOf(node) };
}

function lowerSequence(kind: "list" | "tuple" | "set"): Lowerer {
  return (node, depth) => {
    const elts = mapParts(node, (c) => (c.type === "list_splat" ? starred(c, depth) : lowerExpr(c, depth)));
    return { kind, elts, pos: posOf(node) };
  };
}

function lowerDict(node: SyntaxNode, depth: number): Expr {
  const keys: Expr[] = [];
  const values: Expr[] = [];
  for (const pair of named(node)) {
    if (pair.type !== "pair") return unsupported(pair, "**spread in a dict display");
    keys.push(lowerExpr(pair.childForFieldName("key") as SyntaxNode, depth));
    values.push(lowerExpr(pair.childForFieldName("value") as SyntaxNode, depth));
  }
  return { kind: "dict", keys, values, pos: posOf(node) };
}

/** Lower an assignment or loop target. */
export function lowerTarget(node: SyntaxNode, depth: number): Target | null {
  switch (node.type) {
    case "identifier":
      return { kind: "name", id: node.text, pos: posOf(node) };
    case "subscript": {
      const e = lowerSubscript(node, depth);
      return e.kind === "subscript" ? { kind: "subscript", obj: e.obj, index: e.index, pos: e.pos } : null;
    }
    case "attribute":
      return { kind: "attr", obj: lowerExpr(node.childForFieldName("object") as SyntaxNode, depth), attr: (node.childForFieldName("attribute") as SyntaxNode).text, pos: posOf(node) };
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "expression_list":
    case "list":
    case "tuple": {
      const elts = named(node).map((c) => lowerTarget(c, depth));
      if (elts.filter((t) => t?.kind === "starred").length > 1) return null;
      return elts.every((t): t is Target => t !== null) ? { kind: "tuple", elts, pos: posOf(node) } : null;
    }
    case "list_splat_pattern":
    case "list_splat": {
      const inner = named(node)[0];
      const t = inner ? lowerTarget(inner, depth) : null;
      return t && t.kind !== "starred" ? { kind: "starred", target: t, pos: posOf(node) } : null;
    }
    case "parenthesized_expression":
      return named(node).length === 1 ? lowerTarget(named(node)[0], depth) : null;
    default:
      return null;
  }
}

/** The `for ... in ... if ...` clauses of a comprehension, or the node to blame. */
function lowerGenerators(node: SyntaxNode, depth: number): Comprehension[] | Expr {
  const generators: Comprehension[] = [];
  for (const c of named(node)) {
    if (c.type === "for_in_clause") {
      if (c.children.some((x) => x.type === "async")) return unsupported(c, "async comprehension");
      const target = lowerTarget(c.childForFieldName("left") as SyntaxNode, depth);
      if (!target) return unsupported(c, "unsupported comprehension target");
      generators.push({ target, iter: lowerExpr(c.childForFieldName("right") as SyntaxNode, depth), ifs: [] });
    } else if (c.type === "if_clause") {
      const last = generators[generators.length - 1];
      if (!last) return unsupported(c, "if clause before for clause");
      last.ifs.push(lowerExpr(named(c)[0], depth));
    }
  }
  return generators;
}

function lowerComprehension(type: "list" | "set" | "gen"): Lowerer {
  return (node, depth) => {
    const body = node.childForFieldName("body");
    if (!body) return unsupported(node, "malformed comprehension");
    const generators = lowerGenerators(node, depth);
    if (!Array.isArray(generators)) return generators;
    return { kind: "comp", type, elt: lowerExpr(body, depth), generators, pos: posOf(node) };
  };
}

/** `{k: v for k, v in items}`. */
function lowerDictComprehension(node: SyntaxNode, depth: number): Expr {
  const body = node.childForFieldName("body");
  if (!body || body.type !== "pair") return unsupported(node, "malformed dict comprehension");
  const generators = lowerGenerators(node, depth);
  if (!Array.isArray(generators)) return generators;
  const key = lowerExpr(body.childForFieldName("key") as SyntaxNode, depth);
  return { kind: "dictcomp", key, value: lowerExpr(body.childForFieldName("value") as SyntaxNode, depth), generators, pos: posOf(node) };
}

function lowerParenthesized(node: SyntaxNode, depth: number): Expr {
  const inner = onlyPart(node);
  if (!inner) return unsupported(node, "malformed parenthesized expression");
  return lowerExpr(inner, depth);
}

function lowerWalrus(node: SyntaxNode, depth: number): Expr {
  const name = (node.childForFieldName("name") as SyntaxNode).text;
  return { kind: "walrus", target: name, value: lowerExpr(node.childForFieldName("value") as SyntaxNode, depth), pos: posOf(node) };
}

const LOWERERS: Readonly<Record<string, Lowerer>> = {
  identifier: (n) => ({ kind: "name", id: n.text, pos: posOf(n) }),
  integer: lowerNumber,
  float: lowerNumber,
  true: (n) => constant(n, { type: "bool", value: true }),
  false: (n) => constant(n, { type: "bool", value: false }),
  none: (n) => constant(n, { type: "none" }),
  string: (n, d) => lowerStrings([n], n, d),
  concatenated_string: (n, d) => lowerStrings(named(n).filter((c) => c.type === "string"), n, d),
  attribute: (n, d) => ({ kind: "attr", obj: lowerExpr(n.childForFieldName("object") as SyntaxNode, d), attr: (n.childForFieldName("attribute") as SyntaxNode).text, pos: posOf(n) }),
  call: lowerCall,
  subscript: lowerSubscript,
  slice: lowerSlice,
  binary_operator: lowerBinary,
  unary_operator: lowerUnary,
  not_operator: lowerNot,
  boolean_operator: lowerBoolean,
  comparison_operator: lowerComparison,
  conditional_expression: lowerConditional,
  lambda: lowerLambda,
  list: lowerSequence("list"),
  tuple: lowerSequence("tuple"),
  expression_list: lowerSequence("tuple"),
  set: lowerSequence("set"),
  dictionary: lowerDict,
  list_comprehension: lowerComprehension("list"),
  set_comprehension: lowerComprehension("set"),
  generator_expression: lowerComprehension("gen"),
  dictionary_comprehension: lowerDictComprehension,
  parenthesized_expression: lowerParenthesized,
  named_expression: lowerWalrus,
};
