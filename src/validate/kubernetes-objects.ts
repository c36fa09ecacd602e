/**
 * ConfigMaps and Secrets defined in the same input, by namespace and name: what
 * `envFrom` and `valueFrom.configMapKeyRef/secretKeyRef` of a container read.
 */
import { UNKNOWN } from "./expand-kubernetes.js";

/** A record of an object's keys: each value, or {@link UNKNOWN} when it cannot be decoded. */
export type ObjectData = Map<string, string | typeof UNKNOWN>;

/** The ConfigMaps and Secrets of one input. */
export interface KubernetesObjects {
  configMaps: Map<string, ObjectData>;
  secrets: Map<string, ObjectData>;
}

/** A part of a document the API server rejects for its shape: which document, the keys to it, why. */
export interface ShapeProblem {
  doc: number;
  path: (string | number)[];
  message: string;
}

/** What the API server (or compose) rejects for its shape (`env: notalist`): unusable input, located by the caller. */
export class ShapeError extends Error {
  /** Every problem found, in document order. */
  readonly problems: readonly ShapeProblem[];

  constructor(problems: ShapeProblem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "ShapeError";
    this.problems = problems;
  }
}

/** What a YAML value is, in the words of a YAML reader (`int`, `mapping`), for messages. */
export function describeYaml(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "object") return v instanceof Date ? "timestamp" : "mapping";
  return typeof v;
}

/** A mapping, or null. */
export function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** `namespace/name` (an object without a namespace goes to the one `kubectl apply` uses: shared by all of them). */
export function objectKey(namespace: unknown, name: unknown): string {
  return `${typeof namespace === "string" ? namespace : ""}/${typeof name === "string" ? name : ""}`;
}

/** Standard base64 as the API server decodes Secret `data` (it rejects anything else). */
function decodeBase64(text: string): string | typeof UNKNOWN {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return UNKNOWN;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text, "base64"));
  } catch {
    return UNKNOWN; // bytes that are not UTF-8: Python would see surrogate escapes; not modelled
  }
}

function addEntries(into: ObjectData, data: unknown, decode: (s: string) => string | typeof UNKNOWN): void {
  const rec = asRecord(data);
  if (!rec) return;
  for (const [k, v] of Object.entries(rec)) into.set(k, typeof v === "string" ? decode(v) : UNKNOWN);
}

/** Collect the ConfigMaps and Secrets of every document (a `List`'s items included). */
export function collectObjects(docs: unknown[]): KubernetesObjects {
  const found: KubernetesObjects = { configMaps: new Map(), secrets: new Map() };
  const visit = (doc: unknown): void => {
    const obj = asRecord(doc);
    if (!obj) return;
    if (Array.isArray(obj.items)) obj.items.forEach(visit);
    const meta = asRecord(obj.metadata) ?? {};
    const key = objectKey(meta.namespace, meta.name);
    if (obj.kind === "ConfigMap" && obj.apiVersion === "v1") {
      const data: ObjectData = new Map();
      addEntries(data, obj.data, (s) => s);
      found.configMaps.set(key, data);
    } else if (obj.kind === "Secret" && obj.apiVersion === "v1") {
      const data: ObjectData = new Map();
      addEntries(data, obj.data, decodeBase64);
      // The API server merges `stringData` over `data` when the Secret is written.
      addEntries(data, obj.stringData, (s) => s);
      found.secrets.set(key, data);
    }
  };
  docs.forEach(visit);
  return found;
}
