/**
 * Constant folding through the runtime itself: `int("0")`, `"Debug".lower()`,
 * `"1" == "1"` are computed by the same code the generated module runs, so the
 * analyser and the runtime cannot disagree on Python semantics.
 */
import type { PyType } from "../ir/types.js";
import { NO_KWARGS, PyDict, PyException, PyFunc, PySet, PyTuple, type PyValue } from "../../templates/runtime/values.js";
import { importModule } from "../../templates/runtime/modules.js";
import { BUILTINS, call } from "../../templates/runtime/builtins.js";
import { callMethod } from "../../templates/runtime/methods.js";
import { binop, getitem, unary } from "../../templates/runtime/ops.js";
import { cmp } from "../../templates/runtime/glue.js";
import { pathJoin } from "../../templates/runtime/os-path.js";
import { ascii, format, repr, str } from "../../templates/runtime/text.js";
import { type CV, type Outcome, type Path, constType, cst, toPy, typed, unionOf, val } from "./sym.js";

/**
 * A folded result: a constant, a Python exception type, or not foldable. A value the constant domain
 * cannot hold (`json.loads("{}")` is a dict) is `{ value }`: its exact type and its Python `repr`.
 */
export type Folded = { ok: CV } | { raise: string } | { value: { type: PyType; text: string } } | null;

/** A runtime value as a constant (null when it is not a plain constant). */
export function fromPy(v: PyValue): CV | undefined {
  if (v === null || typeof v === "string" || typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return v;
  const seq = Array.isArray(v) ? { seq: "list" as const, items: v } : v instanceof PyTuple ? { seq: "tuple" as const, items: v.items } : v instanceof PySet ? { seq: "set" as const, items: Array.from(v.map.values()) } : null;
  if (!seq) return undefined;
  const items = seq.items.map(fromPy);
  return items.every((x): x is CV => x !== undefined) ? { seq: seq.seq, items } : undefined;
}

/** The exact type of a plain runtime value (null for functions and objects). */
function typeOfPy(v: PyValue): PyType | null {
  const c = fromPy(v);
  if (c !== undefined) return constType(c);
  if (v instanceof PyDict) {
    const parts = Array.from(v.map.values()).flat().map(typeOfPy);
    return parts.every((t) => t !== null) ? { kind: "dict" } : null;
  }
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : v instanceof PySet ? [...v.map.values()] : null;
  if (!items) return null;
  const types = items.map(typeOfPy);
  if (!types.every((t): t is PyType => t !== null)) return null;
  const kind = Array.isArray(v) ? "list" : v instanceof PyTuple ? "tuple" : "set";
  return { kind, item: unionOf(types) };
}

function attempt(f: () => PyValue): Folded {
  try {
    const r = f();
    const v = fromPy(r);
    if (v !== undefined) return { ok: v };
    const type = typeOfPy(r);
    return type ? { value: { type, text: repr(r) } } : null;
  } catch (e) {
    if (e instanceof PyException) return { raise: e.pyType };
    return null;
  }
}

/** Builtins whose result depends only on their arguments. */
const PURE_BUILTINS = new Set(["int", "float", "bool", "str", "repr", "list", "tuple", "set", "len", "min", "max", "abs", "any", "all", "sorted", "round", "divmod", "sum", "chr", "ord"]);

function kwPy(kw: Record<string, CV>): Record<string, PyValue> {
  const keys = Object.keys(kw);
  // No keywords (most folds): the runtime's own shared empty kwargs, what its calls get by default.
  if (!keys.length) return NO_KWARGS;
  const out: Record<string, PyValue> = Object.create(null);
  for (const k of keys) out[k] = toPy(kw[k]);
  return out;
}

/** Can {@link foldBuiltin} fold calls of this builtin at all? (Else it returns null whatever the arguments.) */
export function isFoldableBuiltin(name: string): boolean {
  return PURE_BUILTINS.has(name) && Object.hasOwn(BUILTINS, name);
}

/** Fold a pure builtin call (keyword arguments constant too). */
export function foldBuiltin(name: string, args: CV[], kw: Record<string, CV> = {}): Folded {
  if (!isFoldableBuiltin(name)) return null;
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
  const convert = (x: ReturnType<typeof toPy>) =>
    conversion === "r" ? repr(x) : conversion === "a" ? ascii(x) : conversion === "s" ? str(x) : x;
  return attempt(() => format(convert(toPy(v)), spec));
}

/** Fold `const[const]`. */
export function foldItem(obj: CV, index: CV): Folded {
  return attempt(() => getitem(toPy(obj), toPy(index)));
}

/** Module functions whose result depends only on their arguments (`os.path.expanduser` reads HOME: not here). */
const PURE_MODULE_CALLS = new Set([
  "json.loads", "os.path.join", "os.path.normpath", "os.path.dirname", "os.path.basename", "os.path.isabs",
  "os.path.split", "os.path.splitext", "os.path.commonprefix",
]);

/** Can {@link foldModuleCall} fold calls of this module function at all? */
export function isFoldableModuleCall(path: string): boolean {
  return PURE_MODULE_CALLS.has(path);
}

/** Fold a pure module function on constants (`json.loads("{}")`) through the runtime's own module. */
export function foldModuleCall(path: string, args: CV[], kw: Record<string, CV> = {}): Folded {
  if (!PURE_MODULE_CALLS.has(path)) return null;
  const dot = path.lastIndexOf(".");
  const f = importModule(path.slice(0, dot)).attrs[path.slice(dot + 1)];
  return f instanceof PyFunc ? attempt(() => call(f, args.map(toPy), kwPy(kw))) : null;
}

/** A fold as the analysis's outcomes: the constant, the exact non-constant value, or the raise (null: not folded). */
export function foldedOutcomes(f: Folded, p: Path): Outcome[] | null {
  if (!f) return null;
  if ("ok" in f) return [val(cst(f.ok), p)];
  if ("value" in f) return [val(typed(f.value.type, f.value.text), p)];
  return [{ kind: "raise", exc: f.raise, path: p }];
}
