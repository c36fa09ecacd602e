/**
 * The command line: `vllm-envs <command> [options]`. Exit codes: 0 success,
 * 1 a check found problems, 2 bad usage or unusable input, 3 an internal error.
 */
import { parseArgs } from "node:util";
import { InputError } from "../errors/input-error.js";
import { toolVersion } from "../util/package-root.js";
import { runExtract } from "./cmd-extract.js";
import { runEval } from "./cmd-eval.js";

/** A usage error: message to stderr, exit 2. */
export class UsageError extends Error {}

const HELP = `vllm-envs — typed bindings for vLLM's environment variables, read statically from vllm/envs.py

Usage: vllm-envs <command> [options]

Commands:
  extract --source FILE             print the model of FILE as JSON
  eval --source FILE --cases FILE   evaluate variables with the generated runtime; prints {"results":[...]}

Options:
  --allow-syntax-errors   build a best-effort model of a file with syntax errors
  --strict                exit 1 when any construct is unsupported
  --debug                 print stack traces of internal errors
  -h, --help              this help
  -v, --version           the tool's version

Exit codes: 0 success, 1 a check found problems, 2 bad usage or unusable input, 3 internal error.
`;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  source: { type: "string" },
  cases: { type: "string" },
  "allow-syntax-errors": { type: "boolean" },
  strict: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Parsed command-line values. */
export type CliValues = { [K in keyof typeof COMMON_OPTIONS]?: (typeof COMMON_OPTIONS)[K]["type"] extends "string" ? string : boolean };

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const { values, positionals } = parseArgs({ args: argv, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
    debug = values.debug ?? false;
    if (values.version) {
      process.stdout.write(`${toolVersion()}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || !command || command === "help") {
      process.stdout.write(HELP);
      return command || values.help ? 0 : 2;
    }
    if (rest.length) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    switch (command) {
      case "extract":
        return runExtract(values);
      case "eval":
        return await runEval(values);
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)} (try --help)`);
    }
  } catch (e) {
    return reportError(e, debug);
  }
}

function reportError(e: unknown, debug: boolean): number {
  if (e instanceof InputError) {
    process.stderr.write(e.message.split("\n").map((l) => `vllm-envs: ${l}`).join("\n") + "\n");
    return 2;
  }
  const code = (e as { code?: string }).code;
  if (e instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
    process.stderr.write(`vllm-envs: ${(e as Error).message}\n`);
    return 2;
  }
  process.stderr.write(`vllm-envs: internal error: ${(e as Error)?.message ?? String(e)}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(e.stack + "\n");
  return 3;
}

/** Require an option. */
export function need(values: CliValues, name: keyof CliValues): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`--${name} FILE is required`);
  return v;
}
