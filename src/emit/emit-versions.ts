/**
 * `versions/`: the versions of the package as data, and the helper that resolves a vLLM
 * version string (`0.9.2`, `v0.9.2`) to the bindings to import (templates/module/versions.ts).
 */
import { assembleModule, type ModuleConst } from "./assemble-module.js";
import type { ModuleFormat } from "./compile.js";
import { tsJson } from "./escape.js";
import { generatorAssets } from "./generator-assets.js";

/** One version of the package. */
export interface PackageVersion {
  label: string;
  vllmVersion: string | null;
  sha256: string;
  variables: number;
}

/** `versions/index.js` or `.cjs`: the data, then `resolveVllmEnvsVersion` (templates/module/versions.ts). */
export function versionsModule(versions: readonly PackageVersion[], banner: string, format: ModuleFormat): string {
  const data: ModuleConst = {
    name: "VLLM_ENVS_VERSIONS",
    exported: true,
    doc: "The versions of these bindings, oldest first: label (the import subpath), vLLM version, source sha256, variable count.",
    value: () => tsJson(versions),
  };
  const runtime = { specifier: "", names: [], reexports: [] };
  return assembleModule({ banner, runtime, chunks: [], consts: [data], functions: generatorAssets().versions }, format);
}

/** `versions/index.d.cts`. */
export function versionsDeclarations(versions: readonly PackageVersion[]): string {
  const labels = versions.length ? versions.map((v) => `\n  | ${JSON.stringify(v.label)}`).join("") : " never";
  return `/** A version of these bindings: its label is the import subpath (\`vllm-envs/<label>\`). */
export interface VllmEnvsVersion {
  /** The subpath to import, e.g. \`v0.9.2-approx\`. */
  readonly label: VllmEnvsLabel;
  /** The vLLM version it stands for (\`0.9.2\`), or null when the label names none (always, for a plugin). */
  readonly vllmVersion: string | null;
  /** sha256 of the envs.py it was generated from. */
  readonly sha256: string;
  /** How many variables it has. */
  readonly variables: number;
}
/** The labels of every version of these bindings. */
export type VllmEnvsLabel =${labels};
/** The versions of these bindings, oldest first. */
export declare const VLLM_ENVS_VERSIONS: readonly VllmEnvsVersion[];
/**
 * The bindings for a vLLM version: \`"0.9.2"\`, \`"v0.9.2"\` or a label. \`exact\` is false when no
 * bindings name that version and the newest older one stands in; null when none is older.
 */
export declare function resolveVllmEnvsVersion(
  version: string,
): { readonly label: VllmEnvsLabel; readonly exact: boolean } | null;
`;
}
