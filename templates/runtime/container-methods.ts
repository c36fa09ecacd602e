// Methods of list, dict and set, with CPython's errors. One CPython has and these tables lack is
// unsupported (honest.ts), never an AttributeError.
import { PyDict, PySet, PyTuple, PyView, type PyKwargs, type PyValue, iterate, raise, raiseKeyError, typeName } from "./values.js";
import { eq } from "./ops.js";
import { repr } from "./text.js";
import { pySorted } from "./iter-builtins.js";

/** A method: the positional arity it models, the keywords it models, the body. */
export type Method<T> = { min: number; max: number; kw?: readonly string[]; run: (self: T, args: PyValue[], kw: PyKwargs) => PyValue };

function intArg(v: PyValue): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "bigint") return raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(v);
}

function findIndex(self: PyValue[], x: PyValue): number {
  return self.findIndex((y) => y === x || eq(y, x));
}

function pop(self: PyValue[], args: PyValue[]): PyValue {
  if (!self.length) return raise("IndexError", "pop from empty list");
  let i = args.length ? intArg(args[0]) : -1;
  if (i < 0) i += self.length;
  if (i < 0 || i >= self.length) return raise("IndexError", "pop index out of range");
  return self.splice(i, 1)[0];
}

function insert(self: PyValue[], args: PyValue[]): PyValue {
  let i = intArg(args[0]);
  if (i < 0) i = Math.max(0, i + self.length);
  self.splice(Math.min(i, self.length), 0, args[1]);
  return null;
}

function sortInPlace(self: PyValue[], kw: PyKwargs): PyValue {
  const sorted = pySorted([self.slice()], kw) as PyValue[];
  self.splice(0, self.length, ...sorted);
  return null;
}

/** The list methods the runtime models. */
export const LIST_METHODS: Readonly<Record<string, Method<PyValue[]>>> = {
  append: { min: 1, max: 1, run: (self, args) => (self.push(args[0]), null) },
  extend: { min: 1, max: 1, run: (self, args) => (self.push(...iterate(args[0])), null) },
  copy: { min: 0, max: 0, run: (self) => self.slice() },
  count: { min: 1, max: 1, run: (self, args) => BigInt(self.filter((x) => x === args[0] || eq(x, args[0])).length) },
  index: {
    min: 1,
    max: 1,
    run: (self, args) => {
      const i = findIndex(self, args[0]);
      return i < 0 ? raise("ValueError", `${repr(args[0])} is not in list`) : BigInt(i);
    },
  },
  pop: { min: 0, max: 1, run: pop },
  insert: { min: 2, max: 2, run: insert },
  remove: {
    min: 1,
    max: 1,
    run: (self, args) => {
      const i = findIndex(self, args[0]);
      if (i < 0) raise("ValueError", "list.remove(x): x not in list");
      self.splice(i, 1);
      return null;
    },
  },
  reverse: { min: 0, max: 0, run: (self) => (self.reverse(), null) },
  clear: { min: 0, max: 0, run: (self) => (self.splice(0), null) },
  sort: { min: 0, max: 0, kw: ["key", "reverse"], run: (self, _args, kw) => sortInPlace(self, kw) },
};

/** The dict methods the runtime models. */
export const DICT_METHODS: Readonly<Record<string, Method<PyDict>>> = {
  keys: { min: 0, max: 0, run: (self) => new PyView("dict_keys", Array.from(self.map.values(), (e) => e[0])) },
  values: { min: 0, max: 0, run: (self) => new PyView("dict_values", Array.from(self.map.values(), (e) => e[1])) },
  items: {
    min: 0,
    max: 0,
    run: (self) => new PyView("dict_items", Array.from(self.map.values(), (e) => new PyTuple([e[0], e[1]]))),
  },
  get: {
    min: 1,
    max: 2,
    run: (self, args) => {
      const v = self.get(args[0]);
      return v === undefined ? (args[1] ?? null) : v;
    },
  },
  pop: {
    min: 1,
    max: 2,
    run: (self, args) => {
      const v = self.get(args[0]);
      if (v === undefined) return args.length > 1 ? args[1] : raiseKeyError(args[0], repr(args[0]));
      self.delete(args[0]);
      return v;
    },
  },
  setdefault: {
    min: 1,
    max: 2,
    run: (self, args) => {
      const v = self.get(args[0]);
      if (v !== undefined) return v;
      self.set(args[0], args[1] ?? null);
      return args[1] ?? null;
    },
  },
  copy: {
    min: 0,
    max: 0,
    run: (self) => {
      const d = new PyDict();
      for (const [k, v] of self.map.values()) d.set(k, v);
      return d;
    },
  },
};

/** The set methods the runtime models. */
export const SET_METHODS: Readonly<Record<string, Method<PySet>>> = {
  add: { min: 1, max: 1, run: (self, args) => (self.add(args[0]), null) },
};
