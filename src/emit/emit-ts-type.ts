/**
 * PyType → TypeScript type text (Python's None is `null`; ints are `number`: the runtime reports an int
 * beyond ±2^53 as unsupported rather than round it).
 */
import type { PyType } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { tsString } from "./escape.js";

/** The members of the TS union for a Python type. */
function members(t: PyType): string[] {
  switch (t.kind) {
    case "bool":
      return ["boolean"];
    case "int":
      return ["number"];
    case "float":
      return ["number"];
    case "str":
      return ["string"];
    case "none":
      return ["null"];
    case "literal":
      return t.caseSensitive ? (t.values.length ? t.values.map(tsString) : ["never"]) : ["string"];
    case "list":
    case "tuple":
      return [`${wrap(members(t.item))}[]`];
    case "set":
      return [`ReadonlySet<${members(t.item).join(" | ")}>`];
    case "dict":
    case "json":
    case "unknown":
      return ["VllmEnvValue"];
    case "union": {
      const all = Array.from(new Set(t.members.flatMap(members)));
      return all.includes("VllmEnvValue") ? ["VllmEnvValue"] : all;
    }
    default:
      return assertNever(t);
  }
}

function wrap(parts: string[]): string {
  return parts.length > 1 ? `(${parts.join(" | ")})` : parts[0];
}

/** The TS type of values of a Python type. */
export function emitTsType(t: PyType): string {
  return members(t).join(" | ");
}
