/**
 * The command line: `vllm-envs <command> [options]`. Exit codes: 0 success,
 * 1 a check found problems, 2 bad usage or unusable input, 3 an internal error.
 */
import { parseArgs } from "node:util";
import { InputError } from "../errors/input-error.js";
import { toolVersion } from "../util/package-root.js";
import { COMMON_OPTIONS, UsageError } from "./options.js";

const HELP = `vllm-envs — typed bindings for vLLM's environment variables, read statically from vllm/envs.py

Usage: vllm-envs <command> [options]

Commands:
  extract --source FILE             print the model of FILE as JSON
  eval --source FILE --cases FILE [--name PLUGIN [--path FILE]]
                                    evaluate variables with the generated runtime; prints {"results":[...]}
                                    (--name: a platform plugin's file, its module named by --path)
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
                          are errors, like vLLM's validate_environ(hard_fail=True) where the
                          version defines it)
  --debug                 print stack traces of internal errors
  -h, --help              this help
  -v, --version           the tool's version (with no command)

Exit codes: 0 success, 1 a check found problems, 2 bad usage or unusable input, 3 internal error.
`;

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
