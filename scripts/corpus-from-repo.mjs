#!/usr/bin/env node
// Build a corpus folder (one sub-folder per release tag holding envs.py, plus manifest.json)
// from a vLLM git clone, so the test suite can run against the same revisions `sync --repo` used.
// Usage: node scripts/corpus-from-repo.mjs REPO OUT_DIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRevisions } from "../dist/src/sync/sources.js";
import { extractModel } from "../dist/src/index.js";

const [repo, out] = process.argv.slice(2);
if (!repo || !out) {
  process.stderr.write("usage: corpus-from-repo.mjs REPO OUT_DIR\n");
  process.exit(2);
}
const revisions = repoRevisions(repo, false, (m) => process.stderr.write(`note: ${m}\n`));
const manifest = [];
for (const r of revisions) {
  mkdirSync(join(out, r.version), { recursive: true });
  writeFileSync(join(out, r.version, "envs.py"), r.text);
  manifest.push({ label: r.version, n_env_vars: extractModel("envs.py", r.text).variables.length });
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
process.stderr.write(`${manifest.length} revisions written to ${out}\n`);
