/**
 * Symbolic execution of helper bodies: each statement maps every live path
 * (its locals and assumptions) to the paths that leave it.
 */
import type { Stmt, Target } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { type Analyzer, seq, settleBinds } from "./sym-context.js";
import { type Flow, bind, changesInPlace, execDef, execImport, markUnbound, unbind, unfollowedChange } from "./sym-names.js";
import { evalExpr } from "./sym-expr.js";
import { conditionOutcomes, truths } from "./sym-condition.js";
import { execCases } from "./sym-match.js";
import { blockSuffix } from "./node-facts.js";
import { type Frame, type Outcome, type Path, type Sym, MAX_OUTCOMES, constLoopItems, copyFrame, cst, pathWith, representativeItem, typed, val } from "./sym.js";
import { isSubclass } from "../../templates/runtime/values.js";

/** `assert test, msg`: the false paths raise AssertionError (after evaluating the message). */
function execAssert(s: Extract<Stmt, { kind: "assert" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  const outs = conditionOutcomes(s.test, frame, path, a);
  const flows: Flow[] = outs.filter((o): o is Exclude<Outcome, { kind: "value" }> => o.kind !== "value");
  for (const t of truths(outs)) {
    const l = settleBinds(frame, t.path, a);
    if (t.truth) flows.push({ kind: "normal", frame: l.frame, path: l.path });
    else if (!s.msg) flows.push({ kind: "raise", exc: "AssertionError", path: l.path });
    else flows.push(...withValues(evalExpr(s.msg, l.frame, l.path, a), l.frame, a, (_m, p) => [{ kind: "raise", exc: "AssertionError", path: p }]));
  }
  return flows;
}

/** `del d[k]`: the container's contents become unknown; `del x` unbinds a local (reading it then raises). */
function execDelete(s: Extract<Stmt, { kind: "delete" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  const names = s.targets.flatMap((t) => (t.kind === "name" ? [t.id] : []));
  if (names.some((n) => !frame.has(n))) return [{ kind: "raise", exc: "UnboundLocalError", path }];
  const exprs = s.targets.flatMap((t) => (t.kind === "subscript" ? [t.obj, t.index] : []));
  const evaluated = seq(exprs, frame, path, a, (syms, p) => {
    // `del d[key]` raises KeyError (IndexError for a list) when the item is missing: not enumerated here.
    if (syms.some((x) => x.k !== "const")) a.noteUnmodelled(`del (line ${s.pos.line})`);
    return [val(cst(null), p)];
  });
  return withValues(evaluated, frame, a, (_v, p, settled) => {
    const f = copyFrame(settled);
    for (const t of s.targets) if (t.kind === "subscript" && t.obj.kind === "name" && f.has(t.obj.id)) f.set(t.obj.id, typed({ kind: "unknown", reason: "del" }, "…"));
    a.marked = true;
    for (const n of names) markUnbound(f, n, a);
    return [{ kind: "normal", frame: f, path: p }];
  });
}

function execMatch(s: Extract<Stmt, { kind: "match" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  return withValues(evalExpr(s.subject, frame, path, a), frame, a, (subject, p, f0) =>
    execCases<Flow[]>(s.cases, subject, f0, p, a, (c, f, q) => [execBlock(c.body, f, q, a)], (f, q) => [{ kind: "normal", frame: f, path: q }], (o) => [o]).flat(),
  );
}

/**
 * Evaluate an expression, turning value outcomes into continuations; each gets the statement's frame with its
 * path's `:=` bindings written in (`frame` itself where the path made none).
 */
function withValues(outs: Outcome[], frame: Frame, a: Analyzer, k: (sym: Sym, path: Path, frame: Frame) => Flow[]): Flow[] {
  const flows: Flow[] = [];
  for (const o of outs) {
    if (o.kind !== "value") flows.push(o);
    else if (!o.path.binds) for (const fl of k(o.sym, o.path, frame)) flows.push(fl);
    else {
      const l = settleBinds(frame, o.path, a);
      for (const fl of k(o.sym, l.path, l.frame)) flows.push(fl);
    }
  }
  return flows;
}

function execIf(s: Extract<Stmt, { kind: "if" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  const outs = conditionOutcomes(s.test, frame, path, a);
  const flows: Flow[] = outs.filter((o): o is Exclude<Outcome, { kind: "value" }> => o.kind !== "value");
  for (const t of truths(outs)) {
    // No frame is changed in place: a branch shares its frame unless its path made `:=` bindings.
    const l = settleBinds(frame, t.path, a);
    for (const fl of execBlock(t.truth ? s.body : s.orelse, l.frame, l.path, a)) flows.push(fl);
  }
  return flows;
}

/** A loop runs zero times or once per known item (once with a representative item when unknown). */
function execFor(s: Extract<Stmt, { kind: "for" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  return withValues(evalExpr(s.iter, frame, path, a), frame, a, (it, p, frame) => {
    // A constant set of str iterates in an order the hash seed decides: as many items, each of its item type.
    const constant = it.k === "const" && it.v !== null && typeof it.v === "object" ? constLoopItems(it.v) : null;
    const items: Sym[] = constant ? constant.items : [representativeItem(it)];
    let live: { frame: Frame; path: Path }[] = [{ frame, path: p }];
    const out: Flow[] = [];
    const known = constant !== null;
    for (const item of items) {
      const next: { frame: Frame; path: Path }[] = [];
      for (const l of live) {
        const f = copyFrame(l.frame);
        bind(s.target, item, f, a.marked);
        for (const fl of execBlock(s.body, f, l.path, a)) {
          if (fl.kind === "normal" || fl.kind === "continue") next.push({ frame: fl.frame, path: fl.path });
          else if (fl.kind === "break") out.push({ kind: "normal", frame: fl.frame, path: fl.path });
          else out.push(fl);
        }
      }
      live = next.slice(0, MAX_OUTCOMES);
    }
    for (const l of live) out.push(...execBlock(s.orelse, l.frame, l.path, a));
    if (!known) {
      // Zero iterations: whatever the body proved of every item holds vacuously.
      const learnt = Object.fromEntries(live.flatMap((l) => Object.entries(l.path.narrow).filter(([k]) => k.endsWith("[]") && !Object.hasOwn(p.narrow, k))));
      out.push(...execBlock(s.orelse, copyFrame(frame), pathWith(p, "narrow", { ...p.narrow, ...learnt }), a));
    }
    return out;
  });
}

function execTry(s: Extract<Stmt, { kind: "try" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  const out: Flow[] = [];
  for (const fl of execBlock(s.body, frame, path, a)) {
    if (fl.kind === "raise") {
      const h = s.handlers.find((x) => x.types.length === 0 || x.types.some((t) => isSubclass(fl.exc, t)));
      if (h) {
        // `:=` bindings made before the raise stay made (`try: int(v := os.environ["X"])`).
        const l = settleBinds(fl.frame ?? frame, fl.path, a);
        const f = copyFrame(l.frame);
        if (h.name) f.set(h.name, { k: "ref", path: `raised.${fl.exc}` });
        // Raising again inside the handler keeps the failed check as the reason (`except ValueError: raise ...`).
        const flows = execBlock(h.body, f, fl.cause ? pathWith(l.path, "notIn", fl.cause) : l.path, a);
        // `except E as e` deletes `e` when the handler ends: reading it afterwards is UnboundLocalError.
        const name = h.name;
        const ended = name ? flows.map((x) => (x.kind === "normal" ? { ...x, frame: unbind(x.frame, name, a) } : x)) : flows;
        out.push(...ended);
        continue;
      }
    }
    out.push(...(fl.kind === "normal" && s.orelse.length ? execBlock(s.orelse, fl.frame, fl.path, a) : [fl]));
  }
  if (!s.finalbody.length) return out;
  return out.flatMap((fl) => {
    const l = settleBinds(("frame" in fl && fl.frame) || frame, fl.path, a);
    const fin = execBlock(s.finalbody, l.frame, l.path, a);
    // A `finally` that ends normally resumes the flow it interrupted, with what it bound and assumed (`v = 2`
    // there is seen after the try); a return keeps the value computed before the `finally` ran.
    return fin.map((x): Flow => {
      if (x.kind !== "normal") return x;
      if (fl.kind === "return" || fl.kind === "unsupported") return { ...fl, path: x.path };
      return { ...fl, frame: x.frame, path: x.path };
    });
  });
}

function execRaise(s: Extract<Stmt, { kind: "raise" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  if (!s.exc) return [{ kind: "raise", exc: "Exception", path }];
  return withValues(evalExpr(s.exc, frame, path, a), frame, a, (sym, p) => {
    const exc = sym.k === "ref" && (sym.path.startsWith("raised.") || sym.path.startsWith("exc.")) ? sym.path.split(".")[1] : "TypeError";
    return [p.notIn ? { kind: "raise", exc, path: p, cause: p.notIn } : { kind: "raise", exc, path: p }];
  });
}

/** A statement that ends normally on one path (a function, not a closure made per statement run). */
function normal(f: Frame, p: Path): Flow[] {
  return [{ kind: "normal", frame: f, path: p }];
}

function execStmt(s: Stmt, frame: Frame, path: Path, a: Analyzer): Flow[] {
  switch (s.kind) {
    case "return":
      return s.value ? withValues(evalExpr(s.value, frame, path, a), frame, a, (sym, p) => [{ kind: "return", sym, path: p }]) : [{ kind: "return", sym: cst(null), path }];
    case "expr":
      return withValues(evalExpr(s.value, frame, path, a), frame, a, (_s, p, f) => normal(f, p));
    case "assign":
      if (s.targets.some((t) => changesInPlace(t) && !setsEnviron(t, frame, path, a))) return [unfollowedChange(s.pos.line, path)];
      // `os.environ[name] = value`: what this getter reads of the environment from here on is not followed.
      if (s.targets.some(changesInPlace)) a.noteEnvironWrite(s.pos.line);
      return withValues(evalExpr(s.value, frame, path, a), frame, a, (sym, p, settled) => {
        // `a, b = x.split(",", 1)`: ValueError when the counts differ, not enumerated (no accepted form stated).
        if (sym.k !== "const" && s.targets.some((t) => t.kind === "tuple")) a.noteUnmodelled(`unpacking (line ${s.pos.line})`);
        const f = copyFrame(settled);
        for (const t of s.targets) bind(t, sym, f, a.marked);
        return normal(f, p);
      });
    case "augassign": {
      // `x += v` reads `x` first: an unbound local raises UnboundLocalError before `v` is evaluated.
      const t = s.target;
      if (changesInPlace(t)) return [unfollowedChange(s.pos.line, path)];
      const read = t.kind === "name" ? ({ kind: "name", id: t.id, pos: s.pos } as const) : null;
      const first = read ? evalExpr(read, frame, path, a) : [val(typed({ kind: "unknown", reason: "augmented assignment" }, "…"), path)];
      return withValues(first, frame, a, (_t, p0, f0) =>
        withValues(evalExpr(s.value, f0, p0, a), f0, a, (_s, p, settled) => {
          const f = copyFrame(settled);
          bind(s.target, typed({ kind: "unknown", reason: "augmented assignment" }, "…"), f, a.marked);
          return normal(f, p);
        }),
      );
    }
    case "if":
      return execIf(s, frame, path, a);
    case "for":
      return execFor(s, frame, path, a);
    case "while":
      return [{ kind: "unsupported", reason: "while loops are not analysed", line: s.pos.line, path }];
    case "break":
    case "continue":
      return [{ kind: s.kind, frame, path }];
    case "global":
      a.noteGlobal(s.names);
      return normal(frame, path);
    case "pass":
    case "nonlocal":
      return normal(frame, path);
    case "raise":
      return execRaise(s, frame, path, a);
    case "try":
      return execTry(s, frame, path, a);
    case "with":
      return withValues(evalExpr(s.items[0]?.context ?? { kind: "const", value: { type: "none" }, pos: s.pos }, frame, path, a), frame, a, (sym, p, settled) => {
        const f = copyFrame(settled);
        for (const item of s.items) if (item.target) f.set(item.target, sym);
        return execBlock(s.body, f, p, a);
      });
    case "def":
      return execDef(s, frame, path, a);
    case "assert":
      return execAssert(s, frame, path, a);
    case "delete":
      return execDelete(s, frame, path, a);
    case "match":
      return execMatch(s, frame, path, a);
    case "import":
      return execImport(s, copyFrame(frame), path);
    case "unsupported":
      return [{ kind: "unsupported", reason: s.reason, line: s.pos.line, path }];
    default:
      return assertNever(s);
  }
}

/** A raise with the frame of its statement (built member by member: a spread is V8's slow path). */
function withFrame(x: Extract<Outcome, { kind: "raise" }>, frame: Frame): Flow {
  return x.cause ? { kind: "raise", exc: x.exc, path: x.path, cause: x.cause, frame } : { kind: "raise", exc: x.exc, path: x.path, frame };
}

function execStmts(stmts: Stmt[], live: Flow[], a: Analyzer): Flow[] {
  for (const s of stmts) {
    if (live.length === 1 && live[0].kind === "normal") {
      // One live path (most statements): the statement's own flows, its raises given its frame in place.
      const { frame } = live[0];
      const outs = execStmt(s, frame, live[0].path, a);
      for (let i = 0; i < outs.length; i++) {
        const x = outs[i];
        if (x.kind === "raise" && !x.frame) outs[i] = withFrame(x, frame);
      }
      live = outs.length > MAX_OUTCOMES * 2 ? outs.slice(0, MAX_OUTCOMES * 2) : outs;
      continue;
    }
    const next: Flow[] = [];
    for (const fl of live) {
      if (fl.kind !== "normal") next.push(fl);
      else for (const x of execStmt(s, fl.frame, fl.path, a)) next.push(x.kind === "raise" && !x.frame ? withFrame(x, fl.frame) : x);
    }
    live = next.length > MAX_OUTCOMES * 2 ? next.slice(0, MAX_OUTCOMES * 2) : next;
  }
  return live;
}

/**
 * A statement list; from the point where every path raises one exception type E,
 * an unsupported path is that E (its message unknown), as the runtime does.
 */
function execBlock(stmts: Stmt[], frame: Frame, path: Path, a: Analyzer): Flow[] {
  const r = blockSuffix(stmts, frame, a);
  const start: Flow[] = [{ kind: "normal", frame, path }];
  if (!r) return execStmts(stmts, start, a);
  const before = execStmts(stmts.slice(0, r.start), start, a);
  const after = execStmts(stmts.slice(r.start), before.filter((fl) => fl.kind === "normal"), a).map((fl): Flow => {
    if (fl.kind !== "unsupported") return fl;
    return fl.path.notIn ? { kind: "raise", exc: r.exc, path: fl.path, cause: fl.path.notIn } : { kind: "raise", exc: r.exc, path: fl.path };
  });
  return [...before.filter((fl) => fl.kind !== "normal"), ...after];
}

/** Execute a function body: its returns (falling off the end returns None), raises and unsupported paths. */
export function execBody(stmts: Stmt[], frame: Frame, path: Path, a: Analyzer): Outcome[] {
  return execBlock(stmts, frame, path, a).map((fl): Outcome => {
    if (fl.kind === "return") return val(fl.sym, fl.path);
    if (fl.kind === "raise") return fl.cause ? { kind: "raise", exc: fl.exc, path: fl.path, cause: fl.cause } : { kind: "raise", exc: fl.exc, path: fl.path };
    if (fl.kind === "unsupported") return fl;
    return val(cst(null), fl.path);
  });
}

/**
 * `os.environ[name] = value` (`get_env_or_set_default`): the process environment, not an object of the file.
 * The statement itself raises nothing for str values; a later read of the environment by the same getter is
 * unsupported (Analyzer.environWritten), so a getter that sets and returns its default stays exact.
 */
function setsEnviron(t: Target, frame: Frame, path: Path, a: Analyzer): boolean {
  if (t.kind !== "subscript") return false;
  const outs = evalExpr(t.obj, frame, path, a);
  return outs.length === 1 && outs[0].kind === "value" && outs[0].sym.k === "ref" && outs[0].sym.path === "os.environ";
}
