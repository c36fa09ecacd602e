#!/usr/bin/env -S node --
// The `--` above ends node's own options: node scans its whole command line, script arguments included,
// for `--env-file` up to the first `--` (nodejs/node#54232), so without it `vllm-envs validate --env-file F`
// made node itself read F before this script ran (a missing F exited 9; a NODE_OPTIONS line in F applied here).
import { readFileSync } from "node:fs";
import { main } from "../dist/src/cli/main.js";

/** The `--env-file` argument node read itself (started as `node bin/vllm-envs.js … --env-file F`), if any. */
function envFileReadByNode() {
  const ours = process.argv.slice(2);
  const at = ours.findIndex((a) => a === "--" || a === "--env-file" || a.startsWith("--env-file="));
  if (at < 0 || ours[at] === "--") return null;
  const named = ours[at].slice(11) || ours[at + 1] || "";
  let args;
  try {
    args = readFileSync("/proc/self/cmdline", "utf8").split("\0").slice(1, -1);
  } catch {
    return null; // No /proc: only the shebang's `--` protects.
  }
  // A process title set by node's options overwrites the command line: then assume the worst.
  if (args.length < ours.length || args.slice(args.length - ours.length).some((a, i) => a !== ours[i])) return named;
  // args: node's options, the script, then ours; node stops scanning at the first `--`.
  const i = args.findIndex((a) => a === "--" || a === "--env-file" || a.startsWith("--env-file="));
  return args[i] === "--" ? null : named;
}

// A closed pipe (`vllm-envs extract ... | head`) ends the output, not the process with a trace.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const leaked = envFileReadByNode();
if (leaked !== null) {
  // Too late to undo: refuse rather than run with the validated file's settings applied to this process.
  process.stderr.write(
    `vllm-envs: node read --env-file ${leaked} itself before vllm-envs started (nodejs/node#54232); ` +
      "run the vllm-envs command, or node -- bin/vllm-envs.js …\n",
  );
  process.exitCode = 2;
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`vllm-envs: internal error: ${e && e.message ? e.message : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
