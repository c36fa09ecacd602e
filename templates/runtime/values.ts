// Python values as the generated runtime represents them: str → string,
// int → bigint, float → number, bool → boolean, None → null, list → array.
// This file is embedded verbatim (imports and internal `export`s stripped)
// into every generated module.
import { currentContext } from "./context.js";
import { orderedSetItems } from "./set-order.js";

/** A Python value. */
export type PyValue = string | bigint | number | boolean | null | PyValue[] | PyTuple | PySet | PyDict | PyFunc | PyObject | PyException;

/** A Python tuple. */
export class PyTuple {
  declare readonly items: PyValue[]; // assigned, not a class field (see PyFunc)
  constructor(items: PyValue[]) {
    this.items = items;
  }
}

/**
 * A Python set or frozenset. `map` keeps insertion order, which is not CPython's: iterate it in
 * Python's order with `iterate` (exact or `unsupported`, see set-order.ts), or with `iterateUnordered`
 * where the order cannot matter. A set only grows here; a method that removes would break set-order.ts.
 */
export class PySet {
  readonly map = new Map<string, PyValue>();
  constructor(items: Iterable<PyValue> = []) {
    for (const v of items) this.add(v);
  }
  /** `s.add(v)`: an equal element already there stays (`{1, True}` is `{1}`, as in CPython). */
  add(v: PyValue): void {
    const k = hashKey(v);
    if (!this.map.has(k)) this.map.set(k, v);
  }
}

/** A Python dict (insertion-ordered, as in Python). */
export class PyDict {
  declare readonly map: Map<string, [PyValue, PyValue]>; // assigned, not a class field (see PyFunc)
  constructor() {
    this.map = new Map();
  }
  get(k: PyValue): PyValue | undefined {
    const e = this.map.get(hashKey(k));
    return e ? e[1] : undefined;
  }
  delete(k: PyValue): void {
    this.map.delete(hashKey(k));
  }
  set(k: PyValue, v: PyValue): void {
    const key = hashKey(k);
    const e = this.map.get(key);
    if (e) e[1] = v;
    else this.map.set(key, [k, v]);
  }
}

/** Keyword arguments of a call. */
export type PyKwargs = Record<string, PyValue>;

/** The keywords of a call that passes none: one shared, frozen record instead of a `{}` per call. */
export const NO_KWARGS: PyKwargs = Object.freeze(Object.create(null) as PyKwargs);

/** Whether a call passed any keyword argument (`Object.keys(kw).length` without the array). */
export function hasKeywords(kw: PyKwargs): boolean {
  if (kw === NO_KWARGS) return false; // the usual call, without asking for-in about a frozen object
  for (const k in kw) if (Object.hasOwn(kw, k)) return true;
  return false;
}

/** A Python callable: a function of the file, a lambda, a builtin or a bound method. */
export class PyFunc {
  // Assigned, not class fields: a field is defined (as undefined) before the constructor assigns it, a cost
  // every lambda of every import pays (`declare` emits no field; the properties and their order are the same).
  declare readonly name: string;
  declare readonly fn: (args: PyValue[], kw: PyKwargs) => PyValue;
  constructor(name: string, fn: (args: PyValue[], kw: PyKwargs) => PyValue) {
    this.name = name;
    this.fn = fn;
  }
}

/** A builtin function. */
export function fn(name: string, f: (args: PyValue[], kw: PyKwargs) => PyValue): PyFunc {
  return new PyFunc(name, f);
}

/** Any other Python object: a module, a logger, a file, an exception class. */
export class PyObject {
  constructor(readonly typeName: string, readonly attrs: Record<string, PyValue>) {}
}

/** A modelled standard-library module: its CPython name, its attributes, and attributes read from the host. */
export class PyModule extends PyObject {
  constructor(readonly name: string, attrs: Record<string, PyValue>, readonly dynamic: Record<string, () => PyValue> = {}) {
    super("module", attrs);
  }
}

/** A Python iterator (`map`, `zip`, `enumerate`): lazy, and consumed as it is iterated. */
export class PyIterator extends PyObject {
  constructor(
    typeName: string,
    readonly it: Iterator<PyValue>,
  ) {
    super(typeName, {});
  }
}

/** A re-iterable sequence object that is not a list: `range(...)`, `dict.keys()`. */
export class PyView extends PyObject {
  constructor(
    typeName: string,
    readonly items: PyValue[],
  ) {
    super(typeName, {});
  }
}

/**
 * Drain an iterator into an array. Where producing an element raises, the array ends with an
 * element that throws when read: a loop, `any()` or unpacking meets the error exactly where
 * CPython's lazy iteration would, and not at all if it stops earlier.
 */
function drain(it: Iterator<PyValue>): PyValue[] {
  const out: PyValue[] = [];
  for (;;) {
    let r: IteratorResult<PyValue>;
    try {
      r = it.next();
    } catch (e) {
      Object.defineProperty(out, out.length, {
        get() {
          throw e;
        },
        enumerable: true,
      });
      return out;
    }
    if (r.done) return out;
    out.push(r.value);
  }
}

/** Every item now (`list(it)`): an item an iterator fails to produce raises here, not when read later. */
export function iterateAll(v: PyValue): PyValue[] {
  const items = iterate(v);
  for (let i = 0; i < items.length; i++) void items[i];
  return items;
}

/** Iterate lazily: an iterator yields as it is pulled; a container yields its items. */
export function iterLazy(v: PyValue): Iterator<PyValue> {
  if (v instanceof PyIterator) return v.it;
  return iterate(v)[Symbol.iterator]();
}

/** A Python exception instance (also thrown as a JS error). */
export class PyException extends Error {
  // Assigned, not class fields (see PyFunc). `args`: what the Python code passed (`ValueError("a", 1)`), or unset.
  declare readonly pyType: string;
  declare readonly pyMessage: string;
  declare readonly args?: PyValue[];
  constructor(pyType: string, pyMessage: string, args?: PyValue[]) {
    super(`${pyType}: ${pyMessage}`);
    this.pyType = pyType;
    this.pyMessage = pyMessage;
    this.args = args;
  }
}

/** Thrown where the value depends on something this runtime cannot know statically. */
export class PyUnsupported extends Error {
  declare readonly reason: string; // assigned, not a class field (see PyFunc)
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

/** Python's exception hierarchy, as far as `except` clauses of the file need it. */
export const EXCEPTION_PARENTS: Readonly<Record<string, string>> = {
  Exception: "BaseException",
  ValueError: "Exception",
  TypeError: "Exception",
  KeyError: "LookupError",
  IndexError: "LookupError",
  LookupError: "Exception",
  AttributeError: "Exception",
  NameError: "Exception",
  UnboundLocalError: "NameError",
  RuntimeError: "Exception",
  NotImplementedError: "RuntimeError",
  OSError: "Exception",
  FileNotFoundError: "OSError",
  PermissionError: "OSError",
  IsADirectoryError: "OSError",
  ZeroDivisionError: "ArithmeticError",
  OverflowError: "ArithmeticError",
  ArithmeticError: "Exception",
  JSONDecodeError: "ValueError",
  UnicodeError: "ValueError",
  AssertionError: "Exception",
  ImportError: "Exception",
  RecursionError: "RuntimeError",
  Warning: "Exception",
  UserWarning: "Warning",
  DeprecationWarning: "Warning",
  PendingDeprecationWarning: "Warning",
  FutureWarning: "Warning",
  RuntimeWarning: "Warning",
};

/** Is exception type `t` the same as or a subclass of `base`? */
export function isSubclass(t: string, base: string): boolean {
  for (let cur: string | undefined = t; cur; cur = EXCEPTION_PARENTS[cur]) if (cur === base) return true;
  return false;
}

/** Raise `KeyError(key)`: its text is the key's repr, its args the key itself. */
export function raiseKeyError(key: PyValue, text: string): never {
  throw new PyException("KeyError", text, [key]);
}

/** Raise a Python exception. */
export function raise(pyType: string, message: string): never {
  throw new PyException(pyType, message);
}

/** Python's type name of a value, as error messages spell it. */
export function typeName(v: PyValue): string {
  if (v === null) return "NoneType";
  switch (typeof v) {
    case "string":
      return "str";
    case "bigint":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    default:
      break;
  }
  if (Array.isArray(v)) return "list";
  if (v instanceof PyTuple) return "tuple";
  if (v instanceof PySet) return "set";
  if (v instanceof PyDict) return "dict";
  if (v instanceof PyFunc) return "function";
  if (v instanceof PyException) return v.pyType;
  return v.typeName;
}

/** The key a set or dict files a value under: equal Python values (`1 == 1.0 == True`) share a key. */
export function hashKey(v: PyValue): string {
  if (v === null) return "n";
  if (typeof v === "string") return "s" + v;
  if (typeof v === "boolean") return "i" + (v ? "1" : "0");
  if (typeof v === "bigint") return "i" + v.toString();
  if (typeof v === "number") return Number.isInteger(v) ? "i" + BigInt(v).toString() : "f" + String(v);
  if (v instanceof PyTuple) return "t(" + v.items.map(hashKey).join(",") + ")";
  if (v instanceof PyFunc || v instanceof PyObject) return "o" + objectId(v);
  return raise("TypeError", `unhashable type: '${typeName(v)}'`);
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** Python truthiness. */
export function truthy(v: PyValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "string":
      return v.length > 0;
    case "bigint":
      return v !== 0n;
    case "number":
      return v !== 0;
    case "boolean":
      return v;
    default:
      break;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySet || v instanceof PyDict) return v.map.size > 0;
  return true;
}

/** Iterate a Python iterable. */
export function iterate(v: PyValue): PyValue[] {
  if (typeof v === "string") return Array.from(v);
  if (Array.isArray(v)) return v.slice();
  if (v instanceof PyTuple) return v.items.slice();
  if (v instanceof PySet) return orderedSetItems(v);
  if (v instanceof PyDict) return Array.from(v.map.values(), (e) => e[0]);
  if (v instanceof PyObject && v.typeName === "_Environ") return Array.from(currentContext().env.keys());
  if (v instanceof PyIterator) return drain(v.it);
  if (v instanceof PyView) return v.items.slice();
  return raise("TypeError", `'${typeName(v)}' object is not iterable`);
}

/**
 * Iterate for a use whose result cannot depend on the order (`set(s)`, `any(s)`, `len`): a set's items
 * in insertion order, never `unsupported` for want of CPython's order.
 */
export function iterateUnordered(v: PyValue): PyValue[] {
  return v instanceof PySet ? Array.from(v.map.values()) : iterate(v);
}

/** The module itself (`sys.modules[__name__]`): attributes are its globals, else its `__getattr__`. */
export class PySelfModule extends PyObject {
  constructor(readonly globals: Record<string, PyValue>) {
    super("module", {});
  }
}
