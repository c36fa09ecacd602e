/**
 * `--manifest FILE`: Kubernetes manifests (any number of documents) or a docker-compose
 * file, told apart by their shape. Helm charts are refused with a hint: a values file or a
 * template is not what the cluster runs, `helm template` renders it.
 */
import { parseAllDocuments, type Document } from "yaml";
import { InputError, type Problem } from "../errors/input-error.js";
import type { EnvSource } from "./env-source.js";
import { asRecord, ShapeError, type ShapeProblem } from "./kubernetes-objects.js";
import { readCompose } from "./read-compose.js";
import type { TextInput } from "./read-input.js";
import { readKubernetes } from "./read-kubernetes.js";

/**
 * Helm's template actions: the chart's objects (`{{ .Values.x }}`, `{{- .Release.Name }}`) and
 * Helm's own functions (`include`, `toYaml`, `tpl`, `required`, `lookup`). Go templates that are data
 * in a rendered manifest (Prometheus rules' `{{ $labels.x }}`, Jinja chat templates) use none of these.
 */
const HELM_ACTION =
  /\{\{-?\s*(?:\.(?:Values|Release|Chart|Capabilities|Files)\b|(?:include|toYaml|tpl|required|lookup)\b)/;

/** The command that turns a chart and its values into what the cluster runs. */
const RENDER = "helm template RELEASE CHART -f FILE | vllm-envs validate --manifest -";

/** Top-level keys of the vLLM Helm charts' values files (production-stack, vLLM's own chart). */
const HELM_VALUES_KEYS = [
  "servingEngineSpec",
  "routerSpec",
  "cacheserverSpec",
  "loraControllerSpec",
  "replicaCount",
  "image",
];

function helmHint(input: TextInput, what: string, line = 0): InputError {
  const file = input.label === "<stdin>" ? "-" : input.label;
  return new InputError(input.label, [
    {
      line,
      col: line ? 1 : 0,
      message: `${what}, not a manifest: render it first: ${RENDER.replace("FILE", file)}`,
    },
  ]);
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function isKubernetesObject(doc: unknown): boolean {
  const obj = asRecord(doc);
  return !!obj && typeof obj.apiVersion === "string" && typeof obj.kind === "string";
}

/** The parsed documents that hold something, and their values. */
interface Parsed {
  nodes: Document.Parsed[];
  docs: unknown[];
}

/** A document's value; an alias bomb (`&a [*b, *b, …]` nested) is unusable input, not an internal error. */
function toValue(input: TextInput, d: Document.Parsed): unknown {
  try {
    return d.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    // The yaml library throws ReferenceError("Excessive alias count indicates a resource exhaustion attack").
    if (!(e instanceof ReferenceError)) throw e;
    throw new InputError(input.label, [{ line: 0, col: 0, message: `YAML: ${e.message}` }]);
  }
}

/**
 * The documents of the input. kubectl reads YAML 1.1 (sigs.k8s.io/yaml: `value: yes` is a boolean, which
 * an env value must not be); compose reads YAML 1.2, where `yes` is a string.
 */
function parseYaml(input: TextInput, version: "1.1" | "1.2"): Parsed {
  const docs = parseAllDocuments(input.text, { prettyErrors: true, merge: true, version });
  const list = Array.isArray(docs) ? docs : [docs];
  const problems: Problem[] = list
    .flatMap((d) => d.errors)
    .map((e) => ({
      line: e.linePos?.[0].line ?? 0,
      col: e.linePos?.[0].col ?? 0,
      message: `YAML: ${e.message.split("\n")[0]}`,
    }));
  if (problems.length) throw new InputError(input.label, problems);
  const out: Parsed = { nodes: [], docs: [] };
  for (const d of list) {
    const value = toValue(input, d);
    if (value === null || value === undefined) continue;
    out.nodes.push(d);
    out.docs.push(value);
  }
  return out;
}

/** Where a shape problem is: its node's start, or the nearest enclosing node the path reaches. */
function locate(input: TextInput, parsed: Parsed, p: ShapeProblem): Problem {
  const doc = parsed.nodes[p.doc];
  for (let n = p.path.length; doc && n >= 0; n--) {
    const node = n === 0 ? doc.contents : (doc.getIn(p.path.slice(0, n), true) as { range?: number[] } | undefined);
    const start = (node as { range?: number[] } | null | undefined)?.range?.[0];
    if (typeof start !== "number") continue;
    const line = lineOf(input.text, start);
    return { line, col: start - input.text.lastIndexOf("\n", start - 1), message: p.message };
  }
  return { line: 0, col: 0, message: p.message };
}

/** The environments `read` finds; parts rejected for their shape ({@link ShapeError}) are unusable input. */
function readLocated(input: TextInput, parsed: Parsed, read: (docs: unknown[]) => EnvSource[]): EnvSource[] {
  try {
    return read(parsed.docs);
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    const problems = e.problems.map((p) => locate(input, parsed, p));
    throw new InputError(input.label, problems.sort((a, b) => a.line - b.line || a.col - b.col));
  }
}

/** Refuse what is not a manifest or a compose file, saying what it looks like instead. */
function checkShape(input: TextInput, docs: unknown[]): "kubernetes" | "compose" {
  if (docs.some(isKubernetesObject)) {
    const stray = docs.findIndex((d) => !isKubernetesObject(d));
    if (stray >= 0)
      throw new InputError(input.label, [
        { line: 0, col: 0, message: `document ${stray + 1} has no apiVersion and kind (kubectl rejects it)` },
      ]);
    return "kubernetes";
  }
  const first = asRecord(docs[0]);
  if (docs.length === 1 && first && asRecord(first.services)) return "compose";
  const helmKey = first ? HELM_VALUES_KEYS.find((k) => k in first) : undefined;
  if (helmKey) throw helmHint(input, `a Helm values file (top-level ${helmKey})`);
  throw new InputError(input.label, [
    {
      line: 0,
      col: 0,
      message:
        "neither Kubernetes objects (apiVersion and kind) nor a docker-compose file (services); a Helm values file? " +
        `render it first: ${RENDER}`,
    },
  ]);
}

/** The environments of a manifest or compose file. */
export function readManifest(input: TextInput): EnvSource[] {
  const helm = HELM_ACTION.exec(input.text);
  if (helm) throw helmHint(input, `a Helm template (${JSON.stringify(helm[0])})`, lineOf(input.text, helm.index));
  const parsed = parseYaml(input, "1.2");
  const docs = parsed.docs;
  if (docs.length === 0) throw new InputError(input.label, [{ line: 0, col: 0, message: "no YAML documents" }]);
  if (checkShape(input, docs) === "compose")
    return readLocated(input, parsed, (d) => readCompose(input, d[0] as Record<string, unknown>));
  const sources = readLocated(input, parseYaml(input, "1.1"), (d) => readKubernetes(input.label, d));
  if (sources.length === 0)
    throw new InputError(input.label, [{ line: 0, col: 0, message: "no containers found (nothing to validate)" }]);
  return sources;
}
