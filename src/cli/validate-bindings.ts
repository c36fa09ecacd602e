/**
 * The generated bindings `validate` checks against: `--version` as a label
 * (`v0.9.2-approx`) or a vLLM version (`0.9.2`, `v0.9.2`) the package's
 * `resolveVllmEnvsVersion` maps to one; a miss lists the versions that exist. With `--plugin
 * NAME[@VERSION]`, platform plugins' bindings (`generated/plugins/NAME/`) join them: their variables are
 * known names, checked by the plugin's own rules (`validateVllmEnv(env, { plugins })`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkLabel, isLabelShaped } from "../sync/sources.js";
import { packageRoot } from "../util/package-root.js";
import { UsageError } from "./options.js";
import { editDistance } from "../../templates/runtime/validate.js";

/** One finding of the package's `validateVllmEnv`. */
export interface Diagnostic {
  severity: "error" | "warning" | "info";
  code: string;
  variable: string;
  value?: string;
  message: string;
  suggestion?: string;
}

/** A set of bindings: which version it is, the names it knows, its validator. */
export interface BindingSet {
  /** The package subpath (`v0.28-dev-2026-08`). */
  label: string;
  /** The vLLM version it stands for, or null. */
  vllmVersion: string | null;
  /** The variables of that `envs.py` (`environment_variables`' keys), and the plugins'. */
  names: ReadonlySet<string>;
  /** How many variables that `envs.py` defines. */
  variables: number;
  /** The other environment variables the getter of `name` reads. */
  reads(name: string): readonly string[];
  /** `validateVllmEnv` of those bindings. */
  validate(env: Record<string, string>): Diagnostic[];
  /**
   * The functions that `envs.py` defines at module level (`def validate_environ(hard_fail: bool)`), from the
   * version's `model.json`; null when that file is not beside the bindings (an installed package).
   */
  moduleFunctions: ReadonlySet<string> | null;
  /** The plugins' bindings that joined them (`--plugin`). */
  plugins: readonly { name: string; label: string; variables: number }[];
}

interface BindingsModule {
  VLLM_ENVS_SOURCE: { version: string; vllmVersion: string | null };
  VLLM_ENV_NAMES: readonly string[];
  VLLM_ENV_VARS: Readonly<Record<string, { reads?: readonly string[] }>>;
  validateVllmEnv(env: Record<string, string>, options?: { plugins?: readonly object[] }): Diagnostic[];
}

/** A plugin's version module: its tables and `VLLM_ENVS_PLUGIN`, what vLLM's `validateVllmEnv` takes. */
interface PluginModule {
  VLLM_ENVS_SOURCE: { version: string };
  VLLM_ENV_NAMES: readonly string[];
  VLLM_ENV_VARS: Readonly<Record<string, { reads?: readonly string[] }>>;
  VLLM_ENVS_PLUGIN?: object;
}

interface VersionsModule {
  VLLM_ENVS_VERSIONS: readonly { label: string; vllmVersion: string | null }[];
  resolveVllmEnvsVersion(v: string): { label: string; exact: boolean } | null;
}

async function resolveLabel(generated: string, version: string): Promise<string> {
  // A label names a folder: nothing else (no `..`, no separator) reaches the path.
  checkLabel(version, "--version");
  if (existsSync(join(generated, version, "index.js"))) return version;
  const helper = join(generated, "versions", "index.js");
  const v = existsSync(helper) ? ((await import(pathToFileURL(helper).href)) as VersionsModule) : null;
  const hit = v?.resolveVllmEnvsVersion(version) ?? null;
  // The bindings of that release, or of a snapshot of it (`0.9.2` → `v0.9.2-approx`: the label says so).
  const release = v?.VLLM_ENVS_VERSIONS.find((x) => x.label === hit?.label)?.vllmVersion;
  if (v && hit && (hit.exact || release === version.replace(/^v/, ""))) return hit.label;
  const near = hit ? ` (the nearest older is ${hit.label})` : "";
  const available = v ? v.VLLM_ENVS_VERSIONS.map((x) => x.label).join(", ") : "none";
  throw new UsageError(`no generated bindings for version ${JSON.stringify(version)}${near}; available: ${available}`);
}

async function importVersion<T>(generated: string, version: string | undefined): Promise<T> {
  const label = version === undefined || version === "latest" ? "latest" : await resolveLabel(generated, version);
  const file = join(generated, label, "index.js");
  if (!existsSync(file))
    throw new UsageError(`no generated bindings in ${join(generated, label)} (run npm run generate)`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** "no bindings for plugin X; available: a, b (did you mean a?)": like a bad `@version`, list what exists. */
function unknownPlugin(name: string, dir: string): string {
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, "versions.json"))).sort() : [];
  const cap = Math.max(2, Math.floor(name.length / 3));
  const near = names
    .map((n) => ({ n, d: editDistance(name.toLowerCase(), n.toLowerCase(), cap) }))
    .filter((x) => x.d <= cap)
    .sort((a, b) => a.d - b.d)[0];
  const hint = near ? `; did you mean ${JSON.stringify(near.n)}?` : "";
  const available = `available: ${names.join(", ") || "none"}${hint}`;
  return `no generated bindings for plugin ${JSON.stringify(name)} (generated/plugins/${name}/); ${available}`;
}

/** `--plugin NAME[@VERSION]` (repeatable): each plugin's version module, from `generated/plugins/NAME/`. */
async function loadPlugins(specs: readonly string[]): Promise<{ name: string; m: PluginModule }[]> {
  const out: { name: string; m: PluginModule }[] = [];
  for (const spec of specs) {
    const [name, version, ...rest] = spec.split("@");
    if (rest.length || !name) throw new UsageError(`--plugin ${JSON.stringify(spec)}: expected NAME or NAME@VERSION`);
    checkLabel(name, "--plugin");
    const trees = join(packageRoot(), "generated", "plugins");
    const tree = join(trees, name);
    if (!existsSync(join(tree, "versions.json"))) throw new UsageError(unknownPlugin(name, trees));
    const m = await importVersion<PluginModule>(tree, version);
    if (!m.VLLM_ENVS_PLUGIN) throw new UsageError(`generated/plugins/${name} holds no plugin bindings (VLLM_ENVS_PLUGIN)`);
    out.push({ name, m });
  }
  return out;
}

/** The `def`s of the version's `model.json` (its `helpers`), or null when it is absent or not readable. */
function readModuleFunctions(label: string): ReadonlySet<string> | null {
  // The label names a folder: nothing else (no `..`, no separator) reaches the path.
  if (!isLabelShaped(label)) return null;
  const file = join(packageRoot(), "generated", label, "model.json");
  if (!existsSync(file)) return null;
  try {
    const helpers = (JSON.parse(readFileSync(file, "utf8")) as { helpers?: unknown }).helpers;
    if (!Array.isArray(helpers)) return null;
    return new Set(helpers.map((h) => (h as { name?: unknown }).name).filter((n) => typeof n === "string"));
  } catch {
    return null; // not ours to judge: the CLI then claims nothing about what the module defines
  }
}

function readsOf(vars: BindingsModule["VLLM_ENV_VARS"], name: string): readonly string[] | null {
  return Object.hasOwn(vars, name) ? (vars[name].reads ?? []) : null;
}

/** Load the bindings for `--version` (default: the newest), joined by the `--plugin` bindings. */
export async function loadBindings(version: string | undefined, pluginSpecs: readonly string[] = []): Promise<BindingSet> {
  const m = await importVersion<BindingsModule>(join(packageRoot(), "generated"), version);
  const plugins = await loadPlugins(pluginSpecs);
  const objects = plugins.map((p) => p.m.VLLM_ENVS_PLUGIN as object);
  const names = new Set([...m.VLLM_ENV_NAMES, ...plugins.flatMap((p) => p.m.VLLM_ENV_NAMES)]);
  return {
    label: m.VLLM_ENVS_SOURCE.version,
    vllmVersion: m.VLLM_ENVS_SOURCE.vllmVersion,
    names,
    variables: m.VLLM_ENV_NAMES.length,
    moduleFunctions: readModuleFunctions(m.VLLM_ENVS_SOURCE.version),
    reads: (name) => {
      const all = [m.VLLM_ENV_VARS, ...plugins.map((p) => p.m.VLLM_ENV_VARS)].map((vars) => readsOf(vars, name) ?? []);
      return Array.from(new Set(all.flat()));
    },
    validate: (env) => (objects.length ? m.validateVllmEnv(env, { plugins: objects }) : m.validateVllmEnv(env)),
    plugins: plugins.map((p) => ({ name: p.name, label: p.m.VLLM_ENVS_SOURCE.version, variables: p.m.VLLM_ENV_NAMES.length })),
  };
}
