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

type Field = { name: string; conv: string | null; spec: string; nested: boolean; end: number };

/** CPython's `parse_field`: the field starting at `start` (just after `{`), with its errors. */
function parseField(s: string, start: number): Field {
  let i = start;
  let c = "";
  while (i < s.length) {
    c = s[i++];
    if (c === "{") raise("ValueError", "unexpected '{' in field name");
    if (c === "[") {
      while (i < s.length && s[i] !== "]") i++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const name = s.slice(start, c === "}" || c === ":" || c === "!" ? i - 1 : i);
  if (c !== ":" && c !== "!") {
    if (c !== "}") raise("ValueError", "expected '}' before end of string");
    return { name, conv: null, spec: "", nested: false, end: i - 1 };
  }
  let conv: string | null = null;
  if (c === "!") {
    if (i >= s.length) raise("ValueError", "end of string while looking for conversion specifier");
    conv = s[i++];
    if (i < s.length) {
      const next = s[i++];
      if (next === "}") return { name, conv, spec: "", nested: false, end: i - 1 };
      if (next !== ":") raise("ValueError", "expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let depth = 1;
  let nested = false;
  for (; i < s.length; i++) {
    if (s[i] === "{") {
      nested = true;
      depth++;
    } else if (s[i] === "}" && --depth === 0) return { name, conv, spec: s.slice(specStart, i), nested, end: i };
  }
  return raise("ValueError", "unmatched '{' in format spec");
}

function renderField(f: Field, args: PyValue[], kw: PyKwargs, auto: Auto, depth: number): string {
  let v = lookupField(f.name, args, kw, auto);
  if (f.conv === "r") v = repr(v);
  else if (f.conv === "s") v = str(v);
  else if (f.conv === "a") return unmodelled("the !a conversion");
  else if (f.conv !== null) {
    const code = f.conv.codePointAt(0) as number;
    raise("ValueError", `Unknown conversion specifier ${code > 32 && code < 127 ? f.conv : "\\x" + code.toString(16)}`);
  }
  // A spec with fields of its own (`{:>{width}}`) is expanded after the value is looked up, one level deep.
  const spec = f.nested ? render(f.spec, args, kw, auto, depth - 1) : f.spec;
  return format(v, spec);
}

function render(fmt: string, args: PyValue[], kw: PyKwargs, auto: Auto, depth: number): string {
  if (depth <= 0) raise("ValueError", "Max string recursion exceeded");
  let out = "";
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
      const field = parseField(fmt, i + 1);
      out += renderField(field, args, kw, auto, depth);
      i = field.end;
    }
  }
  return out;
}

/** `fmt.format(*args, **kw)`. */
export function strFormat(fmt: string, args: PyValue[], kw: PyKwargs): string {
  return render(fmt, args, kw, { mode: "none", next: 0 }, 2);
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
