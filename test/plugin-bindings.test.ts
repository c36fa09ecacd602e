/**
 * Platform plugins: `sync --name` over a plugin repository (tags, incremental), a package with plugins
 * (`--plugins plugins.json` from the plugin corpus, read in place), its `exports`, validation of one
 * environment against vLLM's newest bindings plus plugins, and nothing lost when a plugin has no source.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { runCli } from "./support/cli.js";
import { typecheck } from "./support/typecheck.js";
import { extractModel } from "../src/extract.js";
import { emitCombinedPage } from "../src/emit/emit-combined.js";

const PLUGINS = resolve(process.env.VLLM_ENVS_PLUGINS ?? join(process.cwd(), "..", "shared", "plugin-envs"));

/** Every file of `dir` with its mtime and content (`withTime`): equal snapshots mean nothing was rewritten. */
function snapshot(dir: string, withTime = true): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = `${withTime ? statSync(p).mtimeMs : ""}:${readFileSync(p, "utf8")}`;
    }
  };
  walk(dir);
  return out;
}

const V1 = `import os

environment_variables = {
    # Whether X is enabled.
    "VLLM_X_ENABLED": lambda: bool(int(os.getenv("VLLM_X_ENABLED", "0"))),
}
`;
const V2 = V1.replace(
  "}\n",
  `    # How X runs.\n    "VLLM_X_MODE": lambda: os.getenv("VLLM_X_MODE", "fast"),\n    "VLLM_X_MODULE": lambda: __name__,\n}\n`,
);

/** A plugin repository: v0.0.1 without the envs file, v0.1.0, v0.2.0 (one more variable). */
function buildPluginRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "plugin-repo-"));
  const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" };
  const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { stdio: "ignore", env });
  git("init", "-q");
  writeFileSync(join(repo, "README"), "x\n");
  git("add", "-A");
  git("commit", "-qm", "start");
  git("tag", "v0.0.1");
  mkdirSync(join(repo, "vllm_x"));
  for (const [tag, text] of [["v0.1.0", V1], ["v0.2.0", V2]]) {
    writeFileSync(join(repo, "vllm_x", "envs.py"), text);
    git("add", "-A");
    git("commit", "-qm", tag);
    git("tag", tag);
  }
  return repo;
}

describe("sync --name over a plugin repository", () => {
  let repo = "";
  let out = "";
  beforeAll(() => {
    repo = buildPluginRepo();
    out = join(mkdtempSync(join(tmpdir(), "plugin-out-")), "x");
  });

  it("writes both tagged versions into the plugin's own tree, then nothing on a second run", () => {
    const args = ["sync", "--repo", repo, "--path", "vllm_x/envs.py", "--out", out, "--name", "x"];
    const first = runCli(args);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain("v0.0.1: no vllm_x/envs.py at this tag, skipped");
    const versions = JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as { version: string; variables: number }[];
    expect(versions.map((v) => [v.version, v.variables])).toEqual([["v0.1.0", 1], ["v0.2.0", 3]]);
    // A plugin tree uses the package's runtime (it sits at plugins/x/): no runtime or package.json of its own.
    expect(existsSync(join(out, "runtime")) || existsSync(join(out, "package.json"))).toBe(false);
    const module = readFileSync(join(out, "v0.2.0", "index.js"), "utf8");
    expect(module).toContain('from "../../../runtime/index.js"');
    expect(module).toMatch(/VLLM_ENVS_PLUGIN = \/\*#__PURE__\*\/ definePlugin\(api, spec, "x", "v0.2.0", "vllm_x.envs"\)/);
    expect(readFileSync(join(out, "v0.2.0", "types.d.cts"), "utf8")).toContain("VLLM_ENVS_PLUGIN: VllmEnvPlugin<VllmEnvName>");
    const before = snapshot(out);
    const second = runCli(args);
    expect(second.code, second.err).toBe(0);
    expect(second.err).toMatch(/0 generated, 2 unchanged; nothing written/);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);

  it.each([
    ["--name with --repo needs --path", ["--name", "x"], /needs --path FILE/],
    ["a path outside the repository", ["--name", "x", "--path", "../envs.py"], /unusable path/],
    ["an unusable plugin name", ["--name", "../x", "--path", "vllm_x/envs.py"], /unusable version label/],
  ])("%s is exit 2 and writes nothing", (_name, extra, want) => {
    const dir = join(mkdtempSync(join(tmpdir(), "plugin-bad-")), "out");
    const r = runCli(["sync", "--repo", repo, "--out", dir, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(want);
    expect(existsSync(dir)).toBe(false);
  });
});

/** A corpus of vLLM's newest revision alone (linked, read in place) and a plugins.json of two real plugins and an absent one. */
function packageSources(): { corpus: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), "plugin-pkg-src-"));
  const newest = revisions().at(-1);
  if (!newest) throw new Error("empty corpus");
  mkdirSync(join(dir, "corpus"));
  symlinkSync(join(newest.file, ".."), join(dir, "corpus", newest.label));
  writeFileSync(join(dir, "corpus", "manifest.json"), JSON.stringify([{ label: newest.label }]));
  const plugins = [
    { name: "tpu-inference", repo: "vllm-project/tpu-inference", path: "tpu_inference/envs.py" },
    { name: "vllm-gaudi", repo: "vllm-project/vllm-gaudi", path: "vllm_gaudi/envs.py" },
    { name: "vllm-nowhere", repo: "vllm-project/vllm-nowhere", path: "vllm_nowhere/envs.py" },
  ];
  writeFileSync(join(dir, "plugins.json"), JSON.stringify({ plugins }));
  return { corpus: join(dir, "corpus"), config: join(dir, "plugins.json") };
}

type Diagnostic = { severity: string; code: string; variable: string; suggestion?: string; definedBy?: string; definitions?: { by: string; value?: unknown }[] };
type Validate = (env: Record<string, string>, options?: { plugins?: readonly object[] }) => Diagnostic[];

describe("a package with plugins", () => {
  let src = { corpus: "", config: "" };
  let out = "";
  let sync: string[] = [];
  /** vllm-gaudi's version label: its corpus label without `vllm-gaudi-` (`43f5f1fd`). */
  let gaudi = "";
  beforeAll(() => {
    src = packageSources();
    out = join(mkdtempSync(join(tmpdir(), "plugin-pkg-")), "generated");
    sync = ["sync", "--corpus", src.corpus, "--out", out, "--plugins", src.config, "--plugins-corpus", PLUGINS];
    const r = runCli(sync);
    if (r.code !== 0) throw new Error(r.err);
    expect(r.err).toContain("plugin vllm-nowhere: no revisions found");
    gaudi = (JSON.parse(readFileSync(join(out, "plugins", "vllm-gaudi", "versions.json"), "utf8")) as { version: string }[])[0]?.version ?? "";
  }, 180_000);

  it("holds each plugin's tree, its combined page and its exports", () => {
    const corpus = JSON.parse(readFileSync(join(PLUGINS, "manifest.json"), "utf8")) as { label: string; repo: string }[];
    const labels = corpus.filter((e) => e.repo === "vllm-project/vllm-gaudi").map((e) => e.label.replace(/^vllm-gaudi-/, ""));
    expect(JSON.parse(readFileSync(join(out, "plugins", "vllm-gaudi", "versions.json"), "utf8")).map((v: { version: string }) => v.version)).toEqual(labels);
    expect(existsSync(join(out, "plugins", "vllm-nowhere"))).toBe(false);
    const page = readFileSync(join(out, "plugins", "vllm-gaudi-with-vllm.md"), "utf8");
    expect(page).toContain("## Defined by both (2)");
    expect(page).toContain("`VLLM_NIXL_SIDE_CHANNEL_PORT`");
    const gaudiPage = readFileSync(join(out, "plugins", "vllm-gaudi", gaudi, "env-vars.md"), "utf8");
    expect(gaudiPage).toContain(`# vLLM plugin environment variables (vllm-gaudi ${gaudi})`);
    expect(gaudiPage).toContain("read statically from `vllm_gaudi/envs.py`");
    // The plugin's versions are its own: its versions.json names no vLLM version.
    const gaudiVersions = JSON.parse(readFileSync(join(out, "plugins", "vllm-gaudi", "versions.json"), "utf8")) as { vllmVersion: unknown }[];
    expect(gaudiVersions.map((v) => v.vllmVersion)).toEqual(gaudiVersions.map(() => null));
    expect(readFileSync(join(out, "plugins", "vllm-gaudi", "CHANGELOG.md"), "utf8")).toMatch(/^# Changelog of vLLM plugin environment variables \(vllm-gaudi\)$/m);
    const pkg = JSON.parse(readFileSync(join(out, "package.json"), "utf8"));
    expect(Object.keys(pkg.exports).filter((k) => k.startsWith("./plugins/vllm-gaudi"))).toEqual([
      "./plugins/vllm-gaudi", "./plugins/vllm-gaudi/versions", "./plugins/vllm-gaudi/versions.json", "./plugins/vllm-gaudi/shared",
      "./plugins/vllm-gaudi/*/env.schema.json", "./plugins/vllm-gaudi/*/values.schema.json", "./plugins/vllm-gaudi/*",
    ]);
  });

  it("resolves vllm-envs/plugins/<name>[/<version>] under import and require, with the same values and declarations", () => {
    const app = mkdtempSync(join(tmpdir(), "plugin-app-"));
    mkdirSync(join(app, "node_modules"));
    symlinkSync(out, join(app, "node_modules", "vllm-envs"));
    const esm = `import { getVllmEnv, VLLM_ENVS_PLUGIN } from "vllm-envs/plugins/vllm-gaudi";
import { VLLM_ENVS_SOURCE } from "vllm-envs/plugins/vllm-gaudi/${gaudi}";
import { VLLM_ENVS_VERSIONS } from "vllm-envs/plugins/vllm-gaudi/versions";
console.log(JSON.stringify([getVllmEnv("VLLM_NIXL_SIDE_CHANNEL_PORT", { VLLM_NIXL_SIDE_CHANNEL_PORT: " 7 " }), VLLM_ENVS_PLUGIN.name, VLLM_ENVS_SOURCE.version, VLLM_ENVS_VERSIONS.length]));`;
    const cjs = `const { getVllmEnv, VLLM_ENVS_PLUGIN } = require("vllm-envs/plugins/vllm-gaudi");
const { VLLM_ENVS_SOURCE } = require("vllm-envs/plugins/vllm-gaudi/${gaudi}");
const { VLLM_ENVS_VERSIONS } = require("vllm-envs/plugins/vllm-gaudi/versions");
console.log(JSON.stringify([getVllmEnv("VLLM_NIXL_SIDE_CHANNEL_PORT", { VLLM_NIXL_SIDE_CHANNEL_PORT: " 7 " }), VLLM_ENVS_PLUGIN.name, VLLM_ENVS_SOURCE.version, VLLM_ENVS_VERSIONS.length]));`;
    writeFileSync(join(app, "a.mjs"), esm);
    writeFileSync(join(app, "b.cjs"), cjs);
    const want = JSON.stringify([7, "vllm-gaudi", gaudi, 1]) + "\n";
    for (const f of ["a.mjs", "b.cjs"]) expect(spawnSync(process.execPath, [join(app, f)], { encoding: "utf8", cwd: app }).stdout).toBe(want);
    writeFileSync(join(app, "package.json"), JSON.stringify({ type: "module" }));
    const ts = `import { validateVllmEnv } from "vllm-envs";
import { VLLM_ENVS_PLUGIN, getVllmEnv } from "vllm-envs/plugins/vllm-gaudi";
const port: number = getVllmEnv("VLLM_NIXL_SIDE_CHANNEL_PORT", {});
const names: readonly ("VLLM_HPU_FORCE_CHANNEL_FP8" | string)[] = VLLM_ENVS_PLUGIN.names;
export const found = [port, names, validateVllmEnv({}, { plugins: [VLLM_ENVS_PLUGIN] })];
`;
    writeFileSync(join(app, "c.ts"), ts);
    expect(typecheck([join(app, "c.ts")])).toEqual([]);
  }, 120_000);

  it.each([
    ["a plugin's variable is checked, not unknown", { given: { VLLM_HPU_FORCE_CHANNEL_FP8: "true" }, want: [] }],
    ["a plugin's invalid value is CPython's error, by the plugin's rule", { given: { VLLM_NIXL_ABORT_REQUEST_TIMEOUT: "x" }, want: [["error", "invalid-value", "VLLM_NIXL_ABORT_REQUEST_TIMEOUT", "vllm-gaudi"]] }],
    ["a misspelled plugin variable gets a suggestion", { given: { VLLM_HPU_FORCE_CHANNEL_FP9: "1" }, want: [["warning", "unknown-variable", "VLLM_HPU_FORCE_CHANNEL_FP9", "VLLM_HPU_FORCE_CHANNEL_FP8"]] }],
    ["outside the VLLM prefix too", { given: { TPU_MULTIHOST_BACKED: "gloo" }, want: [["warning", "unknown-variable", "TPU_MULTIHOST_BACKED", "TPU_MULTIHOST_BACKEND"]] }],
    ["a misspelled vLLM variable still", { given: { VLLM_LOGING_LEVEL: "DEBUG" }, want: [["warning", "unknown-variable", "VLLM_LOGING_LEVEL", "VLLM_LOGGING_LEVEL"]] }],
    ["a variable both define: each definition's value", { given: { VLLM_NIXL_SIDE_CHANNEL_PORT: "5601" }, want: [["info", "shared-variable", "VLLM_NIXL_SIDE_CHANNEL_PORT", "vllm:5601 vllm-gaudi:5601"]] }],
    ["unset, but the definitions differ", { given: {}, want: [["warning", "shared-variable", "VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE", 'vllm:"auto" tpu-inference:"shm"']] }],
    ["other variables of the environment are none of vLLM's business", { given: { PATH: "/bin", HOME: "/h" }, want: [] }],
  ])("validate with vLLM's newest and two plugins: %s", async (_name, { given, want }) => {
    const { validateVllmEnv } = (await import(pathToFileURL(join(out, "latest", "index.js")).href)) as { validateVllmEnv: Validate };
    const plugin = async (name: string) => ((await import(pathToFileURL(join(out, "plugins", name, "latest", "index.js")).href)) as { VLLM_ENVS_PLUGIN: object }).VLLM_ENVS_PLUGIN;
    const plugins = [await plugin("vllm-gaudi"), await plugin("tpu-inference")];
    const got = validateVllmEnv(given, { plugins }).map((d) => {
      const detail = d.definitions ? d.definitions.map((x) => `${x.by}:${JSON.stringify(x.value)}`).join(" ") : (d.suggestion ?? d.definedBy);
      return [d.severity, d.code, d.variable, detail];
    });
    // Unset, vLLM's and tpu-inference's defaults differ for one shared variable: reported for every environment.
    const differ = (g: unknown[]) => g[2] === "VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE" && Object.keys(given).length > 0;
    expect(got.filter((g) => !differ(g))).toEqual(want);
  });

  it("vllm-envs validate --plugin NAME[@VERSION] checks the plugin's variables (exit 1 on an invalid one)", () => {
    // The CLI reads the toolchain's generated/: a copy of the toolchain whose generated/ is this package.
    const root = mkdtempSync(join(tmpdir(), "plugin-cli-"));
    for (const d of ["bin", "dist"]) cpSync(join(process.cwd(), d), join(root, d), { recursive: true });
    copyFileSync(join(process.cwd(), "package.json"), join(root, "package.json"));
    symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"));
    symlinkSync(out, join(root, "generated"));
    const env = join(root, "deploy.env");
    writeFileSync(env, "VLLM_HPU_FORCE_CHANNEL_FP8=true\nVLLM_HPU_FORCE_CHANNEL_FP9=1\nVLLM_NIXL_ABORT_REQUEST_TIMEOUT=soon\n");
    const run = (...extra: string[]) => spawnSync(process.execPath, ["--", join(root, "bin", "vllm-envs.js"), "validate", "--env-file", env, ...extra], { encoding: "utf8" });
    const alone = run();
    expect(alone.status).toBe(0);
    expect(alone.stdout).toContain("VLLM_HPU_FORCE_CHANNEL_FP8 is not a vLLM environment variable");
    for (const spec of ["vllm-gaudi", `vllm-gaudi@${gaudi}`]) {
      const r = run("--plugin", spec, "--plugin", "tpu-inference");
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).not.toContain("VLLM_HPU_FORCE_CHANNEL_FP8 is not");
      expect(r.stdout).toContain("did you mean VLLM_HPU_FORCE_CHANNEL_FP8?");
      expect(r.stdout).toMatch(/error: VLLM_NIXL_ABORT_REQUEST_TIMEOUT="soon": ValueError: could not convert string to float: 'soon'/);
    }
    expect(run("--plugin", "vllm-gaudi@v9.9.9").status).toBe(2);
  }, 120_000);

  it("keeps plugin trees without a source, and check covers them", () => {
    const before = snapshot(join(out, "plugins"));
    const bare = runCli(["sync", "--corpus", src.corpus, "--out", out]);
    expect(bare.code, bare.err).toBe(0);
    expect(snapshot(join(out, "plugins"))).toEqual(before);
    expect(runCli(["check", "--corpus", src.corpus, "--out", out]).code).toBe(0);
    const withPlugins = runCli(["check", "--corpus", src.corpus, "--out", out, "--plugins", src.config, "--plugins-corpus", PLUGINS]);
    expect(withPlugins.code, withPlugins.err).toBe(0);
    const edited = join(out, "plugins", "vllm-gaudi", gaudi, "env-vars.md");
    writeFileSync(edited, "edited\n");
    const stale = runCli(["check", "--corpus", src.corpus, "--out", out, "--plugins", src.config, "--plugins-corpus", PLUGINS]);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain(`stale: plugins/vllm-gaudi/${gaudi}/env-vars.md`);
    const again = runCli(sync);
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(edited, "utf8")).toContain(`# vLLM plugin environment variables (vllm-gaudi ${gaudi})`);
  }, 180_000);

  it("takes a plugin tree synced on its own into plugins/<name>/ on the package's next sync", async () => {
    const repo = buildPluginRepo();
    const tree = join(out, "plugins", "x");
    const r = runCli(["sync", "--repo", repo, "--path", "vllm_x/envs.py", "--out", tree, "--name", "x"]);
    expect(r.code, r.err).toBe(0);
    // Tags v0.1.0, v0.2.0 are the plugin's versions, not vLLM's; its pages name its own file.
    const versions = JSON.parse(readFileSync(join(tree, "versions.json"), "utf8")) as { version: string; vllmVersion: unknown }[];
    expect(versions.map((v) => v.version)).toContain("v0.2.0");
    expect(versions.map((v) => v.vllmVersion)).toEqual(versions.map(() => null));
    const newest = versions.at(-1)?.version ?? "";
    expect(readFileSync(join(tree, newest, "env-vars.md"), "utf8")).toContain("read statically from `vllm_x/envs.py`");
    // The plugin's module is its own: `__name__` is `vllm_x.envs`, not `vllm.envs`.
    const x = (await import(pathToFileURL(join(tree, "latest", "index.js")).href)) as { getVllmEnv(name: string, env: object): unknown };
    expect(x.getVllmEnv("VLLM_X_MODULE", {})).toBe("vllm_x.envs");
    expect(runCli(["check", "--corpus", src.corpus, "--out", out]).err).toContain("stale: package.json");
    // The package is written as a whole (staged, then swapped in): the tree's files keep their content.
    const before = snapshot(tree, false);
    const again = runCli(["sync", "--corpus", src.corpus, "--out", out]);
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain("kept the output of 3 plugins without a source: tpu-inference, vllm-gaudi, x");
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8")).exports["./plugins/x"]).toBeDefined();
    expect(snapshot(tree, false)).toEqual(before);
    expect(readFileSync(join(out, "plugins", "x-with-vllm.md"), "utf8")).toContain("## Defined by both (0)");
  }, 120_000);

  it("the combined page passes markdownlint-cli2", () => {
    const dir = mkdtempSync(join(tmpdir(), "plugin-md-"));
    copyFileSync(join(out, "plugins", "vllm-gaudi-with-vllm.md"), join(dir, "gaudi.md"));
    copyFileSync(join(out, "plugins", "tpu-inference-with-vllm.md"), join(dir, "tpu.md"));
    // A hostile plugin file (`*/`, backticks, `<script>`, `--8<--` in names and comments) is only ever text.
    const hostile = extractModel("envs.py", readFileSync(join(process.cwd(), "test", "fixtures", "hostile", "envs.py"), "utf8"));
    const newest = revisions().at(-1) as { label: string; file: string };
    const vllm = { label: newest.label, model: extractModel("envs.py", readFileSync(newest.file, "utf8")) };
    const page = emitCombinedPage(vllm, { name: "hostile", module: null, label: "v1", model: hostile }, "test");
    expect(page).not.toMatch(/(?<!\\)<(?:script|img)|--8<--/i);
    writeFileSync(join(dir, "hostile.md"), page);
    copyFileSync(join(process.cwd(), ".markdownlint-cli2.jsonc"), join(dir, "config.markdownlint-cli2.jsonc"));
    const bin = join(process.cwd(), "node_modules", ".bin", "markdownlint-cli2");
    const r = spawnSync(bin, ["--config", join(dir, "config.markdownlint-cli2.jsonc"), join(dir, "*.md")], { encoding: "utf8", cwd: dir });
    expect(r.stdout + r.stderr).toMatch(/Linting: 3 file/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 60_000);
});

describe("validate --plugin", () => {
  it.each([
    ["an unknown plugin", ["--plugin", "nope"], /no generated bindings for plugin "nope"/],
    ["a malformed spec", ["--plugin", "a@b@c"], /expected NAME or NAME@VERSION/],
  ])("%s is exit 2", (_name, extra, want) => {
    const r = runCli(["validate", "--process-env", ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(want);
  });
});
