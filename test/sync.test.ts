/**
 * `sync` from a git repository built from corpus revisions: every version
 * generated, a second run writes nothing, `check` passes then fails after an edit;
 * `diff` between revisions.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { runCli } from "./support/cli.js";

const PICK = ["v0.4.2-dev-first", "v0.4.2", "v0.5.0"];

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = `${statSync(p).mtimeMs}:${readFileSync(p, "utf8").length}:${readFileSync(p, "utf8")}`;
    }
  };
  walk(dir);
  return out;
}

/** A vLLM-like repository: tags v0.4.1 (no envs.py), v0.4.2, v0.5.0rc1 (pre-release), v0.5.0. */
function buildRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "vllm-repo-"));
  const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { stdio: "ignore", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
  git("init", "-q");
  writeFileSync(join(repo, "README"), "vllm\n");
  git("add", "-A");
  git("commit", "-qm", "start");
  git("tag", "v0.4.1");
  const revs = revisions();
  const tagFor: Record<string, string> = { "v0.4.2-dev-first": "v0.4.2", "v0.4.2": "v0.5.0rc1", "v0.5.0": "v0.5.0" };
  mkdirSync(join(repo, "vllm"));
  for (const label of PICK) {
    writeFileSync(join(repo, "vllm", "envs.py"), readFileSync((revs.find((r) => r.label === label) as { file: string }).file));
    git("add", "-A");
    git("commit", "-qm", label);
    git("tag", tagFor[label]);
  }
  return repo;
}

describe("sync --repo", () => {
  let repo = "";
  let out = "";
  beforeAll(() => {
    repo = buildRepo();
    out = join(mkdtempSync(join(tmpdir(), "vllm-out-")), "generated");
  });

  it("generates every release tag, skipping pre-releases and tags without envs.py", () => {
    const r = runCli(["sync", "--repo", repo, "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/v0\.4\.1: no vllm\/envs\.py at this tag, skipped/);
    expect(r.err).toMatch(/2 versions: 2 generated, 0 unchanged/);
    const versions = JSON.parse(readFileSync(join(out, "versions.json"), "utf8"));
    expect(versions.map((v: { version: string }) => v.version)).toEqual(["v0.4.2", "v0.5.0"]);
    expect(readFileSync(join(out, "latest", "index.js"), "utf8")).toContain('export * from "../v0.5.0/index.js"');
    expect(execFileSync("git", ["-C", repo, "status", "--porcelain"], { encoding: "utf8" })).toBe("");
    const withPre = runCli(["sync", "--repo", repo, "--out", join(out, "..", "pre"), "--include-prereleases"]);
    expect(withPre.code).toBe(0);
    expect(readdirSync(join(out, "..", "pre"))).toContain("v0.5.0rc1");
  });

  it("writes nothing on a second run: every byte and mtime unchanged", () => {
    const before = snapshot(out);
    const r = runCli(["sync", "--repo", repo, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/0 generated, 2 unchanged; nothing written/);
    expect(snapshot(out)).toEqual(before);
  });

  it("check exits 0 when current, 1 listing the stale file after an edit, and never writes", () => {
    expect(runCli(["check", "--repo", repo, "--out", out]).code).toBe(0);
    appendFileSync(join(out, "v0.4.2", "env-vars.md"), "edited\n");
    const before = snapshot(out);
    const r = runCli(["sync", "--check", "--repo", repo, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/stale: v0\.4\.2\/env-vars\.md/);
    expect(snapshot(out)).toEqual(before);
  });

  it("writes CHANGELOG.md with the release's changes, breaking first", () => {
    const log = readFileSync(join(out, "CHANGELOG.md"), "utf8");
    expect(log.indexOf("## v0.5.0")).toBeLessThan(log.indexOf("## v0.4.2"));
    expect(log).toMatch(/## v0\.5\.0\n\nCompared with v0\.4\.2: \d+ added, \d+ removed, \d+ changed\./);
    expect(existsSync(join(out, "changelog.json"))).toBe(true);
  });
});

describe("the committed generated/", () => {
  it("is current: `vllm-envs check --out generated` exits 0", () => {
    const r = runCli(["check", "--out", "generated"]);
    expect(r.err).toMatch(/generated files are current/);
    expect(r.code).toBe(0);
  }, 300_000);
});

describe("diff", () => {
  it("prints the change set between two envs.py or two model.json files", () => {
    const revs = revisions();
    const a = revs.find((r) => r.label === "v0.9.0-approx")?.file as string;
    const b = revs.find((r) => r.label === "v0.9.2-approx")?.file as string;
    const md = runCli(["diff", a, b]);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/### Breaking/);
    expect(md.out).toMatch(/`VLLM_TEST_STANDALONE_COMPILE` removed/);
    const json = runCli(["diff", "generated/v0.9.0-approx/model.json", "generated/v0.9.2-approx/model.json", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).changes).toEqual(JSON.parse(runCli(["diff", a, b, "--json"]).out).changes);
  });
});
