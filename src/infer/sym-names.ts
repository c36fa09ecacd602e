/**
 * Statements that bind and unbind names of a helper's frame: assignment targets, `del name`, the end of
 * `except E as name`, a nested `def`, an `import` inside a function. Also `Flow`, how a statement ends.
 */
import type { Stmt, Target } from "../ir/types.js";
import { type Analyzer, closureFrame, lateValue, rebindKey, settleBinds, unboundKey } from "./sym-context.js";
import { evalDefaults } from "./sym-bind.js";
import { classifyDecorators } from "../ir/decorators.js";
import { rebindsOf } from "./node-facts.js";
import { type Frame, type Outcome, type Path, type Sym, copyFrame, typed } from "./sym.js";
import { KNOWN_MODULES } from "../../templates/runtime/modules.js";

/**
 * How a statement ends. A raise carries the frame of the statement that raised: a handler sees what the try
 * body bound before it (`x = "one"; int(v)` in `try:` leaves `x` bound in `except ValueError:`).
 */
export type Flow =
  | { kind: "normal" | "break" | "continue"; frame: Frame; path: Path }
  | { kind: "return"; sym: Sym; path: Path }
  | (Extract<Outcome, { kind: "raise" }> & { frame?: Frame })
  | Extract<Outcome, { kind: "unsupported" }>;

/** Does assigning to this target change an object in place (`d[k] = v`, `o.a = v`, also inside a tuple)? */
export function changesInPlace(t: Target): boolean {
  if (t.kind === "subscript" || t.kind === "attr") return true;
  if (t.kind === "tuple") return t.elts.some(changesInPlace);
  return t.kind === "starred" && changesInPlace(t.target);
}

/**
 * `d[k] = v`, `o.a += v` in a helper: the object changes in place, and what else holds it (an alias, a
 * closure, the module) is not tracked, so the statement is unsupported rather than ignored (ignoring it
 * read `d["k"]` as its value before the change).
 */
export function unfollowedChange(line: number, path: Path): Flow {
  const reason = "assignment to an item or attribute (`x[k] = …`, `x.a = …`) is not followed";
  return { kind: "unsupported", reason, line, path };
}

// What unpacking binds (`a, b = x`): not followed. Symbols are never changed in place, so one serves all.
const UNPACKED: Sym = typed({ kind: "unknown", reason: "unpacking" }, "…");

/** Bind a target in `frame`; `marked`: some frame of the analysis may hold a `del` marker to clear. */
export function bind(t: Target, sym: Sym, frame: Frame, marked: boolean): void {
  if (t.kind === "name") {
    frame.set(t.id, sym);
    if (marked) frame.delete(unboundKey(t.id));
  } else if (t.kind === "tuple") t.elts.forEach((e) => bind(e, UNPACKED, frame, marked));
  else if (t.kind === "starred") bind(t.target, UNPACKED, frame, marked);
}

/** A nested `def`: defaults evaluated now; locals it rebinds (`nonlocal`) become unknown. */
export function execDef(s: Extract<Stmt, { kind: "def" }>, frame: Frame, path: Path, a: Analyzer): Flow[] {
  const rebinds = rebindsOf(s);
  const effect = classifyDecorators(s.fn, a.module);
  if (effect.kind === "unsupported") return [{ kind: "unsupported", reason: effect.reason, line: s.pos.line, path }];
  const made: Flow[] = [];
  const failed = evalDefaults(s.fn.params, frame, path, a, (defaults, q) => {
    const l = settleBinds(frame, q, a);
    const p = l.path;
    const f = copyFrame(l.frame);
    // Locals the function rebinds are unknown from here on, in this frame and in the function's closure.
    if (rebinds.length) a.rebound = true;
    for (const n of rebinds) f.set(rebindKey(n), lateValue(n, "is rebound by a nested function (nonlocal)"));
    // The function's own frame (its name included, for recursion); names bound again later read as unknown.
    const closure = closureFrame(s, f, a);
    const fn: Sym = { k: "fn", name: s.fn.name, params: s.fn.params, body: { stmts: s.fn.body }, closure, defaults };
    f.set(s.fn.name, fn);
    if (closure !== f) closure.set(s.fn.name, fn);
    made.push({ kind: "normal", frame: f, path: p });
    return [];
  });
  return [...failed.filter((o): o is Exclude<Outcome, { kind: "value" }> => o.kind !== "value"), ...made];
}

/** Unbind `name` in `f`, in place, as `del name` does: reading it afterwards raises UnboundLocalError. */
export function markUnbound(f: Frame, name: string, a: Analyzer): void {
  a.marked = true;
  f.delete(name);
  f.set(unboundKey(name), typed({ kind: "unknown", reason: "deleted" }, "…"));
}

/** A copy of `frame` where `name` is unbound (the end of `except E as name`). */
export function unbind(frame: Frame, name: string, a: Analyzer): Frame {
  const f = copyFrame(frame);
  markUnbound(f, name, a);
  return f;
}

/** `import x` / `from x import y` inside a function: a ref to a modelled module, else unsupported. */
export function execImport(s: Extract<Stmt, { kind: "import" }>, frame: Frame, path: Path): Flow[] {
  for (const b of s.bindings) {
    if (!KNOWN_MODULES.includes(b.module)) {
      const reason = `imports ${b.module}, which is not part of the modelled standard library`;
      return [{ kind: "unsupported", reason, line: s.pos.line, path }];
    }
    frame.set(b.local, { k: "ref", path: b.attr === null ? b.module : `${b.module}.${b.attr}` });
  }
  return [{ kind: "normal", frame, path }];
}
