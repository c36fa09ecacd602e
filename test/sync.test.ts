/**
 * `sync` from a git repository built from corpus revisions: every version
 * generated, a second run writes nothing, `check` passes then fails after an edit;
 * a sync never loses bindings (empty or smaller sources, `--prune`, hand edits);
 * `diff` between revisions.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { runCli } from "./support/cli.js";
import { planVersions } from "../src/sync/keep-versions.js";
import type { VersionEntry } from "../src/sync/sync-types.js";

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

/** A corpus folder with these corpus revisions, in this order (files linked, not copied into the repository). */
function corpusOf(dir: string, labels: string[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const label of labels) {
    mkdirSync(join(dir, label));
    symlinkSync((revisions().find((r) => r.label === label) as { file: string }).file, join(dir, label, "envs.py"));
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(labels.map((label) => ({ label }))));
  return dir;
}

function versionsOf(out: string): string[] {
  return JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).map((v: { version: string }) => v.version);
}

function bytesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "latin1");
    }
  };
  walk(dir);
  return out;
}

const entry = (version: string): VersionEntry => ({ version, sha256: "", variables: 0, tool: "", history: "" });
const source = (version: string) => ({ version, text: "", origin: version });

const PLANS: [string, { given: { previous: string[]; source: string[]; prune?: boolean }; want: { order: string[]; kept: string[]; pruned: string[] } }][] = [
  ["same versions", { given: { previous: ["a", "b"], source: ["a", "b"] }, want: { order: ["a", "b"], kept: [], pruned: [] } }],
  ["a middle version gone keeps its place", { given: { previous: ["a", "b", "c"], source: ["a", "c"] }, want: { order: ["a", "b", "c"], kept: ["b"], pruned: [] } }],
  ["the newest gone stays newest (latest)", { given: { previous: ["a", "b", "c"], source: ["a", "b"] }, want: { order: ["a", "b", "c"], kept: ["c"], pruned: [] } }],
  ["a new version after a gone newest comes last", { given: { previous: ["a", "b", "c"], source: ["a", "b", "d"] }, want: { order: ["a", "b", "c", "d"], kept: ["c"], pruned: [] } }],
  ["the oldest gone stays first", { given: { previous: ["a", "b", "c"], source: ["b", "c"] }, want: { order: ["a", "b", "c"], kept: ["a"], pruned: [] } }],
  ["two gone in a row keep their order", { given: { previous: ["a", "b", "c", "d"], source: ["a", "d"] }, want: { order: ["a", "b", "c", "d"], kept: ["b", "c"], pruned: [] } }],
  ["--prune removes them", { given: { previous: ["a", "b", "c"], source: ["a", "c"], prune: true }, want: { order: ["a", "c"], kept: [], pruned: ["b"] } }],
];

describe("where versions not in the source go", () => {
  it.each(PLANS)("%s", (_name, { given, want }) => {
    const plan = planVersions(given.previous.map(entry), given.source.map(source), given.prune ?? false);
    expect({ order: plan.order.map((o) => o.version), kept: plan.kept, pruned: plan.pruned }).toEqual(want);
  });
});

describe("a sync never loses bindings", () => {
  const work = mkdtempSync(join(tmpdir(), "vllm-keep-"));
  const out = join(work, "generated");
  const src = join(work, "corpus");
  const [a, b, c, d] = ["v0.4.2-dev-first", "v0.4.2", "v0.5.0", "v0.5.4"];
  beforeAll(() => {
    expect(runCli(["sync", "--corpus", corpusOf(src, [a, b, c]), "--out", out]).code).toBe(0);
  }, 120_000);

  it("a source with no versions exits 2 and writes not one byte (no recovery either)", () => {
    const repo = mkdtempSync(join(tmpdir(), "vllm-notags-"));
    execFileSync("git", ["-C", repo, "init", "-q"]);
    const bare = buildRepo();
    for (const t of ["v0.4.1", "v0.5.0rc1", "v0.4.2", "v0.5.0"]) execFileSync("git", ["-C", bare, "tag", "-d", t], { stdio: "ignore" });
    execFileSync("git", ["-C", bare, "tag", "v9.9.9", "HEAD~3"]);
    mkdirSync(join(work, ".generated.tmp-1-x"), { recursive: true });
    const before = snapshot(work);
    // An empty manifest, a folder without versions, a clone without `v*` tags, tags all lacking envs.py.
    const sources = [["--corpus", corpusOf(join(work, "empty"), [])], ["--corpus", mkdtempSync(join(tmpdir(), "vllm-nothing-"))], ["--repo", repo], ["--repo", bare]];
    for (const args of sources) {
      for (const cmd of [["sync"], ["check"]]) {
        const r = runCli([...cmd, ...args, "--out", out]);
        expect(r.code, r.err).toBe(2);
        expect(r.err).toMatch(/^(vllm-envs: note: .*\n)*vllm-envs: no versions found in \S+\n$/);
      }
    }
    rmSync(join(work, "empty"), { recursive: true });
    expect(snapshot(work)).toEqual(before);
    rmSync(join(work, ".generated.tmp-1-x"), { recursive: true });
  }, 60_000);

  it("a smaller source deletes nothing: kept versions keep their files, place and latest/; check agrees", () => {
    const before = bytesOf(out);
    corpusOf(src, [a, c]);
    const r = runCli(["sync", "--corpus", src, "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/kept 1 version not in the source: v0\.4\.2; pass --prune to remove them/);
    expect(bytesOf(out)).toEqual(before);
    corpusOf(src, [a, b]);
    expect(runCli(["sync", "--corpus", src, "--out", out]).code).toBe(0);
    expect(versionsOf(out)).toEqual([a, b, c]);
    expect(readFileSync(join(out, "latest", "index.js"), "utf8")).toContain('"../v0.5.0/index.js"');
    const check = runCli(["check", "--corpus", src, "--out", out]);
    expect(check.code, check.err).toBe(0);
    expect(check.err).toMatch(/kept 1 version not in the source: v0\.5\.0/);
  }, 120_000);

  it("a new version comes after the kept ones; --prune removes them and says so", () => {
    const r = runCli(["sync", "--corpus", corpusOf(src, [a, b, d]), "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(versionsOf(out)).toEqual([a, b, c, d]);
    expect(readFileSync(join(out, "latest", "index.js"), "utf8")).toContain('"../v0.5.4/index.js"');
    expect(readFileSync(join(out, "CHANGELOG.md"), "utf8")).toMatch(/## v0\.5\.4\n\nCompared with v0\.5\.0:/);
    const check = runCli(["check", "--corpus", src, "--out", out, "--prune"]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/would prune 1 version not in the source: v0\.5\.0/);
    expect(check.err).toMatch(/stale: v0\.5\.0\/index\.js/);
    const pruned = runCli(["sync", "--corpus", src, "--out", out, "--prune"]);
    expect(pruned.code, pruned.err).toBe(0);
    expect(pruned.err).toMatch(/pruned 1 version not in the source: v0\.5\.0/);
    expect(versionsOf(out)).toEqual([a, b, d]);
    expect(existsSync(join(out, c))).toBe(false);
    expect(runCli(["check", "--corpus", src, "--out", out]).code).toBe(0);
  }, 120_000);

  it("repairs whatever check flags: an edited, a deleted file; keeps and reports a file it did not write", () => {
    appendFileSync(join(out, b, "index.js"), "// edited\n");
    unlinkSync(join(out, d, "env-vars.md"));
    writeFileSync(join(out, d, "notes.txt"), "mine\n");
    const flagged = runCli(["check", "--corpus", src, "--out", out]);
    expect(flagged.code).toBe(1);
    expect(flagged.err).toMatch(/stale: v0\.4\.2\/index\.js\n.*stale: v0\.5\.4\/env-vars\.md/s);
    expect(flagged.err).toMatch(/kept 1 file sync does not write: v0\.5\.4\/notes\.txt/);
    const r = runCli(["sync", "--corpus", src, "--out", out]);
    expect(r.code, r.err).toBe(0);
    // index.js is the package's code (rebuilt with every sync); only the version missing a page is generated.
    expect(r.err).toMatch(/1 generated, 2 unchanged; 2 files updated/);
    expect(readFileSync(join(out, d, "notes.txt"), "utf8")).toBe("mine\n");
    expect(runCli(["check", "--corpus", src, "--out", out]).code).toBe(0);
    expect(runCli(["sync", "--corpus", src, "--out", out]).err).toMatch(/nothing written/);
  }, 120_000);

  it("a tree without files.sha256 (older tool) is not trusted: edited files are rewritten, others' files kept", () => {
    unlinkSync(join(out, "files.sha256"));
    appendFileSync(join(out, a, "env-vars.md"), "edited\n");
    writeFileSync(join(out, "NOTES.md"), "mine\n");
    const r = runCli(["sync", "--corpus", src, "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/kept 2 files sync does not write: NOTES\.md, v0\.5\.4\/notes\.txt/);
    expect(readFileSync(join(out, a, "env-vars.md"), "utf8")).not.toMatch(/edited\n$/);
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("mine\n");
    expect(runCli(["check", "--corpus", src, "--out", out]).code).toBe(0);
  }, 120_000);

  it("a broken versions.json does not make sync forget the versions it holds", () => {
    writeFileSync(join(out, "versions.json"), "{ broken");
    const r = runCli(["sync", "--corpus", corpusOf(src, [a, d]), "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/kept 1 version not in the source: v0\.4\.2;/);
    expect(versionsOf(out)).toEqual([a, b, d]);
    expect(runCli(["check", "--corpus", src, "--out", out]).code).toBe(0);
  }, 120_000);
});
