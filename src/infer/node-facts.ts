/**
 * Facts about IR nodes. The ones asked at every run of a helper's body (does it contain `:=`, which names does
 * a nested def rebind, where does a block start raising) are kept per node in WeakMaps: a helper runs once per
 * getter that calls it. Call shapes and literal values are worked out at each evaluation instead: each file is a
 * fresh lowered module whose getters run once, and a memo on a node met once costs more than it saves.
 */
import type { Expr, Stmt } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { functionScope, nonlocalNames, walrusTargets } from "../ir/scope.js";
import { raisingSuffix } from "../ir/always-raises.js";
import { EXCEPTION_PARENTS } from "../../templates/runtime/values.js";
import { type Analyzer, unboundKey } from "./sym-context.js";
import { type CV, type Frame, type Sym, cst } from "./sym.js";

export type CallExpr = Extract<Expr, { kind: "call" }>;

/** What a call site evaluates, in order (callee, arguments, keyword values), and whether it has `*` or `**`. */
export interface CallShape {
  exprs: Expr[];
  names: (string | null)[];
  plain: boolean;
}


const NO_NAMES: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** Is an argument `*xs`? */
export function hasStarred(args: Expr[]): boolean {
  for (const x of args) if (x.kind === "starred") return true;
  return false;
}

/** The shape of a call site: the expressions seq evaluates, the keyword names, whether `*`/`**` need expanding. */
export function callShape(e: CallExpr): CallShape {
  // `f(a, b)`, most calls: one array, no keyword names.
  if (!e.keywords.length && e.args.every((x) => x.kind !== "starred")) return { exprs: [e.func, ...e.args], names: NO_NAMES, plain: true };
  const argExprs = e.args.map((x) => (x.kind === "starred" ? x.value : x));
  const names = e.keywords.map((k) => k.name);
  const plain = e.args.every((x) => x.kind !== "starred") && names.every((n) => n !== null);
  return { exprs: [e.func, ...argExprs, ...e.keywords.map((k) => k.value)], names, plain };
}


/** A literal's value as a constant (bytes are not modelled: None, as before). */
function literalValue(c: Extract<Expr, { kind: "const" }>["value"]): CV {
  switch (c.type) {
    case "int":
      return BigInt(c.value);
    case "float":
      if (typeof c.value === "number") return c.value;
      return c.value === "nan" ? NaN : c.value === "inf" ? Infinity : -Infinity;
    case "none":
    case "bytes":
      return null;
    case "str":
    case "bool":
      return c.value;
    default:
      return assertNever(c);
  }
}

/** A literal's symbol (not a str: those are made inline). */
export function constSym(e: Extract<Expr, { kind: "const" }>): Sym {
  return cst(literalValue(e.value));
}

const rebindsByDef = new WeakMap<Extract<Stmt, { kind: "def" }>, string[]>();

/** The names a nested function rebinds with `nonlocal`: its body is walked once, not at every call of its maker. */
export function rebindsOf(s: Extract<Stmt, { kind: "def" }>): string[] {
  let rebinds = rebindsByDef.get(s);
  if (!rebinds) {
    rebindsByDef.set(s, (rebinds = [...nonlocalNames(s.fn.body)]));
  }
  return rebinds;
}

const walruses = new WeakMap<Expr, boolean>();

/** Is there a `:=` anywhere in an expression (a comprehension's element or conditions)? Once per node. */
export function hasWalrusIn(e: Expr): boolean {
  let found = walruses.get(e);
  if (found === undefined) {
    const targets = new Set<string>();
    walrusTargets(e, targets);
    walruses.set(e, (found = targets.size > 0));
  }
  return found;
}

/** A function's locals: all of them, and those not parameters (unbound at entry). */
export interface Locals {
  all: Set<string>;
  unbound: string[];
}

const localsByBody = new WeakMap<Stmt[], Locals>();

/** The locals of a lambda that binds no name (`lambda: ...`, every getter): shared, never changed. */
const NO_LOCALS: Locals = { all: new Set(), unbound: [] };

/**
 * The names a function or lambda binds locally (Python scoping, src/ir/scope.ts): assigned anywhere in its
 * body, `global` and `nonlocal` names excepted; parameters included. Once per `def` body; a lambda's are
 * found at each call instead: a getter's lambda runs once per model, so a memo would only cost (a WeakMap
 * entry per getter), and a lambda inside a helper is a small expression.
 */
export function localsOf(f: Extract<Sym, { k: "fn" }>): Locals {
  const body = f.body;
  if ("expr" in body) return lambdaLocals(f.params, body.expr);
  let locals = localsByBody.get(body.stmts);
  if (!locals) {
    locals = withUnbound(f.params, functionScope({ params: f.params, body: body.stmts }, null).locals);
    localsByBody.set(body.stmts, locals);
  }
  return locals;
}

/** Where a lambda's `:=` targets are gathered first: most lambdas have none, and then no set is made. */
const scratch = new Set<string>();

function lambdaLocals(params: Extract<Sym, { k: "fn" }>["params"], e: Expr): Locals {
  // lambdaScope's locals: its parameters, then the `:=` targets of its body (walrusTargets calls nothing back).
  scratch.clear();
  for (const p of params) scratch.add(p.name);
  walrusTargets(e, scratch);
  if (!scratch.size) return NO_LOCALS;
  return withUnbound(params, new Set(scratch));
}

function withUnbound(params: Extract<Sym, { k: "fn" }>["params"], all: Set<string>): Locals {
  if (!params.length) return { all, unbound: Array.from(all) };
  const own = new Set(params.map((x) => x.name));
  return { all, unbound: Array.from(all).filter((n) => !own.has(n)) };
}

export type Suffix = ReturnType<typeof raisingSuffix>;

/** A block's raising suffix as worked out for a module, with the exception names whose answer a local could change. */
interface SuffixMemo {
  module: Analyzer["module"];
  suffix: Suffix;
  locals: string[];
}

const suffixes = new WeakMap<Stmt[], SuffixMemo>();

/** An exception class by this name, as the module sees it (no helper, assignment or import shadows it). */
function isModuleExc(n: string, a: Analyzer): boolean {
  return Object.hasOwn(EXCEPTION_PARENTS, n) && !a.helpers.has(n) && !a.assigns.has(n) && !a.imports.has(n);
}

/**
 * raisingSuffix of a block, run once per block and module: it asks only whether names are exception classes,
 * so the memo holds while the frame binds none of the names it asked about (else it is worked out again).
 */
export function blockSuffix(stmts: Stmt[], frame: Frame, a: Analyzer): Suffix {
  const memo = suffixes.get(stmts);
  // Worked out asking about no name: it holds whatever the frame binds (most blocks).
  if (memo && memo.module === a.module && !memo.locals.length) return memo.suffix;
  // A local shadows the class whether it is bound yet or not (`KeyError = ValueError` on some path).
  const local = (n: string): boolean => frame.has(n) || (a.marked && frame.has(unboundKey(n)));
  if (memo && memo.module === a.module && memo.locals.every((n) => !local(n))) return memo.suffix;
  if (memo && memo.module === a.module) return raisingSuffix(stmts, (n) => !local(n) && isModuleExc(n, a));
  const locals: string[] = [];
  const suffix = raisingSuffix(stmts, (n) => {
    if (!isModuleExc(n, a)) return false;
    if (!locals.includes(n)) locals.push(n);
    return !local(n);
  });
  if (locals.every((n) => !local(n))) suffixes.set(stmts, { module: a.module, suffix, locals });
  return suffix;
}
