#!/usr/bin/env node
// Build a plugin corpus folder (one sub-folder per plugin holding its envs file at the clone's HEAD, plus
// manifest.json with label, repo, path, commit — the layout of $VLLM_ENVS_PLUGINS) from the clones the
// scheduled sync made of the plugins listed in plugins.json, so the tests run against the same files.
// Usage: node scripts/plugin-corpus-from-repos.mjs PLUGINS_JSON CLONES_DIR OUT_DIR
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPluginConfig } from "../dist/src/sync/plugin-config.js";

const [config, clones, out] = process.argv.slice(2);
if (!config || !clones || !out) {
  process.stderr.write("usage: plugin-corpus-from-repos.mjs PLUGINS_JSON CLONES_DIR OUT_DIR\n");
  process.exit(2);
}
const git = (repo, args) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const manifest = [];
for (const p of readPluginConfig(config)) {
  const clone = join(clones, p.name);
  if (!existsSync(clone)) {
    process.stderr.write(`note: no clone of ${p.name} in ${clones}, skipped\n`);
    continue;
  }
  const commit = git(clone, ["rev-parse", "HEAD"]).trim();
  const label = `${p.name}-${commit.slice(0, 8)}`;
  mkdirSync(join(out, label), { recursive: true });
  writeFileSync(join(out, label, "envs.py"), git(clone, ["show", `HEAD:${p.path}`]));
  manifest.push({ label, repo: p.repo, path: p.path, commit });
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
process.stderr.write(`${manifest.length} plugin files written to ${out}\n`);
