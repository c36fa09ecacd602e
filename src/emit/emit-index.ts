/**
 * The JavaScript of one version module: its names, its metadata and API calls, and
 * references to the shared pieces (pool) and the shared runtime, as statements for the
 * module assembler, which writes the ESM `index.js` and the CommonJS `index.cjs`.
 */
import type { Model, Variable, VersionHistory } from "../ir/types.js";
import { emitPieces, importTimeDefaults, makePiece, type Piece } from "./emit-runtime.js";
import { tsJson, tsKey, tsString } from "./escape.js";
import { compiledText, transpileCompact, type ModuleFormat } from "./compile.js";
import { inlinePool, mentioned } from "./emit-pool.js";
import { assembleModule, type ModuleConst, type ModuleRefs } from "./assemble-module.js";
import { generatorAssets } from "./generator-assets.js";
import { PUBLIC_RUNTIME_NAMES } from "./prelude.js";
import { pluginSource, type SourceOf } from "./banner.js";
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
/**
 * The `compileFactor` of each variable as one string (`1`, `0`, `-` for null), per version and not in the shared
 * records; nothing where the revision has no compile-factor function.
 */
function factorText(variables: readonly Variable[]): string {
  if (variables.every((v) => v.compileFactor === null)) return "";
  return `, ${tsString(variables.map((v) => (v.compileFactor === null ? "-" : v.compileFactor ? "1" : "0")).join(""))}`;
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
  /** The generated-file banner (a `//` line). */
  banner?: string;
  /**
   * ESM: import each chunk as a namespace (`P0.p…`) instead of by name: a smaller module (each id written
   * once, not twice; ~4 KB of an older version), a slower import (see below). For versions other than the newest.
   */
  namespaces?: boolean;
}

/** The version's label as a vLLM version (`v0.9.2-approx` → `0.9.2`), or null when it names none. */
export function vllmVersionOf(label: string): string | null {
  const m = /^v?(\d+\.\d+(?:\.\d+)?(?:\.post\d+)?)/.exec(label);
  return m ? m[1] : null;
}

/** A version module: the pool pieces it references, and its JavaScript for given specifiers. */
export interface VersionModule {
  pieces: VersionPieces;
  module(spec: Specifiers): string;
}

/** A platform plugin's identity, for its module's `VLLM_ENVS_PLUGIN` export. */
export interface PluginInfo {
  /** Its name in the package (`vllm-envs/plugins/<name>`). */
  name: string;
  /** The Python module its code reads (`vllm_gaudi.envs`), where known. */
  module: string | null;
  /** Its env file in its repository (`vllm_gaudi/envs.py`: plugins.json's `path`, `--path`), where known. */
  path?: string | null;
}

/** What a plugin's files were read from: its `path`, else the file of its module. */
export function sourceOfPlugin(plugin: PluginInfo): SourceOf {
  return pluginSource(plugin.name, plugin.path, plugin.module);
}

/** The Python module of a plugin's envs file (`vllm_gaudi/envs.py` → `vllm_gaudi.envs`). */
export function pythonModuleOf(path: string): string | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)\.py$/.exec(path.replace(/^\.\//, ""));
  return m ? (m[1] as string).split("/").join(".") : null;
}

/** The version module's statements (specifier-free) and the pool pieces it references. */
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
  // A plugin's label is the plugin's version (`v0.1.0`), never vLLM's: its `vllmVersion` is null.
  const sourceInfo = { version: label, vllmVersion: plugin ? null : vllmVersionOf(label), sha256: model.source.sha256, variables: model.variables.length };
  const specText = (r: ModuleRefs) =>
    [
      `{`,
      `    names: ${r.name("VLLM_ENV_NAMES")},`,
      `    globals: [${globals.map((g) => `[${tsString(g.name)}, ${r.piece(g.piece.id)}]`).join(", ")}],`,
      `    entries: [${entries.map((e) => r.piece(e.piece.id)).join(", ")}],`,
      `    accepts: [${acceptList.map((x) => r.piece(x.id)).join(", ")}],`,
      `    acceptsOf: [${accepts.map((x) => acceptList.findIndex((y) => y.id === x.id)).join(", ")}],`,
      // A plain literal (a call here would keep the whole pure call in bundles); the runtime copies it.
      `    removed: ${removed ? `{ ${removed} }` : "{}"},`,
      ...(init.length ? [`    init: ${tsJson(init)},`] : []),
      ...(model.dictName ? [`    dict: ${tsString(model.dictName)},`] : []),
      ...(model.openKeys ? [`    open: ${tsString(model.openKeys.reason)},`] : []),
      ...(model.environChanged ? [`    environ: ${tsString(model.environChanged.reason)},`] : []),
      ...(plugin ? [`    module: ${plugin.module === null ? "null" : tsString(plugin.module)},`] : []),
      `}`,
    ].join("\n");
  const consts: ModuleConst[] = [
    { name: "VLLM_ENV_NAMES", exported: true, doc: "The names of every vLLM environment variable of this revision, in source order.", value: () => `[${names}]` },
    ...records.map((r, i) => ({ name: `$r${i}`, value: () => r })),
    // A plugin's module names its spec: VLLM_ENVS_PLUGIN reads the accepted forms from it.
    ...(plugin
      ? [{ name: "spec", value: specText }, { name: "api", pure: true, value: () => "bindVersion(spec)" }]
      : [{ name: "api", pure: true, value: (r: ModuleRefs) => `bindVersion(${specText(r)})` }]),
    // The names, as the template's functions (createVllmEnvSchema, defineVllmEnv) see them in either format.
    { name: "$names", value: (r) => r.name("VLLM_ENV_NAMES") },
    {
      name: "VLLM_ENV_VARS",
      exported: true,
      pure: true,
      doc: "Metadata of every variable: type, default, choices, description, section, reads, source line.",
      value: (r) => {
        const lines = model.variables.map((v) => v.line).join(", ");
        const factors = factorText(model.variables);
        return `metadata(${r.name("VLLM_ENV_NAMES")}, [${meta.map((m) => r.piece(m.id)).join(", ")}], [${lines}]${factors})`;
      },
    },
    { name: "VLLM_ENVS_SOURCE", exported: true, doc: "The env file these bindings were generated from (a plugin's: vllmVersion null).", value: () => tsJson(sourceInfo) },
    ...(plugin ? [pluginExport(plugin, label)] : []),
    // No comment: every version module repeats it, and its documentation is in the declarations.
    { name: "vllmEnvSchema", exported: true, pure: true, value: (r) => `standardSchemas(api, ${r.name("VLLM_ENV_NAMES")})` },
  ];
  return { pieces: { code, meta: all.slice(code.length) }, module: (spec) => moduleText(all, consts, spec) };
}

/** A plugin module's `VLLM_ENVS_PLUGIN`: what `validateVllmEnv(env, { plugins })` of vLLM's bindings takes. */
function pluginExport(plugin: PluginInfo, label: string): ModuleConst {
  const args = [tsString(plugin.name), tsString(label), plugin.module === null ? "null" : tsString(plugin.module)].join(", ");
  const doc = "These plugin bindings, for vLLM's `validateVllmEnv(env, { plugins: [VLLM_ENVS_PLUGIN] })`.";
  return { name: "VLLM_ENVS_PLUGIN", exported: true, pure: true, doc, value: () => `definePlugin(api, spec, ${args})` };
}

/** The runtime functions a version module calls (a plugin's also `definePlugin`). */
function runtimeCalls(consts: readonly ModuleConst[]): string[] {
  const plugin = consts.some((c) => c.name === "VLLM_ENVS_PLUGIN");
  return ["bindVersion", "metadata", "standardSchemas", "defineEnv", ...(plugin ? ["definePlugin"] : [])];
}

/** The module: its imports (the runtime; the pool chunks, or the pieces inline) and its statements. */
function moduleText(all: readonly Piece[], consts: ModuleConst[], spec: Specifiers): string {
  const functions = generatorAssets().api;
  const reexports = PUBLIC_RUNTIME_NAMES;
  const banner = spec.banner ?? "";
  const chunkOf = spec.pool;
  if (chunkOf === null) {
    // The pieces inline, as an object `P` (how `eval` loads a version); only the runtime names the module uses.
    const prelude = compiledInlinePool(all);
    const names = mentioned(spec.runtimeExports, prelude + runtimeCalls(consts).join(" "));
    const refs = { specifier: spec.runtime, names, reexports };
    return assembleModule({ banner, runtime: refs, chunks: [], prelude, consts: consts.map(inlineRefs), functions }, "esm");
  }
  // The pool chunks of the version's pieces, in order of first use, and the ids the module names from each.
  // Named imports in ESM, not `import * as P0`: a namespace of ~1,000 exports and a property read per
  // piece cost ~1.8 ms of each import (issue 10). Piece ids (`p…`, `m…`, `a…`: a letter and
  // eight characters) cannot collide with the module's own names. CommonJS requires every chunk
  // of the version (a chunk whose pieces only its records name, too).
  const used = new Map<string, Set<string>>(all.map((p) => [chunkOf(p.id), new Set<string>()]));
  for (const c of consts) c.value({ name: (n) => n, piece: (id) => (used.get(chunkOf(id))?.add(id), id) });
  const chunks = Array.from(used, ([specifier, ids]) => ({ specifier, ids: Array.from(ids) }));
  const wanted = spec.format === "esm" ? chunks.filter((c) => c.ids.length) : chunks;
  const runtime = { specifier: spec.runtime, names: runtimeCalls(consts), reexports };
  const namespaces = spec.format === "esm" && spec.namespaces === true;
  return assembleModule({ banner, runtime, chunks: wanted, consts, functions, namespaces }, spec.format);
}

function inlineRefs(c: ModuleConst): ModuleConst {
  return { ...c, value: (r) => c.value({ name: r.name, piece: (id) => `P.${id}` }) };
}

function compiledInlinePool(all: readonly Piece[]): string {
  return compiledText(transpileCompact(inlinePool(all), "esm"), "generated code");
}

function uniquePieces(pieces: Piece[]): Piece[] {
  const seen = new Map<string, Piece>();
  for (const p of pieces) seen.set(p.id, p);
  return Array.from(seen.values());
}
