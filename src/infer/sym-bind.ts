/**
 * Symbolic argument binding: the same rules as CPython (and the runtime's
 * `bindArgs`) over symbols. A call that CPython rejects is a TypeError outcome.
 */
import type { Expr, Param } from "../ir/types.js";
import { type Analyzer, seq } from "./sym-context.js";
import { type CV, type Frame, type Outcome, type Path, type Sym, cst, iterationOrder, ownValue, typed, val } from "./sym.js";

/** Bind `args` and `kw` to `params` (defaults already evaluated); null when CPython raises TypeError. */
export function bindParams(params: Param[], defaults: (Sym | null)[], args: Sym[], kw: Record<string, Sym>, frame: Frame): Frame | null {
  // `lambda: ...`, every getter: nothing to bind, and any argument is one too many.
  if (!params.length) return args.length || hasOwnKeys(kw) ? null : frame;
  const { positional, posIndex, hasStar, starstar } = paramShape(params);
  if (args.length > positional.length && !hasStar) return null;
  let used: Set<string> | null = null; // the keywords that name a parameter (most calls pass none)
  const extra: [CV, Sym][] = [];
  if (hasOwnKeys(kw)) for (const k of Object.keys(kw)) {
    const target = params.find((p) => p.name === k && (p.kind === undefined || p.kind === "kwonly"));
    if (target) (used ??= new Set()).add(k);
    else if (starstar) extra.push([k, kw[k]]);
    else return null;
  }
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const pi = posIndex[i];
    if (p.kind === "star") frame.set(p.name, tupleOf(args.slice(positional.length)));
    else if (p.kind === "starstar") frame.set(p.name, { k: "dict", entries: extra });
    else if (pi >= 0 && pi < args.length) {
      if (used?.has(p.name)) return null;
      frame.set(p.name, args[pi]);
    } else if (used?.has(p.name)) frame.set(p.name, ownValue(kw, p.name) as Sym);
    else if (defaults[i]) frame.set(p.name, defaults[i] as Sym);
    else return null;
  }
  return frame;
}

/** Has a keywords record an own key? (`Object.keys(kw).length`, without the array: most calls have none.) */
function hasOwnKeys(kw: Record<string, Sym>): boolean {
  for (const k in kw) if (Object.hasOwn(kw, k)) return true;
  return false;
}

/** What binding asks of a parameter list, whatever the call: worked out once per list (a helper's, per getter). */
interface ParamShape {
  positional: Param[];
  /** Each parameter's index among the positional ones, or -1. */
  posIndex: number[];
  hasStar: boolean;
  starstar: Param | undefined;
}

const paramShapes = new WeakMap<Param[], ParamShape>();

function paramShape(params: Param[]): ParamShape {
  let shape = paramShapes.get(params);
  if (!shape) {
    const positional = params.filter((p) => p.kind === undefined || p.kind === "posonly");
    const posIndex = params.map((p) => positional.indexOf(p));
    const hasStar = params.some((p) => p.kind === "star");
    shape = { positional, posIndex, hasStar, starstar: params.find((p) => p.kind === "starstar") };
    paramShapes.set(params, shape);
  }
  return shape;
}

function tupleOf(items: Sym[]): Sym {
  if (items.every((s) => s.k === "const")) return cst({ seq: "tuple", items: items.map((s) => (s as { v: CV }).v) });
  return { k: "seq", seq: "tuple", item: typed({ kind: "unknown", reason: "*args" }, "…"), text: "(…)" };
}

/** Evaluate parameter defaults where the function is defined (once per path), as Python does. */
export function evalDefaults(params: Param[], frame: Frame, path: Path, a: Analyzer, k: (defaults: (Sym | null)[], p: Path) => Outcome[]): Outcome[] {
  if (!params.length) return k([], path); // `lambda: ...`: what seq over no expressions gives
  const exprs = params.flatMap((p) => (p.default ? [p.default] : []));
  return seq(exprs as Expr[], frame, path, a, (syms, p) => {
    let j = 0;
    return k(params.map((x) => (x.default ? syms[j++] : null)), p);
  });
}

/** `f(*xs, **d)` with constant `xs` and a dict of constant keys: the plain arguments; null when not known. */
export function expandArgs(args: Expr[], values: Sym[]): Sym[] | null {
  const out: Sym[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = values[i];
    if (args[i].kind !== "starred") out.push(v);
    else if (v.k === "const" && v.v !== null && typeof v.v === "object") {
      const order = iterationOrder(v.v); // `f(*{"a", "b"})`: the hash seed orders a set of str
      if (!order) return null;
      out.push(...order.map(cst));
    }
    else if (v.k === "const" && typeof v.v === "string") out.push(...Array.from(v.v, (c) => cst(c)));
    else return null;
  }
  return out;
}

/** The keyword arguments with `**d` merged (a dict of constant string keys); null when not known or a duplicate. */
export function expandKwargs(names: (string | null)[], values: Sym[]): Record<string, Sym> | null {
  const kw: Record<string, Sym> = Object.create(null);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const v = values[i];
    const pairs: [CV, Sym][] = name !== null ? [[name, v]] : v.k === "dict" ? v.entries : [];
    if (name === null && v.k !== "dict") return null;
    for (const [key, x] of pairs) {
      if (typeof key !== "string" || Object.hasOwn(kw, key)) return null;
      kw[key] = x;
    }
  }
  return kw;
}

/** An unknown result of a call the analysis cannot bind. */
export function unknownCall(path: Path, why: string): Outcome[] {
  return [val(typed({ kind: "unknown", reason: why }, "…"), path)];
}
