// Builtins over iterables and numbers: sorted/min/max with key= and reverse=, enumerate, zip,
// round, divmod — each as CPython 3.11 computes it, or unsupported where it would guess.
import { PyDict, PyFunc, PyIterator, PySet, PyTuple, PyView, iterLazy, PyUnsupported, type PyKwargs, type PyValue, iterate, iterateUnordered, raise, truthy, typeName } from "./values.js";
import { fixedDigits, floatDivmod } from "./numbers.js";
import { binop, order } from "./ops.js";

function applyKey(key: PyValue | undefined, x: PyValue): PyValue {
  if (key === undefined || key === null) return x;
  if (!(key instanceof PyFunc)) return raise("TypeError", `'${typeName(key)}' object is not callable`);
  return key.fn([x], {});
}

/** Do these keys compare totally (all numbers without NaN, or all str), as CPython compares them? */
function isTotallyOrdered(keys: PyValue[]): boolean {
  const nums = keys.every(
    (k) => typeof k === "bigint" || typeof k === "boolean" || (typeof k === "number" && !Number.isNaN(k)),
  );
  return nums || keys.every((k) => typeof k === "string");
}

/** Keys that sort totally and exactly as CPython (all numbers without NaN, or all str); else unsupported. */
function checkSortable(keys: PyValue[], what: string): void {
  if (keys.length < 2) return;
  if (!isTotallyOrdered(keys)) throw new PyUnsupported(`${what} of values other than all-numbers or all-str is not modelled`);
}

/**
 * The items `sorted(s)`, `min(s)`, `max(s)` see. Without key=, a set's items that compare totally give one
 * answer in any order (no two are equal), so CPython's hash order is not needed (`sorted({"b", "a"})`); with
 * key= ties keep the iteration order (`sorted({"ab", "cd"}, key=len)`), so a set iterates in Python's order.
 */
function itemsForOrdering(v: PyValue, kw: PyKwargs): PyValue[] {
  if (!(v instanceof PySet) || (kw.key !== undefined && kw.key !== null)) return iterate(v);
  const items = iterateUnordered(v);
  return isTotallyOrdered(items) ? items : iterate(v);
}

/** `sorted(iterable, key=None, reverse=False)`: stable, key called once per item in order. */
export function pySorted(args: PyValue[], kw: PyKwargs): PyValue {
  if (args.length !== 1) return raise("TypeError", `sorted expected 1 argument, got ${args.length}`);
  const items = itemsForOrdering(args[0], kw);
  const keyed = items.map((x) => [applyKey(kw.key, x), x] as const);
  checkSortable(
    keyed.map((k) => k[0]),
    "sorted()",
  );
  const reverse = truthy(kw.reverse ?? false);
  keyed.sort((a, b) => (order("<", a[0], b[0]) ? -1 : order("<", b[0], a[0]) ? 1 : 0) * (reverse ? -1 : 1));
  return keyed.map((k) => k[1]);
}

/** `min(...)` / `max(...)` with key= and default=. */
export function pyMinMax(name: "min" | "max", args: PyValue[], kw: PyKwargs): PyValue {
  if (!args.length) return raise("TypeError", `${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && Object.hasOwn(kw, "default"))
    return raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
  const items = args.length === 1 ? itemsForOrdering(args[0], kw) : args;
  if (!items.length) {
    if (Object.hasOwn(kw, "default")) return kw.default;
    return raise("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = applyKey(kw.key, best);
  for (const x of items.slice(1)) {
    const k = applyKey(kw.key, x);
    if (order(name === "min" ? "<" : ">", k, bestKey)) [best, bestKey] = [x, k];
  }
  return best;
}

function indexArg(v: PyValue): bigint {
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v !== "bigint") return raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

function* enumerateItems(src: Iterator<PyValue>, start: bigint): Generator<PyValue> {
  for (let i = start; ; i++) {
    const r = src.next();
    if (r.done) return;
    yield new PyTuple([i, r.value]);
  }
}

/** `enumerate(iterable, start=0)`: the iterable is taken now, its items as the result is iterated. */
export function pyEnumerate(args: PyValue[], kw: PyKwargs): PyValue {
  if (args.length < 1 && !Object.hasOwn(kw, "iterable"))
    return raise("TypeError", "enumerate() missing required argument 'iterable'");
  if (args.length > 2) return raise("TypeError", `enumerate() takes at most 2 arguments (${args.length} given)`);
  if (args.length < 1) throw new PyUnsupported("enumerate(iterable=...) is not modelled");
  const src = iterLazy(args[0]);
  return new PyIterator("enumerate", enumerateItems(src, indexArg(args[1] ?? kw.start ?? 0n)));
}

/** One item from each iterator, in order; null at the first exhausted one (CPython stops there too). */
function nextRow(its: Iterator<PyValue>[]): PyValue[] | null {
  const row: PyValue[] = [];
  for (const it of its) {
    const r = it.next();
    if (r.done) return null;
    row.push(r.value);
  }
  return row;
}

function* zipItems(its: Iterator<PyValue>[]): Generator<PyValue> {
  if (!its.length) return;
  for (let row = nextRow(its); row !== null; row = nextRow(its)) yield new PyTuple(row);
}

/** `zip(*iterables)` (strict=True is not modelled). */
export function pyZip(args: PyValue[], kw: PyKwargs): PyValue {
  if (Object.hasOwn(kw, "strict") && truthy(kw.strict)) throw new PyUnsupported("zip(strict=True) is not modelled");
  return new PyIterator("zip", zipItems(args.map(iterLazy)));
}

function* mapItems(f: PyValue, its: Iterator<PyValue>[]): Generator<PyValue> {
  for (let row = nextRow(its); row !== null; row = nextRow(its)) {
    if (!(f instanceof PyFunc)) raise("TypeError", `'${typeName(f)}' object is not callable`);
    yield f.fn(row, {});
  }
}

/** `map(function, *iterables)`: lazy, as in Python 3. */
export function pyMap(args: PyValue[]): PyValue {
  if (args.length < 2) return raise("TypeError", "map() must have at least two arguments.");
  return new PyIterator("map", mapItems(args[0], args.slice(1).map(iterLazy)));
}

function* filterItems(f: PyValue, it: Iterator<PyValue>): Generator<PyValue> {
  for (let r = it.next(); !r.done; r = it.next()) {
    if (f === null ? truthy(r.value) : truthy(applyKey(f, r.value))) yield r.value;
  }
}

/** `filter(function or None, iterable)`. */
export function pyFilter(args: PyValue[]): PyValue {
  if (args.length !== 2) return raise("TypeError", `filter expected 2 arguments, got ${args.length}`);
  return new PyIterator("filter", filterItems(args[0], iterLazy(args[1])));
}

/** `reversed(sequence)`. */
export function pyReversed(args: PyValue[]): PyValue {
  if (args.length !== 1) return raise("TypeError", `reversed expected 1 argument, got ${args.length}`);
  const v = args[0];
  const seq =
    typeof v === "string" || Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PyView;
  if (!seq) return raise("TypeError", `'${typeName(v)}' object is not reversible`);
  return new PyIterator("reversed", iterate(v).reverse()[Symbol.iterator]());
}

/** `range(stop)` / `range(start, stop[, step])`, as a re-iterable sequence. */
export function pyRange(args: PyValue[]): PyValue {
  if (!args.length) return raise("TypeError", "range expected at least 1 argument, got 0");
  if (args.length > 3) return raise("TypeError", `range expected at most 3 arguments, got ${args.length}`);
  const n = args.map(indexArg);
  const [start, stop, step] = n.length === 1 ? [0n, n[0], 1n] : [n[0], n[1], n[2] ?? 1n];
  if (step === 0n) return raise("ValueError", "range() arg 3 must not be zero");
  const count =
    step > 0n
      ? stop > start
        ? (stop - start + step - 1n) / step
        : 0n
      : start > stop
        ? (start - stop - step - 1n) / -step
        : 0n;
  if (count > 10_000_000n) throw new PyUnsupported(`a range of ${count} items is not modelled`);
  const items = Array.from({ length: Number(count) }, (_, i) => start + BigInt(i) * step);
  const r = new PyView("range", items);
  r.attrs.bounds = [start, stop, step];
  return r;
}

/** `sum(iterable, start=0)`: left to right with `+`, as CPython's loop does. */
export function pySum(args: PyValue[], kw: PyKwargs): PyValue {
  if (args.length < 1) return raise("TypeError", `sum() takes at least 1 positional argument (${args.length} given)`);
  if (args.length > 2) return raise("TypeError", `sum() takes at most 2 arguments (${args.length} given)`);
  let acc: PyValue = args[1] ?? kw.start ?? 0n;
  if (typeof acc === "string") return raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  for (const x of itemsForSum(args[0])) acc = binop("+", acc, x);
  return acc;
}

/** A set of ints sums the same in any order (`sum({1, 2})`); floats round per step, so their order counts. */
function itemsForSum(v: PyValue): PyValue[] {
  if (!(v instanceof PySet)) return iterate(v);
  const items = iterateUnordered(v);
  return items.every((x) => typeof x === "bigint" || typeof x === "boolean") ? items : iterate(v);
}

/** `chr(i)`. */
export function pyChr(v: PyValue): PyValue {
  const i = indexArg(v);
  if (i < 0n || i > 0x10ffffn) return raise("ValueError", "chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

/** `ord(c)`. */
export function pyOrd(v: PyValue): PyValue {
  if (typeof v !== "string") return raise("TypeError", `ord() expected string of length 1, but ${typeName(v)} found`);
  const cps = Array.from(v);
  if (cps.length !== 1)
    return raise("TypeError", `ord() expected a character, but string of length ${cps.length} found`);
  return BigInt(cps[0].codePointAt(0) as number);
}

function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) return raise("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) return raise("OverflowError", "cannot convert float infinity to integer");
  const f = Math.floor(x);
  const diff = x - f;
  const r = diff > 0.5 ? f + 1 : diff < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return BigInt(r);
}

function roundInt(v: bigint, nd: bigint): bigint {
  if (nd >= 0n) return v;
  const m = 10n ** -nd;
  const q = v / m - (v % m !== 0n && v < 0n ? 1n : 0n);
  const r = v - q * m;
  const up = 2n * r > m || (2n * r === m && q % 2n !== 0n);
  return (up ? q + 1n : q) * m;
}

/** `round(number, ndigits=None)`: ties to even on the exact binary value, as CPython. */
export function pyRound(args: PyValue[], kw: PyKwargs): PyValue {
  const x = args[0] ?? kw.number;
  const ndArg = args[1] ?? kw.ndigits ?? null;
  if (x === undefined) return raise("TypeError", "round() missing required argument 'number' (pos 1)");
  if (typeof x !== "bigint" && typeof x !== "boolean" && typeof x !== "number")
    return raise("TypeError", `type ${typeName(x)} doesn't define __round__ method`);
  if (ndArg === null) return typeof x === "number" ? roundFloatToInt(x) : BigInt(x);
  const nd = indexArg(ndArg);
  if (typeof x !== "number") return roundInt(BigInt(x), nd);
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd < 0n || nd > 300n) throw new PyUnsupported(`round() of a float to ${nd} digits is not modelled`);
  const r = Number(fixedDigits(Math.abs(x), Number(nd)));
  return x < 0 ? -r : r;
}

/** `divmod(a, b)`. */
export function pyDivmod(args: PyValue[]): PyValue {
  if (args.length !== 2) return raise("TypeError", `divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args.map((v) => (typeof v === "boolean" ? BigInt(v) : v));
  if (typeof a === "bigint" && typeof b === "bigint") {
    if (b === 0n) return raise("ZeroDivisionError", "integer division or modulo by zero");
    const q = a / b - (a % b !== 0n && a < 0n !== b < 0n ? 1n : 0n);
    return new PyTuple([q, a - q * b]);
  }
  const num = (v: PyValue) => typeof v === "bigint" || typeof v === "number";
  if (!num(a) || !num(b))
    return raise(
      "TypeError",
      `unsupported operand type(s) for divmod(): '${typeName(args[0])}' and '${typeName(args[1])}'`,
    );
  if (Number(b) === 0) return raise("ZeroDivisionError", "float divmod()");
  return new PyTuple(floatDivmod(Number(a), Number(b)));
}
