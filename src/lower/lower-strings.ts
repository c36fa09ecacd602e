/**
 * String literals: prefixes, escapes, implicit concatenation (`"a" 'b'`) and
 * f-strings with conversions and nested format specs, decoded as CPython does.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Expr, FStringPart } from "../ir/types.js";
import { LiteralError, decodeStringBody, stringPrefix } from "./decode-literal.js";
import { constant, lowerExpr, posOf, unsupported } from "./lower-expr.js";

/** `"a" 'b'` and `"a" f"{b}"`: implicit concatenation joins the decoded parts (the lowering of `string` and `concatenated_string`). */
export function lowerStrings(nodes: readonly SyntaxNode[], whole: SyntaxNode, depth: number): Expr {
  const plain = plainValue(nodes);
  if (plain !== null) return constant(whole, { type: "str", value: plain });
  const parts: FStringPart[] = [];
  let isBytes: boolean | null = null;
  let isF = false;
  for (const s of nodes) {
    const start = s.children[0];
    const prefix = start && start.type === "string_start" ? stringPrefix(start.text) : "";
    const bytes = prefix.includes("b");
    if (isBytes !== null && isBytes !== bytes) return unsupported(whole, "cannot mix bytes and str literals");
    isBytes = bytes;
    isF = isF || prefix.includes("f");
    try {
      parts.push(...lowerStringParts(s, prefix, depth));
    } catch (e) {
      if (e instanceof LiteralError) return unsupported(s, e.message);
      throw e;
    }
  }
  if (isF) return { kind: "fstring", parts: mergeText(parts), pos: posOf(whole) };
  const value = parts.map((p) => (p.kind === "text" ? p.value : "")).join("");
  return constant(whole, isBytes ? { type: "bytes", value } : { type: "str", value });
}

/**
 * The value of literals that are all plain `str` (no `f`, no `b` prefix: `"VLLM_X"`, `r"\\d"`), their bodies
 * decoded and joined as the general path would; null for anything else (an f-string, bytes, an `ERROR` child),
 * which the general path lowers. Most literals are such: this skips the parts list and the joins.
 */
function plainValue(nodes: readonly SyntaxNode[]): string | null {
  let value = "";
  for (const s of nodes) {
    const children = s.children;
    const start = children[0];
    if (!start || start.type !== "string_start") return null;
    const prefix = stringPrefix(start.text);
    if (prefix.includes("f") || prefix.includes("b")) return null;
    for (let i = 1; i < children.length; i++) {
      const child = children[i];
      if (child.type === "string_content") {
        const text = decodeOrNull(child.text, prefix);
        if (text === null) return null;
        value += text;
      } else if (child.type !== "string_end" || foldedTail(s, child) !== "") return null;
    }
  }
  return value;
}

/** A body decoded, or null where the decoder refuses it (`"\\x4"`: the general path says why). */
function decodeOrNull(body: string, prefix: string): string | null {
  try {
    return decodeStringBody(body, prefix);
  } catch (e) {
    if (e instanceof LiteralError) return null;
    throw e;
  }
}

/**
 * Body text that tree-sitter folds into a literal's closing token: a raw body ending in backslashes
 * (`r"\""` is `\"`, `r'\\'` is two backslashes: `string_end` is then `\""`, `\\'`). Empty when the token
 * is the closing quotes alone.
 */
function foldedTail(s: SyntaxNode, end: SyntaxNode): string {
  const start = s.children[0];
  if (!start || start.type !== "string_start") return "";
  const open = start.text;
  const quotes = open.slice(open.length - (open.endsWith('"""') || open.endsWith("'''") ? 3 : 1));
  const text = end.text;
  return text.length > quotes.length && text.endsWith(quotes) ? text.slice(0, text.length - quotes.length) : "";
}

function mergeText(parts: FStringPart[]): FStringPart[] {
  const out: FStringPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === "text" && last && last.kind === "text") last.value += p.value;
    else out.push(p.kind === "text" ? { kind: "text", value: p.value } : p);
  }
  return out;
}

function lowerStringParts(s: SyntaxNode, prefix: string, depth: number): FStringPart[] {
  const parts: FStringPart[] = [];
  const isF = prefix.includes("f");
  for (const child of s.children) {
    const tail = child.type === "string_end" ? foldedTail(s, child) : "";
    const body = child.type === "string_content" ? child.text : tail !== "" ? tail : null;
    if (body !== null) {
      const text = isF ? body.replace(/\{\{/g, "{").replace(/\}\}/g, "}") : body;
      parts.push({ kind: "text", value: decodeStringBody(text, prefix) });
    } else if (child.type === "interpolation") {
      parts.push(lowerInterpolation(child, depth));
    } else if (child.type === "ERROR") {
      throw new LiteralError("malformed string literal");
    }
  }
  return parts;
}

function lowerInterpolation(node: SyntaxNode, depth: number): FStringPart {
  const exprNode = node.childForFieldName("expression");
  const conv = node.childForFieldName("type_conversion");
  const spec = node.childForFieldName("format_specifier");
  const hasEq = node.children.some((c) => c.type === "=");
  const expr = exprNode ? lowerExpr(exprNode, depth) : unsupported(node, "empty f-string field");
  const conversion = conv ? (conv.text.slice(1) as "r" | "s" | "a") : null;
  const debugText = hasEq && exprNode ? node.text.slice(1, node.text.indexOf("=", exprNode.endIndex - node.startIndex) + 1) : null;
  return { kind: "field", expr, conversion, spec: spec ? lowerFormatSpec(spec, depth) : null, debugText };
}

/** `{x:>{w}}`: the spec is literal text with nested replacement fields. */
function lowerFormatSpec(spec: SyntaxNode, depth: number): FStringPart[] {
  const parts: FStringPart[] = [];
  let cursor = spec.startIndex + 1; // skip ':'
  const text = spec.text;
  for (const child of spec.namedChildren) {
    if (child.type !== "format_expression") continue;
    if (child.startIndex > cursor) parts.push({ kind: "text", value: text.slice(cursor - spec.startIndex, child.startIndex - spec.startIndex) });
    const inner = child.childForFieldName("expression");
    parts.push({ kind: "field", expr: inner ? lowerExpr(inner, depth) : unsupported(child, "empty format field"), conversion: null, spec: null, debugText: null });
    cursor = child.endIndex;
  }
  if (spec.endIndex > cursor) parts.push({ kind: "text", value: text.slice(cursor - spec.startIndex) });
  return parts;
}
