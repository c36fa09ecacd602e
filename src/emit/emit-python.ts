/**
 * IR → TypeScript for Python expressions and statements, one small function per
 * node kind. The output calls the embedded runtime (`truthy`, `call`, `cmp`, ...)
 * so that every operation keeps its Python meaning.
 */
import type { Expr, FStringPart, FunctionDef, Keyword, Param, Stmt, Target } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { tsString } from "./escape.js";
import { type Scope, functionScope, lambdaScope, resolveName } from "../ir/scope.js";
import { type EmitCtx, type EmitEnv, type EmitTools, localName } from "./emit-context.js";
import { emitStmtKind } from "./emit-stmt.js";
import { PYTHON_BUILTINS } from "../ir/python-builtins.js";
import { classifyDecorators } from "../ir/decorators.js";
import { emitRaisingBlock } from "./emit-raising.js";
import { emitComp } from "./emit-comp.js";
import { emitFastCall, emitFastCompare } from "./emit-fast.js";

type Ctx = EmitCtx;

function temp(ctx: Ctx, base: string): string {
  ctx.temps.n += 1;
  return `$${base}${ctx.temps.n}`;
}

function where(e: { pos: { line: number } }): string {
  return `line ${e.pos.line}`;
}

function emitName(id: string, ctx: Ctx): string {
  // A local read before assignment (or after `del`) raises: locals start UNBOUND.
  if (resolveName(ctx.scope, id) === "local") return `bound(${localName(id)}, ${tsString(id)}, ${!ctx.scope?.locals.has(id)})`;
  if (ctx.env.moduleNames.has(id)) return `$G[${tsString(id)}]`;
  if (ctx.env.builtins.has(id)) return `BUILTINS[${tsString(id)}]`;
  if (PYTHON_BUILTINS.has(id)) return `unsupportedNode(${tsString(`the builtin ${id} is not modelled`)})`;
  return `nameError(${tsString(id)})`;
}

function emitConst(e: Extract<Expr, { kind: "const" }>): string {
  const v = e.value;
  switch (v.type) {
    case "str":
      return tsString(v.value);
    case "int":
      return `${v.value}n`;
    case "float":
      if (typeof v.value === "number") return Object.is(v.value, -0) ? "-0" : String(v.value);
      return v.value === "inf" ? "Infinity" : v.value === "-inf" ? "-Infinity" : "NaN";
    case "bool":
      return String(v.value);
    case "none":
      return "null";
    case "bytes":
      return `unsupportedNode(${tsString(`bytes literal at ${where(e)}`)})`;
    default:
      return assertNever(v);
  }
}

function emitArgs(args: Expr[], keywords: Keyword[], ctx: Ctx): string {
  const pos = `[${args.map((a) => emitExpr(a, ctx)).join(", ")}]`;
  if (!keywords.length) return pos;
  return `${pos}, kwargs([${keywords.map((k) => `[${tsString(k.name ?? "")}, ${emitExpr(k.value, ctx)}]`).join(", ")}])`;
}

/** `f(a, *xs, k=v, **d)`: pieces added in source order, with CPython's call-site errors. */
function emitSpreadCall(fJs: string, e: Extract<Expr, { kind: "call" }>, ctx: Ctx): string {
  const pos = e.args.map((a) => (a.kind === "starred" ? `starInto($f, $p, ${emitExpr(a.value, ctx)});` : `$p.push(${emitExpr(a, ctx)});`)).join(" ");
  const kws = e.keywords.map((k) => `kwInto($f, $k, ${k.name === null ? "null" : tsString(k.name)}, ${emitExpr(k.value, ctx)});`).join(" ");
  return `callSpread(${fJs}, ($f: PyValue) => { const $p: PyValue[] = []; ${pos} return $p; }, ($f: PyValue) => { const $k: PyKwargs = Object.create(null); ${kws} return $k; })`;
}

function emitCall(e: Extract<Expr, { kind: "call" }>, ctx: Ctx): string {
  if (e.args.some((a) => a.kind === "starred") || e.keywords.some((k) => k.name === null)) {
    const fJs = e.func.kind === "attr" ? `getattr(${emitExpr(e.func.obj, ctx)}, ${tsString(e.func.attr)})` : emitExpr(e.func, ctx);
    return emitSpreadCall(fJs, e, ctx);
  }
  const fast = emitFastCall(e, (x) => emitExpr(x, ctx));
  if (fast !== null) return fast;
  const args = emitArgs(e.args, e.keywords, ctx);
  const f = e.func;
  if (f.kind === "attr") return `callMethod(${emitExpr(f.obj, ctx)}, ${tsString(f.attr)}, ${args})`;
  return `call(${emitExpr(e.func, ctx)}, ${args})`;
}

/** Display items, `*xs` spread in place (`[*xs, 1]`). */
function emitItems(elts: Expr[], ctx: Ctx): string {
  return elts.map((x) => (x.kind === "starred" ? `...starItems(${emitExpr(x.value, ctx)})` : emitExpr(x, ctx))).join(", ");
}

/** `a < b < c`: each operand evaluated once, later ones only if needed. */
function emitCompare(e: Extract<Expr, { kind: "compare" }>, ctx: Ctx): string {
  const fast = emitFastCompare(e, (x) => emitExpr(x, ctx));
  if (fast !== null) return fast;
  if (e.ops.length === 1) return `cmp(${tsString(e.ops[0])}, ${emitExpr(e.left, ctx)}, ${emitExpr(e.comparators[0], ctx)})`;
  const rest = e.ops.map((op, i) => `[${tsString(op)}, () => ${emitExpr(e.comparators[i], ctx)}]`).join(", ");
  return `cmpChain(${emitExpr(e.left, ctx)}, [${rest}])`;
}

function emitBoolOp(e: Extract<Expr, { kind: "boolop" }>, ctx: Ctx): string {
  const fn = e.op === "or" ? "or_" : "and_";
  return e.values
    .map((v) => emitExpr(v, ctx))
    .reduceRight((acc, cur) => `${fn}(${cur}, () => ${acc})`);
}

/** The runtime's spelling of a parameter: `a`, `/a` positional-only, `=a` keyword-only, `*a`, `**a`. */
function paramSpec(p: Param): string {
  const prefix = p.kind === "posonly" ? "/" : p.kind === "kwonly" ? "=" : p.kind === "star" ? "*" : p.kind === "starstar" ? "**" : "";
  return prefix + p.name;
}

/** Defaults are evaluated where the function is defined, as in Python. */
function emitFunction(name: string, params: Param[], scope: Scope, bodyJs: string, ctx: Ctx): string {
  const qualname = ctx.qualname === null ? name : `${ctx.qualname}.<locals>.${name}`;
  const names = `[${params.map((p) => tsString(paramSpec(p))).join(", ")}]`;
  const defaults = `[${params.map((p) => (p.default ? emitExpr(p.default, ctx) : "undefined")).join(", ")}]`;
  const binds = params.map((p, i) => `${localName(p.name)} = $a[${i}]`);
  const others = Array.from(scope.locals).filter((l) => !params.some((p) => p.name === l));
  const decls = [...binds, ...others.map((l) => `${localName(l)}: PyValue = UNBOUND`)];
  const declLine = decls.length ? `let ${decls.join(", ")};` : "";
  // No parameters (`lambda: ...`, most getters): the runtime shares the empty lists.
  if (!params.length) return `makeFunc0(${tsString(name)}, ${tsString(qualname)}, ($a: PyValue[]): PyValue => { ${declLine} ${bodyJs} })`;
  return `makeFunc(${tsString(name)}, ${tsString(qualname)}, ${names}, ${defaults}, ($a: PyValue[]): PyValue => { ${declLine} ${bodyJs} })`;
}

function innerCtx(ctx: Ctx, scope: Scope, name: string): Ctx {
  return { ...ctx, scope, handling: null, breakLabel: null, raising: false, qualname: ctx.qualname === null ? name : `${ctx.qualname}.<locals>.${name}` };
}

function emitLambda(e: Extract<Expr, { kind: "lambda" }>, ctx: Ctx): string {
  const scope = lambdaScope(e.params, e.body, ctx.scope);
  // `lambda: expr` at module level without locals (most getters): the shortest form, a piece per getter per version
  if (!e.params.length && !scope.locals.size && ctx.qualname === null) return `lambda0((): PyValue => ${emitExpr(e.body, innerCtx(ctx, scope, "<lambda>"))})`;
  return emitFunction("<lambda>", e.params, scope, `return ${emitExpr(e.body, innerCtx(ctx, scope, "<lambda>"))};`, ctx);
}

function emitFString(parts: FStringPart[], ctx: Ctx): string {
  if (!parts.length) return '""';
  return parts
    .map((p) => {
      if (p.kind === "text") return tsString(p.value);
      let v = emitExpr(p.expr, ctx);
      const conv = p.conversion ?? (p.debugText !== null && !p.spec ? "r" : null);
      if (conv === "r") v = `repr(${v})`;
      else if (conv === "a") v = `ascii(${v})`;
      else if (conv === "s") v = `str(${v})`;
      const spec = p.spec ? emitFString(p.spec, ctx) : '""';
      const field = `format(${v}, ${spec})`;
      return p.debugText !== null ? `${tsString(p.debugText)} + ${field}` : field;
    })
    .join(" + ");
}

/** Lower one expression to a TS expression. */
export function emitExpr(e: Expr, ctx: Ctx): string {
  switch (e.kind) {
    case "const":
      return emitConst(e);
    case "name":
      return emitName(e.id, ctx);
    case "attr":
      return `getattr(${emitExpr(e.obj, ctx)}, ${tsString(e.attr)})`;
    case "call":
      return emitCall(e, ctx);
    case "subscript":
      return `getitem(${emitExpr(e.obj, ctx)}, ${emitExpr(e.index, ctx)})`;
    case "slice":
      return `slice(${[e.lower, e.upper, e.step].map((x) => (x ? emitExpr(x, ctx) : "null")).join(", ")})`;
    case "binop":
      return `binop(${tsString(e.op)}, ${emitExpr(e.left, ctx)}, ${emitExpr(e.right, ctx)})`;
    case "unary":
      return e.op === "not" ? `!truthy(${emitExpr(e.operand, ctx)})` : `unary(${tsString(e.op)}, ${emitExpr(e.operand, ctx)})`;
    case "boolop":
      return emitBoolOp(e, ctx);
    case "compare":
      return emitCompare(e, ctx);
    case "ifexp":
      return `(truthy(${emitExpr(e.test, ctx)}) ? ${emitExpr(e.body, ctx)} : ${emitExpr(e.orelse, ctx)})`;
    case "lambda":
      return emitLambda(e, ctx);
    case "list":
      return `[${emitItems(e.elts, ctx)}] as PyValue[]`;
    case "tuple":
      return `new PyTuple([${emitItems(e.elts, ctx)}])`;
    case "set":
      return `new PySet([${emitItems(e.elts, ctx)}])`;
    case "dict":
      return `dict([${e.keys.map((k, i) => `[${emitExpr(k, ctx)}, ${emitExpr(e.values[i], ctx)}]`).join(", ")}])`;
    case "comp":
    case "dictcomp":
      return emitComp(e, ctx, TOOLS);
    case "starred":
      return `unsupportedNode(${tsString(`a starred expression outside a call or display (${where(e)})`)})`;
    case "fstring":
      return `(${emitFString(e.parts, ctx)})`;
    case "walrus":
      return `(${emitStore(e.target, emitExpr(e.value, ctx), ctx)})`;
    case "unsupported":
      return `unsupportedNode(${tsString(`${e.reason} (${where(e)}: ${e.text})`)})`;
    default:
      return assertNever(e);
  }
}

function emitStore(name: string, valueJs: string, ctx: Ctx): string {
  if (resolveName(ctx.scope, name) === "local") return `${localName(name)} = ${valueJs}`;
  return `$G[${tsString(name)}] = ${valueJs}`;
}

function emitAssignTarget(t: Target, valueJs: string, ctx: Ctx): string {
  switch (t.kind) {
    case "name":
      return `${emitStore(t.id, valueJs, ctx)};`;
    case "subscript":
      return `setitem(${emitExpr(t.obj, ctx)}, ${emitExpr(t.index, ctx)}, ${valueJs});`;
    case "attr":
      return `unsupportedNode(${tsString(`attribute assignment at ${where(t)}`)});`;
    case "tuple": {
      const parts = temp(ctx, "u");
      const star = t.elts.findIndex((x) => x.kind === "starred");
      const unpack = star < 0 ? `unpack(${valueJs}, ${t.elts.length})` : `unpackStar(${valueJs}, ${star}, ${t.elts.length - star - 1})`;
      return `{ const ${parts} = ${unpack}; ${t.elts.map((x, i) => emitAssignTarget(x, `${parts}[${i}]`, ctx)).join(" ")} }`;
    }
    case "starred":
      return emitAssignTarget(t.target, valueJs, ctx);
    default:
      return assertNever(t);
  }
}

/** The emission context of module-level code. */
export function moduleCtx(env: EmitEnv): Ctx {
  return { env, scope: null, temps: { n: 0 }, handling: null, breakLabel: null, qualname: null };
}

/**
 * A `def` as a `makeFunc(...)` expression. `@functools.cache` and its kin wrap it
 * (exact for functions of their arguments); any other decorator is unsupported
 * where the function is defined, i.e. where it is first used.
 */
export function emitDef(fn: FunctionDef, ctx: Ctx): string {
  const scope = functionScope(fn, ctx.scope);
  const inner = innerCtx(ctx, scope, fn.name);
  const body = `${emitBlock(fn.body, inner)} return null;`;
  const js = emitFunction(fn.name, fn.params, scope, body, ctx);
  const effect = classifyDecorators(fn, ctx.env.module);
  if (effect.kind === "cache") return `cached(${js}, ${effect.maxsize === null ? "null" : effect.maxsize})`;
  if (effect.kind === "unsupported") return `unsupportedNode(${tsString(effect.reason)})`;
  return js;
}

/** Lower a list of statements; one that raises the same exception on every path keeps that type when its message is not modelled. */
export function emitBlock(stmts: Stmt[], ctx: Ctx): string {
  const raising = ctx.raising ? null : emitRaisingBlock(stmts, ctx, TOOLS);
  if (raising !== null) return raising;
  return stmts.map((s) => emitStmt(s, ctx)).join("\n");
}

/** Lower one statement. */
export function emitStmt(s: Stmt, ctx: Ctx): string {
  return emitStmtKind(s, ctx, TOOLS);
}

/** The one wiring of the mutually recursive emitters (emit-context.ts). */
const TOOLS: EmitTools = { emitExpr, emitBlock, emitStmt, emitAssignTarget, emitDef, emitStore, temp };
