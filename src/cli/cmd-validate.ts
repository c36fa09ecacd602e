/**
 * `vllm-envs validate [--version V] [--plugin NAME[@VERSION]]... (--env-file .env | --manifest k8s.yaml | --process-env)`:
 * the diagnostics of `validateVllmEnv` (with platform plugins: `{ plugins }`); exit 1 when any value is invalid.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../util/package-root.js";
import { readDotenv, readManifest, type EnvSource } from "../validate/read-env-file.js";
import { UsageError, type CliValues } from "./main.js";
import { checkLabel } from "../sync/sources.js";

interface Diagnostic {
  severity: string;
  code: string;
  variable: string;
  message: string;
}

interface Bindings {
  validateVllmEnv(env: Record<string, string>, options?: { plugins?: readonly object[] }): Diagnostic[];
}

interface Versions {
  VLLM_ENVS_VERSIONS: readonly { label: string }[];
  resolveVllmEnvsVersion(v: string): { label: string; exact: boolean } | null;
}

/**
 * The bindings for `--version`: a label, or a vLLM version (`0.9.2`, `v0.9.2`) the package's versions resolve;
 * `tree` is the package or a plugin's tree (`plugins/NAME`) of it.
 */
async function loadBindings<T = Bindings>(version: string | undefined, tree = ""): Promise<T> {
  const label = version ?? "latest";
  if (label !== "latest") checkLabel(label, "--version");
  const generated = join(packageRoot(), "generated", tree);
  let file = join(generated, label, "index.js");
  if (!existsSync(file)) {
    const helper = join(generated, "versions", "index.js");
    const v = existsSync(helper) ? ((await import(pathToFileURL(helper).href)) as Versions) : null;
    const hit = v?.resolveVllmEnvsVersion(label) ?? null;
    if (!v || !hit?.exact) {
      const near = hit ? ` (the nearest older is ${hit.label})` : "";
      throw new UsageError(`no generated bindings for version ${JSON.stringify(label)}${near}; available: ${v ? v.VLLM_ENVS_VERSIONS.map((x) => x.label).join(", ") : "none"}`);
    }
    file = join(generated, hit.label, "index.js");
  }
  return (await import(pathToFileURL(file).href)) as T;
}

/** `--plugin NAME[@VERSION]` (repeatable): each plugin's `VLLM_ENVS_PLUGIN`, from `generated/plugins/NAME/`. */
async function loadPlugins(specs: readonly string[] | undefined): Promise<object[]> {
  const plugins: object[] = [];
  for (const spec of specs ?? []) {
    const [name, version, ...rest] = spec.split("@");
    if (rest.length || !name) throw new UsageError(`--plugin ${JSON.stringify(spec)}: expected NAME or NAME@VERSION`);
    checkLabel(name, "--plugin");
    if (!existsSync(join(packageRoot(), "generated", "plugins", name, "versions.json"))) {
      throw new UsageError(`no generated bindings for plugin ${JSON.stringify(name)} (generated/plugins/${name}/)`);
    }
    const m = await loadBindings<{ VLLM_ENVS_PLUGIN?: object }>(version, join("plugins", name));
    if (!m.VLLM_ENVS_PLUGIN) throw new UsageError(`generated/plugins/${name} holds no plugin bindings (VLLM_ENVS_PLUGIN)`);
    plugins.push(m.VLLM_ENVS_PLUGIN);
  }
  return plugins;
}

function sources(values: CliValues): EnvSource[] {
  const chosen = [values["env-file"], values.manifest, values["process-env"]].filter((x) => x !== undefined && x !== false);
  if (chosen.length !== 1) throw new UsageError("give exactly one of --env-file FILE, --manifest FILE, --process-env");
  if (values["env-file"]) return [readDotenv(values["env-file"])];
  if (values.manifest) return readManifest(values.manifest);
  const env: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return [{ label: "process environment", env }];
}

/** Run `validate`. */
export async function runValidate(values: CliValues): Promise<number> {
  const envs = sources(values);
  const bindings = await loadBindings(values.version);
  const plugins = await loadPlugins(values.plugin);
  let invalid = 0;
  const all: { source: string; diagnostics: Diagnostic[] }[] = [];
  for (const s of envs) {
    const diagnostics = plugins.length ? bindings.validateVllmEnv(s.env, { plugins }) : bindings.validateVllmEnv(s.env);
    invalid += diagnostics.filter((d) => d.severity === "error").length;
    all.push({ source: s.label, diagnostics });
    if (!values.json) for (const d of diagnostics) process.stdout.write(`${s.label}: ${d.severity}: ${d.message}\n`);
  }
  if (values.json) process.stdout.write(JSON.stringify({ results: all }, null, 2) + "\n");
  else process.stdout.write(`${invalid ? `${invalid} invalid value${invalid === 1 ? "" : "s"}` : "no invalid values"} in ${envs.length} environment${envs.length === 1 ? "" : "s"}\n`);
  return invalid ? 1 : 0;
}
