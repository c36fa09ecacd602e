/**
 * `vllm-envs generate --source FILE --out DIR [--version LABEL]`: a bindings package of one
 * revision (the layout `sync` writes for many: `LABEL/`, `runtime/`, `shared/`, `latest/`,
 * package.json), written atomically.
 */
import { basename, dirname, resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { extractModel } from "../extract.js";
import { readTextFile } from "../io/read-source.js";
import { writeFolderAtomic } from "../io/write-atomic.js";
import { generateFiles } from "../generate/generate-files.js";
import { packageFiles } from "../sync/package-files.js";
import { checkLabel, checkPluginName } from "../sync/sources.js";
import { pythonModuleOf, sourceOfPlugin } from "../emit/emit-index.js";
import { extractOptionsOf, need, type CliValues } from "./options.js";
import { reportUnsupported } from "./report.js";

/** Run `generate`. */
export async function runGenerate(values: CliValues): Promise<number> {
  const source = need(values, "source");
  const out = need(values, "out");
  const label = values.version ?? basename(dirname(resolve(source)));
  // The label names a folder of the package: letters, digits, `. _ + -` only.
  checkLabel(label, values.version === undefined ? source : "--version");
  // Errors name the file given (`amb.py:2:1: …`); the model records `envs.py`, the same wherever the file is.
  const options = { allowSyntaxErrors: values["allow-syntax-errors"], ...extractOptionsOf(values) };
  const read = extractModel(source, readTextFile(source), options);
  const model = { ...read, source: { ...read.source, file: "envs.py" } };
  const files = new Map<string, string>();
  // With --name, a platform plugin's tree: it belongs at plugins/NAME/ of a package, whose runtime it uses.
  const name = values.name;
  if (name !== undefined) checkPluginName(name, "--name");
  // The plugin's file: `--path` as its repository names it, else the file given.
  const path = values.path ?? basename(source);
  const plugin = name === undefined ? undefined : { name, module: pythonModuleOf(values.path ?? ""), path };
  const generate = plugin ? { label: `${plugin.name} ${label}`, source: sourceOfPlugin(plugin) } : { label };
  for (const [f, text] of await generateFiles(model, generate)) files.set(`${label}/${f}`, text);
  for (const [f, text] of packageFiles([{ version: label, model }], { plugin })) files.set(f, text);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFolderAtomic(resolve(out), files);
  process.stderr.write(`vllm-envs: wrote ${files.size} files for ${label} (${model.variables.length} variables) to ${out}\n`);
  return reportUnsupported({ ...model, source: { ...model.source, file: source } }, values.strict ?? false, values.upstream);
}
