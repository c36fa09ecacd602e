// int() and float() exactly as CPython parses strings, and float repr.
import { type PyValue, raise, typeName } from "./values.js";
import { repr } from "./text.js";
import { uni } from "./unicode.js";

/** Python's `str.isspace()` characters (int() and float() strip these). */
export const PY_WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

// CPython's decimal digits (its Unicode version, not the JS engine's).
const DECIMAL_DIGIT = { test: (ch: string): boolean => uni.decimal(ch) };

/** Unicode decimal digits come in runs of ten starting at 0: the value is the offset in its run. */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  if (cp < 128) return ch;
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((cp - start) % 10);
}

const NON_ASCII = /[^\x00-\x7f]/;
// The ASCII characters of PY_WHITESPACE.
const ASCII_SPACE = /[\t\n\x0b\x0c\r\x1c-\x1f]/g;

/** CPython's first step for int()/float() of a str: Unicode digits → ASCII, Unicode spaces → ' '. */
function toAsciiNumber(s: string): string | null {
  // The usual "8000" / " 1 ": ASCII needs no digit table, only its spaces mapped to ' '.
  if (!NON_ASCII.test(s)) return s.replace(ASCII_SPACE, " ");
  let out = "";
  for (const ch of s) {
    if (PY_WHITESPACE.includes(ch)) out += " ";
    else if (ch.charCodeAt(0) < 128) out += ch;
    else if (DECIMAL_DIGIT.test(ch)) out += digitValue(ch);
    else return null;
  }
  return out;
}

function stripAscii(s: string): string {
  return s.replace(/^[ \t\n\x0b\x0c\r]+|[ \t\n\x0b\x0c\r]+$/g, "");
}

const INT_DIGITS: Readonly<Record<number, RegExp>> = {
  2: /^[01](?:_?[01])*$/,
  8: /^[0-7](?:_?[0-7])*$/,
  10: /^[0-9](?:_?[0-9])*$/,
  16: /^[0-9a-fA-F](?:_?[0-9a-fA-F])*$/,
};

const PLAIN_DECIMAL = /^[0-9]+$/;
const BIGINT_PREFIX: Readonly<Record<number, string>> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

/** Parse digits in a base (2..36) with Python's underscore rule; null when invalid. */
function parseDigits(body: string, base: number): bigint | null {
  const re = INT_DIGITS[base] ?? new RegExp(`^[${digitClass(base)}](?:_?[${digitClass(base)}])*$`, "i");
  if (!re.test(body)) return null;
  // BigInt() reads these bases itself, exactly (the regex has checked the digits already).
  const prefix = BIGINT_PREFIX[base];
  if (prefix !== undefined) return BigInt(prefix + (body.includes("_") ? body.replace(/_/g, "") : body));
  let v = 0n;
  const b = BigInt(base);
  for (const ch of body.toLowerCase()) if (ch !== "_") v = v * b + BigInt(parseInt(ch, 36));
  return v;
}

function digitClass(base: number): string {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  return digits.replace(/[-\\\]^]/g, "\\$&");
}

/** Whether `s` is one to fifteen ASCII digits (the caller checks the length). */
function isShortDecimal(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `int(s, base)` for a str. */
export function parseIntString(s: string, base: number): bigint {
  // "8000": plain ASCII decimal digits in base 10 are exactly what BigInt() reads (4300 is CPython's
  // limit); up to 15 digits, a JS number holds them exactly and is quicker to make.
  if (base === 10 && s.length <= 15 && isShortDecimal(s)) return BigInt(Number(s));
  if (base === 10 && s.length <= 4300 && PLAIN_DECIMAL.test(s)) return BigInt(s);
  const fail = (): never => raise("ValueError", `invalid literal for int() with base ${base}: ${repr(s)}`);
  const ascii = toAsciiNumber(s);
  if (ascii === null) return fail();
  let t = stripAscii(ascii);
  let sign = 1n;
  if (t.startsWith("-") || t.startsWith("+")) {
    if (t[0] === "-") sign = -1n;
    t = t.slice(1);
  }
  let b = base;
  const prefix = /^0([xob])/i.exec(t);
  if (prefix && (b === 0 || b === { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as "x" | "o" | "b"])) {
    b = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as "x" | "o" | "b"];
    t = t.slice(2).replace(/^_/, "");
  } else if (b === 0) {
    if (/^0+(?:_?0)*$/.test(t)) return 0n;
    if (/^0/.test(t)) return fail();
    b = 10;
  }
  // CPython 3.11 limits string conversion to 4300 digits for bases that are not powers of two.
  if (![2, 4, 8, 16, 32].includes(b) && t.replace(/_/g, "").length > 4300) {
    raise("ValueError", `Exceeds the limit (4300 digits) for integer string conversion: value has ${t.replace(/_/g, "").length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const v = parseDigits(t, b);
  return v === null ? fail() : sign * v;
}

/** Python's `int(x)` / `int(x, base)`. */
export function pyInt(x: PyValue, base?: PyValue): bigint {
  if (base !== undefined) {
    if (typeof x !== "string") return raise("TypeError", "int() can't convert non-string with explicit base");
    const b = Number(base);
    if (!(b === 0 || (b >= 2 && b <= 36))) return raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
    return parseIntString(x, b);
  }
  if (typeof x === "string") return parseIntString(x, 10);
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "number") {
    if (Number.isNaN(x)) return raise("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) return raise("OverflowError", "cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  return raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

const FLOAT_RE = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.?[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const SPECIAL_FLOAT = /^([+-]?)(inf|infinity|nan)$/i;

/** `float(s)` for a str. */
export function parseFloatString(s: string): number {
  const fail = (): never => raise("ValueError", `could not convert string to float: ${repr(s)}`);
  const ascii = toAsciiNumber(s);
  if (ascii === null) return fail();
  const t = stripAscii(ascii);
  const special = SPECIAL_FLOAT.exec(t);
  if (special) {
    if (special[2].toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(t)) return fail();
  return Number(t.replace(/_/g, ""));
}

/** Python's `float(x)`. */
export function pyFloat(x: PyValue): number {
  if (typeof x === "string") return parseFloatString(x);
  if (typeof x === "number") return x;
  if (typeof x === "bigint") {
    const n = Number(x);
    if (!Number.isFinite(n)) raise("OverflowError", "int too large to convert to float");
    return n;
  }
  if (typeof x === "boolean") return x ? 1 : 0;
  return raise("TypeError", `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = x.toExponential().split("e");
  const exp = Number(expText);
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac || "0"}`;
}

/** A finite non-negative double as the exact fraction num / den (den a power of two). */
function exactFraction(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  if (expBits) mant |= 1n << 52n;
  const exp = (expBits || 1) - 1075;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

/** num / den rounded to an integer, ties to even (CPython's float formatting rounds this way). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

/** `'%.{p}f' % x` for a finite x ≥ 0: exact decimal expansion, correctly rounded. */
export function fixedDigits(x: number, p: number): string {
  const [num, den] = exactFraction(x);
  const digits = roundHalfEven(num * 10n ** BigInt(p), den).toString().padStart(p + 1, "0");
  return p ? `${digits.slice(0, digits.length - p)}.${digits.slice(digits.length - p)}` : digits;
}

/** `'%.{p}e' % x` for a finite x ≥ 0, correctly rounded, with CPython's two-digit exponent. */
export function expDigits(x: number, p: number): string {
  if (x === 0) return `${p ? "0." + "0".repeat(p) : "0"}e+00`;
  const [num, den] = exactFraction(x);
  let e = Math.floor(Math.log10(x));
  const scaled = (k: number) => (p - k >= 0 ? roundHalfEven(num * 10n ** BigInt(p - k), den) : roundHalfEven(num, den * 10n ** BigInt(k - p)));
  let q = scaled(e);
  if (q < 10n ** BigInt(p)) q = scaled(--e);
  if (q >= 10n ** BigInt(p + 1)) q = scaled(++e);
  const d = q.toString();
  const mant = p ? `${d[0]}.${d.slice(1)}` : d;
  return `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** CPython's float divmod (Objects/floatobject.c `_float_div_mod`): floor quotient and modulo. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` and `if (div)`: NaN counts as true there.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}
