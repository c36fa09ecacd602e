/**
 * Warnings on stderr for what the model could not follow; `--strict` turns them into exit 1.
 */
import type { Model } from "../ir/types.js";
import { formatProblem } from "../errors/input-error.js";

/**
 * Print one warning per unsupported construct, unfollowed factor function and error diagnostic; the exit
 * code under `--strict`. A plugin's inherited variable (`{**vllm_envs, ...}`) is reported at its line of `upstream`.
 */
export function reportUnsupported(model: Model, strict: boolean, upstream?: string): number {
  let count = 0;
  for (const v of model.variables) {
    const file = v.inherited ? (upstream ?? model.upstream?.file ?? model.source.file) : model.source.file;
    const name = v.inherited ? `${v.name} (inherited from vllm.envs)` : v.name;
    for (const u of v.unsupported) {
      count += 1;
      const message = `warning: ${name}: unsupported: ${u.reason}`;
      process.stderr.write(`vllm-envs: ${formatProblem(file, { line: u.line, col: 1, message })}\n`);
    }
  }
  for (const d of model.diagnostics) {
    // A compile-factor function the analysis could not follow is unsupported too (every compileFactor is null).
    if (d.severity !== "error" && d.code !== "compile-factors-unknown") continue;
    count += 1;
    process.stderr.write(`vllm-envs: ${formatProblem(model.source.file, { line: d.line, col: d.col, message: `${d.severity}: ${d.message}` })}\n`);
  }
  return strict && count > 0 ? 1 : 0;
}
