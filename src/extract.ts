/**
 * The front half of the pipeline: source text → model (parse → lower → infer).
 * Kept apart from the emitters so that callers that only read models do not load them.
 */
import { createHash } from "node:crypto";
import type { Model } from "./ir/types.js";
import { InputError } from "./errors/input-error.js";
import { parseSource, type ParseOptions } from "./parse/parse-source.js";
import { lowerModule } from "./lower/lower-module.js";
import { buildModel } from "./infer/build-model.js";

/** Build the model of one `envs.py` source text. */
export function extractModel(file: string, text: string, options: ParseOptions = {}): Model {
  if (text.trim() === "") throw new InputError(file, [{ line: 0, col: 0, message: "empty file" }]);
  const parsed = parseSource(file, text, options);
  const lowered = lowerModule(parsed.tree);
  if (lowered.diagnostics.some((d) => d.code === "no-dict")) {
    throw new InputError(file, [{ line: 0, col: 0, message: "no `environment_variables = {...}` dict found: not a vllm/envs.py" }]);
  }
  const sha256 = createHash("sha256").update(text).digest("hex");
  const model = buildModel(lowered, { file, sha256, lines: text.split("\n").length });
  for (const p of parsed.syntaxErrors) model.diagnostics.unshift({ severity: "error", code: "syntax-error", message: p.message, line: p.line, col: p.col });
  return model;
}
