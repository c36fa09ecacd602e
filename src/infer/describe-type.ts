/**
 * Python-style text of an inferred type, for messages and docs: `int | None`, `list[Literal['a', 'b']]`.
 */
import type { PyConstValue, PyType } from "../ir/types.js";
import { assertNever } from "../ir/types.js";

/** Describe a type as Python would annotate it. */
export function describeType(t: PyType): string {
  switch (t.kind) {
    case "bool":
    case "int":
    case "float":
    case "str":
    case "dict":
      return t.kind;
    case "none":
      return "None";
    case "literal":
      return `Literal[${t.values.map((v) => JSON.stringify(v)).join(", ")}]${t.caseSensitive ? "" : " (any case)"}`;
    case "list":
    case "set":
    case "tuple":
      return `${t.kind}[${describeType(t.item)}]`;
    case "json":
      return "JSON";
    case "union":
      return t.members.map(describeType).join(" | ");
    case "unknown":
      return "unknown";
    default:
      return assertNever(t);
  }
}

/** A default value as Python writes it: `True`, `None`, `'auto'`, `[]`. */
export function pyRepr(v: PyConstValue): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return String(v);
  return `[${v.map(pyRepr).join(", ")}]`;
}
