/**
 * Python scoping, shared by lowering, inference and the emitter: which names a function, lambda or
 * comprehension binds locally (assignment anywhere in the body makes a name
 * local, `global x` undoes it; walrus targets bind in the enclosing function).
 */
import type { Expr, FunctionDef, Param, Pattern, Stmt, Target } from "./types.js";
import { visitExprChildren, visitPattern, walkStmts } from "./walk.js";

/** One Python scope: its local names and the names it declares `global` (or `nonlocal`: bound further out). */
export interface Scope {
  locals: Set<string>;
  globals: Set<string>;
  /** `nonlocal x`: the name is a local of an enclosing function. */
  nonlocals?: Set<string>;
  parent: Scope | null;
  /** Comprehension scopes pass walrus targets through to their function. */
  isComprehension: boolean;
}

function targetNames(t: Target, out: Set<string>): void {
  if (t.kind === "name") out.add(t.id);
  else if (t.kind === "tuple") t.elts.forEach((e) => targetNames(e, out));
  else if (t.kind === "starred") targetNames(t.target, out);
}

/** The names declared `nonlocal` in a function body, nested functions included (it may rebind them). */
export function nonlocalNames(body: Stmt[]): Set<string> {
  const names = new Set<string>();
  walkStmts(body, () => {}, (x) => {
    if (x.kind === "nonlocal") x.names.forEach((n) => names.add(n));
  });
  return names;
}

/** The names every `for` of a comprehension binds (its own scope's names). */
export function comprehensionNames(e: Extract<Expr, { kind: "comp" | "dictcomp" }>): Set<string> {
  const names = new Set<string>();
  for (const g of e.generators) targetNames(g.target, names);
  return names;
}

/** Names a `match` pattern captures. */
export function patternNames(p: Pattern, out: Set<string>): void {
  switch (p.kind) {
    case "capture":
      out.add(p.name);
      return;
    case "as":
      out.add(p.name);
      return patternNames(p.pattern, out);
    case "or":
      return p.alternatives.forEach((a) => patternNames(a, out));
    case "sequence":
      if (p.star?.name) out.add(p.star.name);
      return p.items.forEach((a) => patternNames(a, out));
    case "mapping":
      if (p.rest) out.add(p.rest);
      return p.values.forEach((a) => patternNames(a, out));
    default:
      return;
  }
}

/** Walrus targets in an expression, not descending into lambdas (their own scope). */
export function walrusTargets(e: Expr, out: Set<string>): void {
  // One visitor per walk, not a closure per node (every getter's lambda body is walked).
  const visit = (x: Expr): void => {
    const kind = x.kind;
    if (kind === "name" || kind === "const") return; // leaves, about half the nodes: no call to find no children
    if (kind === "walrus") out.add(x.target);
    if (kind !== "lambda") visitExprChildren(x, visit);
  };
  visit(e);
}

function stmtExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case "return":
      return s.value ? [s.value] : [];
    case "expr":
    case "assign":
    case "augassign":
      return [s.value];
    case "if":
    case "while":
      return [s.test];
    case "for":
      return [s.iter];
    case "raise":
      return [s.exc, s.cause].filter((x): x is Expr => x !== null);
    case "with":
      return s.items.map((i) => i.context);
    case "assert":
      return [s.test, ...(s.msg ? [s.msg] : [])];
    case "match": {
      const out: Expr[] = [s.subject];
      for (const c of s.cases) {
        visitPattern(c.pattern, (e) => out.push(e));
        if (c.guard) out.push(c.guard);
      }
      return out;
    }
    default:
      return [];
  }
}

function collectStmt(s: Stmt, locals: Set<string>, globals: Set<string>, nonlocals: Set<string>): void {
  for (const e of stmtExprs(s)) walrusTargets(e, locals);
  switch (s.kind) {
    case "delete":
      s.targets.forEach((t) => targetNames(t, locals));
      break;
    case "match":
      s.cases.forEach((c) => patternNames(c.pattern, locals));
      break;
    case "nonlocal":
      s.names.forEach((n) => nonlocals.add(n));
      break;
    case "assign":
      s.targets.forEach((t) => targetNames(t, locals));
      break;
    case "augassign":
    case "for":
      targetNames(s.target, locals);
      break;
    case "with":
      s.items.forEach((i) => i.target && locals.add(i.target));
      break;
    case "def":
      locals.add(s.fn.name);
      break;
    case "import":
      s.bindings.forEach((b) => locals.add(b.local));
      break;
    case "global":
      s.names.forEach((n) => globals.add(n));
      break;
    case "try":
      s.handlers.forEach((h) => h.name && locals.add(h.name));
      break;
    default:
      break;
  }
  for (const body of childBodies(s)) body.forEach((c) => collectStmt(c, locals, globals, nonlocals));
}

/** The nested statement lists of a statement (not of nested functions). */
export function childBodies(s: Stmt): Stmt[][] {
  switch (s.kind) {
    case "if":
    case "for":
    case "while":
      return [s.body, s.orelse];
    case "try":
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case "with":
      return [s.body];
    case "match":
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** The scope of a function body. */
export function functionScope(fn: Pick<FunctionDef, "params" | "body">, parent: Scope | null): Scope {
  const locals = new Set<string>(fn.params.map((p) => p.name));
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  fn.body.forEach((s) => collectStmt(s, locals, globals, nonlocals));
  globals.forEach((g) => locals.delete(g));
  nonlocals.forEach((g) => locals.delete(g));
  return { locals, globals, nonlocals, parent, isComprehension: false };
}

/** The scope of a lambda. */
export function lambdaScope(params: Param[], body: Expr, parent: Scope | null): Scope {
  const locals = new Set<string>(params.map((p) => p.name));
  walrusTargets(body, locals);
  return { locals, globals: new Set(), parent, isComprehension: false };
}

/** Where a name resolves: a local of some enclosing scope, or the module. */
export function resolveName(scope: Scope | null, name: string): "local" | "module" {
  for (let s = scope; s; s = s.parent) {
    if (s.globals.has(name)) return "module";
    if (s.locals.has(name)) return "local";
    if (s.nonlocals?.has(name)) continue;
  }
  return "module";
}
