/**
 * Human text about a variable, shared by the TSDoc, the metadata and the docs:
 * its type, default, accepted forms. Reads only the model.
 */
import type { Acceptance, DefaultValue, PyConstValue, Variable } from "./types.js";
import { assertNever } from "./types.js";
import { describeType, pyRepr } from "./describe-type.js";

/** The default as a person reads it: `"cuda"`, `False`, `None`, or the symbolic text. */
export function describeDefault(d: DefaultValue): string {
  switch (d.kind) {
    case "literal":
      return pyRepr(d.value);
    case "symbolic":
      return d.text;
    case "unknown":
      return `unknown (${d.reason})`;
    default:
      return assertNever(d);
  }
}

/** The default as a JS value, where it is a literal. */
export function defaultValue(d: DefaultValue): PyConstValue | undefined {
  return d.kind === "literal" ? d.value : undefined;
}

/** What raw strings are accepted, for messages and docs. */
export function describeAccepted(a: Acceptance): string {
  switch (a.kind) {
    case "any":
      return "any string";
    case "int":
      return "an integer";
    case "float":
      return "a number (also inf, nan)";
    case "json":
      return "JSON";
    case "choices": {
      const list = a.values.map((v) => JSON.stringify(v)).join(", ");
      return `${a.list ? "a comma-separated list of " : "one of "}${list}${a.caseSensitive ? "" : " (any case)"}`;
    }
    case "unknown":
      return `cannot be checked statically (${a.reason})`;
    default:
      return assertNever(a);
  }
}

/** The Python type, as the docs show it. */
export function describeVariableType(v: Variable): string {
  return describeType(v.type);
}

/** The drift notes of a variable, one line each. */
export function driftNotes(v: Variable): string[] {
  return v.drift.map((d) => d.message.replace(new RegExp(`^${v.name}: `), ""));
}
