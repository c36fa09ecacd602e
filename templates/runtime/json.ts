// json.loads as CPython 3.11's C scanner decodes, with its error messages.
import { PyDict, type PyValue, raise, typeName } from "./values.js";
import { parseFloatString, parseIntString } from "./numbers.js";

function fail(msg: string, doc: string, pos: number): never {
  const lineno = doc.slice(0, pos).split("\n").length;
  const colno = lineno === 1 ? pos + 1 : pos - doc.lastIndexOf("\n", pos - 1);
  return raise("JSONDecodeError", `${msg}: line ${lineno} column ${colno} (char ${pos})`);
}

class StopScan {
  constructor(readonly pos: number) {}
}

function skipWs(s: string, i: number): number {
  while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  return i;
}

/** `json.loads(s)`. Positions count code points, as Python's do. */
export function jsonLoads(input: PyValue): PyValue {
  if (typeof input !== "string") return raise("TypeError", `the JSON object must be str, bytes or bytearray, not ${typeName(input)}`);
  // The scanner works on UTF-16 indices; messages report code-point positions, as Python's do (codePointPos).
  const s = input;
  if (s.startsWith("\ufeff")) fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  let idx = skipWs(s, 0);
  let value: PyValue;
  try {
    [value, idx] = scan(s, idx);
  } catch (e) {
    if (e instanceof StopScan) return fail("Expecting value", s, codePointPos(s, e.pos));
    throw e;
  }
  idx = skipWs(s, idx);
  if (idx !== s.length) fail("Extra data", s, codePointPos(s, idx));
  return value;
}

function codePointPos(s: string, i: number): number {
  return Array.from(s.slice(0, i)).length;
}

function scan(s: string, idx: number): [PyValue, number] {
  if (idx >= s.length) throw new StopScan(idx);
  const c = s[idx];
  if (c === '"') return scanString(s, idx + 1);
  if (c === "{") return scanObject(s, idx + 1);
  if (c === "[") return scanArray(s, idx + 1);
  if (s.startsWith("null", idx)) return [null, idx + 4];
  if (s.startsWith("true", idx)) return [true, idx + 4];
  if (s.startsWith("false", idx)) return [false, idx + 5];
  const num = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(s.slice(idx, idx + 4400));
  if (num && num[0] !== "-") {
    const text = num[0];
    return [num[1] || num[2] ? parseFloatString(text) : parseIntString(text, 10), idx + text.length];
  }
  if (s.startsWith("NaN", idx)) return [NaN, idx + 3];
  if (s.startsWith("Infinity", idx)) return [Infinity, idx + 8];
  if (s.startsWith("-Infinity", idx)) return [-Infinity, idx + 9];
  throw new StopScan(idx);
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function hex4(s: string, at: number, end: number): number {
  const h = s.slice(at, at + 4);
  if (!/^[0-9a-fA-F]{4}$/.test(h)) fail("Invalid \\uXXXX escape", s, codePointPos(s, end - 5));
  return parseInt(h, 16);
}

function scanString(s: string, start: number): [string, number] {
  const begin = start - 1;
  let out = "";
  let i = start;
  for (;;) {
    let j = i;
    while (j < s.length && s[j] !== '"' && s[j] !== "\\") {
      if (s.charCodeAt(j) <= 0x1f) fail("Invalid control character at", s, codePointPos(s, j));
      j++;
    }
    if (j >= s.length) fail("Unterminated string starting at", s, codePointPos(s, begin));
    out += s.slice(i, j);
    if (s[j] === '"') return [out, j + 1];
    j++;
    if (j >= s.length) fail("Unterminated string starting at", s, codePointPos(s, begin));
    const e = s[j];
    if (e !== "u") {
      const m = ESCAPES[e];
      if (m === undefined) fail("Invalid \\escape", s, codePointPos(s, j - 1));
      out += m;
      i = j + 1;
      continue;
    }
    let end = j + 5;
    if (end >= s.length) fail("Invalid \\uXXXX escape", s, codePointPos(s, j - 1));
    let cp = hex4(s, j + 1, end);
    if (cp >= 0xd800 && cp <= 0xdbff && end + 6 < s.length && s[end] === "\\" && s[end + 1] === "u") {
      const lo = hex4(s, end + 2, end + 6);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        end += 6;
      }
    }
    out += String.fromCodePoint(cp);
    i = end;
  }
}

function scanObject(s: string, start: number): [PyValue, number] {
  const obj = new PyDict();
  let idx = skipWs(s, start);
  if (s[idx] === "}") return [obj, idx + 1];
  for (;;) {
    if (s[idx] !== '"') fail("Expecting property name enclosed in double quotes", s, codePointPos(s, idx));
    const [key, afterKey] = scanString(s, idx + 1);
    idx = skipWs(s, afterKey);
    if (s[idx] !== ":") fail("Expecting ':' delimiter", s, codePointPos(s, idx));
    idx = skipWs(s, idx + 1);
    const [value, afterValue] = scan(s, idx);
    obj.set(key, value);
    idx = skipWs(s, afterValue);
    if (s[idx] === "}") return [obj, idx + 1];
    if (s[idx] !== ",") fail("Expecting ',' delimiter", s, codePointPos(s, idx));
    idx = skipWs(s, idx + 1);
  }
}

function scanArray(s: string, start: number): [PyValue, number] {
  const arr: PyValue[] = [];
  let idx = skipWs(s, start);
  if (s[idx] === "]") return [arr, idx + 1];
  for (;;) {
    const [value, after] = scan(s, idx);
    arr.push(value);
    idx = skipWs(s, after);
    if (s[idx] === "]") return [arr, idx + 1];
    if (s[idx] !== ",") fail("Expecting ',' delimiter", s, codePointPos(s, idx));
    idx = skipWs(s, idx + 1);
  }
}
