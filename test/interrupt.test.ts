/**
 * A sync killed part-way (SIGKILL, SIGTERM, SIGINT at several points) leaves the
 * previous generated/ whole and consistent with its versions.json.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { BIN, runCli } from "./support/cli.js";

const FILES = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "types.d.cts", "env.schema.json", "values.schema.json", "env-vars.md", "model.json"];

/** A corpus folder with the first `n` revisions (the files are linked, not copied into the repository). */
function corpus(dir: string, n: number): void {
  const revs = revisions().slice(0, n);
  mkdirSync(dir, { recursive: true });
  for (const r of revs) {
    mkdirSync(join(dir, r.label), { recursive: true });
    if (!existsSync(join(dir, r.label, "envs.py"))) symlinkSync(r.file, join(dir, r.label, "envs.py"));
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(revs.map((r) => ({ label: r.label }))));
}

/** The number of versions of a whole, consistent generated/ (throws when inconsistent). */
function consistentVersions(out: string): number {
  const versions = JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as { version: string; sha256: string }[];
  for (const v of versions) {
    for (const f of FILES) expect(existsSync(join(out, v.version, f)), `${v.version}/${f}`).toBe(true);
    expect(JSON.parse(readFileSync(join(out, v.version, "model.json"), "utf8")).source.sha256).toBe(v.sha256);
  }
  const dirs = readdirSync(out).filter((d) => !d.includes(".") || /^v/.test(d)).filter((d) => d !== "latest" && existsSync(join(out, d, "model.json")));
  expect(dirs.sort()).toEqual(versions.map((v) => v.version).sort());
  expect(readFileSync(join(out, "latest", "index.js"), "utf8")).toContain(`../${versions[versions.length - 1].version}/index.js`);
  return versions.length;
}

function killAfter(args: string[], ms: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("interrupted sync", () => {
  it("leaves generated/ whole and consistent with versions.json at every interruption point", async () => {
    const work = mkdtempSync(join(tmpdir(), "vllm-kill-"));
    const src = join(work, "corpus");
    const out = join(work, "generated");
    corpus(src, 2);
    expect(runCli(["sync", "--corpus", src, "--out", out]).code).toBe(0);
    expect(consistentVersions(out)).toBe(2);
    corpus(src, 4);
    const points: [number, NodeJS.Signals][] = [[150, "SIGKILL"], [600, "SIGKILL"], [1200, "SIGTERM"], [2000, "SIGKILL"], [2800, "SIGINT"], [3600, "SIGKILL"], [5000, "SIGKILL"]];
    for (const [ms, signal] of points) {
      await killAfter(["sync", "--corpus", src, "--out", out], ms, signal);
      if (!existsSync(out)) {
        // Killed between the two renames of the swap: the previous tree is beside it, whole; the next run restores it.
        const old = readdirSync(dirname(out)).find((n) => n.startsWith(".generated.old-")) as string;
        expect(consistentVersions(join(dirname(out), old))).toBeGreaterThanOrEqual(2);
        continue;
      }
      expect([2, 4]).toContain(consistentVersions(out));
    }
    expect(runCli(["sync", "--corpus", src, "--out", out]).code).toBe(0);
    expect(consistentVersions(out)).toBe(4);
    expect(readdirSync(work).filter((n) => n.startsWith(".generated."))).toEqual([]);
  }, 300_000);
});
