// Direct calls for the shapes most getters have (`os.getenv("LIT", "lit")`, `os.environ.get(...)`,
// `lambda: ...`): the same result as the generic path, without building argument lists and
// looking methods up, whenever the objects are the modelled ones; anything else takes the generic path.
import { type PyFunc, type PyValue, PyTuple, truthy } from "./values.js";
import { pyFloat, pyInt } from "./numbers.js";
import { contains } from "./ops.js";
import { ENVIRON, ENVIRON_GET, OS_GETENV, environValue, isOsModule } from "./modules.js";
import { callMethod, getattr } from "./methods.js";
import { makeFunc } from "./glue.js";

/**
 * `os.getenv(key)` / `os.getenv(key, dflt)` with constant arguments (the emitter guarantees it: evaluating
 * them first changes nothing). `dflt` undefined: not passed.
 */
export function osGetenv(os: PyValue, key: PyValue, dflt?: PyValue): PyValue {
  if (isOsModule(os) && attrsOf(os).getenv === OS_GETENV) return environValue(key, dflt ?? null);
  return callMethod(os, "getenv", dflt === undefined ? [key] : [key, dflt]);
}

/** The attributes of the modelled `os` module (`isOsModule` held). */
function attrsOf(os: PyValue): Record<string, PyValue> {
  return (os as { attrs: Record<string, PyValue> }).attrs;
}

/** `os.environ.get(key)` / `os.environ.get(key, dflt)` with constant arguments. */
export function osEnvironGet(os: PyValue, key: PyValue, dflt?: PyValue): PyValue {
  const direct = isOsModule(os) && attrsOf(os).environ === ENVIRON && ENVIRON.attrs.get === ENVIRON_GET;
  if (direct) return environValue(key, dflt ?? null);
  return callMethod(getattr(os, "environ"), "get", dflt === undefined ? [key] : [key, dflt]);
}

const NO_PARAMS: string[] = Object.freeze([]) as unknown as string[];
const NO_VALUES: (PyValue | undefined)[] = Object.freeze([]) as unknown as PyValue[];

/**
 * `lambda: body` / `def f(): ...`: a function of no parameters, its (empty) parameter and default lists
 * shared rather than made at every import (nothing writes them).
 */
export function makeFunc0(name: string, qualname: string, body: (args: PyValue[]) => PyValue): PyFunc {
  return makeFunc(name, qualname, NO_PARAMS, NO_VALUES, body);
}

/** `lambda: body` at module level (qualified name `<lambda>`). */
export function lambda0(body: () => PyValue): PyFunc {
  return makeFunc("<lambda>", "<lambda>", NO_PARAMS, NO_VALUES, body);
}

/** `int(x)`, `float(x)`, `bool(x)` with one positional argument, where the name is the builtin (never rebound). */
export const int1 = (x: PyValue): PyValue => pyInt(x);
/** See {@link int1}. */
export const float1 = (x: PyValue): PyValue => pyFloat(x);
/** See {@link int1}. */
export const bool1 = (x: PyValue): PyValue => truthy(x);

/**
 * `x in ("1", "true")`: a tuple display of string constants. A str is in it exactly when it equals one
 * of them (str `==` is content equality); anything else asks the tuple as the generic path does.
 */
export function inStrings(x: PyValue, items: readonly string[]): boolean {
  if (typeof x === "string") return items.includes(x);
  return contains(new PyTuple(items as string[]), x);
}
