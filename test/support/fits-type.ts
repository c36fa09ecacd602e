/**
 * Does a value CPython produced (in the `eval` contract's JSON form) belong to an inferred type?
 */
import type { PyType } from "../../src/ir/types.js";
import type { Encoded } from "../../src/cli/eval-encode.js";

function isObj(v: Encoded, key: string): v is { [k: string]: Encoded } {
  return v !== null && typeof v === "object" && !Array.isArray(v) && key in v;
}

/** True when `v` is a value of type `t`. */
export function fitsType(v: Encoded, t: PyType): boolean {
  switch (t.kind) {
    case "unknown":
      return true;
    case "json":
      // What json.loads gives: no sets, anywhere.
      if (Array.isArray(v)) return v.every((x) => fitsType(x, t));
      if (isObj(v, "$dict")) return Object.values(v.$dict as Record<string, Encoded>).every((x) => fitsType(x, t));
      return !isObj(v, "$set");
    case "bool":
      return typeof v === "boolean";
    case "int":
      return (typeof v === "number" && Number.isInteger(v)) || isObj(v, "$int");
    case "float":
      return typeof v === "number" || isObj(v, "$float");
    case "str":
      return typeof v === "string";
    case "none":
      return v === null;
    case "literal":
      return typeof v === "string" && (t.caseSensitive ? t.values.includes(v) : t.values.some((c) => c.toLowerCase() === v.toLowerCase()));
    case "list":
    case "tuple":
      return Array.isArray(v) && v.every((x) => fitsType(x, t.item));
    case "set":
      return isObj(v, "$set") && Array.isArray(v.$set) && v.$set.every((x) => fitsType(x, t.item));
    case "dict":
      return isObj(v, "$dict");
    case "union":
      return t.members.some((m) => fitsType(v, m));
    default:
      return false;
  }
}
