/**
 * `--dict NAME` and `--upstream FILE`: how a platform plugin's env file is read, as the plain
 * parameters of `extractModel` (the only place that knows these are command-line options).
 */
import type { ExtractOptions } from "../extract.js";
import { readTextFile } from "../io/read-source.js";
import { UsageError, type CliValues } from "./main.js";

/** The plugin-reading options given on the command line (none: an upstream `vllm/envs.py` as it is). */
export function pluginOptions(values: CliValues): Pick<ExtractOptions, "dict" | "upstream"> {
  const out: Pick<ExtractOptions, "dict" | "upstream"> = {};
  if (values.dict !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(values.dict)) {
      throw new UsageError(`--dict needs a Python name, not ${JSON.stringify(values.dict)}`);
    }
    out.dict = values.dict;
  }
  if (values.upstream !== undefined) {
    if (values.upstream === "") throw new UsageError("--upstream FILE needs a file");
    out.upstream = { file: values.upstream, text: readTextFile(values.upstream) };
  }
  return out;
}
