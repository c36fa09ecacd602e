/**
 * The command line: `vllm-envs <command> [options]`. Exit codes: 0 success,
 * 1 a check found problems, 2 bad usage or unusable input, 3 an internal error.
 */
import { parseArgs } from "node:util";
import { InputError } from "../errors/input-error.js";
import { toolVersion } from "../util/package-root.js";
import { readTextFile } from "../io/read-source.js";
import type { ExtractOptions } from "../extract.js";

/** A usage error: message to stderr, exit 2. */
export class UsageError extends Error {}

const HELP = `vllm-envs — typed bindings for vLLM's environment variables, read statically from vllm/envs.py

Usage: vllm-envs <command> [options]

Commands:
  extract --source FILE             print the model of FILE as JSON
  eval --source FILE --cases FILE   evaluate variables with the generated runtime; prints {"results":[...]}
  generate --source FILE --out DIR [--version LABEL] [--name PLUGIN [--path FILE]]
                                    write a bindings package of one revision (LABEL/, runtime/,
                                    shared/, latest/, package.json; schemas, docs, model); with
                                    --name, a platform plugin's tree (for plugins/PLUGIN/ of a package)
  sync --out DIR (--corpus DIR | --repo PATH [--include-prereleases] | --remote) [--prune]
                                    generate every version, latest/, versions.json, CHANGELOG.md
                                    (--check: compare only, exit 1 listing stale files); versions
                                    in DIR but not in the source are kept unless --prune is given;
                                    a source with no versions exits 2 and writes nothing
      [--plugins plugins.json [--plugins-corpus DIR | --plugin-repos DIR]]
                                    also each configured platform plugin, into DIR/plugins/NAME/
                                    (corpus default: $VLLM_ENVS_PLUGINS or ../shared/plugin-envs)
  sync --name PLUGIN --out DIR (--repo PATH --path FILE | --corpus DIR)
                                    one platform plugin's tree (tags v* of its repository)
  check --out DIR [--corpus DIR] [--plugins FILE] [--prune]
                                    the same as sync --check (corpus default: $VLLM_ENVS_CORPUS)
  diff OLD NEW [--json]             what changed between two envs.py or model.json files
  validate [--version V] [--strict] [--plugin NAME[@VERSION]]... (--env-file FILE | --manifest FILE | --process-env) [--json]
                                    check the environments of a .env file, Kubernetes manifests or
                                    a docker-compose file (FILE - is standard input; Helm charts:
                                    helm template … | vllm-envs validate --manifest -); V is a
                                    label or a vLLM version (0.9.2); exit 1 when anything is an
                                    error (--strict: unknown VLLM_* names too);
                                    --plugin: platform plugins' variables are checked by their
                                    own rules

Options:
  --dict NAME             the dict of getters (a platform plugin's \`env_variables\`), instead of finding it
  --upstream FILE         the upstream vllm/envs.py a plugin imports from (\`from vllm.envs import ...\`,
                          \`{**environment_variables, ...}\`); without it those uses are unsupported
  --allow-syntax-errors   build a best-effort model of a file with syntax errors
  --strict                exit 1 when any construct is unsupported (validate: unknown VLLM_* names
                          are errors, as validate_environ(hard_fail=True))
  --debug                 print stack traces of internal errors
  -h, --help              this help
  -v, --version           the tool's version (with no command)

Exit codes: 0 success, 1 a check found problems, 2 bad usage or unusable input, 3 internal error.
`;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  source: { type: "string" },
  cases: { type: "string" },
  out: { type: "string" },
  corpus: { type: "string" },
  repo: { type: "string" },
  remote: { type: "boolean" },
  "include-prereleases": { type: "boolean" },
  check: { type: "boolean" },
  prune: { type: "boolean" },
  progress: { type: "boolean" },
  json: { type: "boolean" },
  "github-api": { type: "string" },
  "raw-base": { type: "string" },
  cache: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  "env-file": { type: "string" },
  manifest: { type: "string" },
  "process-env": { type: "boolean" },
  version: { type: "string" },
  dict: { type: "string" },
  upstream: { type: "string" },
  name: { type: "string" },
  path: { type: "string" },
  plugins: { type: "string" },
  "plugins-corpus": { type: "string" },
  "plugin-repos": { type: "string" },
  plugin: { type: "string", multiple: true },
  "allow-syntax-errors": { type: "boolean" },
  strict: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parsed command-line values. */
export type CliValues = {
  [K in keyof typeof COMMON_OPTIONS]?: (typeof COMMON_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof COMMON_OPTIONS)[K]["type"] extends "string" ? string : boolean;
};

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes("--debug");
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
    debug = values.debug ?? false;
    const [command, ...rest] = positionals;
    if (values.help || !command || command === "help") {
      process.stdout.write(HELP);
      return command || values.help ? 0 : 2;
    }
    // Commands are loaded on demand: `--help` or `validate` need not load TypeScript and prettier.
    if (command === "diff") return (await import("./cmd-diff.js")).runDiff(values, rest);
    if (rest.length) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    switch (command) {
      case "extract":
        return (await import("./cmd-extract.js")).runExtract(values);
      case "eval":
        return await (await import("./cmd-eval.js")).runEval(values);
      case "generate":
        return await (await import("./cmd-generate.js")).runGenerate(values);
      case "sync":
        return await (await import("./cmd-sync.js")).runSyncCommand(values);
      case "check":
        return await (await import("./cmd-sync.js")).runCheck(values);
      case "validate":
        return await (await import("./cmd-validate.js")).runValidate(values);
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

/**
 * `--dict NAME` and `--upstream FILE`: how a platform plugin's env file is read, as the plain parameters
 * of `extractModel` (here, with `need`, so the commands' option helpers stay in one file).
 */
export function extractOptionsOf(values: CliValues): Pick<ExtractOptions, "dict" | "upstream"> {
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
