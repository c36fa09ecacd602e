#!/usr/bin/env node
import { main } from "../dist/src/cli/main.js";

// A closed pipe (`vllm-envs extract ... | head`) ends the output, not the process with a trace.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`vllm-envs: internal error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
