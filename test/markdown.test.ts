/**
 * The reference pages, the changelog and the README pass markdownlint (markdownlint-cli2).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

it("generated Markdown and the README pass markdownlint-cli2", () => {
  const bin = join(process.cwd(), "node_modules", ".bin", "markdownlint-cli2");
  const r = spawnSync(bin, [], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toMatch(/Linting: \d+ file/);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}, 120_000);
