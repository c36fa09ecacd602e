/**
 * The symbolic domain of the analyser: what a Python expression of a getter can
 * be, along each path of set/unset environment variables.
 */
import type { PyType } from "../ir/types.js";
import { repr } from "../../templates/runtime/text.js";
import { PySet, PyTuple, PyUnsupported, type PyValue } from "../../templates/runtime/values.js";
import { orderedSetItems } from "../../templates/runtime/set-order.js";
import type { CV, Frame, Outcome, Path, Sym, Transform } from "./sym-domain.js";

// The domain's types and the path operations, for the evaluator files that import them all from here.
export type * from "./sym-domain.js";
export * from "./sym-path.js";

/** No transform yet: one frozen array for every value read (transforms make new arrays, never push). */
export const NO_TF: Transform[] = Object.freeze([]) as unknown as Transform[];

/** A constant as a runtime value. */
export function toPy(v: CV): PyValue {
  if (v === null || typeof v !== "object") return v;
  const items = v.items.map(toPy);
  return v.seq === "list" ? items : v.seq === "tuple" ? new PyTuple(items) : new PySet(items);
}

/**
 * A constant collection's items in the order Python iterates them: a set's in CPython's hash-table order
 * and without equal duplicates (`{1, True}` is `{1}`), as the runtime computes it; null where that order is
 * not knowable (`for x in {"a", "b"}`: the hash seed decides).
 */
export function iterationOrder(v: Extract<CV, object>): CV[] | null {
  if (v.seq !== "set") return v.items;
  const py = v.items.map(toPy);
  try {
    return orderedSetItems(new PySet(py)).map((x) => v.items[py.findIndex((y) => Object.is(x, y))] as CV);
  } catch (e) {
    if (e instanceof PyUnsupported) return null;
    throw e;
  }
}

/**
 * The items a loop over constant `v` visits: the constants in Python's order, or, for a set whose order is
 * not knowable here, as many representatives of its item type (the count is known, the order is not).
 */
export function constLoopItems(v: Extract<CV, object>): { items: Sym[]; literal: boolean } {
  const order = iterationOrder(v);
  if (order) return { items: order.map(cst), literal: true };
  const n = new PySet(v.items.map(toPy)).map.size;
  return { items: Array.from({ length: n }, () => representativeItem(cst(v))), literal: false };
}

/** One item standing for every item of a collection visited in an order (or a number) not known. */
export function representativeItem(it: Sym): Sym {
  if (it.k === "seq") return it.item;
  if (it.k === "const" && it.v !== null && typeof it.v === "object") {
    const t = constType(it.v);
    if ("item" in t) return typed(t.item, "…");
  }
  return typed({ kind: "unknown", reason: "iteration" }, "…");
}

/**
 * The frame of module-level code (a getter's lambda, a module assignment, a helper's closure): one, shared. No
 * frame that code is handed is changed in place (a callee binds into a copy of its closure), so none is made.
 */
export const EMPTY_FRAME: Frame = new Map();

/** A copy of a frame (as `new Map(frame)`, same order): the constructor's generic copy is a third slower. */
export function copyFrame(frame: Frame): Frame {
  const copy: Frame = new Map();
  frame.forEach((v, k) => copy.set(k, v));
  return copy;
}

/** A record's own value (names such as `__proto__` or `constructor` are just names). */
export function ownValue<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** Outcomes beyond this many are merged: the analysis stays linear on pathological getters. */
export const MAX_OUTCOMES = 64;

/** A value outcome. */
export function val(sym: Sym, path: Path): Outcome {
  return { kind: "value", sym, path };
}

/** A constant symbol. */
export function cst(v: CV): Sym {
  return { k: "const", v };
}

/** A derived value of a known type. */
export function typed(t: PyType, text: string): Sym {
  return { k: "val", t, text };
}

/** The Python type of a constant. */
export function constType(v: CV): PyType {
  if (v === null) return { kind: "none" };
  switch (typeof v) {
    case "string":
      return { kind: "str" };
    case "bigint":
      return { kind: "int" };
    case "number":
      return { kind: "float" };
    case "boolean":
      return { kind: "bool" };
    default:
      break;
  }
  return { kind: v.seq, item: unionOf(v.items.map(constType)) };
}

/**
 * Do two types serialise to the same JSON (the member order included)? The equality the union used as
 * `JSON.stringify(a) === JSON.stringify(b)`, without building the strings: unions are merged per outcome.
 * Members whose value is undefined are skipped, as `JSON.stringify` leaves them out.
 */
function sameType(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  // Types of different kinds never serialise alike (every type has its `kind`).
  if ((x as { kind?: unknown }).kind !== (y as { kind?: unknown }).kind) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (!sameType(x[k], y[k])) return false;
    return true;
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const xk = Object.keys(xr);
  const yk = Object.keys(yr);
  for (let i = 0, j = 0; ; i++, j++) {
    while (i < xk.length && xr[xk[i]] === undefined) i++;
    while (j < yk.length && yr[yk[j]] === undefined) j++;
    if (i === xk.length || j === yk.length) return i === xk.length && j === yk.length;
    if (xk[i] !== yk[j] || !sameType(xr[xk[i]], yr[yk[j]])) return false;
  }
}

/** Merge one member into a union's members: collections merge their items, literals their values. */
function mergeMember(flat: PyType[], m: PyType): void {
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i];
    if ((f.kind === "list" || f.kind === "set" || f.kind === "tuple") && f.kind === m.kind) {
      flat[i] = { kind: f.kind, item: unionOf([f.item, (m as typeof f).item]) };
      return;
    }
    if (f.kind === "literal" && m.kind === "literal" && f.caseSensitive === m.caseSensitive) {
      const values = new Set(f.values);
      for (const v of m.values) values.add(v);
      flat[i] = { kind: "literal", values: Array.from(values).sort(), caseSensitive: f.caseSensitive };
      return;
    }
  }
  if (!flat.some((f) => sameType(f, m))) flat.push(m);
}

/** The union of types, flattened and merged; `str` subsumes case-sensitive literals; an empty literal is `never`. */
export function unionOf(types: PyType[]): PyType {
  const flat: PyType[] = [];
  for (const t of types) {
    if (t.kind !== "union") mergeMember(flat, t);
    else for (const m of t.members) mergeMember(flat, m);
  }
  // One member is itself (even `unknown`, or an empty literal): most unions of a getter's outcomes.
  if (flat.length === 1) return flat[0];
  let hasStr = false;
  for (const t of flat) {
    if (t.kind === "unknown") return t;
    if (t.kind === "str") hasStr = true;
  }
  // In place (`flat` is this call's own): an empty literal goes, and a case-sensitive one where `str` is there.
  let n = 0;
  for (const t of flat) {
    if (!(t.kind === "literal" && (t.values.length === 0 || (hasStr && t.caseSensitive)))) flat[n++] = t;
  }
  flat.length = n;
  if (n === 1) return flat[0];
  if (n === 0) return { kind: "literal", values: [], caseSensitive: true };
  return { kind: "union", members: sortByRank(flat) };
}

/** Sort by rank, stable (as `Array.prototype.sort`), in place: a handful of members, no scratch array. */
function sortByRank(members: PyType[]): PyType[] {
  for (let i = 1; i < members.length; i++) {
    const m = members[i];
    const r = rank(m);
    let j = i - 1;
    for (; j >= 0 && rank(members[j]) > r; j--) members[j + 1] = members[j];
    members[j + 1] = m;
  }
  return members;
}

const RANKS = ["literal", "bool", "int", "float", "str", "list", "set", "tuple", "dict", "json", "none"];
function rank(t: PyType): number {
  const r = RANKS.indexOf(t.kind);
  return r < 0 ? 99 : r;
}

/** `repr` of a constant, or "…" where the runtime cannot say it (the order of a set's elements). */
function constRepr(v: CV): string {
  try {
    return repr(toPy(v));
  } catch {
    return "…";
  }
}

/** The human text of a symbol (for symbolic defaults). */
export function symText(s: Sym): string {
  switch (s.k) {
    case "const":
      return typeof s.v === "string" ? s.v : constRepr(s.v);
    case "env":
      return `$${s.name}`;
    case "val":
    case "seq":
      return s.text;
    default:
      return "…";
  }
}
