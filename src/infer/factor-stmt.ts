/**
 * Statements of the compile-factor analysis. Loops over known lists are unrolled
 * (`for key in environment_variables_to_hash:`); a branch on a value runs both arms under that
 * condition, as long as neither arm leaves the block and neither makes a value of a name the
 * condition was not already made from; an `except` arm may only log and skip.
 */
import type { FunctionDef, Stmt } from "../ir/types.js";
import { bail, evalFactor } from "./factor-expr.js";
import { bindTarget } from "./factor-bind.js";
import { type FactorContext, type FV, type Scope, FactorRaise, iterItems, opaque, taintOf, truthOf } from "./factor-values.js";

/** How a block ended. */
export type Flow = { k: "normal" } | { k: "break" } | { k: "continue" } | { k: "return"; value: FV };

const NORMAL: Flow = { k: "normal" };
const MAX_DEPTH = 40;

/** Run a function value with arguments: its parameters bound in a new scope under its closure. */
export function invokeFactorFunction(
  fn: FV & { k: "fn" },
  args: FV[],
  kwargs: Map<string, FV>,
  ctx: FactorContext,
  line: number,
): FV {
  if (ctx.depth >= MAX_DEPTH) bail("calls nested too deeply", line);
  const scope: Scope = { vars: new Map(), parent: fn.closure };
  bindParams(fn.def, args, kwargs, scope, ctx, line);
  const flow = execBlock(fn.def.body, scope, { ...ctx, depth: ctx.depth + 1 });
  return flow.k === "return" ? flow.value : { k: "const", v: null };
}

function bindParams(def: FunctionDef, args: FV[], kwargs: Map<string, FV>, scope: Scope, ctx: FactorContext, line: number) {
  if (def.problem) bail(def.problem, def.pos.line);
  const variadic = def.params.some((p) => p.kind === "star" || p.kind === "starstar");
  if (def.decorators.length || variadic) bail(`a call of ${def.name}`, line);
  def.params.forEach((p, i) => {
    const given = p.kind === "kwonly" ? kwargs.get(p.name) : (args[i] ?? kwargs.get(p.name));
    if (given) return void scope.vars.set(p.name, given);
    if (!p.default) throw new FactorRaise("TypeError", line);
    scope.vars.set(p.name, evalFactor(p.default, scope, ctx));
  });
  if (args.length > def.params.length) throw new FactorRaise("TypeError", line);
}

/** Run statements in order until one leaves the block. */
export function execBlock(body: Stmt[], scope: Scope, ctx: FactorContext): Flow {
  for (const s of body) {
    const flow = execStmt(s, scope, ctx);
    if (flow.k !== "normal") return flow;
  }
  return NORMAL;
}

function execStmt(s: Stmt, scope: Scope, ctx: FactorContext): Flow {
  switch (s.kind) {
    case "expr":
      evalFactor(s.value, scope, ctx);
      return NORMAL;
    case "assign": {
      const v = evalFactor(s.value, scope, ctx);
      for (const t of s.targets) bindTarget(t, v, scope, ctx);
      return NORMAL;
    }
    case "augassign":
      return augAssign(s, scope, ctx);
    case "return":
      return { k: "return", value: s.value ? evalFactor(s.value, scope, ctx) : { k: "const", v: null } };
    case "if":
      return execIf(s, scope, ctx);
    case "for":
      return execFor(s, scope, ctx);
    case "try":
      return execTry(s, scope, ctx);
    case "def":
      scope.vars.set(s.fn.name, { k: "fn", def: s.fn, closure: scope });
      return NORMAL;
    case "import":
      for (const b of s.bindings) scope.vars.set(b.local, importedValue(b.module, b.attr));
      return NORMAL;
    case "assert": {
      const t = truthOf(evalFactor(s.test, scope, ctx), ctx.envNames.length);
      if (t === false) throw new FactorRaise("AssertionError", s.pos.line);
      return NORMAL;
    }
    case "raise":
      throw new FactorRaise("an exception", s.pos.line);
    case "pass":
      return NORMAL;
    case "break":
    case "continue":
      return { k: s.kind };
    case "unsupported":
      return bail(s.reason, s.pos.line);
    default:
      return bail(`a ${s.kind} statement`, s.pos.line);
  }
}

/** What `import m` / `from m import a` binds: `os` and `os.environ` are modelled, the rest opaque. */
export function importedValue(module: string, attr: string | null): FV {
  if (module === "os" && attr === "environ") return { k: "environ" };
  return { k: "module", name: attr ? `${module}.${attr}` : module };
}

function augAssign(s: Extract<Stmt, { kind: "augassign" }>, scope: Scope, ctx: FactorContext): Flow {
  if (s.target.kind !== "name") return bail("an augmented assignment to an item", s.pos.line);
  const old = evalFactor({ kind: "name", id: s.target.id, pos: s.pos }, scope, ctx);
  const v = evalFactor(s.value, scope, ctx);
  const items = s.op === "+" || s.op === "|" ? iterItems(v, ctx.envNames) : null;
  if (old.k === "seq" && items && !ctx.pc.size) old.items.push(...items);
  else bindTarget(s.target, opaque(taintOf(old), taintOf(v)), scope, ctx);
  return NORMAL;
}

function execIf(s: Extract<Stmt, { kind: "if" }>, scope: Scope, ctx: FactorContext): Flow {
  const test = evalFactor(s.test, scope, ctx);
  const t = truthOf(test, ctx.envNames.length);
  if (t !== null) return execBlock(t ? s.body : s.orelse, scope, ctx);
  // `if __getattr__(name): factors.append(__getattr__(name)) else: factors.append("None")`
  const pc = new Set([...ctx.pc, ...taintOf(test)]);
  for (const arm of [s.body, s.orelse]) {
    // `evaluated` only grows, in insertion order: the names the arm evaluated first are those past `before`
    // (not a copy of the set per arm: this branch runs once per variable in a loop over all of them).
    const before = ctx.evaluated.size;
    const flow = execBlock(arm, scope, { ...ctx, pc });
    if (flow.k !== "normal") bail("a branch on a value that leaves the block", s.pos.line);
    const fresh = ctx.evaluated.size === before ? [] : [...ctx.evaluated].slice(before).filter((n) => !pc.has(n));
    if (fresh.length) bail(`whether ${fresh[0]} enters the hash depends on a value`, s.pos.line);
  }
  return NORMAL;
}

function execFor(s: Extract<Stmt, { kind: "for" }>, scope: Scope, ctx: FactorContext): Flow {
  const items = iterItems(evalFactor(s.iter, scope, ctx), ctx.envNames) ?? bail("a loop over a value", s.pos.line);
  for (const item of items) {
    bindTarget(s.target, item, scope, ctx);
    const flow = execBlock(s.body, scope, ctx);
    if (flow.k === "break") return NORMAL;
    if (flow.k === "return") return flow;
  }
  return execBlock(s.orelse, scope, ctx);
}

/**
 * `try: raw = getter() except Exception: logger.warning(...); continue`: the value enters the hash
 * whenever it can be computed, so the body is followed; a handler that does more than log, skip
 * or re-raise could change which names enter, and is not followed.
 */
function execTry(s: Extract<Stmt, { kind: "try" }>, scope: Scope, ctx: FactorContext): Flow {
  for (const h of s.handlers) {
    if (!h.body.every((x) => isQuiet(x, scope, ctx))) {
      bail("an except block that does more than log and skip", h.pos.line);
    }
  }
  let flow: Flow;
  try {
    flow = execBlock(s.body, scope, ctx);
  } catch (e) {
    if (e instanceof FactorRaise) bail(`${e.exc} inside a try block`, e.line);
    throw e;
  }
  if (flow.k === "normal") flow = execBlock(s.orelse, scope, ctx);
  const fin = execBlock(s.finalbody, scope, ctx);
  return fin.k === "normal" ? flow : fin;
}

/** `pass`, `continue`, `raise`, or a call of something opaque such as `logger.warning(...)`. */
function isQuiet(s: Stmt, scope: Scope, ctx: FactorContext): boolean {
  if (s.kind === "pass" || s.kind === "continue" || s.kind === "raise") return true;
  if (s.kind !== "expr" || s.value.kind !== "call") return false;
  const fn = evalFactor(s.value.func, scope, ctx);
  return fn.k === "opaque" || fn.k === "module" || (fn.k === "builtin" && fn.name === "print");
}
