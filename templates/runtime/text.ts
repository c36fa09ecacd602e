// str(), repr() and format() as CPython spells them (error messages quote values with repr).
import { orderedSetItems } from "./set-order.js";
import { PyDict, PyException, PyFunc, PyObject, PyView, PySet, PyTuple, PyUnsupported, type PyValue, isSubclass, raise, typeName } from "./values.js";
import { expDigits, fixedDigits, floatRepr } from "./numbers.js";
import { uni } from "./unicode.js";

/** A code point as CPython's backslash escape: `\xNN`, `\uNNNN` or `\UNNNNNNNN` (the shortest that holds it). */
function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** `repr(str)`: single quotes unless the text has one and no double quote; escapes as CPython. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += escapeCodePoint(cp);
    else if (cp < 0x7f || uni.printable(ch)) out += ch;
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/** Python's `ascii(x)` (the `!a` conversion): `repr(x)` with every non-ASCII character escaped. */
export function ascii(v: PyValue): string {
  let out = "";
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}

/** Python's `repr(x)`. */
export function repr(v: PyValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "bigint":
      return v.toString();
    case "number":
      return floatRepr(v);
    case "boolean":
      return v ? "True" : "False";
    default:
      break;
  }
  if (Array.isArray(v)) return "[" + v.map(repr).join(", ") + "]";
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : "(" + v.items.map(repr).join(", ") + ")";
  if (v instanceof PySet) return setRepr(v);
  if (v instanceof PyDict) return "{" + Array.from(v.map.values(), ([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ") + "}";
  if (v instanceof PyException) return exceptionRepr(v);
  // CPython's repr of a function, module or logger carries an address or a path: not knowable here.
  if (v instanceof PyFunc) throw new PyUnsupported(`repr() of the function ${v.name} is not modelled`);
  if (v instanceof PyView) return v.typeName === "range" ? rangeRepr(v) : `${v.typeName}(${repr(v.items)})`;
  throw new PyUnsupported(`repr() of a ${(v as PyObject).typeName} object is not modelled`);
}

/**
 * `{1, 2}`, `{'a'}`, `set()`: in CPython's hash-table order, which for two or more str depends on the
 * process's hash seed (`f"Valid choices: {set(['x', 'y'])}"`): `unsupported` there (set-order.ts).
 */
function setRepr(v: PySet): string {
  return v.map.size ? "{" + orderedSetItems(v).map(repr).join(", ") + "}" : "set()";
}

/** `range(0, 3)`, `range(0, 10, 2)`: from the bounds the range object keeps. */
function rangeRepr(v: PyView): string {
  const [start, stop, step] = v.attrs.bounds instanceof Array ? v.attrs.bounds : [];
  return step === 1n ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`;
}

/** `repr(e)`: `ValueError('msg')`, from the arguments where the code passed them. */
function exceptionRepr(e: PyException): string {
  if (e.args) return `${e.pyType}(${e.args.map(repr).join(", ")})`;
  if (["KeyError", "OSError", "UnicodeError"].some((t) => isSubclass(e.pyType, t))) {
    throw new PyUnsupported(`repr() of a ${e.pyType} the runtime raised is not modelled`);
  }
  return `${e.pyType}(${strRepr(e.pyMessage)})`;
}

/** Python's `str(x)`. */
export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyException) return v.pyMessage;
  if (v instanceof PyObject && typeof v.attrs.__str__ === "string") return v.attrs.__str__;
  return repr(v);
}

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function notModelled(what: string): never {
  throw new PyUnsupported(`${what} is not modelled`);
}

/** `format(value, spec)`: str, int, bool and float with fill, align, sign, #, 0, width, precision and types. */
export function format(v: PyValue, spec: string): string {
  if (spec === "") return str(v);
  const kind = typeof v === "string" ? "str" : typeof v === "number" ? "float" : typeof v === "bigint" || typeof v === "boolean" ? "int" : null;
  if (kind === null) {
    if (v instanceof PyObject) return notModelled(`format() of a ${typeName(v)} object`);
    return raise("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
  }
  const m = SPEC.exec(spec);
  if (!m) return notModelled(`the format spec ${strRepr(spec)}`);
  const [, fillGiven, align, sign, alt, zero, width, group, precision, type] = m;
  const groupSize = group ? checkGrouping(kind, group, type, zero) : 0;
  let body: string;
  if (kind === "str") body = formatStrBody(v as string, type, sign, alt, align, precision);
  else body = formatNumber(kind === "int" ? BigInt(v as bigint | boolean) : (v as number), type, precision, sign, alt);
  if (groupSize) body = groupDigits(body, group, groupSize);
  const fill = fillGiven ?? (zero ? "0" : " ");
  const effAlign = align ?? (zero && kind !== "str" ? "=" : kind === "str" ? "<" : ">");
  return padField(body, effAlign, fill, width ? Number(width) : 0);
}

/** The digit group size for `,` / `_`, or CPython's ValueError; zero padding with grouping is not modelled. */
function checkGrouping(kind: string, group: string, type: string | undefined, zero: string | undefined): number {
  const t = type ?? (kind === "str" ? "s" : "");
  if (kind === "str" || (group === "," && "bBoxX".includes(t) && t) || t === "c" || t === "s") {
    return raise("ValueError", `Cannot specify '${group}' with '${t}'.`);
  }
  if (zero || t === "n" || t === "g" || t === "G") return notModelled(`grouping with the format '${zero ? "0" : t}'`);
  return t && "bBoxX".includes(t) ? 4 : 3;
}

/** Insert `sep` every `size` digits of the integer part (after sign and 0x prefix, before '.' or 'e'). */
function groupDigits(body: string, sep: string, size: number): string {
  const m = /^([+\- ]?(?:0[xXbBoO])?)([0-9a-fA-F]+)(.*)$/s.exec(body);
  if (!m || (size === 3 && /[a-fA-F]/.test(m[2]))) return body;
  const digits = m[2];
  let out = "";
  for (let i = digits.length; i > 0; i -= size) out = digits.slice(Math.max(0, i - size), i) + (out ? sep + out : "");
  return m[1] + out + m[3];
}

function formatStrBody(v: string, type: string | undefined, sign: string | undefined, alt: string | undefined, align: string | undefined, precision: string | undefined): string {
  if (type && type !== "s") return raise("ValueError", `Unknown format code '${type}' for object of type 'str'`);
  if (sign) return raise("ValueError", "Sign not allowed in string format specifier");
  if (alt) return raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (align === "=") return raise("ValueError", "'=' alignment not allowed in string format specifier");
  return precision !== undefined ? Array.from(v).slice(0, Number(precision)).join("") : v;
}

function padField(body: string, align: string, fill: string, w: number): string {
  const len = Array.from(body).length;
  if (len >= w) return body;
  if (w > 10_000_000) return notModelled(`a format width of ${w}`);
  const pad = (n: number) => fill.repeat(n);
  switch (align) {
    case "<":
      return body + pad(w - len);
    case "^":
      return pad(Math.floor((w - len) / 2)) + body + pad(Math.ceil((w - len) / 2));
    case "=": {
      const head = /^[+\- ]?(?:0[xXob])?/.exec(body)?.[0] ?? "";
      return head + pad(w - len) + body.slice(head.length);
    }
    default:
      return pad(w - len) + body;
  }
}

const INT_BASES: Readonly<Record<string, [number, string]>> = { d: [10, ""], b: [2, "0b"], o: [8, "0o"], x: [16, "0x"], X: [16, "0X"] };

function withSign(out: string, negative: boolean, sign: string | undefined): string {
  if (negative) return "-" + out;
  return sign === "+" ? "+" + out : sign === " " ? " " + out : out;
}

function formatNumber(v: bigint | number, type: string | undefined, precision: string | undefined, sign: string | undefined, alt: string | undefined): string {
  const intType = type === undefined ? typeof v === "bigint" : type in INT_BASES || type === "c";
  if (typeof v === "bigint" && intType) {
    if (precision !== undefined) return raise("ValueError", "Precision not allowed in integer format specifier");
    if (type === "c" || (alt && (type === undefined || type === "d"))) return notModelled(`integer format code ${type ?? "#"}`);
    const [base, prefix] = INT_BASES[type ?? "d"];
    const digits = (v < 0n ? -v : v).toString(base);
    return withSign((alt ? prefix : "") + (type === "X" ? digits.toUpperCase() : digits), v < 0n, sign);
  }
  if (intType || type === "s") return raise("ValueError", `Unknown format code '${type}' for object of type '${typeof v === "bigint" ? "int" : "float"}'`);
  if (type === "n" || type === "g" || type === "G" || alt || (type === undefined && precision !== undefined)) return notModelled(`the float format ${type ?? "." + precision}`);
  return formatFloat(Number(v), type, precision !== undefined ? Number(precision) : 6, sign);
}

/** Float formats f, F, e, E, % (and none: repr), exact where JS's digit conversions are. */
export function formatFloat(n: number, type: string | undefined, p: number, sign: string | undefined): string {
  const negative = n < 0 || Object.is(n, -0);
  // '%' multiplies by 100 in float first, as CPython does (so 1e308 becomes inf%).
  const a = Math.abs(type === "%" ? n * 100 : n);
  const pct = type === "%" ? "%" : "";
  let out: string;
  if (!Number.isFinite(a)) out = (Number.isNaN(a) ? "nan" : "inf") + pct;
  else if (type === undefined) out = floatRepr(a);
  else if (p > 1000) return notModelled(`a float precision of ${p}`);
  else if (type === "f" || type === "F" || type === "%") out = fixedDigits(a, p) + pct;
  else out = expDigits(a, p);
  if (type === "E" || type === "F") out = out.toUpperCase();
  return withSign(out, negative && !Number.isNaN(n), sign);
}
