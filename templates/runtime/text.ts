// str(), repr() and format() as CPython spells them (error messages quote values with repr).
import { PyDict, PyException, PyFunc, PyObject, PySet, PyTuple, type PyValue, raise, typeName } from "./values.js";
import { floatRepr } from "./numbers.js";

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

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
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f || ch === " " || !NON_PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
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
  if (v instanceof PySet) return v.map.size ? "{" + Array.from(v.map.values(), repr).join(", ") + "}" : "set()";
  if (v instanceof PyDict) return "{" + Array.from(v.map.values(), ([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ") + "}";
  if (v instanceof PyException) return `${v.pyType}(${strRepr(v.pyMessage)})`;
  if (v instanceof PyFunc) return `<function ${v.name}>`;
  return `<${(v as PyObject).typeName} object>`;
}

/** Python's `str(x)`. */
export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyException) return v.pyMessage;
  if (v instanceof PyObject && typeof v.attrs.__str__ === "string") return v.attrs.__str__;
  return repr(v);
}

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

/** `format(value, spec)` for the common specs (fill, align, width, precision, d/f/e/g/s). */
export function format(v: PyValue, spec: string): string {
  if (spec === "") return str(v);
  const m = SPEC.exec(spec);
  if (!m) return raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  const [, fill = " ", align, sign, , zero, width, , precision, type] = m;
  let body: string;
  if (typeof v === "string") {
    if (type && type !== "s") return raise("ValueError", `Unknown format code '${type}' for object of type 'str'`);
    body = precision !== undefined ? Array.from(v).slice(0, Number(precision)).join("") : v;
  } else if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") {
    body = formatNumber(typeof v === "boolean" ? BigInt(v) : v, type, precision, sign);
  } else body = str(v);
  const w = width ? Number(width) : 0;
  const len = Array.from(body).length;
  if (len >= w) return body;
  const pad = (n: number) => (zero && !align ? "0" : fill).repeat(n);
  const defaultAlign = typeof v === "string" ? "<" : ">";
  switch (align ?? (zero ? "=" : defaultAlign)) {
    case "<":
      return body + pad(w - len);
    case "^":
      return pad(Math.floor((w - len) / 2)) + body + pad(Math.ceil((w - len) / 2));
    case "=": {
      const s = /^[+-]/.test(body) ? body[0] : "";
      return s + pad(w - len) + body.slice(s.length);
    }
    default:
      return pad(w - len) + body;
  }
}

function formatNumber(v: bigint | number, type: string | undefined, precision: string | undefined, sign: string | undefined): string {
  const p = precision !== undefined ? Number(precision) : 6;
  let out: string;
  if (type === "d" || (type === undefined && typeof v === "bigint")) {
    if (typeof v === "number") return raise("ValueError", "Unknown format code 'd' for object of type 'float'");
    out = v.toString();
  } else {
    const n = Number(v);
    if (type === "f" || type === "F") out = Number.isFinite(n) ? n.toFixed(p) : floatRepr(n);
    else if (type === "e" || type === "E") out = n.toExponential(p).replace(/e([+-])(\d)$/, "e$10$2");
    else if (type === "%") out = (n * 100).toFixed(p) + "%";
    else if (type === undefined) out = precision !== undefined ? String(Number(n.toPrecision(p))) : floatRepr(n);
    else return raise("ValueError", `format code '${type}' is not supported here`);
    if (type === "E" || type === "F") out = out.toUpperCase();
  }
  if (sign === "+" && !out.startsWith("-")) out = "+" + out;
  if (sign === " " && !out.startsWith("-")) out = " " + out;
  return out;
}
