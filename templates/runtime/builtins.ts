// Builtins, attribute access, calls and methods of str, list, dict and set.
import { PyDict, PyException, PyFunc, PyObject, PySelfModule, PySet, PyTuple, PyUnsupported, type PyKwargs, type PyValue, iterate, raise, truthy, typeName, EXCEPTION_PARENTS , fn } from "./values.js";
import { pyFloat, pyInt } from "./numbers.js";
import { repr, str } from "./text.js";
import { order } from "./ops.js";
import { STR_METHODS } from "./str-methods.js";
import { openFile } from "./modules.js";


function noKw(name: string, kw: PyKwargs): void {
  const k = Object.keys(kw)[0];
  if (k !== undefined) raise("TypeError", `${name}() takes no keyword arguments`);
}

function exceptionClass(name: string): PyFunc {
  return fn(name, (args) => new PyException(name, args.length === 0 ? "" : args.length === 1 ? str(args[0]) : repr(new PyTuple(args))));
}

function minMax(name: "min" | "max", args: PyValue[], kw: PyKwargs): PyValue {
  const items = args.length === 1 ? iterate(args[0]) : args;
  if (!items.length) {
    if (Object.hasOwn(kw, "default")) return kw.default;
    return raise("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  for (const x of items.slice(1)) if (order(name === "min" ? "<" : ">", x, best)) best = x;
  return best;
}

/** The builtins the file may call; everything else is a NameError at run time, as in Python. */
export const BUILTINS: Readonly<Record<string, PyValue>> = {
  int: fn("int", (args, kw) => (args.length === 0 ? 0n : pyInt(args[0], args[1] ?? kw.base))),
  float: fn("float", (args) => (args.length === 0 ? 0 : pyFloat(args[0]))),
  bool: fn("bool", (args) => (args.length === 0 ? false : truthy(args[0]))),
  str: fn("str", (args) => (args.length === 0 ? "" : str(args[0]))),
  repr: fn("repr", (args) => repr(args[0] ?? null)),
  list: fn("list", (args) => (args.length === 0 ? [] : iterate(args[0]))),
  tuple: fn("tuple", (args) => new PyTuple(args.length === 0 ? [] : iterate(args[0]))),
  set: fn("set", (args) => new PySet(args.length === 0 ? [] : iterate(args[0]))),
  len: fn("len", (args) => BigInt(lengthOf(args[0] ?? null))),
  min: fn("min", (args, kw) => minMax("min", args, kw)),
  max: fn("max", (args, kw) => minMax("max", args, kw)),
  abs: fn("abs", (args) => {
    const v = args[0] ?? null;
    if (typeof v === "bigint") return v < 0n ? -v : v;
    if (typeof v === "number") return Math.abs(v);
    return raise("TypeError", `bad operand type for abs(): '${typeName(v)}'`);
  }),
  any: fn("any", (args) => iterate(args[0] ?? null).some(truthy)),
  all: fn("all", (args) => iterate(args[0] ?? null).every(truthy)),
  sorted: fn("sorted", (args, kw) => {
    noKw("sorted", kw);
    return iterate(args[0] ?? null).sort((a, b) => (order("<", a, b) ? -1 : order("<", b, a) ? 1 : 0));
  }),
  callable: fn("callable", (args) => args[0] instanceof PyFunc),
  isinstance: fn("isinstance", () => {
    throw new PyUnsupported("isinstance() checks are not modelled");
  }),
  hasattr: fn("hasattr", (args) => {
    try {
      getattr(args[0] ?? null, str(args[1] ?? null));
      return true;
    } catch (e) {
      if (e instanceof PyException && e.pyType === "AttributeError") return false;
      throw e;
    }
  }),
  getattr: fn("getattr", (args) => {
    try {
      return getattr(args[0] ?? null, str(args[1] ?? null));
    } catch (e) {
      if (args.length > 2 && e instanceof PyException && e.pyType === "AttributeError") return args[2];
      throw e;
    }
  }),
  open: fn("open", openFile),
  __import__: fn("__import__", (args) => {
    throw new PyUnsupported(`__import__(${repr(args[0] ?? null)}) loads a module at run time`);
  }),
  ...Object.fromEntries(Object.keys(EXCEPTION_PARENTS).map((n) => [n, exceptionClass(n)])),
};

function lengthOf(v: PyValue): number {
  if (typeof v === "string") return Array.from(v).length;
  if (Array.isArray(v)) return v.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PySet || v instanceof PyDict) return v.map.size;
  return raise("TypeError", `object of type '${typeName(v)}' has no len()`);
}

const LIST_METHODS: Readonly<Record<string, (self: PyValue[], args: PyValue[]) => PyValue>> = {
  append: (self, args) => (self.push(args[0] ?? null), null),
  extend: (self, args) => (self.push(...iterate(args[0] ?? null)), null),
  copy: (self) => self.slice(),
  count: (self, args) => BigInt(self.filter((x) => x === args[0]).length),
};

const DICT_METHODS: Readonly<Record<string, (self: PyDict, args: PyValue[]) => PyValue>> = {
  get: (self, args) => {
    const v = self.get(args[0] ?? null);
    return v === undefined ? (args[1] ?? null) : v;
  },
  keys: (self) => Array.from(self.map.values(), (e) => e[0]),
  values: (self) => Array.from(self.map.values(), (e) => e[1]),
  items: (self) => Array.from(self.map.values(), (e) => new PyTuple([e[0], e[1]])),
};

const SET_METHODS: Readonly<Record<string, (self: PySet, args: PyValue[]) => PyValue>> = {
  add: (self, args) => (new PySet([args[0] ?? null]).map.forEach((v, k) => self.map.set(k, v)), null),
};

/** Python attribute access `obj.name` (methods come back bound). */
export function getattr(obj: PyValue, name: string): PyValue {
  if (typeof obj === "string" && Object.hasOwn(STR_METHODS, name)) {
    return fn(name, (args, kw) => STR_METHODS[name](obj, args, kw));
  }
  if (Array.isArray(obj) && Object.hasOwn(LIST_METHODS, name)) return fn(name, (args) => LIST_METHODS[name](obj, args));
  if (obj instanceof PyDict && Object.hasOwn(DICT_METHODS, name)) return fn(name, (args) => DICT_METHODS[name](obj, args));
  if (obj instanceof PySet && Object.hasOwn(SET_METHODS, name)) return fn(name, (args) => SET_METHODS[name](obj, args));
  if (obj instanceof PySelfModule) {
    if (name in obj.globals) return obj.globals[name];
    if ("__getattr__" in obj.globals) return call(obj.globals.__getattr__, [name]);
    return raise("AttributeError", `module '${str(obj.globals.__name__)}' has no attribute '${name}'`);
  }
  if (obj instanceof PyObject && Object.hasOwn(obj.attrs, name) && !name.startsWith("__")) return obj.attrs[name];
  if (obj instanceof PyException && name === "args") return new PyTuple([obj.pyMessage]);
  if (obj instanceof PyFunc && name === "__name__") return obj.name;
  return raise("AttributeError", `'${typeName(obj)}' object has no attribute '${name}'`);
}

/** Python call `f(*args, **kw)`. */
export function call(f: PyValue, args: PyValue[], kw: PyKwargs = {}): PyValue {
  if (f instanceof PyFunc) return f.fn(args, kw);
  return raise("TypeError", `'${typeName(f)}' object is not callable`);
}

/** Python method call `obj.name(*args, **kw)`. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: PyKwargs = {}): PyValue {
  return call(getattr(obj, name), args, kw);
}

/** Bind a call's arguments to a function's parameters (`def f(a, b=1)`), with Python's TypeErrors. */
export function bindArgs(fname: string, params: readonly string[], defaults: readonly (PyValue | undefined)[], args: PyValue[], kw: PyKwargs): PyValue[] {
  if (args.length > params.length) raise("TypeError", `${fname}() takes ${params.length} positional argument${params.length === 1 ? "" : "s"} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
  const out: (PyValue | undefined)[] = args.slice();
  for (const k of Object.keys(kw)) {
    const i = params.indexOf(k);
    if (i < 0) raise("TypeError", `${fname}() got an unexpected keyword argument '${k}'`);
    if (i < args.length) raise("TypeError", `${fname}() got multiple values for argument '${k}'`);
    out[i] = kw[k];
  }
  const missing: string[] = [];
  for (let i = 0; i < params.length; i++) {
    if (out[i] === undefined) out[i] = defaults[i];
    if (out[i] === undefined) missing.push(params[i]);
  }
  if (missing.length) raise("TypeError", `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${missing.map((m) => `'${m}'`).join(" and ")}`);
  return out as PyValue[];
}

/** `with ctx as x:` — enter. */
export function enter(ctx: PyValue): PyValue {
  const m = ctx instanceof PyObject ? ctx.attrs.__enter__ : undefined;
  if (!(m instanceof PyFunc)) return raise("TypeError", `'${typeName(ctx)}' object does not support the context manager protocol`);
  return m.fn([ctx], {});
}
