/**
 * Kubernetes service links: for every Service of a namespace with a cluster IP, the
 * kubelet sets `<NAME>_SERVICE_HOST`, `<NAME>_SERVICE_PORT[_<PORT NAME>]`, `<NAME>_PORT`
 * and `<NAME>_PORT_<n>_<PROTO>[_PROTO|_PORT|_ADDR]` in each container of the namespace's
 * pods (unless `enableServiceLinks: false`), below the container's own variables
 * (kubernetes/kubernetes `pkg/kubelet/envvars/envvars.go`). A Service named `vllm` so sets
 * `VLLM_PORT=tcp://<cluster IP>:<port>`, which vLLM rejects.
 */
import { asRecord, objectKey } from "./kubernetes-objects.js";

/** One variable a Service sets: its value, or, when the cluster IP is assigned later, its value for stand-in IPs. */
export interface LinkVariable {
  name: string;
  /** The value, when it does not depend on the cluster IP or the input gives `clusterIP`. */
  value?: string;
  /** The value for an IPv4 and an IPv6 stand-in cluster IP (it depends on the IP Kubernetes assigns). */
  standIns?: string[];
  /** The Service it comes from. */
  service: string;
}

/** Cluster IPs standing in for the one Kubernetes assigns: one of each family. */
const STAND_IN_IPS = ["10.96.0.10", "fd00::10"];

function envName(s: string): string {
  return s.replace(/-/g, "_").toUpperCase();
}

/** envvars.FromServices for one Service and one cluster IP: `[name, value]` in the kubelet's order. */
function linkValues(name: string, ports: Record<string, unknown>[], ip: string): [string, string][] {
  const out: [string, string][] = [];
  const prefix = envName(name);
  // Go's net.JoinHostPort brackets an IPv6 address.
  const hostPort = (port: unknown) => `${ip.includes(":") ? `[${ip}]` : ip}:${String(port)}`;
  out.push([`${prefix}_SERVICE_HOST`, ip], [`${prefix}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports)
    if (typeof p.name === "string" && p.name !== "")
      out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  ports.forEach((p, i) => {
    const protocol = typeof p.protocol === "string" && p.protocol !== "" ? p.protocol : "TCP";
    const url = `${protocol.toLowerCase()}://${hostPort(p.port)}`;
    if (i === 0) out.push([`${prefix}_PORT`, url]);
    const pp = `${prefix}_PORT_${String(p.port)}_${protocol.toUpperCase()}`;
    out.push([pp, url], [`${pp}_PROTO`, protocol.toLowerCase()], [`${pp}_PORT`, String(p.port)], [`${pp}_ADDR`, ip]);
  });
  return out;
}

function serviceVariables(name: string, spec: Record<string, unknown>): LinkVariable[] {
  const ports = (Array.isArray(spec.ports) ? spec.ports : []).map((p) => asRecord(p) ?? {});
  if (ports.length === 0 || spec.type === "ExternalName" || spec.clusterIP === "None") return [];
  if (typeof spec.clusterIP === "string" && spec.clusterIP !== "") {
    return linkValues(name, ports, spec.clusterIP).map(([n, value]) => ({ name: n, value, service: name }));
  }
  const variants = STAND_IN_IPS.map((ip) => linkValues(name, ports, ip));
  return variants[0].map(([n], i) => {
    const values = variants.map((v) => v[i][1]);
    return values.every((v) => v === values[0])
      ? { name: n, value: values[0], service: name }
      : { name: n, standIns: values, service: name };
  });
}

/** The link variables of the Services of each namespace (`namespace/` keys), in document order. */
export function collectServiceLinks(docs: unknown[]): Map<string, LinkVariable[]> {
  const byNamespace = new Map<string, LinkVariable[]>();
  for (const doc of docs) {
    const obj = asRecord(doc);
    if (!obj || obj.kind !== "Service" || obj.apiVersion !== "v1") continue;
    const meta = asRecord(obj.metadata) ?? {};
    if (typeof meta.name !== "string") continue;
    const key = objectKey(meta.namespace, "");
    byNamespace.set(key, [...(byNamespace.get(key) ?? []), ...serviceVariables(meta.name, asRecord(obj.spec) ?? {})]);
  }
  return byNamespace;
}
