/**
 * Python-style text of an inferred type, for messages and docs: `int | None`, `list[Literal['a', 'b']]`.
 */
import type { Expr, PyConst, PyConstValue, PyType } from "./types.js";
import { assertNever } from "./types.js";

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

function constText(c: PyConst): string {
  if (c.type === "none") return "None";
  if (c.type === "bool") return c.value ? "True" : "False";
  if (c.type === "str") return JSON.stringify(c.value);
  if (c.type === "bytes") return `b${JSON.stringify(c.value)}`;
  return String(c.value);
}

/**
 * An annotation expression written back as Python (`Callable[[int], str]`), for the reason of an
 * unknown declared type; parts that are not annotation syntax keep their source text.
 */
export function annotationText(e: Expr): string {
  const all = (es: Expr[]) => es.map(annotationText).join(", ");
  switch (e.kind) {
    case "name":
      return e.id;
    case "attr":
      return `${annotationText(e.obj)}.${e.attr}`;
    case "const":
      return constText(e.value);
    case "subscript":
      return `${annotationText(e.obj)}[${e.index.kind === "tuple" ? all(e.index.elts) : annotationText(e.index)}]`;
    case "list":
      return `[${all(e.elts)}]`;
    case "tuple":
      return `(${all(e.elts)})`;
    case "binop":
      return `${annotationText(e.left)} ${e.op} ${annotationText(e.right)}`;
    case "unsupported":
      return e.text;
    default:
      return `<${e.kind}>`;
  }
}
