/**
 * `versions/`: the versions of the package as data, and the helper that resolves a vLLM
 * version string (`0.9.2`, `v0.9.2`) to the bindings to import. Plain JS (no types to strip).
 */
import { tsJson } from "./escape.js";

/** One version of the package. */
export interface PackageVersion {
  label: string;
  vllmVersion: string | null;
  sha256: string;
  variables: number;
}

const RESOLVE = `
function parts(v) {
  const m = /^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:\\.post(\\d+))?/.exec(String(v).trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)] : null;
}
function compare(a, b) {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
/**
 * The bindings for a vLLM version: \`"0.9.2"\`, \`"v0.9.2"\` or a label. \`exact\` is false when no
 * bindings name that version and the newest older one stands in; null when none is older.
 */
export function resolveVllmEnvsVersion(version) {
  const query = String(version).trim();
  const byLabel = VLLM_ENVS_VERSIONS.find((v) => v.label === query || v.label === "v" + query);
  if (byLabel) return { label: byLabel.label, exact: true };
  const want = parts(query);
  if (!want) return null;
  let best = null;
  for (const v of VLLM_ENVS_VERSIONS) {
    const have = v.vllmVersion === null ? null : parts(v.vllmVersion);
    if (have && compare(have, want) <= 0 && (best === null || compare(have, best.have) >= 0)) best = { v, have };
  }
  return best ? { label: best.v.label, exact: compare(best.have, want) === 0 } : null;
}
`;

/** `versions/index.js` (ESM). */
export function versionsModule(versions: readonly PackageVersion[]): string {
  return `/** The versions of these bindings, oldest first: label (the import subpath), vLLM version, source sha256, variable count. */\nexport const VLLM_ENVS_VERSIONS = ${tsJson(versions)};\n${RESOLVE}`;
}

/** `versions/index.d.cts`. */
export function versionsDeclarations(versions: readonly PackageVersion[]): string {
  const labels = versions.map((v) => JSON.stringify(v.label)).join(" | ") || "never";
  return `/** A version of these bindings: its label is the import subpath (\`vllm-envs/<label>\`). */
export interface VllmEnvsVersion {
  /** The subpath to import, e.g. \`v0.9.2-approx\`. */
  readonly label: VllmEnvsLabel;
  /** The vLLM version it stands for (\`0.9.2\`), or null when the label names none. */
  readonly vllmVersion: string | null;
  /** sha256 of the envs.py it was generated from. */
  readonly sha256: string;
  /** How many variables it has. */
  readonly variables: number;
}
/** The labels of every version of these bindings. */
export type VllmEnvsLabel = ${labels};
/** The versions of these bindings, oldest first. */
export declare const VLLM_ENVS_VERSIONS: readonly VllmEnvsVersion[];
/**
 * The bindings for a vLLM version: \`"0.9.2"\`, \`"v0.9.2"\` or a label. \`exact\` is false when no
 * bindings name that version and the newest older one stands in; null when none is older.
 */
export declare function resolveVllmEnvsVersion(version: string): { readonly label: VllmEnvsLabel; readonly exact: boolean } | null;
`;
}
