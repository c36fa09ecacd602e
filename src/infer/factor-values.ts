/**
 * The value domain of the compile-factor analysis (`compile_factors()` / `compute_hash()`):
 * concrete where the function builds its lists of names (`ignored_factors = {"MAX_JOBS", ...}`),
 * opaque but *tainted* where a value comes from the environment (`getter()`, `os.getenv(var)`).
 * The names in the taint of the returned value are the ones whose values enter the hash.
 */
import type { Expr, FunctionDef } from "../ir/types.js";

/** A lexical scope: names bound in it, and the enclosing one (a nested `def factorize` reads `factors`). */
export interface Scope {
  vars: Map<string, FV>;
  parent: Scope | null;
}

/** An abstract value. Containers are mutable and shared by identity, as in Python. */
export type FV =
  | { k: "const"; v: string | number | boolean | null }
  | { k: "seq"; type: "list" | "tuple" | "set"; items: FV[] }
  | { k: "dict"; keys: string[]; vals: FV[] }
  /** The module's `environment_variables` dict: name → getter. */
  | { k: "envdict" }
  /** `os.environ`. */
  | { k: "environ" }
  /** The getter of one variable: calling it makes the variable's value. */
  | { k: "getter"; name: string }
  | { k: "fn"; def: FunctionDef; closure: Scope }
  | { k: "builtin"; name: string }
  | { k: "method"; obj: FV; name: string }
  | { k: "module"; name: string }
  /** A value the analysis does not know, made from the values of the environment names in `taint`. */
  | { k: "opaque"; taint: ReadonlySet<string> };

/** The analysis cannot follow the function: its factors are unknown (never guessed). */
export class FactorBail extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

/** A path of the function that certainly raises (`assert key in environment_variables` failing). */
export class FactorRaise extends Error {
  constructor(
    readonly exc: string,
    readonly line: number,
  ) {
    super(exc);
  }
}

/**
 * An opaque value carrying exactly `taint`, which becomes the value's own: made fresh for it, or another value's
 * (a taint set is never changed once it is a value's: every change makes a new set).
 */
export function opaqueOf(taint: ReadonlySet<string>): FV {
  return { k: "opaque", taint };
}

/** An opaque value carrying the union of the given taints. */
export function opaque(...parts: Iterable<string>[]): FV {
  const taint = new Set<string>();
  for (const p of parts) for (const n of p) taint.add(n);
  return { k: "opaque", taint };
}

const NO_TAINT: ReadonlySet<string> = new Set();

/** The environment names whose values a value is made from (containers: their items). Never mutate the result. */
export function taintOf(v: FV, seen?: Set<FV>): ReadonlySet<string> {
  if (v.k === "const") return NO_TAINT;
  if (!seen) {
    // A value that holds no other: its taint, without the set of values seen (made per call, most calls).
    if (v.k === "opaque") return v.taint;
    if (v.k !== "seq" && v.k !== "dict" && v.k !== "method") return NO_TAINT;
    seen = new Set();
  }
  if (seen.has(v)) return NO_TAINT;
  seen.add(v);
  switch (v.k) {
    case "opaque":
      return v.taint;
    case "seq":
      return unite(v.items.map((x) => taintOf(x, seen)));
    case "dict":
      return unite(v.vals.map((x) => taintOf(x, seen)));
    case "method":
      return taintOf(v.obj, seen);
    default:
      return NO_TAINT;
  }
}

function unite(sets: ReadonlySet<string>[]): ReadonlySet<string> {
  const some = sets.filter((s) => s.size > 0);
  if (some.length <= 1) return some[0] ?? NO_TAINT;
  const out = new Set<string>();
  for (const s of some) for (const n of s) out.add(n);
  return out;
}

/** `v` as made under a condition that depends on the names in `pc` (an implicit flow). */
export function underCondition(v: FV, pc: ReadonlySet<string>): FV {
  return pc.size ? opaque(taintOf(v), pc) : v;
}

/** Python truthiness, or null when it depends on an unknown value. */
export function truthOf(v: FV, envSize: number): boolean | null {
  switch (v.k) {
    case "const":
      return v.v !== null && v.v !== false && v.v !== 0 && v.v !== "";
    case "seq":
      return v.items.length > 0;
    case "dict":
      return v.keys.length > 0;
    case "envdict":
      return envSize > 0;
    case "opaque":
    case "environ":
      return null;
    default:
      return true;
  }
}

/** The items a `for` loop (or a comprehension) visits, where they are known. */
export function iterItems(v: FV, envNames: readonly string[]): FV[] | null {
  switch (v.k) {
    case "seq":
      // A set of strings iterates in hash order; only membership matters for factors, so any order will do.
      return [...v.items];
    case "dict":
      return v.keys.map(str);
    case "envdict":
      return envNames.map(str);
    case "const":
      return typeof v.v === "string" ? [...v.v].map(str) : null;
    default:
      return null;
  }
}

/** A constant string. */
export function str(s: string): FV {
  return { k: "const", v: s };
}

/** The string a value certainly is, or null. */
export function strOf(v: FV): string | null {
  return v.k === "const" && typeof v.v === "string" ? v.v : null;
}

/** Whether two constants are equal as Python compares them (`1 == True` aside: strings, ints, None). */
export function sameConst(a: FV, b: FV): boolean | null {
  if (a.k !== "const" || b.k !== "const") return null;
  return a.v === b.v || (typeof a.v === "number" && typeof b.v === "boolean" && a.v === Number(b.v));
}

/** `x in container` where it is known; `envHas` answers for `environment_variables`. */
export function contains(container: FV, x: FV, envNames: ReadonlySet<string>): boolean | null {
  const s = strOf(x);
  switch (container.k) {
    case "envdict":
      return s === null ? null : envNames.has(s);
    case "dict":
      return s === null ? null : keyIndex(container.keys, s) >= 0;
    case "seq": {
      // sameConst(item, x) per item, unrolled: `if factor in ignored_factors` runs once per variable.
      if (x.k !== "const") return container.items.length ? null : false;
      const v = x.v;
      const bool = typeof v === "boolean";
      let unknown = false;
      for (const item of container.items) {
        if (item.k !== "const") unknown = true;
        else if (item.v === v || (bool && typeof item.v === "number" && item.v === Number(v))) return true;
      }
      return unknown ? null : false;
    }
    case "const":
      return typeof container.v === "string" && s !== null ? container.v.includes(s) : null;
    default:
      return null;
  }
}

/** `d[key] = value` on a known dict with string keys. */
export function setItem(d: FV & { k: "dict" }, key: FV, value: FV, line: number): void {
  const s = strOf(key);
  if (s === null) throw new FactorBail("a dict key that is not a known string", line);
  const i = keyIndex(d.keys, s);
  if (i >= 0) d.vals[i] = value;
  else {
    keyIndexes.get(d.keys)?.set(s, d.keys.length);
    d.keys.push(s);
    d.vals.push(value);
  }
}

/** Past this many keys a dict's keys are looked up through an index (`factors[factor] = ...`, once per variable). */
const INDEXED_FROM = 16;

/** The index of each long key list: setItem, the only code that adds keys, keeps it up to date. */
const keyIndexes = new WeakMap<readonly string[], Map<string, number>>();

/** `keys.indexOf(key)`, in constant time once the list is long (the list holds each key once). */
export function keyIndex(keys: readonly string[], key: string): number {
  if (keys.length < INDEXED_FROM) return keys.indexOf(key);
  let index = keyIndexes.get(keys);
  if (!index) {
    index = new Map();
    for (let i = 0; i < keys.length; i++) if (!index.has(keys[i])) index.set(keys[i], i);
    keyIndexes.set(keys, index);
  }
  return index.get(key) ?? -1;
}

/** What an evaluation knows about the module, and what it has seen. */
export interface FactorContext {
  envNames: readonly string[];
  envSet: ReadonlySet<string>;
  /** Every environment name whose value has been made so far. */
  evaluated: Set<string>;
  /** The taint of the conditions the current statement runs under. */
  pc: Set<string>;
  /** Runs a function body: the statement layer, passed in to keep the layers acyclic. */
  invoke: (fn: FV & { k: "fn" }, args: FV[], kwargs: Map<string, FV>, ctx: FactorContext, line: number) => FV;
  /** Evaluates an expression: the expression layer, passed in like `invoke`. */
  eval: (e: Expr, scope: Scope, ctx: FactorContext) => FV;
  depth: number;
}
