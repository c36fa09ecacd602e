/**
 * The environment of every container and init container of Kubernetes manifests
 * (Pods, templates of workloads, and any custom resource that embeds them), as the
 * kubelet builds it: `envFrom` first, then `env` in order, each value `$(VAR)`-expanded
 * against what is defined before it. Values the input does not determine (`fieldRef`,
 * objects that are not in the input) are reported as not checked, never guessed.
 */
import { createEnvSource, setKnown, setUnknown, type EnvSource } from "./env-source.js";
import { expandKubernetes, UNKNOWN, type Lookup } from "./expand-kubernetes.js";
import { asRecord, collectObjects, objectKey, type KubernetesObjects } from "./kubernetes-objects.js";
import { collectServiceLinks, type LinkVariable } from "./service-links.js";

interface Container {
  path: string;
  namespace: string | undefined;
  spec: Record<string, unknown>;
  /** False under a pod spec with `enableServiceLinks: false`. */
  serviceLinks: boolean;
}

function containerName(c: Record<string, unknown>, i: number): string {
  return typeof c.name === "string" ? c.name : String(i);
}

/**
 * Containers: items of `containers`/`initContainers` lists, and other mappings with an `env` or
 * `envFrom` list (KServe's `predictor.model`).
 */
function collectContainers(node: unknown, path: string, namespace: string | undefined, out: Container[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => collectContainers(n, `${path}[${i}]`, namespace, out));
    return;
  }
  const obj = asRecord(node);
  if (!obj) return;
  if (Array.isArray(obj.env) || Array.isArray(obj.envFrom))
    out.push({ path, namespace, spec: obj, serviceLinks: true });
  for (const [k, v] of Object.entries(obj)) {
    if ((k === "containers" || k === "initContainers") && Array.isArray(v)) {
      v.forEach((c, i) => {
        const spec = asRecord(c) ?? {};
        out.push({
          path: `${path}.${k}[${containerName(spec, i)}]`,
          namespace,
          spec,
          serviceLinks: obj.enableServiceLinks !== false,
        });
      });
    } else if (k !== "env" && k !== "envFrom") collectContainers(v, `${path}.${k}`, namespace, out);
  }
}

function refName(ref: Record<string, unknown>): string {
  return typeof ref.name === "string" ? ref.name : "";
}

/** `envFrom`: every key of each ConfigMap/Secret, with its prefix; false when a source is not in the input. */
function applyEnvFrom(source: EnvSource, c: Container, objects: KubernetesObjects): boolean {
  let complete = true;
  for (const item of Array.isArray(c.spec.envFrom) ? c.spec.envFrom : []) {
    const from = asRecord(item) ?? {};
    const prefix = typeof from.prefix === "string" ? from.prefix : "";
    const cm = asRecord(from.configMapRef);
    const ref = cm ?? asRecord(from.secretRef);
    if (!ref) continue;
    const kind = cm ? "ConfigMap" : "Secret";
    const data = (cm ? objects.configMaps : objects.secrets).get(objectKey(c.namespace, ref.name));
    if (!data) {
      complete = false;
      source.notes.push(
        `envFrom ${kind} ${JSON.stringify(refName(ref))} is not in this input: the variables it defines are not checked`,
      );
      continue;
    }
    for (const [k, v] of data) {
      // The kubelet skips keys that are not environment variable names (it records an event).
      if (k === "" || k.includes("=")) continue;
      if (v === UNKNOWN)
        setUnknown(source, prefix + k, `from ${kind} ${refName(ref)} key ${k}, which is not decodable text`);
      else setKnown(source, prefix + k, v);
    }
  }
  return complete;
}

/** The value of `valueFrom`: a key of a ConfigMap/Secret in the input, or a reason it is not known. */
function resolveValueFrom(
  valueFrom: unknown,
  c: Container,
  objects: KubernetesObjects,
): { value: string } | { reason: string } | null {
  const from = asRecord(valueFrom) ?? {};
  const cm = asRecord(from.configMapKeyRef);
  const ref = cm ?? asRecord(from.secretKeyRef);
  if (!ref) {
    const field = asRecord(from.fieldRef)?.fieldPath ?? asRecord(from.resourceFieldRef)?.resource;
    const what = Object.keys(from)[0] ?? "valueFrom";
    return { reason: `${what}${typeof field === "string" ? ` ${field}` : ""} is known only when the pod runs` };
  }
  const kind = cm ? "ConfigMap" : "Secret";
  const data = (cm ? objects.configMaps : objects.secrets).get(objectKey(c.namespace, ref.name));
  const key = typeof ref.key === "string" ? ref.key : "";
  if (!data) return { reason: `${kind} ${refName(ref)} is not in this input` };
  const value = data.get(key);
  if (value === undefined)
    return ref.optional === true
      ? null
      : { reason: `${kind} ${refName(ref)} of this input has no key ${JSON.stringify(key)} (the pod would not start)` };
  return value === UNKNOWN ? { reason: `${kind} ${refName(ref)} key ${key} is not decodable text` } : { value };
}

/** The names service links have (`<SERVICE>_SERVICE_HOST`, `_SERVICE_PORT[_NAME]`, `_PORT[_<n>_<PROTO>[_…]]`). */
const SERVICE_LINK_NAME =
  /^[A-Z][A-Z0-9_]*_(?:SERVICE_HOST|SERVICE_PORT(?:_[A-Z0-9_]+)?|PORT(?:_\d+_(?:TCP|UDP|SCTP)(?:_(?:PROTO|PORT|ADDR))?)?)$/;

/** Service links go below the container's own variables (and `$(VAR)` falls back to them). */
function applyServiceLinks(source: EnvSource, links: LinkVariable[]): void {
  for (const link of links) {
    if (link.name in source.env || source.unchecked.some((u) => u.name === link.name)) continue;
    if (link.value !== undefined) setKnown(source, link.name, link.value);
    else {
      const why = `set by Kubernetes from Service ${link.service} (created before the pod), with the cluster IP it assigns`;
      setUnknown(source, link.name, why, true, link.standIns);
    }
  }
}

/** One container's environment. */
function readContainer(c: Container, label: string, objects: KubernetesObjects, links: LinkVariable[]): EnvSource {
  const source = createEnvSource(`${label}: ${c.path}`);
  const complete = applyEnvFrom(source, c, objects);
  const own: Lookup = (name) =>
    name in source.env ? source.env[name] : source.unchecked.some((u) => u.name === name) ? UNKNOWN : undefined;
  const lookup: Lookup = (name) => {
    const v = own(name);
    if (v !== undefined) return v;
    const link = links.find((l) => l.name === name);
    if (link) return link.value ?? UNKNOWN;
    // A Service of the cluster that is not in the input may define it (`$(REDIS_SERVICE_HOST)`).
    return c.serviceLinks && SERVICE_LINK_NAME.test(name) ? UNKNOWN : undefined;
  };
  for (const item of Array.isArray(c.spec.env) ? c.spec.env : []) {
    const e = asRecord(item) ?? {};
    if (typeof e.name !== "string") continue;
    const name = e.name;
    const mark = (reason: string) => setUnknown(source, name, reason);
    if (typeof e.value === "string" && e.value !== "") {
      const x = expandKubernetes(e.value, lookup, !complete);
      if ("value" in x) setKnown(source, name, x.value);
      else mark(`refers to $(${x.unknownReference}), whose value is not known from this input`);
    } else if (e.value !== undefined && e.value !== null && e.value !== "") {
      mark(`value is a YAML ${typeof e.value}, not a string: Kubernetes rejects it (quote it)`);
    } else if (e.valueFrom !== undefined && e.valueFrom !== null) {
      const r = resolveValueFrom(e.valueFrom, c, objects);
      if (r === null) continue;
      if ("value" in r) setKnown(source, name, r.value);
      else mark(r.reason);
    } else setKnown(source, name, "");
  }
  applyServiceLinks(source, links);
  return source;
}

/** Each object with its path: a `kind: List`'s items stand for themselves (their own namespace). */
function listObjects(docs: unknown[]): { doc: unknown; path: string }[] {
  return docs.flatMap((doc, i) => {
    const obj = asRecord(doc);
    if (obj?.kind !== "List" || !Array.isArray(obj.items)) return [{ doc, path: `document ${i + 1}` }];
    return obj.items.map((item, j) => ({ doc: item as unknown, path: `document ${i + 1}.items[${j}]` }));
  });
}

/** The environment of every container of every document. */
export function readKubernetes(label: string, docs: unknown[]): EnvSource[] {
  const objects = collectObjects(docs);
  const listed = listObjects(docs);
  const links = collectServiceLinks(listed.map((x) => x.doc));
  const out: EnvSource[] = [];
  listed.forEach(({ doc, path }) => {
    const namespace = asRecord(asRecord(doc)?.metadata)?.namespace;
    const containers: Container[] = [];
    collectContainers(doc, path, typeof namespace === "string" ? namespace : undefined, containers);
    for (const c of containers) {
      const own = c.serviceLinks ? (links.get(objectKey(c.namespace, "")) ?? []) : [];
      out.push(readContainer(c, label, objects, own));
    }
  });
  return out;
}
