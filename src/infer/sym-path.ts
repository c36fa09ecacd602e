/**
 * Paths of the symbolic domain: which variables a path assumes set or unset, what it learnt (narrowings,
 * checked conversions, a failed choices test), and its pending `:=` bindings. Paths are never changed in place:
 * each step makes a new one that shares what it does not change (types: sym-domain.ts). Re-exported by sym.ts.
 */
import type { Assumed, Checked, Narrowing, Path, Sym } from "./sym-domain.js";

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

/** Was the value of `name` checked on this path? (A variable named `constructor` is no longer checked by inheritance.) */
export function isChecked(p: Path, name: string): boolean {
  for (let x: Checked | null | undefined = p.checked; x; x = x.next) if (x.name === name) return true;
  return false;
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
