/**
 * Decoding of Python literals as CPython's tokenizer does: string prefixes,
 * escape sequences, numeric forms with underscores and bases.
 * (`"VLLM_X": lambda: os.getenv("VLLM_X", "\\x41")` must give the same text Python sees.)
 */
import type { PyConst } from "../ir/types.js";

/** Thrown for a literal this decoder cannot turn into a value (the caller makes it `unsupported`). */
export class LiteralError extends Error {}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** The prefix letters of a string literal, lower-cased: `Rb'..'` gives `rb`. */
export function stringPrefix(startToken: string): string {
  // Nearly every literal is unprefixed (`"VLLM_X"`): no regex match, no new string.
  const c = startToken.charCodeAt(0);
  if (c === 0x22 || c === 0x27) return "";
  const m = /^[A-Za-z]*/.exec(startToken);
  return (m ? m[0] : "").toLowerCase();
}

/** Decode the body of a non-raw string or bytes literal (the text between the quotes). */
export function decodeEscapes(body: string, isBytes: boolean): string {
  let i = body.indexOf("\\");
  // Text between escapes is copied as it is, in one piece (most bodies have no backslash at all).
  if (i === -1) return body;
  let out = body.slice(0, i);
  while (i < body.length) {
    const ch = body[i];
    if (ch !== "\\" || i + 1 >= body.length) {
      const stop = ch === "\\" ? -1 : body.indexOf("\\", i);
      const end = stop === -1 ? body.length : stop;
      out += body.slice(i, end);
      i = end;
      continue;
    }
    const next = body[i + 1];
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (next === "\n") {
      i += 2; // backslash-newline: a line continuation inside the literal
    } else if (next === "\r") {
      i += body[i + 2] === "\n" ? 3 : 2;
    } else if (next >= "0" && next <= "7") {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1)) as RegExpExecArray;
      out += String.fromCodePoint(parseInt(m[0], 8) & (isBytes ? 0xff : 0x1ff));
      i += 1 + m[0].length;
    } else if (next === "x" || (!isBytes && (next === "u" || next === "U"))) {
      const width = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) throw new LiteralError(`truncated \\${next} escape`);
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw new LiteralError(`illegal Unicode character \\${next}${hex}`);
      out += String.fromCodePoint(cp);
      i += 2 + width;
    } else if (next === "N" && !isBytes) {
      throw new LiteralError("\\N{...} named escapes are not decoded");
    } else {
      out += "\\" + next; // unknown escapes keep their backslash
      i += 2;
    }
  }
  return out;
}

/** Decode a string body according to its prefix (`r` keeps backslashes). */
export function decodeStringBody(body: string, prefix: string): string {
  const raw = prefix.includes("r");
  // Python reads source with universal newlines.
  const normalised = body.indexOf("\r") === -1 ? body : body.replace(/\r\n?/g, "\n");
  return raw ? normalised : decodeEscapes(normalised, prefix.includes("b"));
}

/** A decimal literal of at most 15 digits without a leading zero (or `0` itself): exact as a double. */
const PLAIN_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

/** Decode an `integer` token: `1_000`, `0x1F`, `0o17`, `0b101`. */
export function decodeInteger(text: string): PyConst {
  // `0`, `60`, `8000`: plain decimal digits below 2**53 are exact as a double (no BigInt per digit).
  if (PLAIN_DECIMAL.test(text)) return { type: "int", value: String(Number(text)) };
  const t = text.replace(/_/g, "");
  if (/[jJ]$/.test(t)) throw new LiteralError("complex literals are not supported");
  if (/[lL]$/.test(t)) throw new LiteralError("Python 2 long literals are not valid Python 3");
  if (/^0\d/.test(t) && /[1-9]/.test(t)) throw new LiteralError("leading zeros in decimal integer literals are not permitted");
  const base = /^0[xX]/.test(t) ? 16n : /^0[oO]/.test(t) ? 8n : /^0[bB]/.test(t) ? 2n : 10n;
  const digits = base === 10n ? t : t.slice(2);
  let v = 0n;
  for (const d of digits.toLowerCase()) {
    const n = BigInt(parseInt(d, 36));
    if (n >= base) throw new LiteralError(`invalid digit '${d}' in integer literal`);
    v = v * base + n;
  }
  return { type: "int", value: v.toString() };
}

/** Decode a `float` token: `10.`, `1.5e3`, `1_0.5`. Overflow gives infinity, as in CPython. */
export function decodeFloat(text: string): PyConst {
  const t = text.replace(/_/g, "");
  if (/[jJ]$/.test(t)) throw new LiteralError("complex literals are not supported");
  const v = Number(t.endsWith(".") ? t + "0" : t.startsWith(".") ? "0" + t : t);
  if (Number.isNaN(v)) throw new LiteralError(`invalid float literal ${text}`);
  return { type: "float", value: v === Infinity ? "inf" : v };
}
