/**
 * The `eval` contract's JSON form of a value: None → null, sets → {"$set": sorted},
 * dicts → {"$dict": {...}}, big ints → {"$int": "digits"}, inf/nan → {"$float": ...}.
 */

/** An encoded value. */
export type Encoded = null | boolean | number | string | Encoded[] | { [k: string]: Encoded };

/** Encode a runtime value. */
export function encodeValue(v: unknown): Encoded {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { $float: "nan" };
    if (!Number.isFinite(v)) return { $float: v > 0 ? "inf" : "-inf" };
    return v;
  }
  if (typeof v === "bigint") {
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : { $int: v.toString() };
  }
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof Set) {
    const items = Array.from(v, encodeValue);
    items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
    return { $set: items };
  }
  if (typeof v === "object") {
    const out: { [k: string]: Encoded } = Object.create(null);
    for (const k of Object.keys(v as object)) out[k] = encodeValue((v as Record<string, unknown>)[k]);
    return { $dict: out };
  }
  return { $unsupported: `value of JS type ${typeof v}` };
}
