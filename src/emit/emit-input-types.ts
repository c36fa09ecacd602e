/**
 * The write side's types: which raw strings a variable accepts, as precisely as TypeScript can
 * say it without ever rejecting a string CPython accepts (`VllmEnvInput`, `defineVllmEnv`).
 */
import type { Acceptance, Model } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { uni } from "../../templates/runtime/unicode.js";

/** A string literal type in ASCII only (`"\u0660"`), so the declarations read the same everywhere. */
function asciiLiteral(s: string): string {
  return `"${Array.from(s, (ch) => (/^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== "\\" ? ch : escapeUnits(ch))).join("")}"`;
}

function escapeUnits(ch: string): string {
  return Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");
}

let digits: string[] | null = null;

/** CPython's decimal digits (what `int()` reads as digits), from the runtime's Unicode 14 tables: 660 characters. */
function decimalDigits(): string[] {
  if (digits) return digits;
  const out: string[] = [];
  for (let cp = 0x30; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (uni.decimal(ch)) out.push(ch);
  }
  return (digits = out);
}

/**
 * The runtime-level aliases (appended to `runtime/index.d.cts`). Every string `int()` accepts holds a
 * decimal digit, and every one `float()` accepts holds a digit or an `n` (`inf`, `nan`, `infinity`;
 * `upper()`/`lower()` before the call make no `N` but from `n`): the types say that much and no more.
 */
export function inputTypeAliases(): string {
  return [
    "/** A decimal digit as CPython's `int()` reads it: ASCII 0-9 and every other Unicode (14.0) decimal digit. */",
    `export type VllmEnvDecimalDigit = ${decimalDigits().map(asciiLiteral).join(" | ")};`,
    "/** A raw value an `int(...)` getter may accept: CPython rejects every string without a decimal digit (`\"true\"`, `\"abc\"`, `\"\"`). */",
    "export type VllmEnvIntString = `${string}${VllmEnvDecimalDigit}${string}`;",
    "/** A raw value a `float(...)` getter may accept: a decimal digit, or an `n` (`inf`, `nan`, `infinity` in any case). */",
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
 * The declarations of `VllmEnvInput` for one version: the distinct forms once (`VllmEnvInputForms`),
 * then per name in `VLLM_ENV_NAMES` order the index of its form; the last entry of a repeated name is
 * the one Python keeps. `VllmEnvInput` maps `VllmEnv` (homomorphic: each property keeps its TSDoc).
 */
export function inputDeclarations(model: Model): string {
  const last = new Map(model.variables.map((v) => [v.name, inputForm(v.accepts)]));
  const forms = Array.from(new Set(["string", ...last.values()]));
  const index = model.variables.map((v) => forms.indexOf(last.get(v.name) as string));
  return `/** Per distinct accepted form, its type; {@link VllmEnvInput} picks one per variable. */
type VllmEnvInputForms = [${forms.join(", ")}];
/** Per name of \`VLLM_ENV_NAMES\`, the index of its form in \`VllmEnvInputForms\`. */
type VllmEnvInputFormOf = [${index.join(",")}];
/** The accepted raw form of each variable, by name. */
type VllmEnvInputByName = { [I in keyof typeof VLLM_ENV_NAMES & \`\${number}\` as (typeof VLLM_ENV_NAMES)[I]]: VllmEnvInputForms[VllmEnvInputFormOf[I & keyof VllmEnvInputFormOf] & keyof VllmEnvInputForms] };
/**
 * Settings to write, typed per variable by the raw strings it accepts: literal unions for case-sensitive
 * choices, \`VllmEnvIntString\` where the getter calls \`int()\`, \`string\` otherwise. Never narrower than
 * CPython; \`defineVllmEnv\` checks the rest at run time.
 */
export type VllmEnvInput = { readonly [K in keyof VllmEnv]?: (K extends keyof VllmEnvInputByName ? VllmEnvInputByName[K] : string) | undefined };
`;
}
