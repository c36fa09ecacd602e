/**
 * The page of vLLM together with one platform plugin (`plugins/<name>-with-vllm.md`): which variables the
 * plugin adds, which both define and what each definition computes by default, and which definition is read.
 * Every piece of source text is escaped by the escaping module.
 */
import type { Model, Variable } from "../ir/types.js";
import { mdCode, mdLine, mdText } from "./escape.js";
import { firstSentence } from "./inline-text.js";
import { describeDefault, describeVariableType } from "../ir/describe.js";
import { generatedNotice, pluginSource, sourceFileText } from "./banner.js";

/** vLLM's side of the page. */
export interface CombinedVllm {
  label: string;
  model: Model;
}

/** The plugin's side of the page. */
export interface CombinedPlugin {
  name: string;
  /** The Python module its code reads (`vllm_gaudi.envs`), where known. */
  module: string | null;
  /** Its env file (`vllm_gaudi/envs.py`), where known. */
  path?: string | null;
  label: string;
  model: Model;
}

function summary(v: Variable): string {
  return v.description ? mdLine(firstSentence(v.description), true) : "_(no description)_";
}

function pluginRow(v: Variable): string {
  return `| ${[mdCode(v.name, true), mdCode(describeVariableType(v), true), mdCode(describeDefault(v.default), true), summary(v)].join(" | ")} |`;
}

function sharedRow(v: Variable, p: Variable): string {
  const cells = [
    mdCode(v.name, true),
    mdCode(describeVariableType(v), true),
    mdCode(describeDefault(v.default), true),
    mdCode(describeVariableType(p), true),
    mdCode(describeDefault(p.default), true),
  ];
  return `| ${cells.join(" | ")} |`;
}

/** The rule `validateVllmEnv(env, { plugins })` applies to a variable both define, in words. */
function ruleText(module: string): string[] {
  return [
    "## Which definition is read",
    "",
    "Neither definition replaces the other. Both getters read the process environment when they are called:",
    `vLLM's code reads \`vllm.envs.NAME\` and so runs vLLM's getter; the plugin's code reads \`${module}.NAME\``,
    "and so runs the plugin's. `validateVllmEnv(env, { plugins })` reports a variable both define",
    "(`shared-variable`) with what each getter computes from that environment. Not knowable statically:",
    "a plugin that replaces entries of `vllm.envs.environment_variables` at run time, which would make vLLM's",
    "code run the plugin's getter; these pages never assume it.",
  ];
}

/** The whole page. */
export function emitCombinedPage(vllm: CombinedVllm, plugin: CombinedPlugin, toolVersion: string): string {
  const upstream = new Map(vllm.model.variables.map((v) => [v.name, v]));
  const both = plugin.model.variables.filter((p) => upstream.has(p.name));
  const own = plugin.model.variables.filter((p) => !upstream.has(p.name));
  const module = plugin.module ?? "<plugin>.envs";
  const name = mdText(plugin.name);
  const file = mdText(sourceFileText(pluginSource(plugin.name, plugin.path, plugin.module)));
  const sources = ` from vllm/envs.py ${mdText(vllm.label)} and ${file} of plugin ${name} ${mdText(plugin.label)}`;
  const lines = [
    `<!-- ${generatedNotice(mdText(toolVersion), sources)} -->`,
    "",
    `# vLLM ${mdText(vllm.label)} with plugin ${name} ${mdText(plugin.label)}`,
    "",
    `vLLM ${mdText(vllm.label)} defines ${vllm.model.variables.length} variables (its reference page:`,
    `[${mdText(vllm.label)}/env-vars.md](../${vllm.label}/env-vars.md)); plugin ${name} defines ${plugin.model.variables.length}`,
    `(its reference page: [${mdText(plugin.name)}/${mdText(plugin.label)}/env-vars.md](${plugin.name}/${plugin.label}/env-vars.md)),`,
    `of which ${own.length} are its own and ${both.length} are also vLLM's.`,
    "",
    ...ruleText(module),
    "",
    `## Defined by both (${both.length})`,
    "",
    ...(both.length
      ? [
          "| variable | vLLM: type | vLLM: default | plugin: type | plugin: default |",
          "| --- | --- | --- | --- | --- |",
          ...both.map((p) => sharedRow(upstream.get(p.name) as Variable, p)),
        ]
      : ["None."]),
    "",
    `## The plugin's own (${own.length})`,
    "",
    ...(own.length ? ["| variable | type | default | summary |", "| --- | --- | --- | --- |", ...own.map(pluginRow)] : ["None."]),
  ];
  return lines.join("\n") + "\n";
}
