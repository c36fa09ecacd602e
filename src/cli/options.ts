/**
 * The command line's options: what every command accepts, their parsed values, and the usage
 * error (exit 2). Apart from `main.ts`, so the commands need not import the dispatcher.
 */

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
