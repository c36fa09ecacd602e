#!/usr/bin/env node
// Build the optional native tree export (native/, binding.gyp) with node-gyp: the package's `install` step,
// and `npm run build` with --if-stale (rebuilt only when its sources, tree-sitter or Node's ABI changed, so
// that a build/ left from before a `git pull` is never used with newer sources).
// Optional by design: where it does not build, parsing falls back to the tree-sitter binding (the same tree,
// slower). Set VLLM_ENVS_REQUIRE_NATIVE=1 to make a failed build fail instead (CI does).
// Run it through npm (`npm run install`): npm tells node-gyp where Node's headers are.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const addon = join(root, "build", "Release", "tree_export.node");
const stampFile = join(root, "build", "tree-export.stamp");
const required = process.env.VLLM_ENVS_REQUIRE_NATIVE === "1";

/** What the build depends on: its sources, the tree-sitter package's version and Node's ABI. */
function stamp() {
  const hash = createHash("sha256");
  const files = ["binding.gyp", ...readdirSync(join(root, "native")).sort().map((f) => join("native", f))];
  for (const f of files) hash.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
  const treeSitter = createRequire(join(root, "package.json"))("tree-sitter/package.json").version;
  hash.update(`tree-sitter ${treeSitter}; node ABI ${process.versions.modules}; napi ${process.versions.napi}`);
  return hash.digest("hex");
}

/** The first line of node-gyp's output that says why, not its boilerplate. */
function reason(output) {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  const cause =
    lines.find((l) => /\berror:|: not found|command not found|No such file/i.test(l) && !l.startsWith("gyp ERR! ")) ??
    lines.find((l) => /^make: \*\*\*/.test(l)) ??
    lines.find((l) => l.startsWith("gyp ERR! stack Error:"));
  return (cause ?? lines.slice(-1)[0] ?? "no output").replace(/^gyp ERR! stack /, "");
}

const wanted = stamp();
if (process.argv.includes("--if-stale") && existsSync(addon) && existsSync(stampFile)) {
  if (readFileSync(stampFile, "utf8").trim() === wanted) process.exit(0);
}
// Inside npm's lifecycle scripts npm names its own node-gyp; outside, try the one beside npm.
const nodeGyp = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
].find((p) => p && existsSync(p));
const result = nodeGyp
  ? spawnSync(process.execPath, [nodeGyp, "rebuild"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" })
  : { status: 1, stdout: "", stderr: "node-gyp: not found" };
if (result.status === 0) {
  writeFileSync(stampFile, wanted + "\n");
  process.exit(0);
}
const why = result.error?.message ?? reason(`${result.stdout ?? ""}\n${result.stderr ?? ""}`);
process.stderr.write(`vllm-envs: the native tree export was not built (${why}); parsing uses the tree-sitter binding.\n`);
process.exit(required ? 1 : 0);
