// str's Unicode-aware methods from CPython's own tables (unicode-data.ts), so the answer does
// not depend on the JS engine's Unicode version: case mappings incl. final sigma, character classes.
import { type UnicodeClass, type UnicodeMapping, unicodeClass, unicodeMapping } from "./unicode-decode.js";
import { PyUnsupported } from "./values.js";

function cp(ch: string): number {
  return ch.codePointAt(0) as number;
}

/**
 * The classes on ASCII (code points below 128), which need no table: browser bundles leave the tables out
 * (the package's `browser` field maps them to nulls), so ASCII values stay exact there.
 * test/unicode-ascii.test.ts checks each against CPython's tables.
 */
export const ASCII_CLASSES = {
  alpha: /[A-Za-z]/, decimal: /[0-9]/, digit: /[0-9]/, numeric: /[0-9]/, lower: /[a-z]/, upper: /[A-Z]/, title: /(?!)/,
  caseIgnorable: /['.:^`]/, idStart: /[A-Za-z_]/, idContinue: /[A-Za-z0-9_]/, printable: /[ -~]/,
} as const satisfies Record<UnicodeClass, RegExp>;

/** The tables' decoder, or unsupported where the bundle left the tables out (`null`, from `unicode-data-none.js`). */
function tables<T>(decode: T | null): T {
  if (decode === null) {
    throw new PyUnsupported("a non-ASCII character needs CPython's Unicode tables, which this bundle leaves out (the browser build)");
  }
  return decode;
}

function has(kind: UnicodeClass, ch: string): boolean {
  const c = cp(ch);
  return c < 128 ? ASCII_CLASSES[kind].test(ch) : tables(unicodeClass)(kind, c);
}

/** One Unicode property of a character, as CPython's database has it. */
export const uni = {
  alpha: (ch: string) => has("alpha", ch),
  decimal: (ch: string) => has("decimal", ch),
  digit: (ch: string) => has("digit", ch),
  numeric: (ch: string) => has("numeric", ch),
  lower: (ch: string) => has("lower", ch),
  upper: (ch: string) => has("upper", ch),
  title: (ch: string) => has("title", ch),
  // scripts/python-tables.py's is_cased: `c.islower() or c.isupper() or (c.istitle() and not c.isupper())`
  cased: (ch: string): boolean => uni.lower(ch) || uni.upper(ch) || uni.title(ch),
  caseIgnorable: (ch: string) => has("caseIgnorable", ch),
  idStart: (ch: string) => has("idStart", ch),
  idContinue: (ch: string) => has("idContinue", ch),
  printable: (ch: string) => has("printable", ch),
};

/** A case mapping of one character; on ASCII (no table needed) it is JS's: upward for upper and title. */
function mapped(kind: UnicodeMapping, ch: string): string {
  const c = cp(ch);
  if (c < 128) return kind === "upper" || kind === "title" ? ch.toUpperCase() : ch.toLowerCase();
  return tables(unicodeMapping)(kind, c) ?? ch;
}

/** CPython's `lower_ucs4`: Σ becomes final ς after a cased letter and before none (Final_Sigma). */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return mapped("lower", ch);
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
  return Array.from(s, (ch) => mapped("upper", ch)).join("");
}

/** `str.casefold()`. */
export function pyCasefold(s: string): string {
  return Array.from(s, (ch) => mapped("fold", ch)).join("");
}

/** `str.swapcase()`. */
export function pySwapcase(s: string): string {
  const cps = Array.from(s);
  return cps.map((ch, i) => (uni.upper(ch) ? lowerAt(cps, i) : uni.lower(ch) ? mapped("upper", ch) : ch)).join("");
}

/** `str.capitalize()` (3.8+: the first character in title case, the rest lower). */
export function pyCapitalize(s: string): string {
  const cps = Array.from(s);
  return cps.map((ch, i) => (i === 0 ? mapped("title", ch) : lowerAt(cps, i))).join("");
}

/** `str.title()`: title case after an uncased character, lower case after a cased one. */
export function pyTitle(s: string): string {
  const cps = Array.from(s);
  let prevCased = false;
  return cps
    .map((ch, i) => {
      const out = prevCased ? lowerAt(cps, i) : mapped("title", ch);
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
