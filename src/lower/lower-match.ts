/**
 * Lowering of `match` statements: literal, capture, wildcard, value (`Mod.X`),
 * or, sequence, mapping and `as` patterns. Class patterns (`case Point(x=1):`)
 * and anything else become an `unsupported` pattern, reported where the case is tried.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Expr, MatchCase, Pattern, Stmt } from "../ir/types.js";
import { constant, excerpt, lowerExpr, named, posOf, unsupported } from "./lower-expr.js";
import { LiteralError, decodeFloat, decodeInteger } from "./decode-literal.js";

type BlockLowerer = (node: SyntaxNode | null, depth: number) => Stmt[];

function badPattern(node: SyntaxNode, reason: string): Pattern {
  return { kind: "unsupported", reason, text: excerpt(node), pos: posOf(node) };
}

/** `match subject:` with its `case` clauses. */
export function lowerMatch(node: SyntaxNode, depth: number, lowerBlock: BlockLowerer): Stmt[] {
  const subjects = node.childrenForFieldName("subject");
  const subject: Expr = subjects.length === 1 ? lowerExpr(subjects[0], depth) : { kind: "unsupported", reason: "match on several subjects", text: excerpt(node), pos: posOf(node) };
  const body = node.childForFieldName("body");
  const cases: MatchCase[] = [];
  for (const c of body ? named(body) : []) {
    if (c.type !== "case_clause") continue;
    const patterns = named(c).filter((x) => x.type === "case_pattern");
    const guardNode = c.childForFieldName("guard");
    const pattern = patterns.length === 1 ? lowerCasePattern(patterns[0], depth) : badPattern(c, "case with several patterns");
    const guard = guardNode ? lowerExpr(named(guardNode)[0], depth) : null;
    cases.push({ pattern, guard, body: lowerBlock(c.childForFieldName("consequence"), depth), pos: posOf(c) });
  }
  return [{ kind: "match", subject, cases, pos: posOf(node) }];
}

/** A `case_pattern` wrapper: empty is the wildcard `_`. */
function lowerCasePattern(node: SyntaxNode, depth: number): Pattern {
  const inner = named(node);
  if (inner.length === 0) return node.text.trim() === "_" ? { kind: "wildcard", pos: posOf(node) } : badPattern(node, "unsupported pattern");
  if (inner.length !== 1) return badPattern(node, "unsupported pattern");
  return lowerPattern(inner[0], depth);
}

function lowerNumberText(text: string, node: SyntaxNode): Expr {
  try {
    return constant(node, node.type === "integer" ? decodeInteger(text) : decodeFloat(text));
  } catch (e) {
    if (e instanceof LiteralError) return unsupported(node, e.message);
    throw e;
  }
}

const LITERALS = new Set(["integer", "float", "string", "concatenated_string", "true", "false", "none"]);

function lowerPattern(node: SyntaxNode, depth: number): Pattern {
  if (depth > 100) return badPattern(node, "pattern nested too deeply");
  const pos = posOf(node);
  if (node.type === "case_pattern") return lowerCasePattern(node, depth + 1);
  if ((node.type === "integer" || node.type === "float") && node.text.startsWith("-")) {
    // `case -1:` parses as one number node; Python reads it as minus a literal.
    const num = lowerNumberText(node.text.slice(1).trim(), node);
    return { kind: "literal", value: num.kind === "const" ? { kind: "unary", op: "-", operand: num, pos } : num, pos };
  }
  if (LITERALS.has(node.type)) return { kind: "literal", value: lowerExpr(node, depth), pos };
  switch (node.type) {
    case "dotted_name": {
      const parts = named(node).map((c) => c.text);
      if (parts.length === 1) return parts[0] === "_" ? { kind: "wildcard", pos } : { kind: "capture", name: parts[0], pos };
      const value = parts.slice(1).reduce<Expr>((obj, attr) => ({ kind: "attr", obj, attr, pos }), { kind: "name", id: parts[0], pos });
      return { kind: "value", value, pos };
    }
    case "union_pattern":
      return { kind: "or", alternatives: named(node).map((c) => lowerPattern(c, depth + 1)), pos };
    case "list_pattern":
    case "tuple_pattern":
      return lowerSequencePattern(node, depth);
    case "dict_pattern":
      return lowerMappingPattern(node, depth);
    case "as_pattern": {
      const [inner, alias] = named(node);
      if (!inner || !alias || alias.type !== "identifier") return badPattern(node, "unsupported as-pattern");
      return { kind: "as", pattern: lowerPattern(inner, depth + 1), name: alias.text, pos };
    }
    default:
      return badPattern(node, `${node.type.replace(/_/g, " ")} is not modelled`);
  }
}

/** `[a, *rest, b]` / `(a, b)`. */
function lowerSequencePattern(node: SyntaxNode, depth: number): Pattern {
  const items: Pattern[] = [];
  let star: { index: number; name: string | null } | null = null;
  for (const c of named(node)) {
    const inner = c.type === "case_pattern" && named(c).length === 1 ? named(c)[0] : c;
    if (inner.type === "splat_pattern") {
      if (star) return badPattern(node, "two starred names in a sequence pattern");
      const name = named(inner)[0]?.text ?? "_";
      star = { index: items.length, name: name === "_" ? null : name };
      continue;
    }
    items.push(lowerPattern(c, depth + 1));
  }
  return { kind: "sequence", items, star, pos: posOf(node) };
}

/** `{"k": v, **rest}`: keys are literals or values. */
function lowerMappingPattern(node: SyntaxNode, depth: number): Pattern {
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  let rest: string | null = null;
  const kids = named(node);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.type === "splat_pattern") {
      rest = named(k)[0]?.text ?? null;
      continue;
    }
    const v = kids[i + 1];
    if (!v) return badPattern(node, "malformed mapping pattern");
    const key = lowerPattern(k, depth + 1);
    if (key.kind !== "literal" && key.kind !== "value") return badPattern(k, "unsupported mapping key");
    keys.push(key.value);
    values.push(lowerPattern(v, depth + 1));
    i += 1;
  }
  return { kind: "mapping", keys, values, rest, pos: posOf(node) };
}
