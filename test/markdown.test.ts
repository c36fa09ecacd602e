/**
 * The reference pages, the changelog and the README pass markdownlint (markdownlint-cli2),
 * both as committed and as this generator writes them now (newest corpus version and the
 * hostile fixture, into a temp folder).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { extractModel } from "../src/extract.js";
import { emitDocs } from "../src/emit/emit-docs.js";
import { revisions } from "./support/corpus.js";

const BIN = join(process.cwd(), "node_modules", ".bin", "markdownlint-cli2");

it("generated Markdown and the README pass markdownlint-cli2", () => {
  const r = spawnSync(BIN, [], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toMatch(/Linting: \d+ file/);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}, 120_000);

it("pages written now pass markdownlint-cli2 with the repository's configuration", () => {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-md-"));
  const newest = revisions().at(-1);
  if (!newest) throw new Error("empty corpus");
  const hostile = join(process.cwd(), "test", "fixtures", "hostile", "envs.py");
  writeFileSync(join(dir, "newest.md"), emitDocs(extractModel("envs.py", readFileSync(newest.file, "utf8")), newest.label, "test"));
  writeFileSync(join(dir, "hostile.md"), emitDocs(extractModel("envs.py", readFileSync(hostile, "utf8")), "hostile", "test"));
  copyFileSync(join(process.cwd(), ".markdownlint-cli2.jsonc"), join(dir, "config.markdownlint-cli2.jsonc"));
  const r = spawnSync(BIN, ["--config", join(dir, "config.markdownlint-cli2.jsonc"), join(dir, "*.md")], { encoding: "utf8", cwd: dir });
  expect(r.stdout + r.stderr).toMatch(/Linting: 2 file/);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}, 120_000);
