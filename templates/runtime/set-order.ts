// The order CPython iterates a set or frozenset in: its hash table's slot order, never insertion order.
// `list({3, 1, 2})` is `[1, 2, 3]`; `", ".join({"a", "b"})` differs from one process to the next.
import { type PySet, PyUnsupported, type PyValue } from "./values.js";

/**
 * The slots every CPython set has at least (`PySet_MINSIZE`). A value goes to slot `hash & mask` when that slot is
 * free; ints 0..7 (and bools, and floats equal to them) hash to themselves and every mask is ≥ 7, so each of them
 * sits in its own slot whatever the table's size, the order of insertion or a presize, and the set iterates them
 * in ascending order. This runtime's sets only grow (no method removes), so no dummy slot of a removed element can
 * have pushed one aside. Any other element may collide or wrap (`hash(-1) == -2`), and where it lands then depends on
 * the table's size and history (`list({10, 1})`), which is not modelled.
 */
const MIN_SLOTS = 8;

/** The items of `s` in CPython's iteration order; `unsupported` where that order is not knowable here. */
export function orderedSetItems(s: PySet): PyValue[] {
  const items = Array.from(s.map.values());
  if (items.length < 2) return items; // one element (or none): one order
  const slots = items.map(homeSlot);
  if (slots.every((n): n is number => n !== null)) {
    return items.map((x, i) => [slots[i] as number, x] as const).sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  }
  throw new PyUnsupported(setOrderReason(items));
}

/** Why the iteration order of a set of these items is not knowable here. */
function setOrderReason(items: PyValue[]): string {
  if (items.some((x) => typeof x === "string")) {
    return "the iteration order of a set of str depends on Python's hash seed (PYTHONHASHSEED)";
  }
  return "the iteration order of a set (CPython's hash-table order) is not modelled beyond ints 0..7";
}

/** The slot CPython's table always files `v` in, or null where that depends on the table. */
function homeSlot(v: PyValue): number | null {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v >= 0n && v < BigInt(MIN_SLOTS) ? Number(v) : null;
  // `2.0` hashes as `2`; `-0.0` as `0`.
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < MIN_SLOTS ? Math.abs(v) : null;
  return null;
}

