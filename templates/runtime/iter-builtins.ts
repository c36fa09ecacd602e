// Builtins over iterables and numbers: sorted/min/max with key= and reverse=, enumerate, zip,
// round, divmod — each as CPython 3.11 computes it, or unsupported where it would guess.
import { PyFunc, PyIterator, PyTuple, PyUnsupported, type PyKwargs, type PyValue, iterate, raise, truthy, typeName } from "./values.js";
import { fixedDigits, floatDivmod } from "./numbers.js";
import { order } from "./ops.js";

function applyKey(key: PyValue | undefined, x: PyValue): PyValue {
  if (key === undefined || key === null) return x;
  if (!(key instanceof PyFunc)) return raise("TypeError", `'${typeName(key)}' object is not callable`);
  return key.fn([x], {});
}

/** Keys that sort totally and exactly as CPython (all numbers without NaN, or all str); else unsupported. */
function checkSortable(keys: PyValue[], what: string): void {
  if (keys.length < 2) return;
  const nums = keys.every(
    (k) => typeof k === "bigint" || typeof k === "boolean" || (typeof k === "number" && !Number.isNaN(k)),
  );
  const strs = keys.every((k) => typeof k === "string");
  if (!nums && !strs) throw new PyUnsupported(`${what} of values other than all-numbers or all-str is not modelled`);
}

/** `sorted(iterable, key=None, reverse=False)`: stable, key called once per item in order. */
export function pySorted(args: PyValue[], kw: PyKwargs): PyValue {
  if (args.length !== 1) return raise("TypeError", `sorted expected 1 argument, got ${args.length}`);
  const items = iterate(args[0]);
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
  const items = args.length === 1 ? iterate(args[0]) : args;
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

/** `enumerate(iterable, start=0)`. */
export function pyEnumerate(args: PyValue[], kw: PyKwargs): PyValue {
  if (args.length < 1 && !Object.hasOwn(kw, "iterable"))
    return raise("TypeError", "enumerate() missing required argument 'iterable'");
  if (args.length > 2) return raise("TypeError", `enumerate() takes at most 2 arguments (${args.length} given)`);
  if (args.length < 1) throw new PyUnsupported("enumerate(iterable=...) is not modelled");
  const start = indexArg(args[1] ?? kw.start ?? 0n);
  return new PyIterator(
    "enumerate",
    iterate(args[0]).map((x, i) => new PyTuple([start + BigInt(i), x])),
  );
}

/** `zip(*iterables)` (strict=True is not modelled). */
export function pyZip(args: PyValue[], kw: PyKwargs): PyValue {
  if (Object.hasOwn(kw, "strict") && truthy(kw.strict)) throw new PyUnsupported("zip(strict=True) is not modelled");
  const lists = args.map(iterate);
  const n = lists.length ? Math.min(...lists.map((l) => l.length)) : 0;
  return new PyIterator(
    "zip",
    Array.from({ length: n }, (_, i) => new PyTuple(lists.map((l) => l[i]))),
  );
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
