/**
 * Paths of the symbolic domain: which variables a path assumes set or unset, what it learnt (narrowings,
 * checked conversions, a failed choices test), and its pending `:=` bindings. Paths are never changed in place:
 * each step makes a new one that shares what it does not change. Re-exported by sym.ts.
 */
import type { Sym, Transform } from "./sym.js";

/** The narrowing learnt on a path: `if x not in CHOICES: raise` leaves `x` among CHOICES. */
export interface Narrowing {
  values: string[];
  tf: Transform[];
}

/**
 * The variables a path assumes set or unset, newest first, each name once: a list whose tail is shared with
 * the path it extends (a record copied at every read made a new object shape per set of names).
 */
export interface Assumed {
  readonly name: string;
  readonly isSet: boolean;
  readonly next: Assumed | null;
}

/** A path: which variables it assumes set or unset, and what it learnt. */
export interface Path {
  set: Assumed | null;
  narrow: Readonly<Record<string, Narrowing>>;
  /** The last `x not in CHOICES` test that failed on this path (a `raise` after it is a choices check). */
  notIn?: RaiseCause;
  /** The path assumed a fact about the machine (`os.path.exists(value)` was true). */
  machine?: boolean;
  /** Variables whose value passed a conversion on this path (`int(x)` returned): their form was checked. */
  checked?: Checked;
  /**
   * `:=` bindings this path made in the expression being evaluated, not yet written to its statement's frame:
   * in `if (v := os.getenv("A")) is None:` the frame is shared by both outcomes, `v` is `$A` on one, None on the
   * other. The statement writes them into a copy of its frame per path (settleBinds, sym-context.ts).
   */
  binds?: Readonly<Record<string, Sym>>;
}

/** The path on which `(name := sym)` ran: the binding travels with this path alone. */
export function bindOnPath(p: Path, name: string, sym: Sym): Path {
  return pathWith(p, "binds", withKey(p.binds, name, sym));
}

/** The path without its `:=` bindings (a call's callee, or module-level code, has a scope of its own). */
export function withoutBinds(p: Path): Path {
  const q: Path = Object.assign({}, p);
  delete q.binds;
  return q;
}

/** The path on which a conversion of `s` succeeded (unchanged when `s` is not an environment value). */
export function checkedPath(p: Path, s: Sym | undefined): Path {
  if (s?.k !== "env") return p;
  // Each name once, as in the record this replaces (outcomes are compared as JSON: `failed` in evalComp).
  for (let x: Checked | null | undefined = p.checked; x; x = x.next) if (x.name === s.name) return p;
  const checked: Checked = { name: s.name, next: p.checked ?? null };
  return pathWith(p, "checked", checked);
}

/** The variables checked on a path, newest first, each once, sharing the tail of the path it extends. */
export interface Checked {
  readonly name: string;
  readonly next: Checked | null;
}

/** What a record of the checked names (`{ NAME: true }`) inherits: `checked[name]` read `constructor` there. */
const RECORD_PROTO: Readonly<Record<string, unknown>> = {};

/** Was the value of `name` checked on this path? As `p.checked?.[name]` read the record the list replaces. */
export function isChecked(p: Path, name: string): boolean {
  if (!p.checked) return false;
  for (let x: Checked | null = p.checked; x; x = x.next) if (x.name === name) return true;
  return !!RECORD_PROTO[name];
}

/**
 * `{ ...p, [key]: value }` for one of a path's own members: copied, then set. V8 builds a literal that
 * spreads and then adds a member on a slow path (~15 times slower), and paths are extended at every step.
 * The members keep the literal's order (an existing one stays in place, a new one comes last).
 */
export function pathWith<K extends keyof Path>(p: Path, key: K, value: Path[K]): Path {
  const q: Path = Object.assign({}, p); // a path's members are its fixed names: never `__proto__`
  (q as { [M in K]: Path[M] })[key] = value;
  return q;
}

/** Why a raise happens, when it is a check on an environment value: what the value must look like. */
export interface RaiseCause {
  name: string;
  check: "int" | "float" | "json" | "choices";
  tf: Transform[];
  elem: boolean;
  values?: string[];
}

/**
 * `{ ...rec, [key]: value }`, built by assignment: a computed key in a literal is the slow path, and paths
 * are extended at every read. `__proto__` keeps the literal (assigning it would set the prototype).
 */
function withKey<T>(rec: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> {
  if (key === "__proto__") return { ...rec, [key]: value };
  const out: Record<string, T> = { ...rec };
  out[key] = value;
  return out;
}

/** The narrowing of a path that learnt none: paths that never narrow share it (narrowedType tests for it first). */
export const NO_NARROWING: Readonly<Record<string, Narrowing>> = Object.freeze({});

/** The empty path. */
export const ROOT_PATH: Path = { set: null, narrow: NO_NARROWING };

/** What a path assumes about variable `name`: set (true), unset (false), nothing (undefined). */
export function assumed(path: Path, name: string): boolean | undefined {
  for (let x = path.set; x; x = x.next) if (x.name === name) return x.isSet;
  return undefined;
}

/** The variables a path assumes set, `except` one, in no particular order (callers sort or test membership). */
export function setNamesBut(path: Path, except: string): string[] {
  const names: string[] = [];
  for (let x = path.set; x; x = x.next) if (x.isSet && x.name !== except) names.push(x.name);
  return names;
}

/** Does a path assume some variable set other than `except`? */
export function setsOtherThan(path: Path, except: string): boolean {
  for (let x = path.set; x; x = x.next) if (x.isSet && x.name !== except) return true;
  return false;
}

/** Extend a path with an assumption; null when it contradicts the path. */
export function assume(path: Path, name: string, isSet: boolean): Path | null {
  const cur = assumed(path, name);
  if (cur !== undefined) return cur === isSet ? path : null;
  const set: Assumed = { name, isSet, next: path.set };
  return pathWith(path, "set", set);
}

/** Extend a path with a narrowing. */
export function narrowPath(path: Path, key: string, n: Narrowing): Path {
  return pathWith(path, "narrow", withKey(path.narrow, key, n));
}
