// The builtins the file may call, calls, and argument binding. Keyword arguments are checked
// against CPython's (honest.ts): unknown to CPython → its TypeError; known but not modelled → unsupported.
import { PyDict, PyException, PyFunc, PyObject, PyView, PySet, PyTuple, PyUnsupported, type PyKwargs, type PyValue, isSubclass, iterateAll, iterateUnordered, raise, truthy, typeName, EXCEPTION_PARENTS, fn, NO_KWARGS } from "./values.js";
import { pyFloat, pyInt } from "./numbers.js";
import { repr, str } from "./text.js";
import { openFile } from "./modules.js";
import { kwFn, unmodelled } from "./honest.js";
import { pyChr, pyDivmod, pyEnumerate, pyFilter, pyMap, pyMinMax, pyOrd, pyRange, pyReversed, pyRound, pySorted, pySum, pyZip } from "./iter-builtins.js";
import { getattr } from "./methods.js";

// CPython's str() of an exception: '' / str(arg) / repr(args); KeyError shows repr(arg); OSError(errno, text)
// and JSONDecodeError(msg, doc, pos) build their own text, which is not modelled.
function exceptionClass(name: string): PyFunc {
  return fn(name, (args) => {
    if (args.length > 1 && (isSubclass(name, "OSError") || name === "JSONDecodeError")) throw new PyUnsupported(`${name}() with ${args.length} arguments is not modelled`);
    const one = args.length === 1 ? (isSubclass(name, "KeyError") ? repr(args[0]) : str(args[0])) : repr(new PyTuple(args));
    return new PyException(name, args.length === 0 ? "" : one, args);
  });
}

function lengthOf(v: PyValue): number {
  if (typeof v === "string") return Array.from(v).length;
  if (Array.isArray(v)) return v.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PySet || v instanceof PyDict) return v.map.size;
  if (v instanceof PyView) return v.items.length;
  return raise("TypeError", `object of type '${typeName(v)}' has no len()`);
}

/** A builtin taking exactly one positional argument (`len(x)`), with CPython's arity message. */
function oneArg(name: string, f: (v: PyValue) => PyValue): PyFunc {
  return kwFn(`builtins.${name}`, [], (args) => {
    if (args.length !== 1) raise("TypeError", `${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  });
}

function openChecked(args: PyValue[], kw: PyKwargs): PyValue {
  const enc = kw.encoding;
  if (enc !== undefined && enc !== null && !(typeof enc === "string" && /^utf-?8$/i.test(enc))) throw new PyUnsupported(`open(encoding=${repr(enc)}) is not modelled`);
  return openFile(args, kw);
}

function hasattr(args: PyValue[]): PyValue {
  try {
    getattr(args[0] ?? null, str(args[1] ?? null));
    return true;
  } catch (e) {
    if (e instanceof PyException && e.pyType === "AttributeError") return false;
    throw e;
  }
}

function getattrBuiltin(args: PyValue[]): PyValue {
  try {
    return getattr(args[0] ?? null, str(args[1] ?? null));
  } catch (e) {
    if (args.length > 2 && e instanceof PyException && e.pyType === "AttributeError") return args[2];
    throw e;
  }
}

const b = (name: string, kw: readonly string[], f: (args: PyValue[], kw: PyKwargs) => PyValue) => kwFn(`builtins.${name}`, kw, f);

/** The builtins the file may call; everything else is a NameError at run time, as in Python. */
export const BUILTINS: Readonly<Record<string, PyValue>> = {
  int: b("int", ["base"], (args, kw) => (args.length === 0 && kw.base === undefined ? 0n : pyInt(args[0], args[1] ?? kw.base))),
  float: b("float", [], (args) => (args.length === 0 ? 0 : pyFloat(args[0]))),
  bool: b("bool", [], (args) => (args.length === 0 ? false : truthy(args[0]))),
  str: b("str", [], (args) => (args.length === 0 ? "" : args.length === 1 ? str(args[0]) : unmodelled("str() with an encoding"))),
  repr: oneArg("repr", repr),
  list: b("list", [], (args) => (args.length === 0 ? [] : iterateAll(args[0]))),
  tuple: b("tuple", [], (args) => new PyTuple(args.length === 0 ? [] : iterateAll(args[0]))),
  set: b("set", [], (args) => new PySet(args.length === 0 ? [] : iterateUnordered(args[0]))),
  len: oneArg("len", (v) => BigInt(lengthOf(v))),
  min: b("min", ["key", "default"], (args, kw) => pyMinMax("min", args, kw)),
  max: b("max", ["key", "default"], (args, kw) => pyMinMax("max", args, kw)),
  abs: oneArg("abs", (v) => {
    if (typeof v === "bigint") return v < 0n ? -v : v;
    if (typeof v === "boolean") return v ? 1n : 0n;
    if (typeof v === "number") return Math.abs(v);
    return raise("TypeError", `bad operand type for abs(): '${typeName(v)}'`);
  }),
  // Truthiness has no side effect and `or`/`and` of booleans is order-free: a set needs no hash order here.
  any: oneArg("any", (v) => iterateUnordered(v).some(truthy)),
  all: oneArg("all", (v) => iterateUnordered(v).every(truthy)),
  sorted: b("sorted", ["key", "reverse"], pySorted),
  enumerate: b("enumerate", ["start"], pyEnumerate),
  zip: b("zip", ["strict"], pyZip),
  round: b("round", ["number", "ndigits"], pyRound),
  divmod: b("divmod", [], pyDivmod),
  callable: oneArg("callable", (v) => v instanceof PyFunc),
  isinstance: b("isinstance", [], isInstance),
  map: b("map", [], pyMap),
  filter: b("filter", [], pyFilter),
  reversed: b("reversed", [], pyReversed),
  range: b("range", [], pyRange),
  sum: b("sum", ["start"], pySum),
  chr: oneArg("chr", pyChr),
  ord: oneArg("ord", pyOrd),
  hasattr: b("hasattr", [], hasattr),
  getattr: b("getattr", [], getattrBuiltin),
  open: b("open", ["file", "mode", "encoding"], openChecked),
  __import__: fn("__import__", (args) => {
    throw new PyUnsupported(`__import__(${repr(args[0] ?? null)}) loads a module at run time`);
  }),
  ...Object.fromEntries(Object.keys(EXCEPTION_PARENTS).map((n) => [n, exceptionClass(n)])),
};

/** Does `v` belong to the builtin class `cls` (a type such as `int`, or an exception class)? Null: not modelled. */
function instanceOf(v: PyValue, cls: PyValue): boolean | null {
  if (cls instanceof PyTuple) {
    const answers = cls.items.map((c) => instanceOf(v, c));
    return answers.includes(true) ? true : answers.includes(null) ? null : false;
  }
  if (!(cls instanceof PyFunc) || !Object.hasOwn(BUILTINS, cls.name) || BUILTINS[cls.name] !== cls) return null;
  if (Object.hasOwn(EXCEPTION_PARENTS, cls.name)) return v instanceof PyException && isSubclass(v.pyType, cls.name);
  if (!BUILTIN_TYPES.includes(cls.name)) return null;
  const t = typeName(v);
  return t === cls.name || (cls.name === "int" && t === "bool");
}

function isInstance(args: PyValue[]): PyValue {
  if (args.length !== 2) return raise("TypeError", `isinstance expected 2 arguments, got ${args.length}`);
  const cls = args[1];
  const known = instanceOf(args[0], cls);
  if (known !== null) return known;
  if (cls instanceof PyFunc || cls instanceof PyTuple) throw new PyUnsupported("isinstance() with this class is not modelled");
  return raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/** The builtin type objects whose attributes are unbound methods (`str.lower`). */
export const BUILTIN_TYPES: readonly string[] = ["str", "int", "float", "bool", "list", "tuple", "set"];

/** Python call `f(*args, **kw)`. */
export function call(f: PyValue, args: PyValue[], kw: PyKwargs = NO_KWARGS): PyValue {
  if (f instanceof PyFunc) return f.fn(args, kw);
  return raise("TypeError", `'${typeName(f)}' object is not callable`);
}

/** `with ctx as x:` — enter. */
export function enter(ctx: PyValue): PyValue {
  const m = ctx instanceof PyObject ? ctx.attrs.__enter__ : undefined;
  if (!(m instanceof PyFunc)) return raise("TypeError", `'${typeName(ctx)}' object does not support the context manager protocol`);
  return m.fn([ctx], {});
}
