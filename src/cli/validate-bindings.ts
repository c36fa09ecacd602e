/**
 * The generated bindings `validate` checks against: `--version` as a label
 * (`v0.9.2-approx`) or a vLLM version (`0.9.2`, `v0.9.2`) the package's
 * `resolveVllmEnvsVersion` maps to one; a miss lists the versions that exist.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkLabel } from "../sync/sources.js";
import { packageRoot } from "../util/package-root.js";
import { UsageError } from "./main.js";

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
  /** The variables of that `envs.py` (`environment_variables`' keys). */
  names: ReadonlySet<string>;
  /** The other environment variables the getter of `name` reads. */
  reads(name: string): readonly string[];
  /** `validateVllmEnv` of those bindings. */
  validate(env: Record<string, string>): Diagnostic[];
}

interface BindingsModule {
  VLLM_ENVS_SOURCE: { version: string; vllmVersion: string | null };
  VLLM_ENV_NAMES: readonly string[];
  VLLM_ENV_VARS: Readonly<Record<string, { reads?: readonly string[] }>>;
  validateVllmEnv(env: Record<string, string>): Diagnostic[];
}

interface VersionsModule {
  VLLM_ENVS_VERSIONS: readonly { label: string }[];
  resolveVllmEnvsVersion(v: string): { label: string; exact: boolean } | null;
}

async function resolveLabel(generated: string, version: string): Promise<string> {
  if (existsSync(join(generated, version, "index.js"))) {
    checkLabel(version, "--version");
    return version;
  }
  const helper = join(generated, "versions", "index.js");
  const v = existsSync(helper) ? ((await import(pathToFileURL(helper).href)) as VersionsModule) : null;
  const hit = v?.resolveVllmEnvsVersion(version) ?? null;
  if (v && hit?.exact) return hit.label;
  const near = hit ? ` (the nearest older is ${hit.label})` : "";
  const available = v ? v.VLLM_ENVS_VERSIONS.map((x) => x.label).join(", ") : "none";
  throw new UsageError(`no generated bindings for version ${JSON.stringify(version)}${near}; available: ${available}`);
}

/** Load the bindings for `--version` (default: the newest). */
export async function loadBindings(version: string | undefined): Promise<BindingSet> {
  const generated = join(packageRoot(), "generated");
  const label = version === undefined || version === "latest" ? "latest" : await resolveLabel(generated, version);
  const file = join(generated, label, "index.js");
  if (!existsSync(file))
    throw new UsageError(`no generated bindings in ${join(generated, label)} (run npm run generate)`);
  const m = (await import(pathToFileURL(file).href)) as BindingsModule;
  return {
    label: m.VLLM_ENVS_SOURCE.version,
    vllmVersion: m.VLLM_ENVS_SOURCE.vllmVersion,
    names: new Set(m.VLLM_ENV_NAMES),
    reads: (name) => (Object.hasOwn(m.VLLM_ENV_VARS, name) ? (m.VLLM_ENV_VARS[name].reads ?? []) : []),
    validate: (env) => m.validateVllmEnv(env),
  };
}
