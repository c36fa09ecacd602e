// Runtime pieces of statements beyond the first subset: `assert`, `del d[k]`,
// starred unpacking `a, *b = xs`, and `match` sequence and mapping patterns.
import { PyDict, PyTuple, PyUnsupported, type PyValue, hashKey, iterate, raise, typeName } from "./values.js";
import { repr, str } from "./text.js";

/** `assert test, msg` failed: AssertionError with `str(msg)` (empty without one). */
export function assertFailed(...msg: PyValue[]): never {
  return raise("AssertionError", msg.length ? str(msg[0]) : "");
}

function listIndex(list: PyValue[], k: PyValue, what: string): number {
  if (typeof k !== "bigint" && typeof k !== "boolean") return raise("TypeError", `list indices must be integers or slices, not ${typeName(k)}`);
  const n = BigInt(list.length);
  const i = typeof k === "boolean" ? (k ? 1n : 0n) : k;
  const at = i < 0n ? i + n : i;
  if (at < 0n || at >= n) return raise("IndexError", `list ${what} index out of range`);
  return Number(at);
}

/** `del obj[key]` for dicts and lists. */
export function delitem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyDict) {
    if (obj.get(key) === undefined) raise("KeyError", repr(key));
    obj.map.delete(hashKey(key));
    return;
  }
  if (Array.isArray(obj)) {
    obj.splice(listIndex(obj, key, "assignment"), 1);
    return;
  }
  if (obj instanceof PyTuple) raise("TypeError", "'tuple' object doesn't support item deletion");
  throw new PyUnsupported(`del on a ${typeName(obj)} item is not modelled`);
}

/** `a, *rest, b = value`: `before` items, the rest as a list, `after` items. */
export function unpackStar(v: PyValue, before: number, after: number): PyValue[] {
  const items = iterate(v);
  if (items.length < before + after) raise("ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  return [...items.slice(0, before), items.slice(before, items.length - after), ...items.slice(items.length - after)];
}

/** `case [a, *rest, b]:` — a list or tuple (not a str) of the right length: its items, the starred part as a list. */
export function matchSeq(v: PyValue, n: number, star: number | null): PyValue[] | null {
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (items === null) return null;
  if (star === null) return items.length === n ? items.slice() : null;
  if (items.length < n) return null;
  const after = n - star;
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)];
}

/** `case {"k": p, **rest}:` — a dict holding every key: their values, then the remaining items as a dict. */
export function matchMap(v: PyValue, keys: PyValue[]): PyValue[] | null {
  if (!(v instanceof PyDict)) return null;
  const values: PyValue[] = [];
  for (const k of keys) {
    const x = v.get(k);
    if (x === undefined) return null;
    values.push(x);
  }
  const rest = new PyDict();
  const taken = new PyDict();
  keys.forEach((k) => taken.set(k, true));
  for (const [k, x] of v.map.values()) if (taken.get(k) === undefined) rest.set(k, x);
  return [...values, rest];
}
