/**
 * IR → TypeScript for statements of helper bodies (`if`, `for`, `try`, `raise`, `with`, nested `def`).
 */
import type { Stmt, Target } from "../ir/types.js";
import { resolveName } from "../ir/scope.js";
import { assertNever } from "../ir/types.js";
import { tsString } from "./escape.js";
import type { EmitCtx, EmitTools } from "./emit-context.js";
import { emitMatch } from "./emit-match.js";

function emitAssign(s: Extract<Stmt, { kind: "assign" }>, ctx: EmitCtx, t: EmitTools): string {
  const value = t.emitExpr(s.value, ctx);
  if (s.targets.length === 1) return t.emitAssignTarget(s.targets[0], value, ctx);
  const v = t.temp(ctx, "v");
  return `{ const ${v} = ${value}; ${s.targets.map((x) => t.emitAssignTarget(x, v, ctx)).join(" ")} }`;
}

function emitAugAssign(s: Extract<Stmt, { kind: "augassign" }>, ctx: EmitCtx, t: EmitTools): string {
  const op = tsString(s.op);
  if (s.target.kind === "name") {
    const cur = t.emitExpr({ kind: "name", id: s.target.id, pos: s.pos }, ctx);
    return `${t.emitStore(s.target.id, `inplace(${op}, ${cur}, ${t.emitExpr(s.value, ctx)})`, ctx)};`;
  }
  if (s.target.kind === "subscript") {
    const o = t.temp(ctx, "o");
    const k = t.temp(ctx, "k");
    return `{ const ${o} = ${t.emitExpr(s.target.obj, ctx)}, ${k} = ${t.emitExpr(s.target.index, ctx)}; setitem(${o}, ${k}, inplace(${op}, getitem(${o}, ${k}), ${t.emitExpr(s.value, ctx)})); }`;
  }
  return `unsupportedNode(${tsString(`augmented assignment target at line ${s.pos.line}`)});`;
}

/** `for ... else`: the else block runs unless the loop was left by `break`, which jumps past it. */
function emitLoop(head: string, body: (inner: EmitCtx) => string, orelse: Stmt[], ctx: EmitCtx, t: EmitTools): string {
  if (!orelse.length) return `${head} { ${body({ ...ctx, breakLabel: null })} }`;
  const label = t.temp(ctx, "loop");
  return `${label}: { ${head} { ${body({ ...ctx, breakLabel: label })} } ${t.emitBlock(orelse, ctx)} }`;
}

function emitFor(s: Extract<Stmt, { kind: "for" }>, ctx: EmitCtx, t: EmitTools): string {
  const item = t.temp(ctx, "i");
  const body = (inner: EmitCtx) => `${t.emitAssignTarget(s.target, item, inner)} ${t.emitBlock(s.body, inner)}`;
  return emitLoop(`for (const ${item} of iterate(${t.emitExpr(s.iter, ctx)}))`, body, s.orelse, ctx, t);
}

function emitRaise(s: Extract<Stmt, { kind: "raise" }>, ctx: EmitCtx, t: EmitTools): string {
  if (!s.exc) return ctx.handling ? `throw ${ctx.handling};` : `raise("RuntimeError", "No active exception to reraise");`;
  const cause = s.cause ? `${t.emitExpr(s.cause, ctx)}; ` : "";
  return `${cause}throw toException(${t.emitExpr(s.exc, ctx)});`;
}

/** `try/except/else/finally`; only Python exceptions are caught, never "unsupported". */
function emitTry(s: Extract<Stmt, { kind: "try" }>, ctx: EmitCtx, t: EmitTools): string {
  const err = t.temp(ctx, "e");
  const ok = t.temp(ctx, "ok");
  const inner: EmitCtx = { ...ctx, handling: err };
  const branches = s.handlers.map((h) => {
    const test = h.types.length ? `matches(${err}, [${h.types.map(tsString).join(", ")}])` : "true";
    const bind = h.name ? `${t.emitStore(h.name, err, ctx)};` : "";
    // Python deletes the `as` name when the handler ends (`except E as err:`), however it ends.
    const unbind = h.name && resolveName(ctx.scope, h.name) === "local" ? t.emitStore(h.name, "UNBOUND", ctx) : null;
    const body = unbind ? `try { ${t.emitBlock(h.body, inner)} } finally { ${unbind}; }` : t.emitBlock(h.body, inner);
    return `if (${test}) { ${bind} ${body} }`;
  });
  const handlers = s.handlers.length ? `catch (${err}) { if (!(${err} instanceof PyException)) throw ${err}; ${branches.join(" else ")} else throw ${err}; }` : "finally {}";
  const orelse = s.orelse.length ? `let ${ok} = false; try { ${t.emitBlock(s.body, ctx)} ${ok} = true; } ${handlers} if (${ok}) { ${t.emitBlock(s.orelse, ctx)} }` : `try { ${t.emitBlock(s.body, ctx)} } ${handlers}`;
  return s.finalbody.length ? `try { ${orelse} } finally { ${t.emitBlock(s.finalbody, ctx)} }` : `{ ${orelse} }`;
}

function emitWith(s: Extract<Stmt, { kind: "with" }>, ctx: EmitCtx, t: EmitTools): string {
  let body = t.emitBlock(s.body, ctx);
  for (const item of [...s.items].reverse()) {
    const c = t.temp(ctx, "cm");
    const bind = item.target ? `${t.emitStore(item.target, `enter(${c})`, ctx)};` : `enter(${c});`;
    body = `{ const ${c} = ${t.emitExpr(item.context, ctx)}; ${bind} try { ${body} } finally { exit_(${c}); } }`;
  }
  return body;
}

/** `del a[k], b`: items are removed; a local becomes unbound (reading it raises); deleting a global is not modelled. */
function emitDelete(s: Extract<Stmt, { kind: "delete" }>, ctx: EmitCtx, t: EmitTools): string {
  const one = (x: Target): string => {
    if (x.kind === "subscript") return `delitem(${t.emitExpr(x.obj, ctx)}, ${t.emitExpr(x.index, ctx)});`;
    if (x.kind === "name" && resolveName(ctx.scope, x.id) === "local") return `${t.emitExpr({ kind: "name", id: x.id, pos: s.pos }, ctx)}; ${t.emitStore(x.id, "UNBOUND", ctx)};`;
    return `unsupportedNode(${tsString(`del of a module-level name (line ${s.pos.line})`)});`;
  };
  return s.targets.map(one).join(" ");
}

function emitAssert(s: Extract<Stmt, { kind: "assert" }>, ctx: EmitCtx, t: EmitTools): string {
  // The message is evaluated only when the test fails, as in Python.
  return `if (!truthy(${t.emitExpr(s.test, ctx)})) assertFailed(${s.msg ? t.emitExpr(s.msg, ctx) : ""});`;
}

function emitImport(s: Extract<Stmt, { kind: "import" }>, ctx: EmitCtx, t: EmitTools): string {
  return s.bindings.map((b) => `${t.emitStore(b.local, emitImportValue(b.module, b.attr), ctx)};`).join(" ");
}

/** `import a.b as c` → the module; `from a import b` → the attribute (or submodule). */
export function emitImportValue(module: string, attr: string | null): string {
  return attr === null ? `importModule(${tsString(module)})` : `importFrom(${tsString(module)}, ${tsString(attr)})`;
}

/** Lower one statement (dispatch on kind). */
export function emitStmtKind(s: Stmt, ctx: EmitCtx, t: EmitTools): string {
  switch (s.kind) {
    case "return":
      return `return ${s.value ? t.emitExpr(s.value, ctx) : "null"};`;
    case "expr":
      return `${t.emitExpr(s.value, ctx)};`;
    case "assign":
      return emitAssign(s, ctx, t);
    case "augassign":
      return emitAugAssign(s, ctx, t);
    case "if":
      return `if (truthy(${t.emitExpr(s.test, ctx)})) { ${t.emitBlock(s.body, ctx)} }${s.orelse.length ? ` else { ${t.emitBlock(s.orelse, ctx)} }` : ""}`;
    case "for":
      return emitFor(s, ctx, t);
    case "while":
      return emitLoop(`while (truthy(${t.emitExpr(s.test, ctx)}))`, (inner) => t.emitBlock(s.body, inner), s.orelse, ctx, t);
    case "break":
      return ctx.breakLabel ? `break ${ctx.breakLabel};` : "break;";
    case "continue":
      return "continue;";
    case "pass":
    case "global":
    case "nonlocal":
      return "";
    case "assert":
      return emitAssert(s, ctx, t);
    case "delete":
      return emitDelete(s, ctx, t);
    case "match":
      return emitMatch(s, ctx, t);
    case "raise":
      return emitRaise(s, ctx, t);
    case "try":
      return emitTry(s, ctx, t);
    case "with":
      return emitWith(s, ctx, t);
    case "def":
      return `${t.emitStore(s.fn.name, t.emitDef(s.fn, ctx), ctx)};`;
    case "import":
      return emitImport(s, ctx, t);
    case "unsupported":
      return `unsupportedNode(${tsString(`${s.reason} (line ${s.pos.line}: ${s.text})`)});`;
    default:
      return assertNever(s);
  }
}

