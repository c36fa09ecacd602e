/**
 * Running the CLI as a user does: a child process, exit code, stdout, stderr.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

/** The CLI entry point. */
export const BIN = join(process.cwd(), "bin", "vllm-envs.js");

/** node's arguments to run the CLI as its shebang does: `--` keeps node from reading our `--env-file` (nodejs/node#54232). */
export function nodeArgs(args: string[]): string[] {
  return ["--", BIN, ...args];
}

/** Run the CLI to completion. */
export function runCli(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, nodeArgs(args), { encoding: "utf8", cwd, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Run the CLI without blocking the event loop (for tests that serve HTTP in-process). */
export function runCliAsync(args: string[], cwd = process.cwd()): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, nodeArgs(args), { cwd });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}
