/**
 * The IR as one line of S-expression text, for the stage tables: `os.getenv("X", "1")` lowers to
 * `(call os.getenv "X" "1")`. Positions are left out; every node kind has its own form, so a change
 * to one lowering rule changes one row's text.
 */
import { assertNever } from "../../src/ir/types.js";
import type { Comprehension, Expr, FStringPart, Keyword, Param, Pattern, PyConst, Stmt, Target } from "../../src/ir/types.js";

function constText(c: PyConst): string {
  switch (c.type) {
    case "str":
      return JSON.stringify(c.value);
    case "bytes":
      return `b${JSON.stringify(c.value)}`;
    case "int":
      return c.value;
    case "float":
      return typeof c.value === "number" ? (Number.isInteger(c.value) ? `${c.value}.0` : String(c.value)) : `float(${c.value})`;
    case "bool":
      return c.value ? "True" : "False";
    case "none":
      return "None";
    default:
      return assertNever(c);
  }
}

const list = (xs: Expr[]) => xs.map(exprText).join(" ");
const form = (head: string, ...parts: string[]) => `(${[head, ...parts].filter((p) => p !== "").join(" ")})`;

function keywordText(k: Keyword): string {
  return k.name === null ? `**${exprText(k.value)}` : `${k.name}=${exprText(k.value)}`;
}

function paramText(p: Param): string {
  const prefix = p.kind ? { posonly: "pos:", kwonly: "kw:", star: "*", starstar: "**" }[p.kind] : "";
  return `${prefix}${p.name}${p.default ? `=${exprText(p.default)}` : ""}`;
}

function generatorText(g: Comprehension): string {
  return form("for", targetText(g.target), exprText(g.iter), ...g.ifs.map((c) => form("if", exprText(c))));
}

function partText(p: FStringPart): string {
  if (p.kind === "text") return JSON.stringify(p.value);
  const spec = p.spec ? `:${p.spec.map(partText).join("")}` : "";
  return `{${exprText(p.expr)}${p.conversion ? `!${p.conversion}` : ""}${spec}}`;
}

/** An expression as S-expression text; a chain of names and attributes stays dotted (`os.path.join`). */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case "const":
      return constText(e.value);
    case "name":
      return e.id;
    case "attr":
      return `${e.obj.kind === "name" || e.obj.kind === "attr" ? exprText(e.obj) : form("attr", exprText(e.obj))}.${e.attr}`;
    case "call":
      return form("call", exprText(e.func), list(e.args), e.keywords.map(keywordText).join(" "));
    case "subscript":
      return form("sub", exprText(e.obj), exprText(e.index));
    case "slice":
      return form("slice", ...[e.lower, e.upper, e.step].map((x) => (x ? exprText(x) : "_")));
    case "binop":
      return form(e.op, exprText(e.left), exprText(e.right));
    case "unary":
      return form(e.op, exprText(e.operand));
    case "boolop":
      return form(e.op, list(e.values));
    case "compare":
      return form("cmp", exprText(e.left), ...e.ops.map((op, i) => `${op} ${exprText(e.comparators[i])}`));
    case "ifexp":
      return form("if", exprText(e.test), exprText(e.body), exprText(e.orelse));
    case "lambda":
      return form("lambda", `(${e.params.map(paramText).join(" ")})`, exprText(e.body));
    case "list":
      return `[${list(e.elts)}]`;
    case "tuple":
      return form("tuple", list(e.elts));
    case "set":
      return `{${list(e.elts)}}`;
    case "dict":
      return form("dict", ...e.keys.map((k, i) => `${exprText(k)}: ${exprText(e.values[i])}`));
    case "comp":
      return form(`${e.type}comp`, exprText(e.elt), ...e.generators.map(generatorText));
    case "dictcomp":
      return form("dictcomp", `${exprText(e.key)}: ${exprText(e.value)}`, ...e.generators.map(generatorText));
    case "starred":
      return `*${exprText(e.value)}`;
    case "fstring":
      return form("f", ...e.parts.map(partText));
    case "walrus":
      return form(":=", e.target, exprText(e.value));
    case "unsupported":
      return form("unsupported", JSON.stringify(e.reason));
    default:
      return assertNever(e);
  }
}

/** An assignment target as text. */
export function targetText(t: Target): string {
  switch (t.kind) {
    case "name":
      return t.id;
    case "subscript":
      return form("sub", exprText(t.obj), exprText(t.index));
    case "attr":
      return `${exprText(t.obj)}.${t.attr}`;
    case "tuple":
      return form("tuple", ...t.elts.map(targetText));
    case "starred":
      return `*${targetText(t.target)}`;
    default:
      return assertNever(t);
  }
}

/** A `match` pattern as text. */
export function patternText(p: Pattern): string {
  switch (p.kind) {
    case "wildcard":
      return "_";
    case "capture":
      return `?${p.name}`;
    case "literal":
    case "value":
      return exprText(p.value);
    case "or":
      return form("|", ...p.alternatives.map(patternText));
    case "sequence": {
      const items = p.items.map(patternText);
      if (p.star) items.splice(p.star.index, 0, `*${p.star.name ?? "_"}`);
      return `[${items.join(" ")}]`;
    }
    case "mapping":
      return form("map", ...p.keys.map((k, i) => `${exprText(k)}: ${patternText(p.values[i])}`), p.rest ? `**${p.rest}` : "");
    case "as":
      return form("as", patternText(p.pattern), p.name);
    case "unsupported":
      return form("unsupported", JSON.stringify(p.reason));
    default:
      return assertNever(p);
  }
}

const block = (stmts: Stmt[]) => `(${stmts.map(stmtText).join(" ")})`;

/** A statement as text; blocks are parenthesised lists of statements. */
export function stmtText(s: Stmt): string {
  switch (s.kind) {
    case "return":
      return form("return", s.value ? exprText(s.value) : "");
    case "expr":
      return exprText(s.value);
    case "assign":
      return form("=", ...s.targets.map(targetText), exprText(s.value));
    case "augassign":
      return form(`${s.op}=`, targetText(s.target), exprText(s.value));
    case "if":
    case "while":
      return form(s.kind, exprText(s.test), block(s.body), s.orelse.length ? block(s.orelse) : "");
    case "for":
      return form("for", targetText(s.target), exprText(s.iter), block(s.body), s.orelse.length ? block(s.orelse) : "");
    case "break":
    case "continue":
    case "pass":
      return s.kind;
    case "raise":
      return form("raise", s.exc ? exprText(s.exc) : "", s.cause ? `from ${exprText(s.cause)}` : "");
    case "try": {
      const handlers = s.handlers.map((h) => form("except", `(${h.types.join(" ")})`, h.name ?? "_", block(h.body)));
      return form("try", block(s.body), ...handlers, s.orelse.length ? form("else", block(s.orelse)) : "", s.finalbody.length ? form("finally", block(s.finalbody)) : "");
    }
    case "with":
      return form("with", ...s.items.map((i) => (i.target ? `${exprText(i.context)} as ${i.target}` : exprText(i.context))), block(s.body));
    case "def":
      return form("def", ...s.fn.decorators.map((d) => `@${exprText(d)}`), s.fn.name, `(${s.fn.params.map(paramText).join(" ")})`, block(s.fn.body));
    case "import":
      return form("import", ...s.bindings.map((b) => `${b.module}${b.attr ? `:${b.attr}` : ""}@${b.local}`));
    case "global":
    case "nonlocal":
      return form(s.kind, ...s.names);
    case "assert":
      return form("assert", exprText(s.test), s.msg ? exprText(s.msg) : "");
    case "delete":
      return form("del", ...s.targets.map(targetText));
    case "match":
      return form("match", exprText(s.subject), ...s.cases.map((c) => form("case", patternText(c.pattern), c.guard ? form("if", exprText(c.guard)) : "", block(c.body))));
    case "unsupported":
      return form("unsupported", JSON.stringify(s.reason));
    default:
      return assertNever(s);
  }
}
