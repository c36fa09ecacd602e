/**
 * The write side's types: which raw strings a variable accepts, as precisely as TypeScript can
 * say it without ever rejecting a string CPython accepts (`VllmEnvInput`, `defineVllmEnv`).
 */
import type { Acceptance, Model } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { decimalRanges } from "../../templates/runtime/unicode-decode.js";

/** A string literal type in ASCII only (`"\u0660"`), so the declarations read the same everywhere. */
function asciiLiteral(s: string): string {
  const plain = (ch: string) => /^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== "\\";
  return `"${Array.from(s, (ch) => (plain(ch) ? ch : escapeUnits(ch))).join("")}"`;
}

function escapeUnits(ch: string): string {
  return Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");
}

let digits: string[] | null = null;

/** The characters from `start` to `end` (exclusive). */
function range(start: number, end: number): string[] {
  return Array.from({ length: end - start }, (_, i) => String.fromCodePoint(start + i));
}

/** CPython's decimal digits (what `int()` reads as digits), from the runtime's Unicode 14 tables: 660 characters. */
function decimalDigits(): string[] {
  digits ??= decimalRanges().flatMap(([start, end]) => range(start, end));
  return digits;
}

/** A union's members packed `  | "0" | "1" …` into lines of at most 120 columns (one a line: ~700 lines). */
function packUnion(members: readonly string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const m of members) {
    if (line && 1 + line.length + 3 + m.length > 119) {
      lines.push(line);
      line = "";
    }
    line += ` | ${m}`;
  }
  return [...lines, line].map((l) => ` ${l}`).join("\n");
}

/**
 * The runtime-level aliases (appended to `runtime/index.d.cts`). Every string `int()` accepts holds a
 * decimal digit, and every one `float()` accepts holds a digit or an `n` (`inf`, `nan`, `infinity`;
 * `upper()`/`lower()` before the call make no `N` but from `n`): the types say that much and no more.
 */
export function inputTypeAliases(): string {
  return [
    "/** A decimal digit as CPython's `int()` reads it: ASCII 0-9 and every other Unicode (14.0) decimal digit. */",
    `export type VllmEnvDecimalDigit =\n${packUnion(decimalDigits().map(asciiLiteral))};`,
    "/** A raw value an `int(...)` getter may accept: CPython rejects any string without a decimal digit. */",
    "export type VllmEnvIntString = `${string}${VllmEnvDecimalDigit}${string}`;",
    "/** A raw value a `float(...)` getter may accept: a decimal digit, or an `n` (`inf`, `nan`, `infinity`). */",
    'export type VllmEnvFloatString = VllmEnvIntString | `${string}${"n" | "N"}${string}`;',
    "",
  ].join("\n");
}

/** A template literal type containing `s` (`${string}warn${string}`). */
function containing(s: string): string {
  return `\`\${string}${asciiLiteral(s).slice(1, -1).replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\${string}\``;
}

/** The TypeScript type of the raw strings a variable accepts (a superset: never narrower than CPython). */
export function inputForm(a: Acceptance): string {
  switch (a.kind) {
    case "any":
    case "json":
    case "unknown":
      return "string";
    case "int":
      return "VllmEnvIntString";
    case "float":
      return "VllmEnvFloatString";
    case "choices":
      // Lowercased before the check: Python's case mapping is not TypeScript's (`"\u212a".lower()` is "k").
      // A list may hold empty items (`""`, `","`): no shape is certain.
      if (!a.caseSensitive || a.list) return "string";
      if (!a.values.length) return "never";
      // Stripped first: surrounded by any whitespace, which a template literal cannot bound.
      return a.values.map((v) => (a.strip ? containing(v) : asciiLiteral(v))).join(" | ");
    default:
      return assertNever(a);
  }
}

/**
 * The declaration of `VllmEnvInput` for one version: the distinct forms once, then per name in
 * `VLLM_ENV_NAMES` order the index of its form (a repeated name: the last entry, which Python keeps).
 */
export function inputDeclaration(model: Model): string {
  const last = new Map(model.variables.map((v) => [v.name, inputForm(v.accepts)]));
  const forms = Array.from(new Set(["string", ...last.values()]));
  const index = model.variables.map((v) => forms.indexOf(last.get(v.name) as string));
  const flat = `VllmEnvInputOf<VllmEnv, typeof VLLM_ENV_NAMES, [${forms.join(", ")}], [${index.join(",")}]>`;
  // One line where `export type VllmEnvInput = …;` fits in 120 columns; else wrapped as prettier would.
  if (flat.length + DECLARATION_HEAD.length + 1 <= MAX_COLUMNS) return flat;
  return wrapInputDeclaration(forms, index);
}

/** `export type VllmEnvInput = `: what the declaration follows on its line. */
const DECLARATION_HEAD = "export type VllmEnvInput = ";
const MAX_COLUMNS = 120;
/** Form indices per line of a wrapped declaration: 40 one-digit indices are 80 columns, few bytes. */
const INDICES_PER_LINE = 40;

/** The declaration across lines: each type argument on its own line, the indices 40 to a line. */
function wrapInputDeclaration(forms: readonly string[], index: readonly number[]): string {
  const formLine = `  [${forms.join(", ")}],`;
  const formText = formLine.length <= MAX_COLUMNS ? [formLine] : ["  [", ...forms.map((f) => `    ${f},`), "  ],"];
  const rows: string[] = [];
  for (let i = 0; i < index.length; i += INDICES_PER_LINE) {
    rows.push(`    ${index.slice(i, i + INDICES_PER_LINE).join(",")},`);
  }
  const head = ["VllmEnvInputOf<", "  VllmEnv,", "  typeof VLLM_ENV_NAMES,"];
  return [...head, ...formText, "  [", ...rows, "  ]", ">"].join("\n");
}
