/**
 * Types and truthiness of symbols. A value from the environment that passed
 * `if value not in CHOICES: raise` has a literal type.
 */
import type { PyType } from "../ir/types.js";
import { NO_NARROWING, type Path, type Sym, type Transform, constType, ownValue } from "./sym.js";

function sameTf(a: Transform[], b: Transform[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The literal type an environment value has on a path, if it was narrowed. */
export function narrowedType(s: Extract<Sym, { k: "env" }>, path: Path): PyType | null {
  if (path.narrow === NO_NARROWING) return null; // most paths: no key to build and look up
  const n = ownValue(path.narrow, s.name + (s.elem ? "[]" : ""));
  if (!n) return null;
  const values = Array.from(new Set(n.values)).sort();
  if (sameTf(s.tf, n.tf)) return { kind: "literal", values, caseSensitive: true };
  // `check_value = value.lower()` was tested, `value` is returned: the choices, any case.
  const caseOnly = n.tf.filter((t) => t !== "lower" && t !== "upper");
  if (sameTf(s.tf, caseOnly)) return { kind: "literal", values, caseSensitive: false };
  return null;
}

/** The Python type of a symbol on a path. */
export function symType(s: Sym, path: Path): PyType {
  switch (s.k) {
    case "const":
      return constType(s.v);
    case "env":
      return narrowedType(s, path) ?? { kind: "str" };
    case "val":
      return s.t;
    case "seq": {
      const item = symType(s.item, path);
      return { kind: s.seq, item };
    }
    case "dict":
      return { kind: "dict" };
    default:
      return { kind: "unknown", reason: `a ${s.k === "fn" || s.k === "bound" ? "function" : "Python object"}` };
  }
}

const TRUE: readonly boolean[] = [true];
const FALSE: readonly boolean[] = [false];
const EITHER: readonly boolean[] = [true, false];

/** Which truth values a symbol can have (shared arrays: callers only read them). */
export function truthiness(s: Sym): readonly boolean[] {
  switch (s.k) {
    case "const":
      if (s.v === null) return FALSE;
      if (typeof s.v === "object") return s.v.items.length > 0 ? TRUE : FALSE;
      return (typeof s.v === "string" ? s.v.length > 0 : typeof s.v === "boolean" ? s.v : s.v !== 0 && s.v !== 0n) ? TRUE : FALSE;
    case "val":
      return s.t.kind === "none" ? FALSE : EITHER;
    case "fn":
    case "ref":
    case "bound":
      return TRUE;
    default:
      return EITHER;
  }
}
