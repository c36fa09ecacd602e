/**
 * The functions of the package's `versions/` module, type-checked here and compiled when the
 * toolchain is built (src/emit/generator-assets.ts); the module assembler writes
 * `VLLM_ENVS_VERSIONS` (the data) before them.
 */

/** One version of the bindings (as `versions/index.d.cts` declares it). */
interface Version {
  label: string;
  vllmVersion: string | null;
}

/** Placeholder: the assembler writes the package's versions here. */
export const VLLM_ENVS_VERSIONS: readonly Version[] = [];

function parts(v: string): number[] | null {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.post(\d+))?/.exec(String(v).trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)] : null;
}
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
/**
 * The bindings for a vLLM version: `"0.9.2"`, `"v0.9.2"` or a label. `exact` is false when no
 * bindings name that version and the newest older one stands in; null when none is older.
 */
export function resolveVllmEnvsVersion(version: string): { label: string; exact: boolean } | null {
  const query = String(version).trim();
  const byLabel = VLLM_ENVS_VERSIONS.find((v) => v.label === query || v.label === "v" + query);
  if (byLabel) return { label: byLabel.label, exact: true };
  const want = parts(query);
  if (!want) return null;
  let best: { v: Version; have: number[] } | null = null;
  for (const v of VLLM_ENVS_VERSIONS) {
    const have = v.vllmVersion === null ? null : parts(v.vllmVersion);
    if (have && compare(have, want) <= 0 && (best === null || compare(have, best.have) >= 0)) best = { v, have };
  }
  return best ? { label: best.v.label, exact: compare(best.have, want) === 0 } : null;
}
