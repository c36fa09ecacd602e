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

/** A version's numbers (major, minor, micro, post) and whether more follows: a 4th number, `rc1`, `.dev0`, `+local`. */
function parts(v: string): { n: number[]; more: "" | "pre" | "post" } | null {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.post(\d+))?(.*)$/.exec(String(v).trim());
  if (!m) return null;
  const n = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  const rest = m[5] ?? "";
  // PEP 440: a pre-release or dev release (`0.9.2rc1`, `0.9.2.dev3`) comes before its release.
  const more = rest === "" ? "" : /^[.-]?(a|b|c|rc|alpha|beta|pre|preview|dev)/i.test(rest) ? "pre" : "post";
  return { n, more };
}
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
/**
 * The bindings for a vLLM version: `"0.9.2"`, `"v0.9.2"` or a label. `exact` is true only for a label, or
 * for a release whose bindings are labelled with exactly that release (`v0.9.2`); bindings of an approximate
 * or development snapshot (`v0.9.2-approx`, `v0.28-dev-2026-08`), a pre-release (`0.9.2rc1`: the newest
 * bindings before 0.9.2) or a later patch (`0.10.1.1`) stand in with `exact: false`. Null when none is older.
 */
export function resolveVllmEnvsVersion(version: string): { label: string; exact: boolean } | null {
  const query = String(version).trim();
  const byLabel = VLLM_ENVS_VERSIONS.find((v) => v.label === query || v.label === "v" + query);
  if (byLabel) return { label: byLabel.label, exact: byLabel.label === query || /^v\d+(\.\d+)*(\.post\d+)?$/.test(byLabel.label) };
  const want = parts(query);
  if (!want) return null;
  let best: { v: Version; have: number[] } | null = null;
  for (const v of VLLM_ENVS_VERSIONS) {
    const have = v.vllmVersion === null ? null : parts(v.vllmVersion)?.n ?? null;
    if (!have) continue;
    const c = compare(have, want.n);
    if ((c < 0 || (c === 0 && want.more !== "pre")) && (best === null || compare(have, best.have) >= 0)) best = { v, have };
  }
  if (!best) return null;
  const release = best.v.label === `v${best.v.vllmVersion}`;
  return { label: best.v.label, exact: release && want.more === "" && compare(best.have, want.n) === 0 };
}
