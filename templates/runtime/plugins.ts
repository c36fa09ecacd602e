// Platform plugins (vllm-gaudi, tpu-inference, …) keep their own `environment_variables` dict in a file shaped
// like vllm/envs.py. This file validates vLLM and plugins together. Only plugin modules import it, so a
// bundle of `validateVllmEnv` without plugins does not grow.
import type { VersionApi, VersionSpec, VllmEnvReading } from "./bindings.js";
import { readEnvEntries, type VllmEnvOptions, type VllmEnvPlugin, type VllmEnvSource, type VllmEnvValue } from "./api.js";
import { suggestName, type VllmEnvDiagnostic } from "./validate.js";

/** One side of a combined validation: vLLM or a plugin, its reading of the environment and its tables. */
interface PluginSide {
  /** `vllm` or the plugin's name. */
  readonly by: string;
  /** How messages name it: `vLLM` or `plugin vllm-gaudi (43f5f1fd)`. */
  readonly title: string;
  /** Where its code reads a variable from: `vllm.envs` or the plugin's module. */
  readonly module: string;
  readonly reading: VllmEnvReading;
  readonly accepts: Record<string, string>;
}

/** What a plugin module binds: its API, its accepted forms by name, and the combined validation. */
interface PluginInternals {
  readonly api: VersionApi;
  readonly accepts: Record<string, string>;
  together: typeof validateTogether;
}

/** The `VLLM_ENVS_PLUGIN` export of a plugin's version module. */
export function definePlugin<N extends string>(
  api: VersionApi,
  spec: VersionSpec,
  name: string,
  version: string,
  module: string | null,
): VllmEnvPlugin<N> {
  const accepts: Record<string, string> = Object.create(null);
  spec.names.forEach((n, i) => (accepts[n] = spec.accepts[spec.acceptsOf[i] ?? -1] ?? ""));
  const bindings: PluginInternals = { api, accepts, together: validateTogether };
  return Object.freeze({ name, version, module, names: spec.names as readonly N[], bindings });
}

/** vLLM's names: every variable its reading computed or failed to (a reading covers each name once). */
function vllmNamesOf(reading: VllmEnvReading): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const n of Object.keys(reading.values)) out[n] = "";
  for (const e of [...reading.errors, ...reading.unsupported]) out[e.variable] = "";
  return out;
}

/** A computed value, an error or an unsupported value, as one short text and as data. */
function pluginOutcome(side: PluginSide, name: string): { text: string; data: { by: string; value?: VllmEnvValue; error?: string } } {
  const e = side.reading.errors.find((x) => x.variable === name);
  if (e) return { text: `raises ${e.pythonType}`, data: { by: side.by, error: `${e.pythonType}: ${e.reason}` } };
  const u = side.reading.unsupported.find((x) => x.variable === name);
  if (u) return { text: "cannot be computed statically", data: { by: side.by, error: `unsupported: ${u.reason}` } };
  const value = (side.reading.values as Record<string, VllmEnvValue>)[name] as VllmEnvValue;
  return { text: `gives ${shownValue(value)}`, data: { by: side.by, value } };
}

function shownValue(v: VllmEnvValue): string {
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof Set ? Array.from(x as Set<unknown>) : x)) ?? "undefined";
}

/**
 * A variable both define. Neither definition replaces the other: vLLM's code reads `vllm.envs.NAME` (vLLM's
 * getter), the plugin's code reads its own module's (the plugin's getter), and both getters read the same
 * environment when called. Reported when the variable is set, or when the two compute different values.
 */
function sharedDiagnostic(name: string, vllm: PluginSide, plugin: PluginSide, value: string | undefined): VllmEnvDiagnostic | null {
  const a = pluginOutcome(vllm, name);
  const b = pluginOutcome(plugin, name);
  const same = a.text === b.text;
  if (same && value === undefined) return null;
  const message =
    `${name} is defined by vLLM and by ${plugin.title}: vLLM's code reads ${vllm.module}.${name}, which ${a.text}; ` +
    `the plugin's code reads ${plugin.module}.${name}, which ${b.text}` + (same ? "" : " (they differ)");
  const definitions = [a.data, b.data];
  const severity = same ? "info" : "warning";
  return { severity, code: "shared-variable", variable: name, ...(value === undefined ? {} : { value }), message, definitions };
}

/** A plugin's own findings: invalid values where CPython raises, set variables it cannot check. */
function pluginFindings(side: PluginSide, values: Map<string, string>): VllmEnvDiagnostic[] {
  const out: VllmEnvDiagnostic[] = [];
  for (const e of side.reading.errors) {
    const value = values.get(e.variable);
    const message = `${e.message} (accepted: ${side.accepts[e.variable]}; ${side.title})`;
    const raw = value === undefined ? {} : { value };
    out.push({ severity: "error", code: "invalid-value", variable: e.variable, ...raw, message, definedBy: side.by });
  }
  for (const e of side.reading.unsupported) {
    const value = values.get(e.variable);
    if (value === undefined) continue;
    const message = `${e.variable} cannot be checked statically (${side.title}): ${e.reason}`;
    out.push({ severity: "info", code: "unchecked", variable: e.variable, value, message, definedBy: side.by });
  }
  return out;
}

/** `validateVllmEnv(env, { plugins })`: vLLM's findings, each plugin's, and the variables both define. */
function validateTogether(
  vllmApi: VersionApi,
  plugins: readonly VllmEnvPlugin[],
  env: VllmEnvSource | undefined,
  options: VllmEnvOptions | undefined,
): VllmEnvDiagnostic[] {
  const entries = readEnvEntries(env);
  const plain: Record<string, string> = Object.create(null);
  for (const [k, v] of entries.values) plain[k] = v;
  const opts = options === undefined ? undefined : { ...options, plugins: undefined };
  const reading = vllmApi.read(plain, opts);
  const vllm: PluginSide = { by: "vllm", title: "vLLM", module: "vllm.envs", reading, accepts: vllmNamesOf(reading) };
  const sides = plugins.map((p): PluginSide => {
    const { api, accepts } = p.bindings as PluginInternals;
    const title = `plugin ${p.name} (${p.version})`;
    return { by: p.name, title, module: p.module ?? `${p.name}'s envs module`, reading: api.read(plain, opts), accepts };
  });
  const known = new Set([...Object.keys(vllm.accepts), ...sides.flatMap((s) => Object.keys(s.accepts))]);
  const pluginNames = sides.flatMap((s) => Object.keys(s.accepts));
  const everyName = Array.from(known);
  const inPlugin = (key: string) => sides.some((s) => Object.hasOwn(s.accepts, key));
  const out: VllmEnvDiagnostic[] = [];
  for (const d of vllmApi.validate(env, opts)) {
    const naming = d.code === "unknown-variable" || d.code === "removed-variable" || d.code === "service-link";
    if (naming && inPlugin(d.variable)) continue; // a plugin defines it: its own rules check it below
    if (d.code !== "unknown-variable") out.push(d.code === "invalid-value" || d.code === "unchecked" ? { ...d, definedBy: "vllm" } : d);
    else out.push(unknownTogether(d.variable, d.value as string, everyName, sides));
  }
  for (const s of sides) out.push(...pluginFindings(s, entries.values));
  // Outside the VLLM prefix (validateEnvironment's scope), a name within typo distance of a plugin's variable.
  for (const key of Array.from(entries.values.keys()).sort()) {
    if (known.has(key) || /^vllm/i.test(key) || out.some((d) => d.variable === key)) continue;
    if (suggestName(key, pluginNames) !== undefined) out.push(unknownTogether(key, entries.values.get(key) as string, everyName, sides));
  }
  for (const s of sides) {
    for (const name of Object.keys(s.accepts)) {
      if (!Object.hasOwn(vllm.accepts, name)) continue;
      const d = sharedDiagnostic(name, vllm, s, entries.values.get(name));
      if (d) out.push(d);
    }
  }
  return out;
}

function unknownTogether(key: string, value: string, names: readonly string[], sides: readonly PluginSide[]): VllmEnvDiagnostic {
  const suggestion = suggestName(key, names);
  const hint = suggestion ? `; did you mean ${suggestion}?` : "";
  const of = ["vLLM", ...sides.map((s) => s.title)].join(" or ");
  const message = `${key} is not an environment variable of ${of}${hint}`;
  return { severity: "warning", code: "unknown-variable", variable: key, value, message, ...(suggestion ? { suggestion } : {}) };
}
