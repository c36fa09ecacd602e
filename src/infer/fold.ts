/**
 * Constant folding through the runtime itself: `int("0")`, `"Debug".lower()`,
 * `"1" == "1"` are computed by the same code the generated module runs, so the
 * analyser and the runtime cannot disagree on Python semantics.
 */
import { PyException, PySet, PyTuple, type PyValue } from "../../templates/runtime/values.js";
import { BUILTINS, call } from "../../templates/runtime/builtins.js";
import { callMethod } from "../../templates/runtime/methods.js";
import { binop, getitem, unary } from "../../templates/runtime/ops.js";
import { cmp } from "../../templates/runtime/glue.js";
import { pathJoin } from "../../templates/runtime/os-path.js";
import { format, repr, str } from "../../templates/runtime/text.js";
import { type CV, toPy } from "./sym.js";

/** A folded result: a constant, a Python exception type, or not foldable. */
export type Folded = { ok: CV } | { raise: string } | null;

/** A runtime value as a constant (null when it is not a plain constant). */
export function fromPy(v: PyValue): CV | undefined {
  if (v === null || typeof v === "string" || typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return v;
  const seq = Array.isArray(v) ? { seq: "list" as const, items: v } : v instanceof PyTuple ? { seq: "tuple" as const, items: v.items } : v instanceof PySet ? { seq: "set" as const, items: Array.from(v.map.values()) } : null;
  if (!seq) return undefined;
  const items = seq.items.map(fromPy);
  return items.every((x): x is CV => x !== undefined) ? { seq: seq.seq, items } : undefined;
}

function attempt(f: () => PyValue): Folded {
  try {
    const v = fromPy(f());
    return v === undefined ? null : { ok: v };
  } catch (e) {
    if (e instanceof PyException) return { raise: e.pyType };
    return null;
  }
}

/** Builtins whose result depends only on their arguments. */
const PURE_BUILTINS = new Set(["int", "float", "bool", "str", "repr", "list", "tuple", "set", "len", "min", "max", "abs", "any", "all", "sorted", "round", "divmod", "sum", "chr", "ord"]);

function kwPy(kw: Record<string, CV>): Record<string, PyValue> {
  const out: Record<string, PyValue> = Object.create(null);
  for (const k of Object.keys(kw)) out[k] = toPy(kw[k]);
  return out;
}

/** Fold a pure builtin call (keyword arguments constant too). */
export function foldBuiltin(name: string, args: CV[], kw: Record<string, CV> = {}): Folded {
  if (!PURE_BUILTINS.has(name) || !Object.hasOwn(BUILTINS, name)) return null;
  return attempt(() => call(BUILTINS[name], args.map(toPy), kwPy(kw)));
}

/** Fold a method call on a constant (`"X".lower()`, `"a,b".split(",")`, `"{a}".format(a=1)`). */
export function foldMethod(self: CV, name: string, args: CV[], kw: Record<string, CV> = {}): Folded {
  if (typeof self !== "string") return null;
  return attempt(() => callMethod(self, name, args.map(toPy), kwPy(kw)));
}

/** Fold a binary or unary operator, or a comparison. */
export function foldOp(kind: "binop" | "unary" | "cmp", op: string, a: CV, b: CV = null): Folded {
  return attempt(() => (kind === "binop" ? binop(op, toPy(a), toPy(b)) : kind === "unary" ? unary(op, toPy(a)) : cmp(op, toPy(a), toPy(b))));
}

/** Fold `os.path.join` of constants. */
export function foldJoin(parts: CV[]): Folded {
  return attempt(() => pathJoin(parts.map(toPy)));
}

/** Fold an f-string field: `format(value, spec)` with an optional conversion. */
export function foldFormat(v: CV, conversion: string | null, spec: string): Folded {
  return attempt(() => format(conversion === "r" || conversion === "a" ? repr(toPy(v)) : conversion === "s" ? str(toPy(v)) : toPy(v), spec));
}

/** Fold `const[const]`. */
export function foldItem(obj: CV, index: CV): Folded {
  return attempt(() => getitem(toPy(obj), toPy(index)));
}
