/**
 * The JavaScript of one version module: its names, its metadata and API calls, and
 * references to the shared pieces (pool) and the shared runtime. The same TypeScript
 * becomes the ESM `index.js` and the CommonJS `index.cjs` (only the specifiers differ).
 */
import type { Model, Variable, VersionHistory } from "../ir/types.js";
import { emitPieces, importTimeDefaults, makePiece, type Piece } from "./emit-runtime.js";
import { tsJson, tsKey, tsString } from "./escape.js";
import type { ModuleFormat } from "./compile.js";
import { inlinePool, mentioned, runtimeImports } from "./emit-pool.js";
import { PUBLIC_RUNTIME_NAMES } from "./prelude.js";
import { defaultValue, describeAccepted, describeDefault, describeVariableType, driftNotes } from "../ir/describe.js";

/** The metadata record of one variable in `VLLM_ENV_VARS`, without its name, line and description (pooled apart). */
export function variableRecord(v: Variable) {
  return {
    type: describeVariableType(v),
    default: describeDefault(v.default),
    defaultValue: defaultValue(v.default),
    rawDefault: v.rawDefault,
    choices: v.choices ? v.choices.values : null,
    caseSensitive: v.choices ? v.choices.caseSensitive : true,
    accepts: describeAccepted(v.accepts),
    section: v.section,
    reads: v.reads,
    deprecated: v.deprecated,
    unsupported: v.unsupported.map((u) => `line ${u.line}: ${u.reason}`),
    drift: driftNotes(v),
  };
}

/** Record fields at these values are left out of the pool; the runtime's `metadata()` puts them back. */
const RECORD_DEFAULTS: Readonly<Record<string, string>> = {
  rawDefault: "null",
  choices: "null",
  caseSensitive: "true",
  section: "null",
  reads: "[]",
  deprecated: "false",
  unsupported: "[]",
  drift: "[]",
};

/** A metadata record's TypeScript: its description and accepted-values text given by the names of their pieces. */
function recordSource(v: Variable, description: string, accepts: string): string {
  const fields = Object.entries(variableRecord(v))
    .filter(([k, x]) => x !== undefined && k !== "accepts" && RECORD_DEFAULTS[k] !== tsJson(x))
    .map(([k, x]) => `${tsKey(k)}: ${tsJson(x)}`);
  return `{ ${[...fields, `accepts: ${accepts}`, `description: ${description}`].join(", ")} }`;
}

/**
 * A row of `metadata()`: `[record, line]`, plus `1`/`0` where the revision says whether the variable is a
 * compile-cache factor. Kept out of the shared record so a record stays shared by versions that differ only there.
 */
function metaRow(record: string, v: Variable): string {
  return v.compileFactor === null ? `[${record}, ${v.line}]` : `[${record}, ${v.line}, ${v.compileFactor ? 1 : 0}]`;
}

/** The pool pieces a version uses: code (`p…`), metadata records (`m…`), descriptions (`d…`) and accepted-value texts (`a…`). */
export interface VersionPieces {
  code: Piece[];
  meta: Piece[];
}

/** Where the version module imports from. */
export interface Specifiers {
  format: ModuleFormat;
  runtime: string;
  /** Every export of the runtime (what translated code may call). */
  runtimeExports: readonly string[];
  /** The specifier of the pool chunk holding a piece; null: define the pieces in the module itself (standalone). */
  pool: ((id: string) => string) | null;
}

/** The version's label as a vLLM version (`v0.9.2-approx` → `0.9.2`), or null when it names none. */
export function vllmVersionOf(label: string): string | null {
  const m = /^v?(\d+\.\d+(?:\.\d+)?(?:\.post\d+)?)/.exec(label);
  return m ? m[1] : null;
}

/** A version module: the pool pieces it references, and its TypeScript for given specifiers. */
export interface VersionModule {
  pieces: VersionPieces;
  source(spec: Specifiers): string;
}

/** A platform plugin's identity, for its module's `VLLM_ENVS_PLUGIN` export. */
export interface PluginInfo {
  /** Its name in the package (`vllm-envs/plugins/<name>`). */
  name: string;
  /** The Python module its code reads (`vllm_gaudi.envs`), where known. */
  module: string | null;
}

/** The Python module of a plugin's envs file (`vllm_gaudi/envs.py` → `vllm_gaudi.envs`). */
export function pythonModuleOf(path: string): string | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)\.py$/.exec(path.replace(/^\.\//, ""));
  return m ? (m[1] as string).split("/").join(".") : null;
}

/** The version module's TypeScript (specifier-free body) and the pool pieces it references. */
export function buildVersionModule(model: Model, label: string, history: VersionHistory | undefined, plugin?: PluginInfo): VersionModule {
  const { globals, entries } = emitPieces(model);
  const init = importTimeDefaults(model);
  const descriptions = model.variables.map((v) => makePiece("d", tsString(v.description)));
  // The record names its description piece: a record changes with its line numbers and facts, a description rarely.
  const accepts = model.variables.map((v) => makePiece("a", tsString(describeAccepted(v.accepts))));
  const meta = model.variables.map((v, i) => ({ ...makePiece("m", recordSource(v, descriptions[i].id, accepts[i].id)), refs: [descriptions[i].id, accepts[i].id] }));
  const acceptList = uniquePieces(accepts);
  const code = uniquePieces([...globals.map((g) => g.piece), ...entries.map((e) => e.piece)]);
  const all = [...code, ...uniquePieces([...meta, ...descriptions, ...accepts])];
  // Each removal record once (`const $r0 = { removedAfter, lastSeenIn }`): many variables share one, and the
  // list grows with every version (100 records, 9.8 KB of the newest module written out per variable).
  const removals = Object.entries(history?.removed ?? {});
  const records = Array.from(new Set(removals.map(([, r]) => tsJson(r))));
  const removed = removals.map(([name, r]) => `${tsKey(name)}: $r${records.indexOf(tsJson(r))}`).join(", ");
  const names = model.variables.map((v) => tsString(v.name)).join(", ");
  const sourceInfo = { version: label, vllmVersion: vllmVersionOf(label), sha256: model.source.sha256, variables: model.variables.length };
  const body = (P: (id: string) => string) => [
    `/** The names of every vLLM environment variable of this revision, in source order. */`,
    `export const VLLM_ENV_NAMES = [${names}];`,
    ...records.map((r, i) => `const $r${i} = ${r};`),
    // A plugin's module names its spec: VLLM_ENVS_PLUGIN reads the accepted forms from it.
    plugin ? `const spec = {` : `const api = /*#__PURE__*/ bindVersion({`,
    `  names: VLLM_ENV_NAMES,`,
    `  globals: [${globals.map((g) => `[${tsString(g.name)}, ${P(g.piece.id)}]`).join(", ")}],`,
    `  entries: [${entries.map((e) => P(e.piece.id)).join(", ")}],`,
    `  accepts: [${acceptList.map((x) => P(x.id)).join(", ")}],`,
    `  acceptsOf: [${accepts.map((x) => acceptList.findIndex((y) => y.id === x.id)).join(",")}],`,
    // A plain literal (a call here would keep the whole pure call in bundles); the runtime copies it.
    `  removed: { ${removed} },`,
    ...(init.length ? [`  init: ${tsJson(init)},`] : []),
    ...(model.dictName ? [`  dict: ${tsString(model.dictName)},`] : []),
    ...(plugin ? [`  module: ${plugin.module === null ? "null" : tsString(plugin.module)},`] : []),
    ...(plugin ? [`};`, `const api = /*#__PURE__*/ bindVersion(spec);`] : [`});`]),
    `/** Metadata of every variable: type, default, choices, description, section, reads, source line. */`,
    `export const VLLM_ENV_VARS = /*#__PURE__*/ metadata(VLLM_ENV_NAMES, [${model.variables.map((v, i) => metaRow(P(meta[i].id), v)).join(", ")}]);`,
    `/** The envs.py these bindings were generated from. */`,
    `export const VLLM_ENVS_SOURCE = ${tsJson(sourceInfo)};`,
    ...(plugin ? pluginExport(plugin, label) : []),
    API_FUNCTIONS,
  ].join("\n") + "\n";
  return { pieces: { code, meta: all.slice(code.length) }, source: (spec) => moduleSource(all, body, spec) };
}

/** A plugin module's `VLLM_ENVS_PLUGIN`: what `validateVllmEnv(env, { plugins })` of vLLM's bindings takes. */
function pluginExport(plugin: PluginInfo, label: string): string[] {
  const args = [tsString(plugin.name), tsString(label), plugin.module === null ? "null" : tsString(plugin.module)].join(", ");
  return [
    `/** These plugin bindings, for vLLM's \`validateVllmEnv(env, { plugins: [VLLM_ENVS_PLUGIN] })\`. */`,
    `export const VLLM_ENVS_PLUGIN = /*#__PURE__*/ definePlugin(api, spec, ${args});`,
  ];
}

/** The module: its imports (the runtime; the pool chunks, or the pieces inline) and its body. */
function moduleSource(all: readonly Piece[], body: (ref: (id: string) => string) => string, spec: Specifiers): string {
  const rt = tsString(spec.runtime);
  const errors = `export { ${PUBLIC_RUNTIME_NAMES.join(", ")} } from ${rt};`;
  const chunkOf = spec.pool;
  if (chunkOf === null) {
    // Only the runtime names the module uses: a runtime export can never collide with a name of the module.
    const text = [inlinePool(all), body((id) => `P.${id}`)].join("\n");
    return [runtimeImports(mentioned(spec.runtimeExports, text), spec.runtime, "esm"), errors, text].join("\n");
  }
  // The pool chunks the version uses, in order of first use.
  const chunks = Array.from(new Set(all.map((p) => chunkOf(p.id))));
  const alias = (id: string) => `P${chunks.indexOf(chunkOf(id))}.${id}`;
  if (spec.format === "esm") {
    // Named imports, not `import * as P0`: a namespace of ~1,000 exports and a property read per
    // piece cost ~1.8 ms of each import (issue 10). Piece ids (`p…`, `m…`, `a…`: a letter and
    // eight characters) cannot collide with the module's own names.
    const used = new Map<string, Set<string>>(chunks.map((c) => [c, new Set()]));
    const text = body((id) => {
      used.get(chunkOf(id))?.add(id);
      return id;
    });
    const imports = chunks.map((c) => `import { ${Array.from(used.get(c) ?? []).join(", ")} } from ${tsString(c)};`);
    return [`import { ${runtimeNames(text)} } from ${rt};`, ...imports, errors, text].join("\n");
  }
  // CommonJS written as such: TypeScript's interop helpers for `import *` would be most of the file.
  const text = body(alias);
  return [
    `const R = require(${rt});`,
    ...chunks.map((c, i) => `const P${i} = require(${tsString(c)});`),
    `const { ${runtimeNames(text)} } = R;`,
    ...PUBLIC_RUNTIME_NAMES.map((name) => `export const ${name} = R.${name};`),
    text,
  ].join("\n");
}

/** The runtime functions a version module calls (a plugin's also `definePlugin`). */
function runtimeNames(text: string): string {
  return ["bindVersion", "metadata", "standardSchemas", "defineEnv", ...(text.includes("definePlugin(") ? ["definePlugin"] : [])].join(", ");
}

// The write side's exports (vllmEnvSchema, createVllmEnvSchema, defineVllmEnv) carry no comment here: every
// version module repeats them, and their documentation is in the declarations.
const API_FUNCTIONS = `/** The value of one variable, computed from \`env\` (default: process.env) exactly as CPython would. */
export function getVllmEnv(name, env, options) {
  return api.get(name, env, options);
}
/** Every value that can be computed, and the variables that cannot (invalid values, unsupported). */
export function readVllmEnv(env, options) {
  return api.read(env, options);
}
/** Diagnostics for an environment: invalid values, unknown VLLM_* names with a suggestion, Kubernetes service links. */
export function validateVllmEnv(env, options) {
  return api.validate(env, options);
}
export const vllmEnvSchema = /*#__PURE__*/ standardSchemas(api, VLLM_ENV_NAMES);
export function createVllmEnvSchema(env, options) {
  return standardSchemas(api, VLLM_ENV_NAMES, env, options);
}
export function defineVllmEnv(input, options) {
  return defineEnv(api, VLLM_ENV_NAMES, input, options);
}`;

function uniquePieces(pieces: Piece[]): Piece[] {
  const seen = new Map<string, Piece>();
  for (const p of pieces) seen.set(p.id, p);
  return Array.from(seen.values());
}
