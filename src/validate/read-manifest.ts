/**
 * `--manifest FILE`: Kubernetes manifests (any number of documents) or a docker-compose
 * file, told apart by their shape. Helm charts are refused with a hint: a values file or a
 * template is not what the cluster runs, `helm template` renders it.
 */
import { parseAllDocuments } from "yaml";
import { InputError, type Problem } from "../errors/input-error.js";
import type { EnvSource } from "./env-source.js";
import { asRecord } from "./kubernetes-objects.js";
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

/**
 * The documents of the input. kubectl reads YAML 1.1 (sigs.k8s.io/yaml: `value: yes` is a boolean, which
 * an env value must not be); compose reads YAML 1.2, where `yes` is a string.
 */
function parseYaml(input: TextInput, version: "1.1" | "1.2"): unknown[] {
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
  return list.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown).filter((d) => d !== null && d !== undefined);
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
  const docs = parseYaml(input, "1.2");
  if (docs.length === 0) throw new InputError(input.label, [{ line: 0, col: 0, message: "no YAML documents" }]);
  if (checkShape(input, docs) === "compose") return readCompose(input, docs[0] as Record<string, unknown>);
  const sources = readKubernetes(input.label, parseYaml(input, "1.1"));
  if (sources.length === 0)
    throw new InputError(input.label, [{ line: 0, col: 0, message: "no containers found (nothing to validate)" }]);
  return sources;
}
