/**
 * The bindings package (`generated/` as published: `vllm-envs`): one shared runtime, one pool
 * of translated pieces shared by every version, thin per-version modules, each in ESM and
 * CommonJS with declarations, plus `versions/`, `latest/`, `node-host/` and package.json.
 * Computed from the models of every version (cheap: no formatting), on every sync.
 */
import type { Model, VersionHistory } from "../ir/types.js";
import { runtimeSource } from "../emit/prelude.js";
import { buildVersionModule, sourceOfPlugin, vllmVersionOf, type PluginInfo, type VersionModule } from "../emit/emit-index.js";
import { poolSource } from "../emit/emit-pool.js";
import { docsDeclarations, emitDeclarations } from "../emit/emit-declarations.js";
import { inputTypeAliases } from "../emit/emit-input-types.js";
import { versionsDeclarations, versionsModule, type PackageVersion } from "../emit/emit-versions.js";
import { compiledText, transpileCompact, type ModuleFormat } from "../emit/compile.js";
import { generatedNotice, lineComment, sourceFileText } from "../emit/banner.js";
import { generatorAssets } from "../emit/generator-assets.js";
import type { Piece } from "../emit/emit-runtime.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, toolVersion } from "../util/package-root.js";
import { packageJson, packageReadme } from "./package-meta.js";

/** One version the package holds, oldest first. */
export interface PackageInput {
  version: string;
  model: Model;
  history?: VersionHistory;
}

/** Which tree {@link packageFiles} builds: the package (with its plugins' names), or one plugin's tree. */
export interface PackageTree {
  /** Build the tree of this plugin (at `plugins/<name>/` of the package). */
  plugin?: PluginInfo;
  /** The package's plugins (trees under `plugins/`), for its `exports`. */
  plugins?: readonly string[];
}

const EXT: Record<ModuleFormat, ".js" | ".cjs"> = { esm: ".js", cjs: ".cjs" };


function banner(what: string): string {
  // Broken at 120 columns: a version's banner with its sha256 is ~150 (`.d.ts` files are read by people).
  return `${lineComment(generatedNotice(toolVersion(), `: ${what.replace(/[\r\n\u2028\u2029]/g, " ")}`))}\n`;
}

/** The runtime, compiled when the toolchain was built (generator-assets.ts): `runtime/index` (every table) and
 * `runtime/browser` (without CPython's tables, for browser bundles: package.json `browser`). */
function runtime(): Map<string, string> {
  const { runtime: full, browserRuntime } = generatorAssets();
  const head = banner("the Python-semantics runtime shared by every version");
  const browser = banner("the Python-semantics runtime without CPython's tables, for browser bundles (package.json `browser`)");
  return new Map([
    ["runtime/index.js", head + full.esm],
    ["runtime/index.cjs", head + full.cjs],
    ["runtime/index.d.cts", head + full.dts + inputTypeAliases()],
    ["runtime/browser.js", browser + browserRuntime.esm],
    ["runtime/browser.cjs", browser + browserRuntime.cjs],
  ]);
}

/** The runtime's JavaScript in one format (the toolchain's `eval` loads the same code). */
export function runtimeJs(format: ModuleFormat): string {
  return runtime().get(`runtime/index${EXT[format]}`) as string;
}

function nodeHost(): Map<string, string> {
  const { esm, cjs, dts } = generatorAssets().nodeHost;
  const head = banner("a host backed by this machine (filesystem, CPU count, user database)");
  return new Map([
    ["node-host/index.js", head + esm],
    ["node-host/index.cjs", head + cjs],
    ["node-host/index.d.cts", head + dts],
    ["node-host/index.d.ts", head + `export * from "./index.cjs";\n`],
  ]);
}

/** Both formats of a module (`make` writes it for one). */
function bothFormats(files: Map<string, string>, path: string, make: (format: ModuleFormat) => string): void {
  for (const format of ["esm", "cjs"] as const) files.set(`${path}${EXT[format]}`, make(format));
}

/** Which version's chunk holds each piece: the newest version that uses it. */
function chunkOwners(built: readonly { pieces: Piece[] }[]): Map<string, number> {
  const owner = new Map<string, number>();
  const pieceCode = new Map<string, string>();
  built.forEach((b, i) => {
    for (const p of b.pieces) {
      const other = owner.has(p.id) ? pieceCode.get(p.id) : undefined;
      if (other !== undefined && other !== p.code) throw new Error(`two pieces share the id ${p.id}`);
      pieceCode.set(p.id, p.code);
      owner.set(p.id, i);
    }
  });
  return owner;
}

/** The pool chunks: per version, the pieces it is the newest user of, importing what they name from newer chunks. */
function poolChunks(files: Map<string, string>, inputs: readonly PackageInput[], built: readonly { pieces: Piece[] }[], owner: ReadonlyMap<string, number>, up: string): void {
  const { exports } = runtimeSource();
  const byChunk = new Map<number, Map<string, Piece>>();
  built.forEach((b) => b.pieces.forEach((p) => byChunk.set(owner.get(p.id) as number, (byChunk.get(owner.get(p.id) as number) ?? new Map()).set(p.id, p))));
  for (const [i, pieces] of byChunk) {
    const label = (inputs[i] as PackageInput).version;
    const external = new Map<number, Set<string>>();
    for (const p of pieces.values()) for (const r of p.refs ?? []) if (owner.get(r) !== i) external.set(owner.get(r) as number, (external.get(owner.get(r) as number) ?? new Set()).add(r));
    const head = banner(`translated code and metadata first shared as of ${label}`);
    bothFormats(files, `shared/${label}`, (format) => {
      const imports = Array.from(external, ([j, ids]) => ({ specifier: `./${(inputs[j] as PackageInput).version}${EXT[format]}`, ids: Array.from(ids).sort() }));
      const source = head + poolSource(Array.from(pieces.values()), format, `${up}runtime/index${EXT[format]}`, exports, imports);
      return compiledText(transpileCompact(source, format), `the pool chunk of ${label}`);
    });
  }
}

/**
 * Every file of the package except the per-version schemas and docs (those come from `generateFiles`). With
 * `plugin`, the files of a platform plugin's tree, which sits at `plugins/<name>/` of the package and uses its
 * runtime (`../../../runtime/`): no runtime, host, package.json or README of its own.
 */
export function packageFiles(inputs: readonly PackageInput[], tree: PackageTree = {}): Map<string, string> {
  const { plugin, plugins = [] } = tree;
  const files = new Map<string, string>(plugin ? [] : runtime());
  const up = plugin ? "../../../" : "../";
  const { exports } = runtimeSource();
  const docs = new Map<string, Piece>();
  const built = inputs.map((input) => buildVersionModule(input.model, input.version, input.history, plugin));
  const owner = chunkOwners(built.map((b) => ({ pieces: [...b.pieces.code, ...b.pieces.meta] })));
  inputs.forEach(({ version, model }, i) => {
    const from = plugin ? `${sourceFileText(sourceOfPlugin(plugin))} of plugin ${plugin.name}` : "vllm/envs.py";
    const head = banner(`${from} ${version} (sha256 ${model.source.sha256})`);
    const chunk = (format: ModuleFormat) => (id: string) => `../shared/${(inputs[owner.get(id) as number] as PackageInput).version}${EXT[format]}`;
    // The newest version (what `vllm-envs` imports) keeps named imports: the faster import.
    const namespaces = i < inputs.length - 1;
    const spec = (format: ModuleFormat) => ({ format, runtime: `${up}runtime/index${EXT[format]}`, runtimeExports: exports, pool: chunk(format), banner: head, namespaces });
    bothFormats(files, `${version}/index`, (format) => (built[i] as VersionModule).module(spec(format)));
    const decl = emitDeclarations(model, version, head.trimEnd(), `${up}runtime/index.cjs`, "../shared/docs.cjs", plugin !== undefined);
    files.set(`${version}/types.d.cts`, decl.text);
    for (const p of decl.pieces) docs.set(p.id, p);
    files.set(`${version}/index.d.ts`, head + `export * from "./types.cjs";\n`);
    files.set(`${version}/index.d.cts`, head + `export * from "./types.cjs";\n`);
  });
  poolChunks(files, inputs, built.map((b) => ({ pieces: [...b.pieces.code, ...b.pieces.meta] })), owner, up);
  files.set("shared/docs.d.cts", docsDeclarations(Array.from(docs.values()), banner("the documented properties of VllmEnv, shared by every version"), `${up}runtime/index.cjs`));
  // A plugin tree's versions are the plugin's (`v0.1.0`), not vLLM's: no vllmVersion there.
  const versions: PackageVersion[] = inputs.map((i) => ({ label: i.version, vllmVersion: plugin ? null : vllmVersionOf(i.version), sha256: i.model.source.sha256, variables: i.model.variables.length }));
  const vHead = banner("the versions of these bindings");
  bothFormats(files, "versions/index", (format) => versionsModule(versions, vHead, format));
  files.set("versions/index.d.cts", vHead + versionsDeclarations(versions));
  files.set("versions/index.d.ts", vHead + `export * from "./index.cjs";\n`);
  const newest = inputs[inputs.length - 1];
  if (newest) for (const [f, text] of latestFiles(newest.version)) files.set(f, text);
  if (plugin) return files;
  for (const [f, text] of nodeHost()) files.set(f, text);
  files.set("package.json", packageJson(newest?.version ?? null, plugins));
  files.set("README.md", packageReadme(versions, plugins));
  // The package's licence (package.json says Apache-2.0): the repository's own LICENSE, word for word.
  files.set("LICENSE", readFileSync(join(packageRoot(), "LICENSE"), "utf8"));
  return files;
}

/** `latest/`: the newest version and the versions helper, re-exported. */
function latestFiles(version: string): Map<string, string> {
  const head = banner(`the newest version, ${version}`);
  const v = JSON.stringify(`../${version}/index`);
  return new Map([
    ["latest/index.js", `${head}export * from ${v.slice(0, -1)}.js";\nexport * from "../versions/index.js";\n`],
    ["latest/index.cjs", `${head}"use strict";\nmodule.exports = { ...require(${v.slice(0, -1)}.cjs"), ...require("../versions/index.cjs") };\n`],
    ["latest/index.d.ts", `${head}export * from ${JSON.stringify(`../${version}/types.cjs`)};\nexport * from "../versions/index.cjs";\n`],
    ["latest/index.d.cts", `${head}export * from ${JSON.stringify(`../${version}/types.cjs`)};\nexport * from "../versions/index.cjs";\n`],
  ]);
}
