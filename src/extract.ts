/**
 * The front half of the pipeline: source text → model (parse → lower → infer).
 * Kept apart from the emitters so that callers that only read models do not load them.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Model } from "./ir/types.js";
import { InputError } from "./errors/input-error.js";
import { parseSource, type ParseOptions } from "./parse/parse-source.js";
import { lowerModule, type LowerOptions } from "./lower/lower-module.js";
import { buildModel } from "./infer/build-model.js";

/** Options of {@link extractModel}: plain parameters (the CLI maps `--dict` and `--upstream` to them). */
export interface ExtractOptions extends ParseOptions {
  /** The name of the dict of getters (a plugin's `env_variables`), instead of finding it. */
  dict?: string;
  /** The upstream `vllm/envs.py` a platform plugin's `from vllm.envs import ...` refers to. */
  upstream?: { file: string; text: string };
}

const DICT_ERRORS = new Set(["no-dict", "ambiguous-dict"]);

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `text.split("\n").length`, without making the array of lines. */
function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Parse and lower one file; a file without a dict of getters is unusable input. */
function lowerFile(file: string, text: string, options: ParseOptions, lowerOptions: LowerOptions) {
  if (text.trim() === "") throw new InputError(file, [{ line: 0, col: 0, message: "empty file" }]);
  const parsed = parseSource(file, text, options);
  const lowered = lowerModule(parsed.tree, lowerOptions);
  const fatal = lowered.diagnostics.find((d) => DICT_ERRORS.has(d.code));
  if (fatal) throw new InputError(file, [{ line: fatal.line, col: fatal.col, message: fatal.message }]);
  // Not the tree: nothing after lowering reads it, and held through inference every collection would copy it.
  return { syntaxErrors: parsed.syntaxErrors, lowered };
}

/** Build the model of one `envs.py` source text (or a platform plugin's env file). */
export function extractModel(file: string, text: string, options: ExtractOptions = {}): Model {
  const up = options.upstream;
  const upstream = up ? lowerFile(up.file, up.text, {}, {}).lowered : undefined;
  const { syntaxErrors, lowered } = lowerFile(file, text, options, { dict: options.dict, upstream });
  const model = buildModel(lowered, { file, sha256: sha256(text), lines: countLines(text) });
  // Its file name only: the same inputs give the same model wherever they are.
  if (up) model.upstream = { file: basename(up.file), sha256: sha256(up.text) };
  for (const p of syntaxErrors) model.diagnostics.unshift({ severity: "error", code: "syntax-error", message: p.message, line: p.line, col: p.col });
  return model;
}
