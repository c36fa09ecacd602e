// validateVllmEnv: diagnostics for an environment, never exceptions.
import type { VllmEnvReading } from "./bindings.js";
import type { VllmEnvValue } from "./api.js";

/** One finding of {@link validateVllmEnv}. */
export interface VllmEnvDiagnostic {
  /** `error`: CPython would raise; `warning`: probably a typo; `info`: recognised, nothing to do. */
  readonly severity: "error" | "warning" | "info";
  /**
   * `invalid-value`, `unknown-variable`, `removed-variable`, `service-link` or `unchecked`; with plugins also
   * `shared-variable` (defined by vLLM and a plugin: both computed values in `definitions`).
   */
  readonly code: "invalid-value" | "unknown-variable" | "removed-variable" | "service-link" | "unchecked" | "shared-variable";
  /** The environment variable concerned. */
  readonly variable: string;
  /** Its raw value, where it has one. */
  readonly value?: string;
  /** One line for a person. */
  readonly message: string;
  /** The known name it was probably meant to be. */
  readonly suggestion?: string;
  /** With plugins: whose definition the diagnostic is about (`vllm`, or the plugin's name). */
  readonly definedBy?: string;
  /** `shared-variable`: what each definition computes from this environment (a value, or why there is none). */
  readonly definitions?: readonly { readonly by: string; readonly value?: VllmEnvValue; readonly error?: string }[];
}

/** Kubernetes service links: `<SERVICE>_SERVICE_HOST`, `_SERVICE_PORT[_NAME]`, `_PORT`, `_PORT_<n>_<PROTO>[_PROTO|_PORT|_ADDR]`. */
const SERVICE_LINK = /^[A-Z][A-Z0-9_]*?_(?:SERVICE_HOST|SERVICE_PORT(?:_[A-Z0-9_]+)?|PORT|PORT_\d+_(?:TCP|UDP|SCTP)(?:_(?:PROTO|PORT|ADDR))?)$/;

/** Optimal string alignment distance (edits, with adjacent swaps), capped for speed. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** A prefix that is probably `VLLM_` mistyped (`VLLLM_`, `VLM_`, `vllm_`). */
function vllmLike(key: string): string | null {
  const head = key.split("_")[0];
  if (key.includes("_") && head.length >= 2 && editDistance(head.toUpperCase(), "VLLM", 1) <= 1) return "VLLM" + key.slice(head.length);
  return null;
}

/** The nearest known name, if it is near enough to be a typo. */
export function suggestName(key: string, names: readonly string[]): string | undefined {
  const candidates = [key, key.toUpperCase(), vllmLike(key) ?? key];
  let best: string | undefined;
  let bestD = Infinity;
  for (const name of names) {
    const cap = Math.max(2, Math.floor(name.length / 5));
    for (const c of candidates) {
      const d = editDistance(c, name, cap) + (c === key ? 0 : 0.5);
      if (d <= cap + 0.5 && d < bestD) {
        best = name;
        bestD = d;
      }
    }
  }
  return best;
}

/** Validate an environment (its string entries and the rejected ones) from one reading of every variable. */
export function validateEnvironment(
  reading: VllmEnvReading,
  entries: { values: Map<string, string>; rejected: { key: string; what: string }[] },
  accepts: Readonly<Record<string, string>>,
  removed: Readonly<Record<string, { removedAfter: string; lastSeenIn: string }>>,
): VllmEnvDiagnostic[] {
  const { values: map, rejected } = entries;
  const out: VllmEnvDiagnostic[] = rejected.map((r) => ({ severity: "error", code: "invalid-value", variable: r.key, message: `${r.key} is ${r.what}, not a string` }));
  const names = Object.keys(accepts);
  const problems = new Map<string, VllmEnvDiagnostic | null>();
  for (const e of reading.errors) {
    const value = map.get(e.variable);
    problems.set(e.variable, { severity: "error", code: "invalid-value", variable: e.variable, ...(value === undefined ? {} : { value }), message: `${e.message} (accepted: ${accepts[e.variable]})` });
  }
  for (const e of reading.unsupported) {
    const value = map.get(e.variable);
    problems.set(e.variable, value === undefined ? null : { severity: "info", code: "unchecked", variable: e.variable, value, message: `${e.variable} cannot be checked statically: ${e.reason}` });
  }
  // In source order, as before: one diagnostic per variable with a problem.
  for (const name of names) {
    const d = problems.get(name);
    if (d) out.push(d);
  }
  for (const key of Array.from(map.keys()).sort()) {
    if (Object.hasOwn(accepts, key)) continue;
    const value = map.get(key) as string;
    if (Object.hasOwn(removed, key)) {
      const r = removed[key];
      out.push({ severity: "warning", code: "removed-variable", variable: key, value, message: `${key} was removed after ${r.removedAfter} (last seen in ${r.lastSeenIn}); it has no effect in this version` });
      continue;
    }
    if (!/^vllm/i.test(key) && !vllmLike(key)) continue;
    if (SERVICE_LINK.test(key) && /^VLLM/.test(key)) {
      out.push({ severity: "info", code: "service-link", variable: key, value, message: `${key} looks like a Kubernetes service link (a Service named ${serviceName(key)}), not a vLLM setting` });
      continue;
    }
    const suggestion = suggestName(key, names);
    const hint = suggestion ? `; did you mean ${suggestion}?` : "";
    out.push({ severity: "warning", code: "unknown-variable", variable: key, value, message: `${key} is not a vLLM environment variable of this version${hint}`, ...(suggestion ? { suggestion } : {}) });
  }
  return out;
}

function serviceName(key: string): string {
  const m = /^(.*?)_(?:SERVICE_|PORT)/.exec(key);
  return (m ? m[1] : key).toLowerCase().replace(/_/g, "-");
}
