/**
 * Direct runtime calls for the call shapes most getters are made of: `os.getenv("LIT", "lit")` and
 * `os.environ.get("LIT", None)` (about 280 of the newest file's 290 getters go through one). The runtime
 * helpers take the generic path unless the object is the modelled `os` module, so the result is the
 * generic one either way; the arguments must be constants, so evaluating them before the attribute
 * lookup (the helper's order) changes nothing.
 */
import type { Expr } from "../ir/types.js";

type Call = Extract<Expr, { kind: "call" }>;
type Compare = Extract<Expr, { kind: "compare" }>;

/** Builtins called with one positional argument, by the runtime helper that computes the same. */
const ONE_ARG_BUILTINS: Readonly<Record<string, string>> = { int: "int1", float: "float1", bool: "bool1" };

/** A literal whose evaluation cannot fail or have an effect (a bytes literal is unsupported: not one). */
function isPureConst(e: Expr): boolean {
  return e.kind === "const" && e.value.type !== "bytes";
}

/** The helper call for `e`, or null when it has another shape (`emit` lowers a sub-expression). */
export function emitFastCall(e: Call, emit: (x: Expr) => string): string | null {
  const f = e.func;
  // `int(x)`, `bool(x)`: only where the name is the builtin (the emitter resolved it so: not a module-level name)
  if (f.kind === "name" && Object.hasOwn(ONE_ARG_BUILTINS, f.id) && e.args.length === 1 && !e.keywords.length) {
    const [x] = e.args;
    if (x.kind !== "starred" && emit(f) === `BUILTINS["${f.id}"]`) return `${ONE_ARG_BUILTINS[f.id]}(${emit(x)})`;
  }
  if (f.kind !== "attr" || e.keywords.length || e.args.length < 1 || e.args.length > 2) return null;
  if (!e.args.every(isPureConst)) return null;
  const args = e.args.map(emit).join(", ");
  // `os.getenv("VLLM_HOST_IP", "")`
  if (f.attr === "getenv") return `osGetenv(${emit(f.obj)}, ${args})`;
  // `os.environ.get("VLLM_PORT", None)`: the object whose `environ` is read
  const environ = f.obj.kind === "attr" && f.obj.attr === "environ" ? f.obj.obj : null;
  if (f.attr === "get" && environ !== null) return `osEnvironGet(${emit(environ)}, ${args})`;
  return null;
}

/** `x in ("1", "true")` / `not in`, the right side a tuple display of str literals; null for anything else. */
export function emitFastCompare(e: Compare, emit: (x: Expr) => string): string | null {
  const right = e.comparators[0];
  if (e.ops.length !== 1 || (e.ops[0] !== "in" && e.ops[0] !== "not in")) return null;
  if (right.kind !== "tuple" || !right.elts.length) return null;
  if (!right.elts.every((x) => x.kind === "const" && x.value.type === "str")) return null;
  const test = `inStrings(${emit(e.left)}, [${right.elts.map(emit).join(", ")}])`;
  return e.ops[0] === "in" ? test : `!${test}`;
}
