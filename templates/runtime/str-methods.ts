// Methods of str, with CPython's whitespace set, Unicode tables and argument errors.
// A method CPython has and this table lacks is unsupported (honest.ts), never an AttributeError.
import { PyTuple, type PyKwargs, type PyValue, iterate, raise, typeName } from "./values.js";
import { PY_WHITESPACE } from "./numbers.js";
import { allChars, pyCapitalize, pyCasefold, pyIsCase, pyIsIdentifier, pyIsTitle, pyLower, pySwapcase, pyTitle, pyUpper, uni } from "./unicode.js";
import { unmodelled } from "./honest.js";
import { strFormat } from "./str-format.js";

type StrMethod = (self: string, args: PyValue[], kw: PyKwargs) => PyValue;

/** A str method: positional arity it models, keyword arguments it models, the body. */
export interface StrMethodSpec {
  min: number;
  max: number;
  kw: readonly string[];
  run: StrMethod;
}

/** Argument Clinic spells None as `None` in "argument must be str, not ..." messages. */
function clinicType(v: PyValue): string {
  return v === null ? "None" : typeName(v);
}

function optStr(v: PyValue | undefined, method: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") return raise("TypeError", `${method} arg must be None or str`);
  return v;
}

function needStr(v: PyValue | undefined, message: (t: string) => string): string {
  if (typeof v !== "string") return raise("TypeError", message(typeName(v ?? null)));
  return v;
}

/** An index argument (`maxsplit`, `width`): int or bool, within C's ssize_t. */
function ssize(v: PyValue): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "bigint") return raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (v > 9223372036854775807n || v < -9223372036854775808n)
    raise("OverflowError", "Python int too large to convert to C ssize_t");
  return Number(v);
}

function strip(self: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars ?? PY_WHITESPACE;
  const cps = Array.from(self);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.includes(cps[i])) i++;
  if (right) while (j > i && set.includes(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
}

function splitWhitespace(self: string, max: number, fromRight: boolean): string[] {
  const words: string[] = [];
  const cps = Array.from(self);
  let i = 0;
  const bounds: [number, number][] = [];
  while (i < cps.length) {
    while (i < cps.length && PY_WHITESPACE.includes(cps[i])) i++;
    const start = i;
    while (i < cps.length && !PY_WHITESPACE.includes(cps[i])) i++;
    if (i > start) bounds.push([start, i]);
  }
  if (max < 0 || bounds.length <= max) return bounds.map(([a, b]) => cps.slice(a, b).join(""));
  // Once maxsplit is reached CPython keeps the rest as is, whitespace at its far end included.
  if (!fromRight) {
    for (const [a, b] of bounds.slice(0, max)) words.push(cps.slice(a, b).join(""));
    words.push(cps.slice(bounds[max][0]).join(""));
    return words;
  }
  const keep = bounds.slice(bounds.length - max);
  return [cps.slice(0, bounds[bounds.length - max - 1][1]).join(""), ...keep.map(([a, b]) => cps.slice(a, b).join(""))];
}

function split(self: string, args: PyValue[], kw: PyKwargs, fromRight: boolean): PyValue {
  const sepArg = args[0] ?? kw.sep ?? null;
  if (sepArg !== null && typeof sepArg !== "string")
    return raise("TypeError", `must be str or None, not ${typeName(sepArg)}`);
  const max = ssize(args[1] ?? kw.maxsplit ?? -1n);
  if (sepArg === "") return raise("ValueError", "empty separator");
  if (sepArg === null) return splitWhitespace(self, max, fromRight);
  const parts = self.split(sepArg);
  if (max < 0 || parts.length - 1 <= max) return parts;
  if (!fromRight) return [...parts.slice(0, max), parts.slice(max).join(sepArg)];
  return [parts.slice(0, parts.length - max).join(sepArg), ...parts.slice(parts.length - max)];
}

const LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029";

function splitlines(self: string, args: PyValue[], kw: PyKwargs): PyValue {
  const keep = ssize(args[0] ?? kw.keepends ?? false) !== 0;
  const out: string[] = [];
  let line = "";
  const cps = Array.from(self);
  for (let i = 0; i < cps.length; i++) {
    if (!LINE_BREAKS.includes(cps[i])) {
      line += cps[i];
      continue;
    }
    const brk = cps[i] === "\r" && cps[i + 1] === "\n" ? "\r\n" : cps[i];
    if (brk.length === 2) i++;
    out.push(keep ? line + brk : line);
    line = "";
  }
  if (line) out.push(line);
  return out;
}

function partition(self: string, sepArg: PyValue | undefined, fromRight: boolean): PyValue {
  const sep = needStr(sepArg, (t) => `must be str, not ${t}`);
  if (sep === "") return raise("ValueError", "empty separator");
  const i = fromRight ? self.lastIndexOf(sep) : self.indexOf(sep);
  if (i < 0) return new PyTuple(fromRight ? ["", "", self] : [self, "", ""]);
  return new PyTuple([self.slice(0, i), sep, self.slice(i + sep.length)]);
}

function pad(self: string, args: PyValue[], how: "l" | "r" | "c"): PyValue {
  const width = ssize(args[0] ?? null);
  const fillArg = args[1] ?? " ";
  if (typeof fillArg !== "string")
    return raise("TypeError", `The fill character must be a unicode character, not ${typeName(fillArg)}`);
  const fill = Array.from(fillArg);
  if (fill.length !== 1) return raise("TypeError", "The fill character must be exactly one character long");
  const len = Array.from(self).length;
  if (width <= len) return self;
  if (width > 10_000_000) return unmodelled(`padding to width ${width}`);
  const marg = width - len;
  // CPython's pad(): left = marg / 2 + (marg & width & 1) for center.
  const left = how === "l" ? 0 : how === "r" ? marg : Math.floor(marg / 2) + (marg & width & 1);
  return fill[0].repeat(left) + self + fill[0].repeat(marg - left);
}

function zfill(self: string, args: PyValue[]): PyValue {
  const width = ssize(args[0] ?? null);
  const cps = Array.from(self);
  if (width <= cps.length) return self;
  if (width > 10_000_000) return unmodelled(`zfill to width ${width}`);
  const sign = cps[0] === "+" || cps[0] === "-" ? cps[0] : "";
  return sign + "0".repeat(width - cps.length) + cps.slice(sign ? 1 : 0).join("");
}

function affix(self: string, args: PyValue[], which: "startswith" | "endswith"): boolean {
  const p = args[0] ?? null;
  if (!(p instanceof PyTuple) && typeof p !== "string")
    return raise("TypeError", `${which} first arg must be str or a tuple of str, not ${typeName(p)}`);
  const options = p instanceof PyTuple ? p.items : [p];
  return options.some((o) => {
    if (typeof o !== "string")
      return raise("TypeError", `tuple for ${which} must only contain str, not ${typeName(o)}`);
    return which === "startswith" ? self.startsWith(o) : self.endsWith(o);
  });
}

function cpIndex(self: string, jsIndex: number): bigint {
  return BigInt(Array.from(self.slice(0, jsIndex)).length);
}

function search(self: string, args: PyValue[], fromRight: boolean, strict: boolean): PyValue {
  const sub = needStr(args[0], (t) => `must be str, not ${t}`);
  const i = fromRight ? self.lastIndexOf(sub) : self.indexOf(sub);
  if (i < 0) return strict ? raise("ValueError", "substring not found") : -1n;
  return cpIndex(self, i);
}

function replace(self: string, args: PyValue[]): PyValue {
  const old = needStr(args[0], () => `replace() argument 1 must be str, not ${clinicType(args[0] ?? null)}`);
  const nu = needStr(args[1], () => `replace() argument 2 must be str, not ${clinicType(args[1] ?? null)}`);
  const count = args[2] === undefined ? -1 : ssize(args[2]);
  const pieces = old === "" ? ["", ...Array.from(self), ""] : self.split(old);
  if (old === "" && !self) return count === 0 ? "" : nu;
  const n = count < 0 ? pieces.length - 1 : Math.min(count, pieces.length - 1);
  if (old === "") return pieces.slice(0, n + 1).join(nu) + pieces.slice(n + 1).join("");
  return pieces.slice(0, n + 1).join(nu) + (n < pieces.length - 1 ? old + pieces.slice(n + 1).join(old) : "");
}

function affixRemove(self: string, a: PyValue | undefined, which: "removeprefix" | "removesuffix"): string {
  const x = needStr(a, () => `${which}() argument must be str, not ${clinicType(a ?? null)}`);
  if (!x) return self;
  if (which === "removeprefix") return self.startsWith(x) ? self.slice(x.length) : self;
  return self.endsWith(x) ? self.slice(0, self.length - x.length) : self;
}

function join(self: string, a: PyValue | undefined): string {
  const v = a ?? null;
  if (v === null || typeof v === "bigint" || typeof v === "number" || typeof v === "boolean")
    return raise("TypeError", "can only join an iterable");
  return iterate(v)
    .map((x, i) =>
      typeof x === "string" ? x : raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(x)} found`),
    )
    .join(self);
}

const m = (min: number, max: number, run: StrMethod, kw: readonly string[] = []): StrMethodSpec => ({
  min,
  max,
  kw,
  run,
});
const pred = (test: (ch: string) => boolean) => m(0, 0, (s) => allChars(s, test));

// ASCII fast paths: on an ASCII str, CPython's case mappings and whitespace are JS's ASCII ones
// ("auto".lower(), "1".isdigit(), " x ".strip()); anything else goes through the Unicode 14 tables.
const NON_ASCII_CHAR = /[^\x00-\x7f]/;
const isAscii = (s: string): boolean => !NON_ASCII_CHAR.test(s);
const ASCII_STRIP = /^[\t\n\x0b\x0c\r\x1c-\x1f ]+|[\t\n\x0b\x0c\r\x1c-\x1f ]+$/g;
const ASCII_DIGITS = /^[0-9]+$/;

function whitespaceStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null && left && right && isAscii(s)) return s.replace(ASCII_STRIP, "");
  return strip(s, chars, left, right);
}

/** The str methods the runtime models (positional arity, modelled keywords, body). */
export const STR_METHODS: Readonly<Record<string, StrMethodSpec>> = {
  lower: m(0, 0, (s) => (isAscii(s) ? s.toLowerCase() : pyLower(s))),
  upper: m(0, 0, (s) => (isAscii(s) ? s.toUpperCase() : pyUpper(s))),
  casefold: m(0, 0, pyCasefold),
  swapcase: m(0, 0, pySwapcase),
  capitalize: m(0, 0, pyCapitalize),
  title: m(0, 0, pyTitle),
  strip: m(0, 1, (s, a) => whitespaceStrip(s, optStr(a[0], "strip"), true, true)),
  lstrip: m(0, 1, (s, a) => strip(s, optStr(a[0], "lstrip"), true, false)),
  rstrip: m(0, 1, (s, a) => strip(s, optStr(a[0], "rstrip"), false, true)),
  removeprefix: m(1, 1, (s, a) => affixRemove(s, a[0], "removeprefix")),
  removesuffix: m(1, 1, (s, a) => affixRemove(s, a[0], "removesuffix")),
  split: m(0, 2, (s, a, kw) => split(s, a, kw, false), ["sep", "maxsplit"]),
  rsplit: m(0, 2, (s, a, kw) => split(s, a, kw, true), ["sep", "maxsplit"]),
  splitlines: m(0, 1, splitlines, ["keepends"]),
  partition: m(1, 1, (s, a) => partition(s, a[0], false)),
  rpartition: m(1, 1, (s, a) => partition(s, a[0], true)),
  ljust: m(1, 2, (s, a) => pad(s, a, "l")),
  rjust: m(1, 2, (s, a) => pad(s, a, "r")),
  center: m(1, 2, (s, a) => pad(s, a, "c")),
  zfill: m(1, 1, zfill),
  replace: m(2, 3, replace),
  startswith: m(1, 1, (s, a) => affix(s, a, "startswith")),
  endswith: m(1, 1, (s, a) => affix(s, a, "endswith")),
  join: m(1, 1, (s, a) => join(s, a[0])),
  find: m(1, 1, (s, a) => search(s, a, false, false)),
  rfind: m(1, 1, (s, a) => search(s, a, true, false)),
  index: m(1, 1, (s, a) => search(s, a, false, true)),
  rindex: m(1, 1, (s, a) => search(s, a, true, true)),
  count: m(1, 1, (s, a) => {
    const sub = needStr(a[0], (t) => `must be str, not ${t}`);
    return BigInt(sub === "" ? Array.from(s).length + 1 : s.split(sub).length - 1);
  }),
  format: m(0, Infinity, strFormat, ["*"]),
  isdigit: m(0, 0, (s) => (isAscii(s) ? ASCII_DIGITS.test(s) : allChars(s, uni.digit))),
  isdecimal: m(0, 0, (s) => (isAscii(s) ? ASCII_DIGITS.test(s) : allChars(s, uni.decimal))),
  isnumeric: pred(uni.numeric),
  isalpha: pred(uni.alpha),
  isalnum: pred((c) => uni.alpha(c) || uni.decimal(c) || uni.digit(c) || uni.numeric(c)),
  isspace: pred((c) => PY_WHITESPACE.includes(c)),
  isupper: m(0, 0, (s) => pyIsCase(s, "upper")),
  islower: m(0, 0, (s) => pyIsCase(s, "lower")),
  istitle: m(0, 0, pyIsTitle),
  isidentifier: m(0, 0, pyIsIdentifier),
  isascii: m(0, 0, (s) => Array.from(s).every((c) => (c.codePointAt(0) as number) < 128)),
  isprintable: m(0, 0, (s) => Array.from(s).every(uni.printable)),
};
