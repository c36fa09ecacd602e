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

/** A cluster IP as the kubelet writes it: IPv4 dotted, or IPv6 (`fd00::1`). */
const CLUSTER_IP = /^(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*)$/;

/** `tcp://10.0.0.1:80`, `udp://[fd00::1]:53`: the kubelet's `<PROTO>://IP:PORT` (net.JoinHostPort brackets IPv6). */
const LINK_URL = /^(tcp|udp|sctp):\/\/(?:\[([^\]]*)\]|([^:[\]/]*)):(\d+)$/;

/** The URL form of a link value: protocol, IP and port, or null. */
function parseLinkUrl(value: string): { proto: string; port: string } | null {
  const m = LINK_URL.exec(value);
  if (!m) return null;
  const ip = m[2] ?? m[3];
  // An IPv6 address is bracketed, an IPv4 one is not.
  if (!CLUSTER_IP.test(ip) || (m[2] !== undefined) !== ip.includes(":")) return null;
  return { proto: m[1], port: m[4] };
}

/**
 * Whether `suffix` after a Service's name (`SERVICE_HOST`, `SERVICE_PORT[_NAME]`, `PORT`,
 * `PORT_<n>_<PROTO>[_PROTO|_PORT|_ADDR]`) is a link with `value` in the shape the kubelet gives it
 * (`VLLM_PORT=8000` is a port number, not the link `tcp://IP:PORT`).
 */
function isLinkValue(suffix: string, value: string): boolean {
  if (suffix === "SERVICE_HOST") return CLUSTER_IP.test(value);
  if (/^SERVICE_PORT(?:_[A-Z0-9_]+)?$/.test(suffix)) return /^\d+$/.test(value);
  if (suffix === "PORT") return parseLinkUrl(value) !== null;
  const m = /^PORT_(\d+)_(TCP|UDP|SCTP)(?:_(PROTO|PORT|ADDR))?$/.exec(suffix);
  if (!m) return false;
  const [, port, proto, part] = m;
  if (part === "PROTO") return value === proto.toLowerCase();
  if (part === "PORT") return value === port;
  if (part === "ADDR") return CLUSTER_IP.test(value);
  const url = parseLinkUrl(value);
  return url !== null && url.proto === proto.toLowerCase() && url.port === port;
}

/**
 * The Service whose link `key=value` looks like (its name as in the environment, `VLLM_ROUTER`), or null:
 * the name and the value both have a link's shape. Every split of the name is tried (`A_PORT_80_TCP_PORT`).
 */
export function serviceLinkOf(key: string, value: string): string | null {
  for (let i = key.indexOf("_"); i > 0; i = key.indexOf("_", i + 1)) {
    const service = key.slice(0, i);
    if (/^[A-Z][A-Z0-9_]*$/.test(service) && isLinkValue(key.slice(i + 1), value)) return service;
  }
  return null;
}

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
    const service = /^VLLM/.test(key) ? serviceLinkOf(key, value) : null;
    if (service) {
      const svc = service.toLowerCase().replace(/_/g, "-");
      out.push({ severity: "info", code: "service-link", variable: key, value, message: `${key} looks like a Kubernetes service link (a Service named ${svc}), not a vLLM setting` });
      continue;
    }
    const suggestion = suggestName(key, names);
    const hint = suggestion ? `; did you mean ${suggestion}?` : "";
    out.push({ severity: "warning", code: "unknown-variable", variable: key, value, message: `${key} is not a vLLM environment variable of this version${hint}`, ...(suggestion ? { suggestion } : {}) });
  }
  return out;
}
