#!/usr/bin/env node
// The install step: build the optional native tree export (native/, binding.gyp) with node-gyp.
// Optional by design: without a C compiler the install still succeeds and parsing falls back to the
// tree-sitter binding (the same tree, node by node through N-API: the model takes about twice as long).
// Set VLLM_ENVS_REQUIRE_NATIVE=1 to make a failed build fail the install instead (CI does).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside npm's lifecycle scripts npm names its own node-gyp; outside, try the one beside npm.
const candidates = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
].filter((p) => p && existsSync(p));
const required = process.env.VLLM_ENVS_REQUIRE_NATIVE === "1";

let result = { status: 1, error: new Error("node-gyp not found") };
if (candidates.length) {
  result = spawnSync(process.execPath, [candidates[0], "rebuild"], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
}
if (result.status === 0) process.exit(0);
const why = result.error?.message ?? (result.stderr ?? "").trim().split("\n").slice(-3).join(" | ");
process.stderr.write(`vllm-envs: the native tree export was not built (${why}); parsing uses the tree-sitter binding.\n`);
process.exit(required ? 1 : 0);
