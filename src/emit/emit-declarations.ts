/**
 * The declarations of one version module (`types.d.cts`): written directly, not derived
 * from code, so consumers get exactly the API below under every module system.
 */
import type { Model, Variable } from "../ir/types.js";
import { emitTsType } from "./emit-ts-type.js";
import { tsComment, tsString, tsPropertyName } from "./escape.js";
import { describeAccepted, describeDefault, describeVariableType, driftNotes } from "../ir/describe.js";
import { vllmVersionOf } from "./emit-index.js";
import { makePiece, type Piece } from "./emit-runtime.js";
import { inputDeclaration } from "./emit-input-types.js";

function propertyDoc(v: Variable): string {
  const facts = [`Type: ${describeVariableType(v)}.`, `Accepts: ${describeAccepted(v.accepts)}.`];
  if (v.reads.length) facts.push(`Also reads: ${v.reads.join(", ")}.`);
  for (const note of driftNotes(v)) facts.push(`Drift: ${note}.`);
  // No line numbers here: they move with every release, and the docs are shared across versions.
  for (const u of v.unsupported) facts.push(`Unsupported: ${u.reason}.`);
  const body = [v.description || `${v.name} (no description in envs.py).`, "", ...facts, `@default ${describeDefault(v.default)}`];
  if (v.deprecated) body.push("@deprecated See the description.");
  const text = tsComment(body.join("\n")).split("\n").flatMap((l) => wrapWords(l, 120 - "   * ".length));
  return ["  /**", ...text.map((l) => (l ? `   * ${l}` : "   *")), "   */"].join("\n");
}

/**
 * A doc line broken between words to at most `width` columns (a longer word keeps its own line), continued at
 * its indentation: "Drift: declared Literal[...] (line 88) but the getter returns ..." runs to ~180 columns.
 */
export function wrapWords(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const out: string[] = [];
  let cur = "";
  for (const word of line.slice(indent.length).split(" ")) {
    if (cur && indent.length + cur.length + 1 + word.length > width) {
      out.push(indent + cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  return [...out, indent + cur];
}

/**
 * One property of `VllmEnv` with its documentation, as an interface of the shared `docs.d.cts`:
 * `VllmEnv` extends one per variable, so a description repeated across versions is written once.
 */
export function propertyPiece(v: Variable): Piece {
  return makePiece("D", `{\n${propertyDoc(v)}\n  readonly ${tsPropertyName(v.name)}: ${emitTsType(v.type)};\n}`);
}

/** `shared/docs.d.cts`: every property interface once. */
export function docsDeclarations(pieces: readonly Piece[], banner: string, runtime: string): string {
  const sorted = [...pieces].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Only what is used: consumers compile these declarations with noUnusedLocals.
  const usesValue = sorted.some((p) => /\bVllmEnvValue\b/.test(p.code));
  const head = usesValue ? `import type { VllmEnvValue } from ${tsString(runtime)};\n` : "";
  return `${banner}${head}${sorted.map((p) => `export interface ${p.id} ${p.code}`).join("\n")}\n`;
}

/** The declaration text of a version (`runtime`, `docs`: specifiers of the runtime's and the shared declarations). */
export function emitDeclarations(model: Model, label: string, banner: string, runtime: string, docs: string, plugin = false): { text: string; pieces: Piece[] } {
  const rt = tsString(runtime);
  const pieces = model.variables.map(propertyPiece);
  const input = inputDeclaration(model);
  // Only what is used: consumers compile these declarations with noUnusedLocals.
  const forms = ["VllmEnvIntString", "VllmEnvFloatString"].filter((t) => new RegExp(`\\b${t}\\b`).test(input));
  const imports = ["VllmEnvDiagnostic", "VllmEnvOptions", "VllmEnvReading", "VllmEnvSource", "VllmEnvSchemas", "VllmEnvInputOf", "VllmEnvVarInfo", "VllmEnvValidateOptions", ...forms, ...(plugin ? ["VllmEnvPlugin"] : [])];
  const pluginDecl = plugin ? `/** These plugin bindings, for vLLM's \`validateVllmEnv(env, { plugins: [VLLM_ENVS_PLUGIN] })\`. */\nexport declare const VLLM_ENVS_PLUGIN: VllmEnvPlugin<VllmEnvName>;\n` : "";
  const source = { version: label, vllmVersion: plugin ? null : vllmVersionOf(label), sha256: model.source.sha256, variables: model.variables.length };
  const sourceType = `{\n${Object.entries(source).map(([k, x]) => `  readonly ${k}: ${x === null ? "null" : typeof x === "number" ? x : tsString(x)};\n`).join("")}}`;
  // Formatted like the sources: one name per line (the newest revision's tuple was one 8,778-character line).
  const bases = pieces.length ? `\n  extends\n${pieces.map((p) => `    D.${p.id}`).join(",\n")}` : "";
  const nameList = model.variables.length ? `[\n${model.variables.map((v) => `  ${tsString(v.name)},`).join("\n")}\n]` : "[]";
  const docsImport = pieces.length ? `import type * as D from ${tsString(docs)};\n` : "";
  // `export * from` the runtime: its declarations export only the public names (errors, serialisers, types).
  const text = `${banner}
${docsImport}import type {
${imports.map((n) => `  ${n},`).join("\n")}
} from ${rt};
export * from ${rt};
/** The names of every vLLM environment variable of this revision, in source order. */
export declare const VLLM_ENV_NAMES: readonly ${nameList};
/** A vLLM environment variable name. */
export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];
/**
 * Every variable's value as \`vllm.envs.NAME\` gives it. Python's \`None\` is \`null\`; ints are numbers
 * (beyond ±2^53: unsupported).
 */
export interface VllmEnv${bases} {}
/** The values {@link readVllmEnv} computed: a variable with an invalid or unsupported value is absent. */
export type VllmEnvValues = { readonly [K in VllmEnvName]?: VllmEnv[K] };
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from: label, vLLM version, sha256, variable count. */
export declare const VLLM_ENVS_SOURCE: ${sourceType};
${pluginDecl}/**
 * The value of one variable, computed from \`env\` (default: process.env) exactly as CPython would; throws
 * {@link VllmEnvError} where Python raises, {@link VllmEnvUnsupportedError} where it cannot be computed here.
 */
export declare function getVllmEnv<K extends VllmEnvName>(
  name: K,
  env?: VllmEnvSource,
  options?: VllmEnvOptions,
): VllmEnv[K];
/**
 * Every value that can be computed (one import of envs.py, each variable in source order), and the variables
 * that cannot: \`errors\` where Python raises, \`unsupported\` where the value depends on more than the
 * environment. Never throws for a variable.
 */
export declare function readVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvReading<VllmEnvValues>;
/**
 * Diagnostics for an environment: invalid values (where CPython would raise), unknown VLLM_* names with a
 * suggestion, Kubernetes service links; \`{ plugins: [VLLM_ENVS_PLUGIN] }\` (from \`vllm-envs/plugins/<name>\`)
 * checks platform plugins' variables by their own rules.
 */
export declare function validateVllmEnv(env?: VllmEnvSource, options?: VllmEnvValidateOptions): VllmEnvDiagnostic[];
/**
 * Standard Schema v1 validators (t3-env, envin, tRPC), one per variable: raw value in, \`VllmEnv[name]\` out,
 * CPython's error as the issue; other variables from \`process.env\`.
 */
export declare const vllmEnvSchema: VllmEnvSchemas<VllmEnv>;
/** {@link vllmEnvSchema} over a given environment (the other variables a getter reads) and host. */
export declare function createVllmEnvSchema(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvSchemas<VllmEnv>;
/**
 * Settings to write, per variable the raw strings it accepts (never narrower than CPython): choices as
 * literals, \`int()\` as \`VllmEnvIntString\`.
 */
export type VllmEnvInput = ${input};
/**
 * Check settings as CPython reads them (they alone are the environment): {@link VllmEnvError} where Python
 * raises, \`TypeError\` for an unknown name or a non-string.
 */
export declare function defineVllmEnv(input: VllmEnvInput, options?: VllmEnvOptions): Record<string, string>;
`;
  return { text, pieces };
}
