// Operators with Python semantics: arithmetic on int (bigint) and float (number),
// comparison, membership, subscripts.
import { PyDict, PyException, PyFunc, PyObject, PySelfModule, PySet, PyTuple, PyUnsupported, PyView, type PyValue, hashKey, iterate, raise, raiseKeyError, typeName } from "./values.js";
import { currentContext, environGet, environSet } from "./context.js";
import { importModule } from "./modules.js";
import { floatDivmod, pyFloat } from "./numbers.js";
import { repr } from "./text.js";
import { percentFormat } from "./str-format.js";

type Num = bigint | number;

function asNum(v: PyValue): Num | null {
  if (typeof v === "bigint" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  return null;
}

function seqItems(v: PyValue): PyValue[] | null {
  return Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
}

/** Python `==`. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== "number" || !Number.isNaN(a);
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== null && nb !== null) {
    if (typeof na === typeof nb) return na === nb;
    const f = (typeof na === "number" ? na : nb) as number;
    const i = (typeof na === "bigint" ? na : nb) as bigint;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (typeof a === "string" || typeof b === "string" || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]));
  if (a instanceof PyTuple && b instanceof PyTuple) return a.items.length === b.items.length && a.items.every((x, i) => eq(x, b.items[i]));
  if (a instanceof PySet && b instanceof PySet) return a.map.size === b.map.size && Array.from(a.map.keys()).every((k) => b.map.has(k));
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, [, v]] of a.map) {
      const other = b.map.get(k);
      if (!other || !eq(v, other[1])) return false;
    }
    return true;
  }
  return false;
}

function cmpCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d) return d;
  }
  return x.length - y.length;
}

/** Python `<`, `<=`, `>`, `>=` (numbers with numbers, str with str, sequences element-wise). */
export function order(op: "<" | "<=" | ">" | ">=", a: PyValue, b: PyValue): boolean {
  if (a instanceof PySet && b instanceof PySet) return setOrder(op, a, b);
  const c = compareValues(a, b, op);
  if (Number.isNaN(c)) return false;
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

function compareValues(a: PyValue, b: PyValue, op: string): number {
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== null && nb !== null) {
    if (typeof na === "number" && Number.isNaN(na)) return NaN;
    if (typeof nb === "number" && Number.isNaN(nb)) return NaN;
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return cmpCodePoints(a, b);
  // Sets order by inclusion (`order`); inside a list or tuple comparison that is not modelled.
  if (a instanceof PySet && b instanceof PySet) throw new PyUnsupported(`${op} between sets inside a sequence is not modelled`);
  const sa = seqItems(a);
  const sb = seqItems(b);
  if (sa && sb && Array.isArray(a) === Array.isArray(b)) {
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) if (!eq(sa[i], sb[i])) return compareValues(sa[i], sb[i], op);
    return sa.length - sb.length;
  }
  return raise("TypeError", `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python `x in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") return raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PySet) return container.map.has(hashKey(item));
  if (container instanceof PyDict) return container.map.has(hashKey(item));
  if (container instanceof PyObject && container.typeName === "_Environ") return typeof item === "string" && environGet(item) !== undefined;
  if (container === null || typeof container !== "object" || container instanceof PyFunc || container instanceof PyException) {
    return raise("TypeError", `argument of type '${typeName(container)}' is not iterable`);
  }
  return iterate(container).some((x) => x === item || eq(x, item));
}

/** Python `is` (identity; values the runtime shares, such as None and booleans, compare by value). */
export function is(a: PyValue, b: PyValue): boolean {
  return a === b;
}

const TWO_53 = 2n ** 53n;

function arith(op: string, a: Num, b: Num): PyValue {
  if (typeof a === "bigint" && typeof b === "bigint") {
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/":
        if (b === 0n) raise("ZeroDivisionError", "division by zero");
        // Exact operands, one correctly rounded division: as CPython's int / int. Beyond 2**53 CPython
        // still rounds once (or raises OverflowError); that is not modelled.
        if (a > TWO_53 || -a > TWO_53 || b > TWO_53 || -b > TWO_53) throw new PyUnsupported("int / int beyond 2**53 is not modelled");
        return Number(a) / Number(b);
      case "//":
      case "%": {
        if (b === 0n) raise("ZeroDivisionError", op === "%" ? "integer modulo by zero" : "integer division or modulo by zero");
        let q = a / b;
        if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
        return op === "//" ? q : a - q * b;
      }
      case "|": return a | b;
      case "&": return a & b;
      default: break;
    }
  }
  // An int is made a float as `float(n)` makes it: OverflowError past the largest float.
  const x = pyFloat(a);
  const y = pyFloat(b);
  switch (op) {
    case "+": return x + y;
    case "-": return x - y;
    case "*": return x * y;
    case "/":
      if (y === 0) raise("ZeroDivisionError", "float division by zero");
      return x / y;
    case "//":
      if (y === 0) raise("ZeroDivisionError", "float floor division by zero");
      return floatDivmod(x, y)[0];
    case "%":
      if (y === 0) raise("ZeroDivisionError", "float modulo");
      return floatDivmod(x, y)[1];
    default:
      return raise("TypeError", `unsupported operand type(s) for ${op}: '${typeof a === "bigint" ? "int" : "float"}' and '${typeof b === "bigint" ? "int" : "float"}'`);
  }
}

/** Python binary operators. */
export function binop(op: string, a: PyValue, b: PyValue): PyValue {
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== null && nb !== null) {
    if (typeof a === "boolean" && typeof b === "boolean" && (op === "|" || op === "&")) return op === "|" ? a || b : a && b;
    return arith(op, na, nb);
  }
  if (op === "+" && typeof a === "string" && typeof b === "string") return a + b;
  if (op === "+" && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (op === "+" && a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  if (op === "*" && (typeof a === "string" || Array.isArray(a)) && nb !== null && typeof nb === "bigint") return repeat(a, nb);
  if (op === "*" && (typeof b === "string" || Array.isArray(b)) && na !== null && typeof na === "bigint") return repeat(b, na);
  if (op === "*" && a instanceof PyTuple && typeof nb === "bigint") return new PyTuple(repeat(a.items, nb) as PyValue[]);
  if (op === "*" && b instanceof PyTuple && typeof na === "bigint") return new PyTuple(repeat(b.items, na) as PyValue[]);
  if (op === "%" && typeof a === "string") return percentFormat(a, b);
  if (op === "|" && a instanceof PySet && b instanceof PySet) return new PySet([...a.map.values(), ...b.map.values()]);
  if (a instanceof PySet && b instanceof PySet && (op === "-" || op === "&")) return setOperation(op, a, b);
  // CPython gives a set (`{1} ^ {2}`) or a merged dict (`d | e`) here, not a TypeError.
  if (a instanceof PySet && b instanceof PySet) throw new PyUnsupported(`the set operator ${op} is not modelled`);
  if (op === "|" && a instanceof PyDict && b instanceof PyDict) throw new PyUnsupported("dict | dict is not modelled");
  // `"a" * 1.5`, `1.5 * [1]`: the sequence's repeat refuses the other operand (CPython's message).
  const isSeq = (v: PyValue) => typeof v === "string" || seqItems(v) !== null;
  if (op === "*" && (isSeq(a) || isSeq(b))) {
    return raise("TypeError", `can't multiply sequence by non-int of type '${typeName(isSeq(a) ? b : a)}'`);
  }
  return raise("TypeError", `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * `a - b` and `a & b` on sets: the elements kept, in the order CPython adds them to the new set (difference:
 * `a`'s order; intersection: the smaller set's, `b` when equal, keeping the element of the set iterated).
 * Where CPython's iteration order of the result is not knowable, iterating it is `unsupported` (set-order.ts).
 */
function setOperation(op: "-" | "&", a: PySet, b: PySet): PySet {
  if (op === "-") return new PySet([...a.map].filter(([k]) => !b.map.has(k)).map(([, v]) => v));
  const [small, large] = b.map.size > a.map.size ? [a, b] : [b, a];
  return new PySet([...small.map].filter(([k]) => large.map.has(k)).map(([, v]) => v));
}

/** `<`, `<=`, `>`, `>=` between sets: inclusion. */
function setOrder(op: string, a: PySet, b: PySet): boolean {
  const within = (x: PySet, y: PySet) => [...x.map.keys()].every((k) => y.map.has(k));
  if (op === "<=") return within(a, b);
  if (op === ">=") return within(b, a);
  if (op === "<") return a.map.size < b.map.size && within(a, b);
  return b.map.size < a.map.size && within(b, a);
}

function repeat(v: string | PyValue[], n: bigint): PyValue {
  const k = n > 0n ? Number(n) : 0;
  // CPython raises MemoryError or OverflowError somewhere past this; which one depends on the machine.
  if (v.length && k * v.length > 50_000_000) throw new PyUnsupported(`a sequence repeated ${n} times is not modelled`);
  if (typeof v === "string") return v.repeat(k);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) out.push(...v);
  return out;
}

/** Python unary `-`, `+`, `~`. */
export function unary(op: string, v: PyValue): PyValue {
  const n = asNum(v);
  if (n === null) return raise("TypeError", `bad operand type for unary ${op}: '${typeName(v)}'`);
  if (op === "-") return typeof n === "bigint" ? -n : -n;
  if (op === "+") return n;
  if (typeof n === "bigint") return ~n;
  return raise("TypeError", "bad operand type for unary ~: 'float'");
}

function index(len: number, i: PyValue, what: string): number {
  if (typeof i !== "bigint" && typeof i !== "boolean") return raise("TypeError", `${what} indices must be integers or slices, not ${typeName(i)}`);
  let k = Number(i);
  if (k < 0) k += len;
  if (k < 0 || k >= len) raise("IndexError", `${what} index out of range`);
  return k;
}

/** Python `obj[key]`. */
export function getitem(obj: PyValue, key: PyValue): PyValue {
  if (key instanceof PyObject && key.typeName === "slice") {
    if (obj instanceof PyView) throw new PyUnsupported(`slicing a ${obj.typeName} object is not modelled`);
    return getslice(obj, key);
  }
  if (typeof obj === "string") return Array.from(obj)[index(Array.from(obj).length, key, "string")];
  if (Array.isArray(obj)) return obj[index(obj.length, key, "list")];
  if (obj instanceof PyTuple) return obj.items[index(obj.items.length, key, "tuple")];
  if (obj instanceof PyView && obj.typeName === "range") {
    if (typeof key !== "bigint" && typeof key !== "boolean") raise("TypeError", `range indices must be integers or slices, not ${typeName(key)}`);
    return obj.items[index(obj.items.length, key, "range object")];
  }
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    return v === undefined ? raiseKeyError(key, repr(key)) : v;
  }
  if (obj instanceof PyObject && obj.typeName === "_SysModules") {
    if (key === "vllm.envs") return new PySelfModule(currentContext().globals);
    if (typeof key === "string") return importModule(key);
    return raiseKeyError(key, repr(key));
  }
  if (obj instanceof PyObject && obj.typeName === "_Environ") {
    if (typeof key !== "string") return raise("TypeError", `str expected, not ${typeName(key)}`);
    const v = environGet(key);
    return v === undefined ? raiseKeyError(key, repr(key)) : v;
  }
  return raise("TypeError", `'${typeName(obj)}' object is not subscriptable`);
}


function getslice(obj: PyValue, s: PyObject): PyValue {
  const items = typeof obj === "string" ? Array.from(obj) : seqItems(obj);
  if (!items) return raise("TypeError", `'${typeName(obj)}' object is not subscriptable`);
  const len = items.length;
  const step = s.attrs.step === null ? 1 : Number(s.attrs.step);
  if (step === 0) raise("ValueError", "slice step cannot be zero");
  const bound = (v: PyValue, dflt: number) => {
    if (v === null) return dflt;
    let k = Number(v);
    if (k < 0) k = Math.max(k + len, step < 0 ? -1 : 0);
    return Math.min(k, step < 0 ? len - 1 : len);
  };
  const start = bound(s.attrs.start, step < 0 ? len - 1 : 0);
  const stop = bound(s.attrs.stop, step < 0 ? -1 : len);
  const out: PyValue[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i]);
  if (typeof obj === "string") return (out as string[]).join("");
  return obj instanceof PyTuple ? new PyTuple(out) : out;
}

/** Build a slice object for `obj[a:b:c]`. */
export function slice(start: PyValue, stop: PyValue, step: PyValue): PyObject {
  return new PyObject("slice", { start, stop, step });
}

/** Python `obj[key] = value`. */
export function setitem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyDict) return obj.set(key, value);
  if (Array.isArray(obj)) {
    obj[index(obj.length, key, "list")] = value;
    return;
  }
  if (obj instanceof PyObject && obj.typeName === "_Environ") {
    if (typeof key !== "string" || typeof value !== "string") raise("TypeError", `str expected, not ${typeName(typeof key !== "string" ? key : value)}`);
    return environSet(key, value);
  }
  raise("TypeError", `'${typeName(obj)}' object does not support item assignment`);
}
