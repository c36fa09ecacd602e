/**
 * `vllm-envs validate [--version V] [--strict] [--plugin NAME[@VERSION]]... (--env-file FILE | --manifest FILE |
 * --process-env)`:
 * the package's `validateVllmEnv` over each environment a deployment file defines
 * (`-` reads standard input); exit 1 when anything is an error.
 */
import { readDotenv } from "../validate/read-env-file.js";
import { readTextInput } from "../validate/read-input.js";
import { readManifest } from "../validate/read-manifest.js";
import { createEnvSource, setKnown, type EnvSource, type UncheckedEntry } from "../validate/env-source.js";
import { UsageError, plural, type CliValues } from "./options.js";
import { loadBindings, type BindingSet, type Diagnostic } from "./validate-bindings.js";

/** The findings for one environment. */
interface Result {
  source: string;
  diagnostics: Diagnostic[];
  notes: string[];
  /** The entries concerning vLLM whose values were checked. */
  checked: string[];
  unchecked: number;
}

function readSources(values: CliValues): EnvSource[] {
  const chosen = [values["env-file"], values.manifest, values["process-env"]].filter(
    (x) => x !== undefined && x !== false,
  );
  if (chosen.length !== 1)
    throw new UsageError(
      "give exactly one of --env-file FILE, --manifest FILE, --process-env (FILE may be - for standard input)",
    );
  if (values["env-file"]) return [readDotenv(readTextInput(values["env-file"]))];
  if (values.manifest) return readManifest(readTextInput(values.manifest));
  const source = createEnvSource("process environment");
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) setKnown(source, k, v);
  return [source];
}

/** Names `validateVllmEnv` looks at: the bindings' variables and anything that starts like `VLLM`. */
function concernsVllm(name: string, bindings: BindingSet): boolean {
  return bindings.names.has(name) || /^vllm/i.test(name);
}

/**
 * `--strict`: every `VLLM_*` name the version does not define is an error. Where that `envs.py` defines
 * `def validate_environ(hard_fail: bool)`, `hard_fail=True` raises for it, and the message quotes CPython;
 * older versions have no such check, so nothing is said of what CPython does.
 */
function hardFail(d: Diagnostic, bindings: BindingSet): Diagnostic {
  const quoted = `ValueError: Unknown vLLM environment variable detected: ${d.variable}`;
  const why = bindings.moduleFunctions?.has("validate_environ")
    ? `validate_environ(hard_fail=True) raises ${quoted}`
    : "unknown to this version (--strict treats it as an error)";
  return { ...d, severity: "error", message: `${d.message} — with --strict an error: ${why}` };
}

const NAME_CODES = new Set(["unknown-variable", "removed-variable", "service-link"]);

/**
 * What the name says of entries whose value is not known (a removed or misspelled name): the validator
 * sees them with a stand-in value (a service link's own stand-in, whose shape is a link's whatever the
 * cluster IP), and only its findings about names are kept; their value is never reported.
 */
function nameFindings(s: EnvSource, bindings: BindingSet, strict: boolean): Diagnostic[] {
  const entries = s.unchecked.filter((u) => u.present && !bindings.names.has(u.name) && /^vllm/i.test(u.name));
  const names = entries.map((u) => u.name);
  if (names.length === 0) return [];
  const env: Record<string, string> = Object.create(null);
  for (const u of entries) env[u.name] = u.standIns?.[0] ?? "";
  return bindings
    .validate(env)
    .filter((d) => names.includes(d.variable) && NAME_CODES.has(d.code))
    .map(({ value: _value, ...d }) => (strict && d.variable.startsWith("VLLM_") ? hardFail(d, bindings) : d));
}

/**
 * A value known but for one part (a service link's cluster IP): an error only when the validator
 * rejects it for every stand-in, with the same exception; otherwise not checked.
 */
function standInFinding(s: EnvSource, u: UncheckedEntry, bindings: BindingSet): Diagnostic | null {
  if (!u.standIns || !bindings.names.has(u.name)) return null;
  if (s.unchecked.some((x) => bindings.reads(u.name).includes(x.name))) return null;
  const found = u.standIns.map((v) =>
    bindings.validate({ ...s.env, [u.name]: v }).find((d) => d.variable === u.name && d.code === "invalid-value"),
  );
  const kinds = found.map((d) => /: (\w+(?:Error|Exception))\b/.exec(d?.message ?? "")?.[1] ?? null);
  if (kinds.some((k) => k === null || k !== kinds[0])) return null;
  const shown = u.standIns.map((v) => JSON.stringify(v)).join(" or ");
  const message = `${u.name} is ${u.reason}: CPython raises ${kinds[0]} with either stand-in (${shown}); ${found[0]?.message}`;
  return { severity: "error", code: "invalid-value", variable: u.name, message };
}

/**
 * A value judged with an entry it reads left out (its value is not known) is not a finding:
 * `validateVllmEnv` saw that entry unset, which the deployment does not do.
 */
function withoutUnknownReads(d: Diagnostic, s: EnvSource, bindings: BindingSet): Diagnostic {
  if (d.severity !== "error") return d;
  const u = s.unchecked.find((x) => bindings.reads(d.variable).includes(x.name));
  if (!u) return d;
  const message = `${d.variable} is not checked: it reads ${u.name}, whose value is not known (${u.reason})`;
  return { severity: "info", code: "unchecked", variable: d.variable, message };
}

/** Validate one environment against one binding set. */
function validateSource(s: EnvSource, bindings: BindingSet, strict: boolean): Result {
  const unknownName = (name: string) => name.startsWith("VLLM_") && !bindings.names.has(name);
  const diagnostics = bindings
    .validate(s.env)
    .map((d) => withoutUnknownReads(d, s, bindings))
    .map((d) => (strict && unknownName(d.variable) ? hardFail(d, bindings) : d));
  const byName = nameFindings(s, bindings, strict);
  diagnostics.push(...byName);
  let unchecked = 0;
  for (const u of s.unchecked) {
    // An entry the API server rejects (`value: 8000`): the object is never created, whatever the name.
    const message = `${u.name}: ${u.reason}`;
    if (u.rejected) diagnostics.push({ severity: "error", code: "invalid-value", variable: u.name, message });
    if (u.rejected || !concernsVllm(u.name, bindings) || byName.some((d) => d.variable === u.name)) continue;
    const d = standInFinding(s, u, bindings);
    if (!d) unchecked += 1;
    diagnostics.push(
      d ?? { severity: "info", code: "unchecked", variable: u.name, message: `${u.name} is not checked: ${u.reason}` },
    );
  }
  const checked = Object.keys(s.env).filter((k) => concernsVllm(k, bindings));
  return { source: s.label, diagnostics, notes: s.notes, checked, unchecked };
}

function pluginsNamed(bindings: BindingSet): string {
  return bindings.plugins.map((p) => ` + plugin ${p.name} ${p.label}`).join("");
}

function printText(results: Result[], bindings: BindingSet, errors: number): void {
  for (const r of results) {
    for (const d of r.diagnostics) process.stdout.write(`${r.source}: ${d.severity}: ${d.message}\n`);
    for (const n of r.notes) process.stdout.write(`${r.source}: note: ${n}\n`);
  }
  const checked = results.reduce((a, r) => a + r.checked.length, 0);
  const unchecked = results.reduce((a, r) => a + r.unchecked, 0);
  const version = bindings.vllmVersion ? `, vLLM ${bindings.vllmVersion}` : "";
  // With --plugin the count holds the plugins' variables too: say so, not "vLLM variables".
  const what = bindings.plugins.length
    ? `${plural(checked, "variable")} (vLLM and plugins)`
    : plural(checked, "vLLM variable");
  process.stdout.write(
    `${errors ? plural(errors, "error") : "no errors"} in ${plural(results.length, "environment")}` +
      ` (${what} checked, ${unchecked} not checked) against bindings ${bindings.label}${version}${pluginsNamed(bindings)}\n`,
  );
}

/** Run `validate`. */
export async function runValidate(values: CliValues): Promise<number> {
  const sources = readSources(values);
  const bindings = await loadBindings(values.version, values.plugin ?? []);
  const strict = values.strict === true;
  const results = sources.map((s) => validateSource(s, bindings, strict));
  const errors = results.reduce((a, r) => a + r.diagnostics.filter((d) => d.severity === "error").length, 0);
  if (values.json) {
    const vllm = { label: bindings.label, vllmVersion: bindings.vllmVersion };
    const sets = [{ ...vllm, variables: bindings.variables }, ...bindings.plugins.map((p) => ({ plugin: p.name, ...p }))];
    process.stdout.write(JSON.stringify({ bindings: sets, strict, errors, results }, null, 2) + "\n");
  } else printText(results, bindings, errors);
  return errors ? 1 : 0;
}
