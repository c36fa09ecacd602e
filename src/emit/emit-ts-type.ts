/**
 * PyType → TypeScript type text (Python's None is `null`; ints beyond ±2^53 come back as bigint).
 */
import type { PyType } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { tsString } from "./escape.js";

/** The TS type of values of a Python type. */
export function emitTsType(t: PyType): string {
  switch (t.kind) {
    case "bool":
      return "boolean";
    case "int":
      return "number | bigint";
    case "float":
      return "number";
    case "str":
      return "string";
    case "none":
      return "null";
    case "literal":
      return t.caseSensitive ? t.values.map(tsString).join(" | ") || "never" : "string";
    case "list":
    case "tuple":
      return `${wrap(emitTsType(t.item))}[]`;
    case "set":
      return `ReadonlySet<${emitTsType(t.item)}>`;
    case "dict":
    case "json":
      return "VllmEnvValue";
    case "union": {
      const parts = Array.from(new Set(t.members.map(emitTsType).flatMap((s) => s.split(" | "))));
      return parts.includes("VllmEnvValue") ? "VllmEnvValue" : parts.join(" | ");
    }
    case "unknown":
      return "VllmEnvValue";
    default:
      return assertNever(t);
  }
}

function wrap(s: string): string {
  return s.includes(" ") ? `(${s})` : s;
}
