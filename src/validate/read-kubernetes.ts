/**
 * The environment of every container and init container of Kubernetes manifests
 * (Pods, templates of workloads, and any custom resource that embeds them), as the
 * kubelet builds it: `envFrom` first, then `env` in order, each value `$(VAR)`-expanded
 * against what is defined before it. Values the input does not determine (`fieldRef`,
 * objects that are not in the input) are reported as not checked, never guessed.
 */
import { createEnvSource, setKnown, setRejected, setUnknown, type EnvSource } from "./env-source.js";
import { expandKubernetes, UNKNOWN, type Lookup } from "./expand-kubernetes.js";
import {
  asRecord,
  collectObjects,
  describeYaml,
  objectKey,
  ShapeError,
  type KubernetesObjects,
  type ShapeProblem,
} from "./kubernetes-objects.js";
import { collectServiceLinks, type LinkVariable } from "./service-links.js";

interface Container {
  path: string;
  /** The document and the keys to this container (to locate a problem). */
  at: { doc: number; keys: (string | number)[] };
  /** An item of `containers`/`initContainers` (a core/v1 Container), not a mapping that merely has `env`. */
  listed: boolean;
  namespace: string | undefined;
  spec: Record<string, unknown>;
  /** False under a pod spec with `enableServiceLinks: false`. */
  serviceLinks: boolean;
}

function containerName(c: Record<string, unknown>, i: number): string {
  return typeof c.name === "string" ? c.name : String(i);
}

/** Where the walk is: the document, the keys to the node and its path for labels. */
interface Walk {
  doc: number;
  keys: (string | number)[];
  path: string;
  namespace: string | undefined;
}

function step(w: Walk, key: string | number, label: string): Walk {
  return { ...w, keys: [...w.keys, key], path: w.path + label };
}

const REJECTS = "the API server rejects the object";

function containerAt(w: Walk, keys: (string | number)[], listed: boolean) {
  return { at: { doc: w.doc, keys }, listed, namespace: w.namespace };
}

/**
 * Containers: items of `containers`/`initContainers` lists, and other mappings with an `env` or
 * `envFrom` list (KServe's `predictor.model`). A list item that is not a mapping (`- 7`) is rejected
 * by the API server: a problem, never skipped.
 */
function collectContainers(node: unknown, w: Walk, out: Container[], problems: ShapeProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => collectContainers(n, step(w, i, `[${i}]`), out, problems));
    return;
  }
  const obj = asRecord(node);
  if (!obj) return;
  if (Array.isArray(obj.env) || Array.isArray(obj.envFrom))
    out.push({ ...containerAt(w, w.keys, false), path: w.path, spec: obj, serviceLinks: true });
  for (const [k, v] of Object.entries(obj)) {
    if ((k === "containers" || k === "initContainers") && Array.isArray(v)) {
      v.forEach((c, i) => {
        const spec = asRecord(c);
        const keys = [...w.keys, k, i];
        if (!spec) {
          const what = `is a YAML ${describeYaml(c)}, not a container (a mapping)`;
          problems.push({ doc: w.doc, path: keys, message: `${w.path}.${k}[${i}] ${what}: ${REJECTS}` });
          return;
        }
        const path = `${w.path}.${k}[${containerName(spec, i)}]`;
        out.push({ ...containerAt(w, keys, true), path, spec, serviceLinks: obj.enableServiceLinks !== false });
      });
    } else if (k !== "env" && k !== "envFrom") collectContainers(v, step(w, k, `.${k}`), out, problems);
  }
}

/**
 * A container's `env` and `envFrom` as the API server requires them: lists (or absent/null) of mappings,
 * each `env` item with a string name. Mappings found only by their `env` list (a custom resource) are
 * checked for the lists alone: their items' schema is the resource's.
 */
function checkEnvShape(c: Container, problems: ShapeProblem[]): void {
  for (const field of ["env", "envFrom"] as const) {
    const list = c.spec[field];
    const at = (keys: (string | number)[], what: string) =>
      problems.push({ doc: c.at.doc, path: [...c.at.keys, field, ...keys], message: `${c.path}: ${what}: ${REJECTS}` });
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      at([], `${field} is a YAML ${describeYaml(list)}, not a list`);
      continue;
    }
    if (!c.listed) continue;
    list.forEach((item, i) => {
      const rec = asRecord(item);
      if (!rec) at([i], `${field}[${i}] is a YAML ${describeYaml(item)}, not a mapping`);
      else if (field === "env" && typeof rec.name !== "string") at([i], `env[${i}] has no name (a string)`);
    });
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
      // `- {name: VLLM_PORT, value: 8000}`: an EnvVar's value is a string; the object is never created.
      const shown = e.value instanceof Date || typeof e.value === "object" ? "" : ` (${String(e.value)})`;
      setRejected(source, name, `value is a YAML ${describeYaml(e.value)}${shown}, not a string: ${REJECTS} (quote it)`);
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

/** Each object with where it is: a `kind: List`'s items stand for themselves (their own namespace). */
function listObjects(docs: unknown[]): { doc: unknown; walk: Walk }[] {
  return docs.flatMap((doc, i) => {
    const obj = asRecord(doc);
    const walk = (keys: (string | number)[], path: string): Walk => ({ doc: i, keys, path, namespace: undefined });
    if (obj?.kind !== "List" || !Array.isArray(obj.items)) return [{ doc, walk: walk([], `document ${i + 1}`) }];
    return obj.items.map((item, j) => ({
      doc: item as unknown,
      walk: walk(["items", j], `document ${i + 1}.items[${j}]`),
    }));
  });
}

/** The environment of every container of every document; {@link ShapeError} for objects the API server rejects. */
export function readKubernetes(label: string, docs: unknown[]): EnvSource[] {
  const objects = collectObjects(docs);
  const listed = listObjects(docs);
  const links = collectServiceLinks(listed.map((x) => x.doc));
  const out: EnvSource[] = [];
  const problems: ShapeProblem[] = [];
  listed.forEach(({ doc, walk }) => {
    const namespace = asRecord(asRecord(doc)?.metadata)?.namespace;
    const containers: Container[] = [];
    const w = { ...walk, namespace: typeof namespace === "string" ? namespace : undefined };
    collectContainers(doc, w, containers, problems);
    for (const c of containers) {
      checkEnvShape(c, problems);
      const own = c.serviceLinks ? (links.get(objectKey(c.namespace, "")) ?? []) : [];
      out.push(readContainer(c, label, objects, own));
    }
  });
  if (problems.length) throw new ShapeError(problems);
  return out;
}
