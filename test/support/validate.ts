/**
 * Running `vllm-envs validate` in tests: standard input, the `--json` report, findings
 * as `[variable, code]` pairs, and a one-container Pod around inline `env` entries.
 */
import { spawnSync } from "node:child_process";
import { nodeArgs } from "./cli.js";

/** One finding, as `--json` prints it. */
export interface Diagnostic {
  severity: string;
  code: string;
  variable: string;
  value?: string;
  message: string;
}

/** The `--json` report. */
export interface Report {
  bindings: { label: string; vllmVersion: string | null; variables: number }[];
  strict: boolean;
  errors: number;
  results: { source: string; diagnostics: Diagnostic[]; notes: string[]; checked: string[] }[];
}

/** Run the CLI with `input` on standard input. */
export function run(args: string[], input = "", cwd = process.cwd()) {
  const r = spawnSync(process.execPath, nodeArgs(args), { encoding: "utf8", input, cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Run with `--json` and parse the report; an exit of 2 or 3 throws with stderr. */
export function report(args: string[], input = "", cwd?: string): { code: number | null; report: Report } {
  const r = run([...args, "--json"], input, cwd);
  if (r.code === 2 || r.code === 3) throw new Error(r.err);
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

/** `[variable, code]` of each finding of each environment. */
export function findings(rep: Report): [string, string][][] {
  return rep.results.map((r) => r.diagnostics.map((d) => [d.variable, d.code]));
}

/** A Pod with one container `c` whose `env:` is `env` (and `extra` lines before it). */
export const pod = (env: string, extra = "") => `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: c
${extra}      env:
${env}`;
