// Decoding CPython's Unicode tables (unicode-data.ts): the classes and case mappings of code points.
// The package ships this with the tables, apart from the runtime: a browser bundle swaps both for nulls.
import { ALPHA, CASE_IGNORABLE, DECIMAL, DIGIT, ID_CONTINUE, ID_START, LOWER, NUMERIC, PRINTABLE, TITLE, TO_FOLD, TO_LOWER, TO_TITLE, TO_UPPER, UPPER } from "./unicode-data.js";
import type { Table } from "./unicode-data.js";

type Ranges = { starts: number[]; ends: number[] };

const rangeCache = new Map<Table, Ranges>();
const mapCache = new Map<Table, Map<number, string>>();

/** Base-32 digits: one of the first 32 ends a number, one of the last 32 continues it. */
const DIGITS = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ()<>[]";

/** The numbers of a table (scripts/python-tables.py's `encode_numbers`). */
function numbers(text: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    n = n * 32 + (d & 31);
    if (d < 32) {
      out.push(n);
      n = 0;
    }
  }
  return out;
}

/** Range boundaries in order (stored as differences): a code point is in the class iff an odd number are ≤ it. */
function toggles(text: string): number[] {
  let at = 0;
  return numbers(text).map((d) => (at += d));
}

/** Boundaries of the code points a mapping changes (UPPER's base: those TO_LOWER changes). */
function domainToggles(m: Map<number, string>): number[] {
  const out: number[] = [];
  for (const c of Array.from(m.keys()).sort((a, b) => a - b)) {
    if (m.get(c) === String.fromCodePoint(c)) continue;
    if (out.length && out[out.length - 1] === c) out[out.length - 1] = c + 1;
    else out.push(c, c + 1);
  }
  return out;
}

/** Boundaries of a table; a derived one (`[ALPHA, diff]` for ID_START) is its base XOR the diff. */
function tableToggles(table: Table): number[] {
  if (typeof table === "string") return toggles(table);
  const a = table[2] === "domain" ? domainToggles(decodeMapping(table[0])) : tableToggles(table[0]);
  const b = toggles(table[1]);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  // A boundary in both cancels: the XOR of two classes changes where exactly one of them changes.
  while (i < a.length || j < b.length) {
    if (j >= b.length || a[i] < b[j]) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      i++;
      j++;
    }
  }
  return out;
}

function decodeRanges(table: Table): Ranges {
  let r = rangeCache.get(table);
  if (r) return r;
  const t = tableToggles(table);
  r = { starts: t.filter((_, i) => i % 2 === 0), ends: t.filter((_, i) => i % 2 === 1) };
  rangeCache.set(table, r);
  return r;
}

function inRanges(table: Table, cp: number): boolean {
  const { starts, ends } = decodeRanges(table);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts[mid]) hi = mid - 1;
    else if (cp >= ends[mid]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** TO_LOWER's base: TO_UPPER backwards, each one-char result to the lowest code point mapped to it. */
function invertMapping(m: Map<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of Array.from(m.keys()).sort((a, b) => a - b)) {
    const to = Array.from(m.get(c) as string);
    if (to.length === 1 && !out.has(codePoint(to[0]))) out.set(codePoint(to[0]), String.fromCodePoint(c));
  }
  return out;
}

/** A mapping; a derived one (`[TO_UPPER, overlay]` for TO_TITLE) is its base with the overlay's entries. */
function decodeMapping(table: Table): Map<number, string> {
  let m = mapCache.get(table);
  if (m) return m;
  if (typeof table === "string") m = new Map();
  else m = table[2] === "inverse" ? invertMapping(decodeMapping(table[0])) : new Map(decodeMapping(table[0]));
  const x = numbers(typeof table === "string" ? table : table[1]);
  // Records: gap from the previous code point, then 0, a length and the code points of a multi-char
  // mapping ('ß' → 'SS'), or n*2 + stride-1 and the zigzag delta of a run of one-char mappings.
  for (let i = 0, at = 0; i < x.length; ) {
    at += x[i];
    const kind = x[i + 1];
    if (kind === 0) {
      m.set(at, String.fromCodePoint(...x.slice(i + 3, i + 3 + x[i + 2])));
      i += 3 + x[i + 2];
      continue;
    }
    const delta = x[i + 2] % 2 ? -(x[i + 2] + 1) / 2 : x[i + 2] / 2;
    for (let k = 0; k < kind >> 1; k++) {
      const c = at + k * ((kind & 1) + 1);
      m.set(c, String.fromCodePoint(c + delta));
    }
    i += 3;
  }
  mapCache.set(table, m);
  return m;
}

function codePoint(ch: string): number {
  return ch.codePointAt(0) as number;
}

const CLASSES = {
  alpha: ALPHA, decimal: DECIMAL, digit: DIGIT, numeric: NUMERIC, lower: LOWER, upper: UPPER, title: TITLE,
  caseIgnorable: CASE_IGNORABLE, idStart: ID_START, idContinue: ID_CONTINUE, printable: PRINTABLE,
};

/** A Unicode class of the character database. */
export type UnicodeClass = keyof typeof CLASSES;

const MAPPINGS = { lower: TO_LOWER, upper: TO_UPPER, title: TO_TITLE, fold: TO_FOLD };

/** A case mapping of the character database. */
export type UnicodeMapping = keyof typeof MAPPINGS;

/** Is the code point in the class? */
export const unicodeClass: ((kind: UnicodeClass, c: number) => boolean) | null = (kind, c) =>
  inRanges(CLASSES[kind], c);

/** The code point's mapping (undefined: itself). */
export const unicodeMapping: ((kind: UnicodeMapping, c: number) => string | undefined) | null = (kind, c) =>
  decodeMapping(MAPPINGS[kind]).get(c);

/** CPython's decimal digits as [start, end) code point ranges (the toolchain lists them in the declarations). */
export function decimalRanges(): [number, number][] {
  const { starts, ends } = decodeRanges(DECIMAL);
  return starts.map((s, i) => [s, ends[i]]);
}
