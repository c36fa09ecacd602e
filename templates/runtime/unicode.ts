// str's Unicode-aware methods from CPython's own tables (unicode-data.ts), so the answer does
// not depend on the JS engine's Unicode version: case mappings incl. final sigma, character classes.
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

/** CPython's decimal digits as [start, end) code point ranges (the toolchain lists them in the declarations). */
export function decimalRanges(): [number, number][] {
  const { starts, ends } = decodeRanges(DECIMAL);
  return starts.map((s, i) => [s, ends[i]]);
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
    if (to.length === 1 && !out.has(cp(to[0]))) out.set(cp(to[0]), String.fromCodePoint(c));
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

function cp(ch: string): number {
  return ch.codePointAt(0) as number;
}

/** One Unicode property of a character, as CPython's database has it. */
export const uni = {
  alpha: (ch: string) => inRanges(ALPHA, cp(ch)),
  decimal: (ch: string) => inRanges(DECIMAL, cp(ch)),
  digit: (ch: string) => inRanges(DIGIT, cp(ch)),
  numeric: (ch: string) => inRanges(NUMERIC, cp(ch)),
  lower: (ch: string) => inRanges(LOWER, cp(ch)),
  upper: (ch: string) => inRanges(UPPER, cp(ch)),
  title: (ch: string) => inRanges(TITLE, cp(ch)),
  // scripts/python-tables.py's is_cased: `c.islower() or c.isupper() or (c.istitle() and not c.isupper())`
  cased: (ch: string): boolean => uni.lower(ch) || uni.upper(ch) || uni.title(ch),
  caseIgnorable: (ch: string) => inRanges(CASE_IGNORABLE, cp(ch)),
  idStart: (ch: string) => inRanges(ID_START, cp(ch)),
  idContinue: (ch: string) => inRanges(ID_CONTINUE, cp(ch)),
  printable: (ch: string) => inRanges(PRINTABLE, cp(ch)),
};

function mapped(table: Table, ch: string): string {
  return decodeMapping(table).get(cp(ch)) ?? ch;
}

/** CPython's `lower_ucs4`: Σ becomes final ς after a cased letter and before none (Final_Sigma). */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return mapped(TO_LOWER, ch);
  let j = i - 1;
  while (j >= 0 && uni.caseIgnorable(cps[j])) j--;
  let final = j >= 0 && uni.cased(cps[j]);
  if (final) {
    let k = i + 1;
    while (k < cps.length && uni.caseIgnorable(cps[k])) k++;
    final = k === cps.length || !uni.cased(cps[k]);
  }
  return final ? "\u03c2" : "\u03c3";
}

/** `str.lower()`. */
export function pyLower(s: string): string {
  const cps = Array.from(s);
  return cps.map((_, i) => lowerAt(cps, i)).join("");
}

/** `str.upper()` (full mappings: 'ß' → 'SS'). */
export function pyUpper(s: string): string {
  return Array.from(s, (ch) => mapped(TO_UPPER, ch)).join("");
}

/** `str.casefold()`. */
export function pyCasefold(s: string): string {
  return Array.from(s, (ch) => mapped(TO_FOLD, ch)).join("");
}

/** `str.swapcase()`. */
export function pySwapcase(s: string): string {
  const cps = Array.from(s);
  return cps.map((ch, i) => (uni.upper(ch) ? lowerAt(cps, i) : uni.lower(ch) ? mapped(TO_UPPER, ch) : ch)).join("");
}

/** `str.capitalize()` (3.8+: the first character in title case, the rest lower). */
export function pyCapitalize(s: string): string {
  const cps = Array.from(s);
  return cps.map((ch, i) => (i === 0 ? mapped(TO_TITLE, ch) : lowerAt(cps, i))).join("");
}

/** `str.title()`: title case after an uncased character, lower case after a cased one. */
export function pyTitle(s: string): string {
  const cps = Array.from(s);
  let prevCased = false;
  return cps
    .map((ch, i) => {
      const out = prevCased ? lowerAt(cps, i) : mapped(TO_TITLE, ch);
      prevCased = uni.cased(ch);
      return out;
    })
    .join("");
}

/** `str.islower()` / `str.isupper()`: some cased character, and none of the other case. */
export function pyIsCase(s: string, which: "lower" | "upper"): boolean {
  let cased = false;
  for (const ch of s) {
    if (uni.title(ch) || (which === "lower" ? uni.upper(ch) : uni.lower(ch))) return false;
    if (which === "lower" ? uni.lower(ch) : uni.upper(ch)) cased = true;
  }
  return cased;
}

/** `str.istitle()`. */
export function pyIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (uni.upper(ch) || uni.title(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (uni.lower(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** `str.isidentifier()` (no normalisation, as CPython). */
export function pyIsIdentifier(s: string): boolean {
  const cps = Array.from(s);
  return cps.length > 0 && uni.idStart(cps[0]) && cps.slice(1).every(uni.idContinue);
}

/** A predicate over every character of a non-empty string (`isdigit`, `isalpha`, ...). */
export function allChars(s: string, test: (ch: string) => boolean): boolean {
  return s.length > 0 && Array.from(s).every(test);
}
