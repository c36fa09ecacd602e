/**
 * `vllm-envs diff OLD NEW`: the change set between two revisions (envs.py files
 * or model.json files), as Markdown or `--json`. Never writes.
 */
import { extractModel } from "../extract.js";
import { InputError } from "../errors/input-error.js";
import type { Model } from "../ir/types.js";
import { parseJsonText, readTextFile } from "../io/read-source.js";
import { diffModels } from "../sync/diff-models.js";
import { renderChanges } from "../sync/changelog.js";
import { UsageError, type CliValues } from "./options.js";

/** Read a model: a model.json (by content) or an envs.py. */
export function readModel(file: string, allowSyntaxErrors: boolean): Model {
  const text = readTextFile(file);
  if (/^\s*\{/.test(text) && file.endsWith(".json")) {
    const m = parseJsonText(file, text) as Partial<Model>;
    if (m.schemaVersion !== 1 || !Array.isArray(m.variables)) throw new InputError(file, [{ line: 0, col: 0, message: "not a vllm-envs model.json (schemaVersion 1)" }]);
    return m as Model;
  }
  return extractModel(file, text, { allowSyntaxErrors });
}

/** Run `diff`. */
export function runDiff(values: CliValues, files: string[]): number {
  if (files.length !== 2) throw new UsageError("diff needs two files: OLD NEW (envs.py or model.json)");
  const [before, after] = files.map((f) => readModel(f, values["allow-syntax-errors"] ?? false));
  const changes = diffModels(before, after);
  if (values.json) process.stdout.write(JSON.stringify({ changes }, null, 2) + "\n");
  else process.stdout.write(renderChanges(changes) + "\n");
  return 0;
}
