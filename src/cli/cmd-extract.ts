/**
 * `vllm-envs extract --source FILE`: the model as JSON on stdout.
 */
import { extractModel } from "../extract.js";
import { readTextFile } from "../io/read-source.js";
import { extractOptionsOf, need, type CliValues } from "./options.js";
import { reportUnsupported } from "./report.js";

/** Run `extract`. */
export function runExtract(values: CliValues): number {
  const file = need(values, "source");
  const model = extractModel(file, readTextFile(file), { allowSyntaxErrors: values["allow-syntax-errors"], ...extractOptionsOf(values) });
  process.stdout.write(JSON.stringify(model, null, 2) + "\n");
  return reportUnsupported(model, values.strict ?? false, values.upstream);
}
