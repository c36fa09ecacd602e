/**
 * What the generator compiles from its own TypeScript (never from envs.py): the runtime, the
 * Node host, the explorer page's script and the API functions of the version modules. They
 * are compiled when the toolchain is built (`npm run build` writes `dist/generator-assets.json`)
 * so that `generate`, `sync` and `eval` never load the TypeScript compiler (~1 s of a cold run).
 * The file is keyed by a hash of every input; when it is missing or stale (templates edited
 * since the build, or running from sources) the same code compiles them in-process.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";
import { compileTemplateFunctions, compiledText, declare, reindentDeclarations, transpile, transpileCompact, transpileScript } from "./compile.js";
import type { TemplateFunction } from "./compile.js";
import { browserRuntimeSource, publicRuntimeSource, runtimeSource } from "./prelude.js";

/** Bump when the way assets are compiled changes (the inputs' text is hashed; this code is not). */
const ASSET_FORMAT = "1";

/** The explorer page's script modules, in dependency order (types-only `site-data.ts` emits nothing). */
const PAGE_MODULES = ["page-text.ts", "page-diff.ts", "page-render.ts", "page-main.ts"];

/** One compiled module: ESM, CommonJS and declarations (bodies; the banner is added where written). */
export interface CompiledModule {
  esm: string;
  cjs: string;
  dts: string;
}

/** Everything the generator compiles from its own sources. */
export interface GeneratorAssets {
  key: string;
  runtime: CompiledModule;
  /** The runtime without CPython's tables (prelude.ts `browserRuntimeSource`), for browser bundles. */
  browserRuntime: { esm: string; cjs: string };
  nodeHost: CompiledModule;
  /** The page's script: one strict IIFE. */
  siteScript: string;
  /** The functions of `templates/module/api.ts` (a version module's API), compiled, in order. */
  api: TemplateFunction[];
  /** The functions of `templates/module/versions.ts` (`versions/`), compiled, in order. */
  versions: TemplateFunction[];
}

interface Inputs {
  runtime: string;
  browserRuntime: string;
  publicRuntime: string;
  nodeHost: string;
  site: string[];
  api: string;
  versions: string;
  compilers: unknown;
}

function readInputs(): Inputs {
  const root = packageRoot();
  const read = (...p: string[]) => readFileSync(join(root, ...p), "utf8");
  const pkg = JSON.parse(read("package.json")) as { dependencies?: Record<string, string> };
  return {
    runtime: runtimeSource().source,
    browserRuntime: browserRuntimeSource(),
    publicRuntime: publicRuntimeSource(),
    nodeHost: read("src", "host", "node-host.ts"),
    site: PAGE_MODULES.map((m) => read("templates", "site", m)),
    api: read("templates", "module", "api.ts"),
    versions: read("templates", "module", "versions.ts"),
    // The compilers' exact pins: another version may print differently.
    compilers: { format: ASSET_FORMAT, typescript: pkg.dependencies?.["ts-morph"], esbuild: pkg.dependencies?.esbuild },
  };
}

function keyOf(inputs: Inputs): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}

function compileAssets(inputs: Inputs, key: string): GeneratorAssets {
  const { runtime, publicRuntime, nodeHost } = inputs;
  return {
    key,
    runtime: {
      esm: compiledText(transpileCompact(runtime, "esm"), "the runtime"),
      cjs: compiledText(transpileCompact(runtime, "cjs"), "the runtime"),
      dts: reindentDeclarations(compiledText(declare(publicRuntime), "the runtime")),
    },
    browserRuntime: {
      esm: compiledText(transpileCompact(inputs.browserRuntime, "esm"), "the browser runtime"),
      cjs: compiledText(transpileCompact(inputs.browserRuntime, "cjs"), "the browser runtime"),
    },
    nodeHost: {
      esm: compiledText(transpile(nodeHost, "esm"), "node-host"),
      cjs: compiledText(transpile(nodeHost, "cjs"), "node-host"),
      dts: reindentDeclarations(compiledText(declare(nodeHost), "node-host")),
    },
    siteScript: pageScript(inputs.site),
    api: compileTemplateFunctions(inputs.api, "templates/module/api.ts"),
    versions: compileTemplateFunctions(inputs.versions, "templates/module/versions.ts"),
  };
}

/** The page's modules as one strict IIFE (each module's imports are the modules before it). */
function pageScript(modules: readonly string[]): string {
  const body = modules.map((text, i) => transpileScript(text, `templates/site/${PAGE_MODULES[i]}`)).join("\n");
  return `(() => {\n"use strict";\n${body}})();\n`;
}

/** Where the build stores the compiled assets. */
function assetsFile(): string {
  return join(packageRoot(), "dist", "generator-assets.json");
}

let cached: GeneratorAssets | null = null;

/** The compiled assets: the build's when current, else compiled now (once per process). */
export function generatorAssets(): GeneratorAssets {
  if (cached) return cached;
  const inputs = readInputs();
  const key = keyOf(inputs);
  const file = assetsFile();
  if (existsSync(file)) {
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as GeneratorAssets;
      if (stored.key === key) return (cached = stored);
    } catch {
      // A damaged file is only a cache: compile instead.
    }
  }
  return (cached = compileAssets(inputs, key));
}

/** Compile the assets and store them for later runs (the build's last step); returns the file written. */
export function writeGeneratorAssets(): string {
  const inputs = readInputs();
  cached = compileAssets(inputs, keyOf(inputs));
  // Atomically: a generate running meanwhile reads the old file or the new one, never half of one.
  writeFileSync(`${assetsFile()}.tmp`, JSON.stringify(cached) + "\n");
  renameSync(`${assetsFile()}.tmp`, assetsFile());
  return assetsFile();
}

/** Whether the stored assets are current (the bench reports it: a cold run without them compiles). */
export function generatorAssetsCurrent(): boolean {
  try {
    return (JSON.parse(readFileSync(assetsFile(), "utf8")) as GeneratorAssets).key === keyOf(readInputs());
  } catch {
    return false;
  }
}
