/**
 * JSON Schemas (2020-12) of one revision: `env.schema.json` for the raw
 * environment (a value validates exactly when CPython accepts it, where that can
 * be said statically) and `values.schema.json` for the resolved values.
 */
import type { Acceptance, Model, PyType, Variable } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { describeAccepted, describeDefault } from "../ir/describe.js";
import { sourceNotice, subjectOf, VLLM_SOURCE, type SourceOf } from "./banner.js";

/** Python's `str.isspace()` set, as a regex class (int(), float() and strip() use it). */
const WS = "[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const D = "\\p{Nd}";
const DIGITS = `${D}(?:_?${D})*`;
/** int() also refuses more than 4300 digits (CPython 3.11's conversion limit): a lookahead bounds them. */
const INT = `^${WS}*[+-]?(?=${D}(?:_?${D}){0,4299}(?:${WS}*$))${DIGITS}${WS}*$`;
const FLOAT = `^${WS}*[+-]?(?:(?:(?:${DIGITS})?\\.?${DIGITS}|${DIGITS}\\.)(?:[eE][+-]?${DIGITS})?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])${WS}*$`;

const JWS = "[ \\t\\n\\r]*";
const JSTR = '"(?:[^"\\\\\\x00-\\x1f]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*"';
// A JSON integer goes through int(), so it has the same 4300-digit limit; fractions and exponents do not.
const JFLOAT = "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)";
const JINT = "-?(?:0|[1-9][0-9]{0,4299})(?![0-9])";
const JSCALAR = `(?:null|true|false|NaN|-?Infinity|${JFLOAT}|${JINT}|${JSTR})`;

/**
 * JSON values nested up to `depth` levels (a regex cannot count brackets without a bound).
 * Each level names the level below once (an element is followed by a comma that is not
 * trailing, or by the closing bracket): naming it twice made the pattern 22 KB, this ~2 KB.
 */
function jsonValue(depth: number): string {
  if (depth === 0) return JSCALAR;
  const v = jsonValue(depth - 1);
  const arr = `\\[(?:${JWS}${v}${JWS}(?:,(?!${JWS}\\])|(?=\\])))*${JWS}\\]`;
  const member = `${JWS}${JSTR}${JWS}:${JWS}${v}${JWS}`;
  const obj = `\\{(?:${member}(?:,(?!${JWS}\\})|(?=\\})))*${JWS}\\}`;
  return `(?:${JSCALAR}|${arr}|${obj})`;
}

/** What `json.loads` accepts, as a pattern: surrounding JSON whitespace allowed. */
export const JSON_PATTERN = `^${JWS}${jsonValue(3)}${JWS}$`;

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

/** A case-insensitive rendering of a literal (`abc` → `[aA][bB][cC]`), as JSON Schema regexes take no flags. */
function anyCase(s: string): string {
  return Array.from(s, (c) => (c.toLowerCase() !== c.toUpperCase() ? `[${escapeRegex(c.toLowerCase())}${escapeRegex(c.toUpperCase())}]` : escapeRegex(c))).join("");
}

function alternatives(values: string[], caseSensitive: boolean): string {
  return values.map((v) => (caseSensitive ? escapeRegex(v) : anyCase(v))).join("|");
}

/** The constraint a raw value must meet, from what the getter accepts. */
export function acceptanceSchema(a: Acceptance): Record<string, unknown> {
  switch (a.kind) {
    case "any":
      return {};
    case "json":
      return { pattern: JSON_PATTERN, contentMediaType: "application/json", $comment: "JSON as Python's json.loads reads it (NaN and Infinity included), nested up to 3 levels" };
    case "int":
      return { pattern: INT };
    case "float":
      return { pattern: FLOAT };
    case "choices": {
      if (!a.values.length) return { enum: [] };
      const alt = alternatives(a.values, a.caseSensitive);
      if (a.list) {
        const seg = `${WS}*(?:${alt})?${WS}*`;
        return { pattern: `^${seg}(?:,${seg})*$` };
      }
      if (a.caseSensitive && !a.strip) return { enum: a.values };
      return { pattern: a.strip ? `^${WS}*(?:${alt})${WS}*$` : `^(?:${alt})$` };
    }
    case "unknown":
      return { $comment: `accepted values cannot be checked statically: ${a.reason}` };
    default:
      return assertNever(a);
  }
}

function envProperty(v: Variable): Record<string, unknown> {
  const p: Record<string, unknown> = { type: "string" };
  const description = [v.description, `Accepts ${describeAccepted(v.accepts)}. Default: ${describeDefault(v.default)}.`].filter(Boolean).join("\n\n");
  p.description = description;
  Object.assign(p, acceptanceSchema(v.accepts));
  if (v.rawDefault !== null) p.default = v.rawDefault;
  if (v.deprecated) p.deprecated = true;
  return p;
}

/** The schema of one resolved value type. */
export function valueSchema(t: PyType): Record<string, unknown> {
  switch (t.kind) {
    case "bool":
      return { type: "boolean" };
    case "int":
      return { type: "integer" };
    case "float":
      return { type: "number" };
    case "str":
      return { type: "string" };
    case "none":
      return { type: "null" };
    case "literal":
      return t.caseSensitive ? { enum: t.values } : { type: "string" };
    case "list":
    case "tuple":
      return { type: "array", items: valueSchema(t.item) };
    case "set":
      return { type: "array", uniqueItems: true, items: valueSchema(t.item) };
    case "dict":
      return { type: "object" };
    case "json":
    case "unknown":
      return {};
    case "union":
      return { anyOf: t.members.map(valueSchema) };
    default:
      return assertNever(t);
  }
}

function header(model: Model, label: string, kind: "env" | "values", toolVersion: string, source: SourceOf) {
  const subject = subjectOf(source);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:vllm-envs:${encodeURIComponent(label)}:${kind}`,
    title: kind === "env" ? `${subject} (${label})` : `Resolved ${subject.replace(" variables", " values")} (${label})`,
    $comment: sourceNotice(toolVersion, `revision ${label}`, model.source.sha256, source),
  };
}

function byName<T>(model: Model, f: (v: Variable) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const v of model.variables) Object.defineProperty(out, v.name, { value: f(v), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Patterns shared by many variables, written once under `$defs` (a 2 KB regex per int variable made the file 3× larger). */
const SHARED_PATTERNS: readonly [string, string][] = [
  ["int", INT],
  ["float", FLOAT],
  ["json", JSON_PATTERN],
];

function sharePatterns(properties: Record<string, Record<string, unknown>>): Record<string, { type: "string"; pattern: string }> {
  const defs: Record<string, { type: "string"; pattern: string }> = {};
  for (const p of Object.values(properties)) {
    const shared = SHARED_PATTERNS.find(([, pattern]) => p.pattern === pattern);
    if (!shared) continue;
    defs[shared[0]] = { type: "string", pattern: shared[1] };
    delete p.pattern;
    p.$ref = `#/$defs/${shared[0]}`;
  }
  return defs;
}

/** `env.schema.json`: what may be written in a `.env`, a Kubernetes manifest or a Helm values file (minified: it ships). */
export function emitEnvSchema(model: Model, label: string, toolVersion: string, source = VLLM_SOURCE): string {
  const properties = byName(model, envProperty);
  const $defs = sharePatterns(properties);
  const schema = { ...header(model, label, "env", toolVersion, source), type: "object", properties, additionalProperties: true, ...(Object.keys($defs).length ? { $defs } : {}) };
  return JSON.stringify(schema) + "\n";
}

/** `values.schema.json`: the resolved, typed values. */
export function emitValuesSchema(model: Model, label: string, toolVersion: string, source = VLLM_SOURCE): string {
  // No per-variable descriptions: env.schema.json carries them (the package ships both, per version).
  const properties = byName(model, (v) => valueSchema(v.type));
  // A plugin's values are its module's (`vllm_gaudi/envs.py` → `vllm_gaudi.envs`), not vllm.envs'.
  const module = source.file === null ? "the plugin's env module" : source.file.replace(/\.py$/, "").replaceAll("/", ".");
  const description = `The values ${module} gives, by variable; descriptions are in env.schema.json.`;
  const schema = { ...header(model, label, "values", toolVersion, source), description, type: "object", properties, additionalProperties: false };
  return JSON.stringify(schema) + "\n";
}
