// `str.format(...)` and printf-style `fmt % values`, with CPython's errors. Field forms the
// runtime does not follow (`{a.b}`, `{0[1]}`, nested specs, `%*d`, `%g`) are unsupported.
import { PyDict, PyTuple, type PyKwargs, type PyValue, raise, raiseKeyError, typeName } from "./values.js";
import { format, formatFloat, repr, str, strRepr } from "./text.js";
import { unmodelled } from "./honest.js";

type Auto = { mode: "none" | "auto" | "manual"; next: number };

function lookupField(name: string, args: PyValue[], kw: PyKwargs, auto: Auto): PyValue {
  if (/[.[]/.test(name)) return unmodelled(`the format field {${name}}`);
  if (name === "" || /^\d+$/.test(name)) {
    const mode = name === "" ? "auto" : "manual";
    if (auto.mode !== "none" && auto.mode !== mode) {
      raise(
        "ValueError",
        mode === "auto"
          ? "cannot switch from manual field specification to automatic field numbering"
          : "cannot switch from automatic field numbering to manual field specification",
      );
    }
    auto.mode = mode;
    const i = name === "" ? auto.next++ : Number(name);
    if (i >= args.length) raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    return args[i];
  }
  if (!Object.hasOwn(kw, name)) raiseKeyError(name, strRepr(name));
  return kw[name];
}

function renderField(field: string, args: PyValue[], kw: PyKwargs, auto: Auto): string {
  const m = /^([^!:]*)(?:!(.?)([^:]*))?(?::(.*))?$/s.exec(field) as RegExpExecArray;
  const [, name, conv, afterConv, spec = ""] = m;
  if (conv !== undefined && conv === "" && afterConv === "") return unmodelled(`the format field {${field}}`);
  if (afterConv) raise("ValueError", "expected ':' after conversion specifier");
  if (spec.includes("{")) return unmodelled(`the nested format spec {${field}}`);
  let v = lookupField(name, args, kw, auto);
  if (conv === "r") v = repr(v);
  else if (conv === "s") v = str(v);
  else if (conv === "a") return unmodelled("the !a conversion");
  else if (conv !== undefined) raise("ValueError", `Unknown conversion specifier ${conv}`);
  return format(v, spec);
}

/** Index of the `}` closing a field that opens at `start` (nested braces counted), or -1. */
function closeOf(s: string, start: number): number {
  let depth = 1;
  for (let i = start; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `fmt.format(*args, **kw)`. */
export function strFormat(fmt: string, args: PyValue[], kw: PyKwargs): string {
  let out = "";
  const auto: Auto = { mode: "none", next: 0 };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === "}") {
      if (fmt[i + 1] !== "}") raise("ValueError", "Single '}' encountered in format string");
      out += "}";
      i++;
    } else if (c !== "{") out += c;
    else if (fmt[i + 1] === "{") {
      out += "{";
      i++;
    } else {
      if (i + 1 >= fmt.length) raise("ValueError", "Single '{' encountered in format string");
      const end = closeOf(fmt, i + 1);
      if (end < 0) raise("ValueError", "expected '}' before end of string");
      out += renderField(fmt.slice(i + 1, end), args, kw, auto);
      i = end;
    }
  }
  return out;
}

const PCT = /^(?:\(([^)]*)\))?([-+ #0]*)(\d*)(?:\.(\d*))?[hlL]?(.)?/s;

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || Array.isArray(v);
}

function pctNumber(v: PyValue, type: string): string {
  if (type === "d" || type === "i" || type === "u") {
    if (typeof v === "number")
      return Number.isFinite(v) ? BigInt(Math.trunc(v)).toString() : unmodelled("%d of inf or nan");
    if (typeof v === "bigint" || typeof v === "boolean") return BigInt(v).toString();
    return raise("TypeError", `%${type} format: a real number is required, not ${typeName(v)}`);
  }
  if (typeof v !== "bigint" && typeof v !== "boolean")
    return raise("TypeError", `%${type} format: an integer is required, not ${typeName(v)}`);
  const n = BigInt(v);
  const digits = (n < 0n ? -n : n).toString(type === "o" ? 8 : 16);
  return (n < 0n ? "-" : "") + (type === "X" ? digits.toUpperCase() : digits);
}

function pctFloat(v: PyValue, type: string, prec: number): string {
  if (typeof v === "string" || v === null || typeof v === "object")
    return raise("TypeError", `must be real number, not ${typeName(v)}`);
  return formatFloat(Number(v), type, prec, undefined);
}

function pctConvert(v: PyValue, type: string, flags: string, prec: string | undefined): string {
  if (type === "s")
    return prec !== undefined
      ? Array.from(str(v))
          .slice(0, Number(prec || "0"))
          .join("")
      : str(v);
  if (type === "r")
    return prec !== undefined
      ? Array.from(repr(v))
          .slice(0, Number(prec || "0"))
          .join("")
      : repr(v);
  if ("fFeE".includes(type)) return pctFloat(v, type, prec !== undefined ? Number(prec || "0") : 6);
  if (prec !== undefined) return unmodelled(`a precision with %${type}`);
  let body = pctNumber(v, type);
  if (flags.includes("#") && type !== "d" && type !== "i" && type !== "u")
    body = body.replace(/^(-?)/, `$10${type === "o" ? "o" : type}`);
  return body;
}

function pctPad(body: string, flags: string, width: number, numeric: boolean): string {
  if (numeric && !body.startsWith("-"))
    body = flags.includes("+") ? "+" + body : flags.includes(" ") ? " " + body : body;
  const len = Array.from(body).length;
  if (len >= width) return body;
  if (flags.includes("-")) return body + " ".repeat(width - len);
  if (numeric && flags.includes("0")) {
    const head = /^[+\- ]?(?:0[xXo])?/.exec(body)?.[0] ?? "";
    return head + "0".repeat(width - len) + body.slice(head.length);
  }
  return " ".repeat(width - len) + body;
}

/** `fmt % values` (printf-style formatting of str). */
export function percentFormat(fmt: string, values: PyValue): string {
  const args = values instanceof PyTuple ? values.items : [values];
  const mapping = !(values instanceof PyTuple) && typeof values !== "string" && isMapping(values);
  let next = 0;
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") {
      out += fmt[i];
      continue;
    }
    const m = PCT.exec(fmt.slice(i + 1)) as RegExpExecArray;
    const [whole, key, flags, width, prec, type] = m;
    if (type === undefined) raise("ValueError", "incomplete format");
    if (type === "%" && whole === "%") {
      out += "%";
      i += 1;
      continue;
    }
    if (!"srdiuxXofFeE".includes(type) || type === "*" || type === "%") {
      if ("gGcaw*.%".includes(type) || /[\d.]/.test(type)) return unmodelled(`the format %${whole}`);
      raise(
        "ValueError",
        `unsupported format character '${type}' (0x${(type.codePointAt(0) as number).toString(16)}) at index ${i + whole.length}`,
      );
    }
    let v: PyValue;
    if (key !== undefined) {
      if (!mapping) raise("TypeError", "format requires a mapping");
      if (!(values instanceof PyDict)) return unmodelled("%(key) formatting with a list");
      const got = values.get(key);
      v = got === undefined ? raiseKeyError(key, strRepr(key)) : got;
    } else {
      if (next >= args.length) raise("TypeError", "not enough arguments for format string");
      v = args[next++];
    }
    out += pctPad(pctConvert(v, type, flags, prec), flags, width ? Number(width) : 0, !"sr".includes(type));
    i += whole.length;
  }
  if (next < args.length && !mapping) raise("TypeError", "not all arguments converted during string formatting");
  return out;
}
