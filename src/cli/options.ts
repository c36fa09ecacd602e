/**
 * The command line's options: what every command accepts, their parsed values, the usage
 * error (exit 2), and the wording the commands share. Apart from `main.ts`, so the commands need
 * not import the dispatcher.
 */
import type { ExtractOptions } from "../extract.js";
import { readTextFile } from "../io/read-source.js";

/** A usage error: message to stderr, exit 2. */
export class UsageError extends Error {}

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

/** Require an option. */
export function need(values: CliValues, name: keyof CliValues): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`--${name} FILE is required`);
  return v;
}

/**
 * `--dict NAME` and `--upstream FILE`: how a platform plugin's env file is read, as the plain parameters
 * of `extractModel`.
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

/** `1 version`, `3 versions`: a count with its noun, for the commands' summaries. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
