// The small helpers generated code calls between runtime operations.
import { PyDict, PyException, PyFunc, PyObject, PyUnsupported, type PyKwargs, type PyValue, isSubclass, iterate, raise, truthy } from "./values.js";
import { call } from "./builtins.js";
import { PyDefFunc, bindArgs } from "./args.js";
import { binop, contains, eq, is, order } from "./ops.js";
import { importModule } from "./modules.js";

/**
 * A Python function made from generated code: defaults were evaluated by the caller (at definition,
 * as in Python); arguments are bound as CPython binds them, errors naming the qualified name.
 */
export function makeFunc(name: string, qualname: string, params: string[], defaults: (PyValue | undefined)[], body: (args: PyValue[]) => PyValue): PyFunc {
  return new PyBodyFunc(name, qualname, params, defaults, body);
}

/**
 * Calls of functions with parameters deeper than this are unsupported: CPython raises RecursionError at a depth
 * that depends on the frames already on its stack (vLLM's caller's), which the bindings cannot know.
 */
const MAX_CALL_DEPTH = 100;
let callDepth = 0;

/** Called as `f.fn(args, kw)`: one shared function instead of a closure per function made. */
function runBody(this: PyBodyFunc, args: PyValue[], kw: PyKwargs): PyValue {
  if (callDepth >= MAX_CALL_DEPTH) {
    throw new PyUnsupported(`calls nested more than ${MAX_CALL_DEPTH} deep (CPython's RecursionError depends on its stack)`);
  }
  callDepth++;
  try {
    return this.body(bindArgs(this.qualname, this.params, this.defaults, args, kw));
  } finally {
    callDepth--;
  }
}

/** A function of the file with its parameters and translated body (a `def` or `lambda` evaluated). */
class PyBodyFunc extends PyDefFunc {
  // Assigned, not class fields (see PyFunc): one is made per lambda per import.
  declare readonly params: string[];
  declare readonly defaults: (PyValue | undefined)[];
  declare readonly body: (args: PyValue[]) => PyValue;
  constructor(name: string, qualname: string, params: string[], defaults: (PyValue | undefined)[], body: (args: PyValue[]) => PyValue) {
    super(name, qualname, runBody);
    this.params = params;
    this.defaults = defaults;
    this.body = body;
  }
}

/** Keyword arguments as a null-prototype record (a keyword named `__proto__` is just a name). */
export function kwargs(pairs: [string, PyValue][]): PyKwargs {
  const kw: PyKwargs = Object.create(null);
  for (const [k, v] of pairs) kw[k] = v;
  return kw;
}

/** A dict display `{k: v, ...}`. */
export function dict(pairs: [PyValue, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
}

/** `dict(zip(names, values))` with the names' hash keys computed already (as `PyDict.set` would). */
export function dictOfKeyed(
  names: readonly string[],
  keys: readonly string[],
  values: readonly PyValue[],
  unique: boolean,
): PyDict {
  const d = new PyDict();
  // Distinct keys (the usual case, known once per module): no key can already be there.
  if (unique) {
    for (let i = 0; i < names.length; i++) d.map.set(keys[i] as string, [names[i] as string, values[i] as PyValue]);
    return d;
  }
  for (let i = 0; i < names.length; i++) {
    const e = d.map.get(keys[i] as string);
    if (e) e[1] = values[i] as PyValue;
    else d.map.set(keys[i] as string, [names[i] as string, values[i] as PyValue]);
  }
  return d;
}

/** One comparison. */
export function cmp(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case "==": return eq(a, b);
    case "!=": return !eq(a, b);
    case "in": return contains(b, a);
    case "not in": return !contains(b, a);
    case "is": return is(a, b);
    case "is not": return !is(a, b);
    default: return order(op as "<", a, b);
  }
}

/** `a < b < c`: stops at the first false link; each operand evaluated once. */
export function cmpChain(left: PyValue, rest: [string, () => PyValue][]): boolean {
  let a = left;
  for (const [op, next] of rest) {
    const b = next();
    if (!cmp(op, a, b)) return false;
    a = b;
  }
  return true;
}

/** `a or b` (returns the deciding operand, not a boolean). */
export function or_(a: PyValue, b: () => PyValue): PyValue {
  return truthy(a) ? a : b();
}

/** `a and b`. */
export function and_(a: PyValue, b: () => PyValue): PyValue {
  return truthy(a) ? b() : a;
}

/** Tuple unpacking `a, b = value`. */
export function unpack(v: PyValue, n: number): PyValue[] {
  const items = iterate(v);
  // Read every item first: one a lazy iterator fails to produce raises before any count error.
  items.forEach(() => undefined);
  if (items.length > n) raise("ValueError", `too many values to unpack (expected ${n})`);
  if (items.length < n) raise("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
  return items;
}

/** `x += y`: lists extend in place, everything else rebinds. */
export function inplace(op: string, a: PyValue, b: PyValue): PyValue {
  if (op === "+" && Array.isArray(a)) {
    a.push(...iterate(b));
    return a;
  }
  return binop(op, a, b);
}

/** `raise X` / `raise X(...)`: an exception class is instantiated. */
export function toException(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyFunc) {
    const made = call(v, []);
    if (made instanceof PyException) return made;
  }
  return raise("TypeError", "exceptions must derive from BaseException");
}

/** Does the exception match an `except` clause naming these types? */
export function matches(e: PyException, types: string[]): boolean {
  return types.some((t) => isSubclass(e.pyType, t));
}

/** Leave a `with` block. */
export function exit_(cm: PyValue): void {
  const m = cm instanceof PyObject ? cm.attrs.__exit__ : undefined;
  if (m instanceof PyFunc) call(m, [null, null, null]);
}

/** `from module import name`. */
export function importFrom(module: string, name: string): PyValue {
  const m = importModule(module);
  if (Object.hasOwn(m.attrs, name)) return m.attrs[name];
  try {
    return importModule(`${module}.${name}`);
  } catch {
    return raise("ImportError", `cannot import name '${name}' from '${module}'`);
  }
}

/** The value of a local that is not bound yet (or was deleted): reading it raises, as in CPython. */
export const UNBOUND: PyValue = new PyObject("<unbound>", {});

/** Read a local: UnboundLocalError if unbound (NameError for a variable of an enclosing function). */
export function bound(v: PyValue, name: string, free: boolean): PyValue {
  if (v !== UNBOUND) return v;
  if (free) return raise("NameError", `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return raise("UnboundLocalError", `cannot access local variable '${name}' where it is not associated with a value`);
}

/** A name bound nowhere: Python raises NameError when the line runs. */
export function nameError(name: string): never {
  return raise("NameError", `name '${name}' is not defined`);
}

/** A construct the translator could not follow; evaluating it stops the call as unsupported. */
export function unsupportedNode(reason: string): never {
  throw new PyUnsupported(reason);
}
