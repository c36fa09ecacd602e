/**
 * Generic traversal of the IR, so each analysis only writes the cases it cares about.
 */
import type { Expr, FStringPart, Pattern, Stmt, Target } from "./types.js";
import { assertNever } from "./types.js";

function visitParts(parts: FStringPart[], f: (e: Expr) => void): void {
  for (const p of parts) {
    if (p.kind === "field") {
      f(p.expr);
      if (p.spec) visitParts(p.spec, f);
    }
  }
}

function visitTarget(t: Target, f: (e: Expr) => void): void {
  if (t.kind === "subscript") {
    f(t.obj);
    f(t.index);
  } else if (t.kind === "attr") f(t.obj);
  else if (t.kind === "tuple") t.elts.forEach((x) => visitTarget(x, f));
  else if (t.kind === "starred") visitTarget(t.target, f);
}

/** Call `f` on the expressions of a `match` pattern (literals and `Mod.X` values, mapping keys). */
export function visitPattern(p: Pattern, f: (e: Expr) => void): void {
  switch (p.kind) {
    case "literal":
    case "value":
      return f(p.value);
    case "or":
      return p.alternatives.forEach((a) => visitPattern(a, f));
    case "sequence":
      return p.items.forEach((a) => visitPattern(a, f));
    case "mapping":
      p.keys.forEach(f);
      return p.values.forEach((a) => visitPattern(a, f));
    case "as":
      return visitPattern(p.pattern, f);
    default:
      return;
  }
}

/** Call `f` on each of `es` (a loop, not `forEach`: this runs on every node of every walk). */
function visitAll(es: Expr[], f: (e: Expr) => void): void {
  for (let i = 0; i < es.length; i++) f(es[i]);
}

/** The generators of a comprehension: each target's expressions, its iterable, its conditions. */
function visitGenerators(gens: Extract<Expr, { kind: "comp" }>["generators"], f: (e: Expr) => void): void {
  for (const g of gens) {
    visitTarget(g.target, f);
    f(g.iter);
    visitAll(g.ifs, f);
  }
}

/** Call `f` on each direct child expression of `e` (in source order; no closure or array made per node). */
export function visitExprChildren(e: Expr, f: (e: Expr) => void): void {
  switch (e.kind) {
    case "const":
    case "name":
    case "unsupported":
      return;
    case "attr":
      return f(e.obj);
    case "call":
      f(e.func);
      visitAll(e.args, f);
      for (const k of e.keywords) f(k.value);
      return;
    case "subscript":
      f(e.obj);
      return f(e.index);
    case "slice":
      if (e.lower) f(e.lower);
      if (e.upper) f(e.upper);
      if (e.step) f(e.step);
      return;
    case "binop":
      f(e.left);
      return f(e.right);
    case "unary":
      return f(e.operand);
    case "boolop":
      return visitAll(e.values, f);
    case "compare":
      f(e.left);
      return visitAll(e.comparators, f);
    case "ifexp":
      f(e.test);
      f(e.body);
      return f(e.orelse);
    case "lambda":
      for (const p of e.params) if (p.default) f(p.default);
      return f(e.body);
    case "list":
    case "tuple":
    case "set":
      return visitAll(e.elts, f);
    case "dict":
      visitAll(e.keys, f);
      return visitAll(e.values, f);
    case "comp":
      visitGenerators(e.generators, f);
      return f(e.elt);
    case "dictcomp":
      visitGenerators(e.generators, f);
      f(e.key);
      return f(e.value);
    case "starred":
      return f(e.value);
    case "fstring":
      return visitParts(e.parts, f);
    case "walrus":
      return f(e.value);
    default:
      return assertNever(e);
  }
}

/** Call `fe` on every expression and `fs` on every statement under `stmts`, nested functions included. */
export function walkStmts(stmts: Stmt[], fe: (e: Expr) => void, fs: (s: Stmt) => void = () => {}): void {
  const expr = (e: Expr): void => {
    fe(e);
    visitExprChildren(e, expr);
  };
  for (const s of stmts) {
    fs(s);
    switch (s.kind) {
      case "return":
        if (s.value) expr(s.value);
        break;
      case "expr":
        expr(s.value);
        break;
      case "assign":
        s.targets.forEach((t) => visitTarget(t, expr));
        expr(s.value);
        break;
      case "augassign":
        visitTarget(s.target, expr);
        expr(s.value);
        break;
      case "if":
      case "while":
        expr(s.test);
        walkStmts(s.body, fe, fs);
        walkStmts(s.orelse, fe, fs);
        break;
      case "for":
        visitTarget(s.target, expr);
        expr(s.iter);
        walkStmts(s.body, fe, fs);
        walkStmts(s.orelse, fe, fs);
        break;
      case "raise":
        if (s.exc) expr(s.exc);
        if (s.cause) expr(s.cause);
        break;
      case "try":
        walkStmts(s.body, fe, fs);
        s.handlers.forEach((h) => walkStmts(h.body, fe, fs));
        walkStmts(s.orelse, fe, fs);
        walkStmts(s.finalbody, fe, fs);
        break;
      case "with":
        s.items.forEach((i) => expr(i.context));
        walkStmts(s.body, fe, fs);
        break;
      case "assert":
        expr(s.test);
        if (s.msg) expr(s.msg);
        break;
      case "delete":
        s.targets.forEach((t) => visitTarget(t, expr));
        break;
      case "match":
        expr(s.subject);
        for (const c of s.cases) {
          visitPattern(c.pattern, expr);
          if (c.guard) expr(c.guard);
          walkStmts(c.body, fe, fs);
        }
        break;
      case "def":
        s.fn.params.forEach((p) => p.default && expr(p.default));
        s.fn.decorators.forEach(expr);
        walkStmts(s.fn.body, fe, fs);
        break;
      default:
        break;
    }
  }
}

/** Call `f` on every expression under `e`, itself included. */
export function walkExpr(e: Expr, f: (e: Expr) => void): void {
  const visit = (x: Expr): void => {
    f(x);
    visitExprChildren(x, visit);
  };
  visit(e);
}
