// Attribute access and method calls: str, list, dict and set methods, module attributes, builtin
// type objects. What CPython has but the runtime lacks is unsupported; the rest is CPython's error.
import { PyDict, PyException, PyFunc, PyIterator, PyView, PyModule, PyObject, PySelfModule, PySet, PyTuple, PyUnsupported, type PyKwargs, type PyValue, fn, isSubclass, raise, typeName, NO_KWARGS } from "./values.js";
import { DICT_METHODS, LIST_METHODS, type Method, SET_METHODS } from "./container-methods.js";
import { STR_METHODS } from "./str-methods.js";
import { checkArity, checkKw, missingClassAttr, missingModuleAttr, missingTypeAttr, unmodelled } from "./honest.js";
import { BUILTINS, BUILTIN_TYPES, call } from "./builtins.js";

/** The methods of one builtin type, with the type's name for messages. */
interface MethodTable {
  readonly type: string;
  readonly methods: Readonly<Record<string, Method<never>>>;
}

const STR_TABLE: MethodTable = { type: "str", methods: STR_METHODS as Record<string, Method<never>> };
const LIST_TABLE: MethodTable = { type: "list", methods: LIST_METHODS };
const DICT_TABLE: MethodTable = { type: "dict", methods: DICT_METHODS };
const SET_TABLE: MethodTable = { type: "set", methods: SET_METHODS };

/** The method table of a str, list, dict or set (null for any other value). */
function methodTable(obj: PyValue): MethodTable | null {
  if (typeof obj === "string") return STR_TABLE;
  if (Array.isArray(obj)) return LIST_TABLE;
  if (obj instanceof PyDict) return DICT_TABLE;
  if (obj instanceof PySet) return SET_TABLE;
  return null;
}

/** Run `self.name(*args, **kw)` from its table: the keyword and arity checks, then the method. */
function runMethod(table: MethodTable, self: PyValue, name: string, args: PyValue[], kw: PyKwargs): PyValue {
  const m = table.methods[name] as Method<PyValue>;
  checkKw(`${table.type}.${name}`, args.length, kw, m.kw ?? []);
  checkArity(`${table.type}.${name}`, args, m.min, m.max);
  return m.run(self, args, kw);
}

function boundMethod(obj: PyValue, name: string): PyFunc | null {
  const table = methodTable(obj);
  if (table === null || !Object.hasOwn(table.methods, name)) return null;
  return fn(name, (args, kw) => runMethod(table, obj, name, args, kw));
}

/** `str.lower` on the type object: an unbound method checking its first argument's type. */
function unboundMethod(type: string, name: string, line?: number): PyFunc {
  const sample: PyValue = type === "str" ? "" : type === "list" ? [] : type === "set" ? new PySet() : null;
  if (sample === null || boundMethod(sample, name) === null) return missingClassAttr(type, name, line);
  return fn(name, (args, kw) => {
    if (!args.length) return raise("TypeError", `unbound method ${type}.${name}() needs an argument`);
    if (typeName(args[0]) !== type)
      return raise(
        "TypeError",
        `descriptor '${name}' for '${type}' objects doesn't apply to a '${typeName(args[0])}' object`,
      );
    return call(boundMethod(args[0], name) as PyFunc, args.slice(1), kw);
  });
}

function moduleAttr(obj: PyModule, name: string, line?: number): PyValue {
  if (Object.hasOwn(obj.dynamic, name)) return obj.dynamic[name]();
  if (Object.hasOwn(obj.attrs, name)) return obj.attrs[name];
  if (name === "__name__") return obj.name === "os.path" ? "posixpath" : obj.name;
  return missingModuleAttr(obj.name, name, line);
}

function selfModuleAttr(obj: PySelfModule, name: string): PyValue {
  if (name in obj.globals) return obj.globals[name];
  if ("__getattr__" in obj.globals) return call(obj.globals.__getattr__, [name]);
  return raise("AttributeError", `module '${String(obj.globals.__name__)}' has no attribute '${name}'`);
}

function funcAttr(obj: PyFunc, name: string, line?: number): PyValue {
  if (name === "__name__") return obj.name;
  const typeObj = BUILTIN_TYPES.includes(obj.name) && BUILTINS[obj.name] === obj;
  if (typeObj) return unboundMethod(obj.name, name, line);
  const builtin = Object.hasOwn(BUILTINS, obj.name) && BUILTINS[obj.name] === obj;
  return missingTypeAttr(builtin ? "builtin_function_or_method" : "function", name, line);
}

/** `e.args`: what the code passed, or for an error the runtime raised, its message where that is CPython's. */
function exceptionArgs(e: PyException, line?: number): PyValue {
  if (e.args) return new PyTuple(e.args);
  // KeyError keeps the key, OSError (errno, strerror), UnicodeError its parts: not the message text.
  if (["KeyError", "OSError", "UnicodeError"].some((t) => isSubclass(e.pyType, t))) return unmodelled(`${e.pyType}.args`, line);
  return new PyTuple([e.pyMessage]);
}

/** Which table of attributes an exception's type has (OSError adds errno, JSONDecodeError pos, ...). */
function exceptionTable(pyType: string): string {
  for (const t of ["JSONDecodeError", "UnicodeError", "ImportError", "OSError"]) if (isSubclass(pyType, t)) return t;
  return "Exception";
}

/** Python attribute access `obj.name` (methods come back bound); `line` names the source line in reasons. */
export function getattr(obj: PyValue, name: string, line?: number): PyValue {
  const bound = boundMethod(obj, name);
  if (bound) return bound;
  return otherAttr(obj, name, line);
}

/** An attribute that is not a str/list/dict/set method. */
function otherAttr(obj: PyValue, name: string, line?: number): PyValue {
  if (obj instanceof PySelfModule) return selfModuleAttr(obj, name);
  if (obj instanceof PyModule) return moduleAttr(obj, name, line);
  if (obj instanceof PyFunc) return funcAttr(obj, name, line);
  if (obj instanceof PyException) {
    if (name === "args") return exceptionArgs(obj, line);
    return missingTypeAttr(obj.pyType, name, line, exceptionTable(obj.pyType));
  }
  if (
    obj instanceof PyObject &&
    !(obj instanceof PyIterator) &&
    !(obj instanceof PyView) &&
    Object.hasOwn(obj.attrs, name) &&
    !name.startsWith("__")
  )
    return obj.attrs[name];
  const type = obj instanceof PyObject ? obj.typeName : typeName(obj);
  return missingTypeAttr(type, name, line);
}

/** Python method call `obj.name(*args, **kw)`; `line` (optional) names the source line in reasons. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: PyKwargs = NO_KWARGS, line?: number): PyValue {
  // `s.strip()`, `d.get(k)`: run the method from its table, without making the bound method.
  // `os.getenv(...)`: a module is never a str, list, dict or set.
  const table = obj instanceof PyModule ? null : methodTable(obj);
  const direct = table !== null && Object.hasOwn(table.methods, name);
  const f = direct ? null : obj instanceof PyModule ? moduleAttr(obj, name, line) : otherAttr(obj, name, line);
  if (line === undefined) return f === null ? runMethod(table as MethodTable, obj, name, args, kw) : call(f, args, kw);
  try {
    return f === null ? runMethod(table as MethodTable, obj, name, args, kw) : call(f, args, kw);
  } catch (e) {
    // A keyword or arity this call uses is not modelled: say where.
    if (
      e instanceof PyUnsupported &&
      / is not modelled$/.test(e.reason) &&
      e.reason.startsWith(`${typeName(obj)}.${name}(`)
    ) {
      throw new PyUnsupported(`${e.reason} (line ${line})`);
    }
    throw e;
  }
}
