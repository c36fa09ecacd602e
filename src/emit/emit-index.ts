/**
 * `index.ts` of a generated revision: the runtime, the typed API, the metadata
 * and the validator, assembled with ts-morph and formatted with prettier.
 */
import { Project, StructureKind, VariableDeclarationKind, type StatementStructures, type VariableStatementStructure } from "ts-morph";
import type { Model, Variable, VersionHistory } from "../ir/types.js";
import { emitModuleFactory } from "./emit-runtime.js";
import { emitTsType } from "./emit-ts-type.js";
import { tsComment, tsJson, tsKey, tsPropertyName } from "./escape.js";
import { loadPrelude } from "./prelude.js";
import { defaultValue, describeAccepted, describeDefault, describeVariableType, driftNotes } from "./describe.js";

/** The metadata record of one variable in `VLLM_ENV_VARS`. */
export function variableMetadata(v: Variable) {
  return {
    name: v.name,
    type: describeVariableType(v),
    default: describeDefault(v.default),
    defaultValue: defaultValue(v.default),
    rawDefault: v.rawDefault,
    choices: v.choices ? v.choices.values : null,
    caseSensitive: v.choices ? v.choices.caseSensitive : true,
    accepts: describeAccepted(v.accepts),
    description: v.description,
    section: v.section,
    reads: v.reads,
    line: v.line,
    deprecated: v.deprecated,
    unsupported: v.unsupported.map((u) => `line ${u.line}: ${u.reason}`),
    drift: driftNotes(v),
  };
}

function propertyDoc(v: Variable): { description: string; tags: { tagName: string; text: string }[] } {
  const lines = [v.description || `${v.name} (no description in envs.py).`];
  const facts = [`Type: ${describeVariableType(v)}.`, `Accepts: ${describeAccepted(v.accepts)}.`];
  if (v.reads.length) facts.push(`Also reads: ${v.reads.join(", ")}.`);
  facts.push(`Source: envs.py line ${v.line}.`);
  for (const note of driftNotes(v)) facts.push(`Drift: ${note}.`);
  for (const u of v.unsupported) facts.push(`Unsupported (line ${u.line}): ${u.reason}.`);
  const tags = [{ tagName: "default", text: tsComment(describeDefault(v.default)) }];
  if (v.deprecated) tags.push({ tagName: "deprecated", text: "See the description." });
  return { description: tsComment([...lines, "", ...facts].join("\n")), tags };
}

/** The typed API as ts-morph structures (printed once: adding node by node re-parses the file each time). */
function apiStatements(model: Model, history: VersionHistory | undefined): (string | StatementStructures)[] {
  const meta = model.variables.map((v) => `${tsKey(v.name)}: ${tsJson(variableMetadata(v))}`).join(",\n");
  const removed = Object.entries(history?.removed ?? {}).map(([name, r]) => `${tsKey(name)}: ${tsJson(r)}`).join(",\n");
  const constant = (name: string, initializer: string, docs: string[], type?: string, isExported = true): VariableStatementStructure => ({
    kind: StructureKind.VariableStatement,
    isExported,
    declarationKind: VariableDeclarationKind.Const,
    docs,
    declarations: [{ kind: StructureKind.VariableDeclaration, name, initializer, ...(type ? { type } : {}) }],
  });
  return [
    constant("VLLM_ENV_NAMES", `[${model.variables.map((v) => tsJson(v.name)).join(", ")}] as const`, ["The names of every vLLM environment variable of this revision, in source order."]),
    { kind: StructureKind.TypeAlias, isExported: true, name: "VllmEnvName", type: "(typeof VLLM_ENV_NAMES)[number]", docs: ["A vLLM environment variable name."] },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "VllmEnv",
      docs: ["Every variable's value as `vllm.envs.NAME` gives it. Python's `None` is `null`; ints beyond ±2^53 are `bigint`."],
      properties: model.variables.map((v) => ({ name: tsPropertyName(v.name), type: emitTsType(v.type), isReadonly: true, docs: [propertyDoc(v)] })),
    },
    constant(
      "VLLM_ENV_VARS",
      `Object.freeze(Object.assign(Object.create(null) as Record<VllmEnvName, VllmEnvVarInfo>, {\n${meta}\n}))`,
      ["Metadata of every variable: type, default, choices, description, section, reads, source line."],
      "Readonly<Record<VllmEnvName, VllmEnvVarInfo>>",
    ),
    constant("VLLM_ENVS_SOURCE", tsJson({ sha256: model.source.sha256, variables: model.variables.length }) + " as const", ["The envs.py these bindings were generated from."]),
    constant(
      "REMOVED",
      `Object.assign(Object.create(null) as Record<string, { removedAfter: string; lastSeenIn: string }>, {\n${removed}\n})`,
      ["Variables of earlier versions that this one no longer has."],
      "Readonly<Record<string, { removedAfter: string; lastSeenIn: string }>>",
      false,
    ),
    API_FUNCTIONS,
  ];
}

const API_FUNCTIONS = `
/** The value of one variable, computed from \`env\` (default: process.env) exactly as CPython would. */
export function getVllmEnv<K extends VllmEnvName>(name: K, env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnv[K] {
  return evaluateEntry(makeModule, name, env, options) as VllmEnv[K];
}

/** The values {@link readVllmEnv} returns: a variable that depends on something outside the environment is absent. */
export type VllmEnvValues = { readonly [K in VllmEnvName]?: VllmEnv[K] };

/**
 * Every variable's value. Throws {@link VllmEnvError} on the first that Python would raise on;
 * leaves out those that cannot be computed here (\`getVllmEnv\` says why).
 */
export function readVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvValues {
  const out: Record<string, VllmEnvValue> = Object.create(null);
  for (const name of VLLM_ENV_NAMES) {
    try {
      out[name] = evaluateEntry(makeModule, name, env, options);
    } catch (e) {
      if (!(e instanceof VllmEnvUnsupportedError)) throw e;
    }
  }
  return out as VllmEnvValues;
}

const ACCEPTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(VLLM_ENV_NAMES.map((n) => [n, VLLM_ENV_VARS[n].accepts])));

/** Diagnostics for an environment: invalid values (where CPython would raise), unknown VLLM_* names with a suggestion, Kubernetes service links. */
export function validateVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvDiagnostic[] {
  return validateEnvironment(makeModule, ACCEPTS, REMOVED, env, options);
}
`;

let project: Project | null = null;

/** The part of `index.ts` after the prelude: the translated module and the typed API, printed by ts-morph. */
export function buildModuleSource(model: Model, history?: VersionHistory): string {
  project ??= new Project({ useInMemoryFileSystem: true });
  const head = ["// ---- translated from envs.py ----", emitModuleFactory(model)].join("\n");
  const sf = project.createSourceFile("index.ts", { statements: [head, ...apiStatements(model, history)] }, { overwrite: true });
  const text = sf.getFullText();
  project.removeSourceFile(sf);
  return text;
}

/** The prelude part of `index.ts`, the same for every revision. */
export function preludeSource(): string {
  return ["/* eslint-disable */", loadPrelude()].join("\n");
}

/** The unformatted `index.ts`. */
export function buildIndexSource(model: Model, banner: string, history?: VersionHistory): string {
  return [banner, preludeSource(), buildModuleSource(model, history)].join("\n");
}
