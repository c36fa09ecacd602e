/**
 * Platform plugins' env files (issue 12): which dict of getters is found, what an upstream
 * `vllm/envs.py` resolves, and CPython vs the generated runtime on the real plugin files in
 * ../shared/plugin-envs (or $VLLM_ENVS_PLUGINS) and the shapes of test/fixtures/plugins.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { loadRuntime } from "../src/cli/load-runtime.js";
import { corpusDir, revisions } from "./support/corpus.js";
import { diffFile, sameResult, type DiffReport } from "./support/differential.js";
import { runCli } from "./support/cli.js";
import { typecheck } from "./support/typecheck.js";
import { buildVersionModule } from "../src/emit/emit-index.js";
import { poolSource } from "../src/emit/emit-pool.js";
import { runtimeSource } from "../src/emit/prelude.js";

const FIXTURES = join(process.cwd(), "test", "fixtures", "plugins");
const PLUGIN_DIR = process.env.VLLM_ENVS_PLUGINS ?? join(corpusDir(), "..", "plugin-envs");
const UPSTREAM = revisions().at(-1)!.file;
const upstream = { file: UPSTREAM, text: readFileSync(UPSTREAM, "utf8") };

/** The dict a snippet's model reads, or the message of the error that refuses it. */
function dictOf(text: string, dict?: string): string {
  try {
    return extractModel("p.py", text, { dict }).dictName ?? "environment_variables";
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

const getters = (name: string, key = "A", annotation = "") => `${name}${annotation} = {\n    "${key}": lambda: os.getenv("${key}"),\n}\n`;
const GETATTR = (name: string) => `def __getattr__(n):\n    if n in ${name}:\n        return ${name}[n]()\n    raise AttributeError(n)\n`;

const DISCOVERY: [string, { given: string; dict?: string; want: string | RegExp }][] = [
  ["the upstream name", { given: `import os\n${getters("environment_variables")}`, want: "environment_variables" }],
  ["an empty upstream-named dict is still the dict", { given: "environment_variables = {}\n", want: "environment_variables" }],
  ["another name, annotated", { given: `import os\n${getters("env_variables", "A", ": dict[str, Any]")}`, want: "env_variables" }],
  ["a prefixed name beside a dict of plain values", { given: `import os\nTYPES = {"a": 1}\n${getters("spyre_environment_variables")}`, want: "spyre_environment_variables" }],
  ["helper-made getters", { given: `import os\ndef flag(n):\n    return lambda: os.getenv(n)\nx_vars = {"A": flag("A")}\n`, want: "x_vars" }],
  ["the one __getattr__ consults, of two", { given: `import os\n${getters("a_vars")}${getters("b_vars", "B")}${GETATTR("b_vars")}`, want: "b_vars" }],
  [
    "two dicts of getters and no __getattr__: ambiguous",
    { given: `import os\n${getters("a_vars")}${getters("b_vars", "B")}`, want: /several dicts of getters .*`a_vars` \(line 2\), `b_vars` \(line 5\)/ },
  ],
  ["a dict spread into the dict is a part of it", { given: `import os\n${getters("BASE")}environment_variables = {**BASE, "B": lambda: 1}\n`, want: "environment_variables" }],
  ["a cached __getattr__ counts too", { given: `import functools, os\n${getters("a_vars")}${getters("b_vars", "B")}@functools.cache\n${GETATTR("a_vars")}`, want: "a_vars" }],
  ["--dict chooses among them", { given: `import os\n${getters("a_vars")}${getters("b_vars", "B")}`, dict: "a_vars", want: "a_vars" }],
  ["--dict names a dict that is not there", { given: `import os\n${getters("a_vars")}`, dict: "b_vars", want: /no dict display `b_vars = \{\.\.\.\}` found; .*`a_vars` \(line 2\).*not an envs\.py-shaped file/ }],
  ["no dict at all", { given: "import os\nX = 1\n", want: /not an envs\.py-shaped file/ }],
  ["only dicts of plain values", { given: `A = {"a": 1, "b": "x"}\n`, want: /no `environment_variables = \{\.\.\.\}` dict found, nor another dict of getters: not an envs\.py-shaped file/ }],
];

describe("finding the dict of getters", () => {
  it.each(DISCOVERY)("%s", (_name, { given, dict, want }) => {
    const got = dictOf(given, dict);
    if (typeof want === "string") expect(got).toBe(want);
    else expect(got).toMatch(want);
  });
});

const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("upstream references", () => {
  it("without an upstream file, a getter using an imported upstream helper is unsupported, with a reason", async () => {
    const model = extractModel("p.py", fixture("upstream-helpers.py"));
    const rt = await loadRuntime(model);
    expect(() => rt.getVllmEnv("NEURON_CONTEXT_LENGTH", { NEURON_CONTEXT_LENGTH: "3" })).toThrow(/vllm/);
    expect(rt.getVllmEnv("NEURON_RT_ROOT", { HOME: "/h" })).toBe("/h/.neuron");
  });

  it("without an upstream file, a spread of the upstream dict is reported and its entries are absent", () => {
    const model = extractModel("p.py", fixture("upstream-spread.py"));
    expect(model.variables.map((v) => v.name)).toEqual(["VLLM_PORT", "METAL_MAX_BATCH", "METAL_USE_MLX"]);
    expect(model.diagnostics.find((d) => d.code === "dict-spread")?.message).toMatch(/no upstream vllm\/envs\.py was given/);
  });

  it("a spread before the plugin's own keys keeps them; one after makes the earlier entries unsupported", () => {
    const after = extractModel("p.py", `import os\nfrom x import other\nv = {\n    "A": lambda: os.getenv("A"),\n    **other,\n}\n`);
    expect(after.variables[0].unsupported[0].reason).toMatch(/A may be replaced by `\*\*other` \(line 5\)/);
  });

  it("with an upstream file, imported helpers bind to upstream's own definitions", async () => {
    const model = extractModel("p.py", fixture("upstream-helpers.py"), { upstream });
    expect(model.upstream?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rt = await loadRuntime(model);
    expect(rt.getVllmEnv("NEURON_CONTEXT_LENGTH", { NEURON_CONTEXT_LENGTH: " 3 " })).toBe(3);
    expect(() => rt.getVllmEnv("NEURON_ATTN_BACKEND", { NEURON_ATTN_BACKEND: "x" })).toThrow(/Invalid value 'x' for NEURON_ATTN_BACKEND/);
  });

  it("with an upstream file, a spread includes upstream's entries, marked inherited; the plugin's own replace them", () => {
    const model = extractModel("p.py", fixture("upstream-spread.py"), { upstream });
    const up = extractModel("envs.py", upstream.text);
    const byName = new Map(model.variables.map((v) => [v.name, v]));
    expect(model.variables.length).toBe(up.variables.length + 2);
    expect(byName.get("VLLM_HOST_IP")?.inherited).toBe(true);
    expect(byName.get("VLLM_PORT")?.inherited).toBeUndefined();
    expect(byName.get("METAL_MAX_BATCH")?.inherited).toBeUndefined();
    // Dict order: the replaced key keeps upstream's place.
    expect(model.variables.findIndex((v) => v.name === "VLLM_PORT")).toBe(up.variables.findIndex((v) => v.name === "VLLM_PORT"));
  });

  it("`environment_variables = {**environment_variables, ...}` after importing it spreads upstream's dict", () => {
    const text = `from vllm.envs import environment_variables\nenvironment_variables = {**environment_variables, "X": lambda: 1}\n`;
    const model = extractModel("p.py", text, { upstream });
    expect(model.variables.length).toBe(extractModel("envs.py", upstream.text).variables.length + 1);
    expect(model.variables.at(-1)).toMatchObject({ name: "X" });
    expect(model.variables.at(-1)?.inherited).toBeUndefined();
    expect(model.variables[0].inherited).toBe(true);
  });

  it("merging into upstream at import is said in a diagnostic; the model holds the plugin's own dict", () => {
    const model = extractModel("p.py", fixture("upstream-merge.py"), { upstream });
    expect(model.dictName).toBe("plugin_vars");
    expect(model.variables.map((v) => v.name)).toEqual(["GAUDI_LAZY_MODE", "GAUDI_BUCKETS", "GAUDI_TIMEOUT"]);
    const merges = model.diagnostics.filter((d) => d.code === "merges-into-upstream").map((d) => d.message);
    expect(merges).toEqual([
      "merges (plugin_vars) into vllm.envs.environment_variables (the upstream module's environment_variables) at import",
      'sets an attribute of the upstream vllm.envs module at import: setattr(envs, "GAUDI_PLUGIN_LOADED", True)',
    ]);
  });

  it("a setattr on vllm.envs inside a module-level loop is reported too", () => {
    const text = `import os\nimport vllm.envs as envs\nx = {"A": lambda: os.getenv("A")}\nfor k, f in x.items():\n    setattr(envs, k, f())\n`;
    const merges = extractModel("p.py", text).diagnostics.filter((d) => d.code === "merges-into-upstream");
    expect(merges.map((d) => [d.line, d.message])).toEqual([[5, "sets an attribute of the upstream vllm.envs module at import: setattr(envs, k, f())"]]);
  });

  it("an upstream helper whose module-level names the plugin binds differently is unsupported, not rebound", async () => {
    const text = `import os\nfrom vllm.envs import maybe_convert_int\ndef int(x):\n    return 7\nv = {"A": lambda: maybe_convert_int(os.getenv("A"))}\n`;
    const model = extractModel("p.py", text, { upstream });
    const rt = await loadRuntime(model);
    expect(() => rt.getVllmEnv("A", { A: "3" })).toThrow(/uses `int`, which this file binds but vllm.envs does not/);
  });
});

const isUnsupported = (x: unknown): boolean => x !== null && typeof x === "object" && "$unsupported" in x;

function summary(label: string, d: DiffReport): string {
  return `${label}: ${d.agree}/${d.compared} agree, ${d.unsupported} unsupported, ${d.mismatches.length} disagree, ${d.excludedStubbed} touched a stub`;
}

const REAL = existsSync(PLUGIN_DIR) ? readdirSync(PLUGIN_DIR).filter((f) => existsSync(join(PLUGIN_DIR, f, "envs.py"))).sort() : [];
const CASES: [string, string, string | undefined][] = [
  ...REAL.map((f): [string, string, string | undefined] => [f, join(PLUGIN_DIR, f, "envs.py"), undefined]),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith(".py")).sort().map((f): [string, string, string | undefined] => [f, join(FIXTURES, f), f.startsWith("upstream-") ? UPSTREAM : undefined]),
];

describe("CPython vs generated runtime on plugin files", () => {
  it("finds the three real plugin files", () => expect(REAL.length).toBe(3));

  it.each(CASES)("%s: ≥ 99.5%% of probes agree, none disagree", async (label, file, up) => {
    const d = await diffFile(file, { upstream: up });
    console.log(summary(label, d));
    expect(d.mismatches.slice(0, 5).map((m) => ({ name: m.probe.name, env: m.probe.env, python: m.probe.result, ours: m.ours }))).toEqual([]);
    expect(d.compared).toBeGreaterThan(100);
    expect(d.agree / d.compared).toBeGreaterThanOrEqual(0.995);
    for (const s of d.stubbed) expect(isUnsupported(s.ours) || sameResult(s.ours, s.probe.result), `${s.probe.name} ${JSON.stringify(s.ours)}`).toBe(true);
  });

  it.each(CASES.filter(([, , up]) => up))("%s without its upstream: never a guess where CPython touched the stub", async (label, file) => {
    const d = await diffFile(file, {});
    console.log(summary(`${label} (no upstream)`, d));
    expect(d.mismatches.map((m) => m.probe.name)).toEqual([]);
    for (const s of d.stubbed) expect(isUnsupported(s.ours) || sameResult(s.ours, s.probe.result), `${s.probe.name} ${JSON.stringify(s.ours)}`).toBe(true);
  });
});

describe("generating plugin bindings", () => {
  it.each(CASES)("%s: `generate` writes a package whose declarations type-check", (label, file, up) => {
    const out = mkdtempSync(join(tmpdir(), "vllm-envs-plugin-"));
    try {
      const version = label.replace(/\.py$/, "");
      const r = runCli(["generate", "--source", file, "--out", join(out, "pkg"), "--version", version, ...(up ? ["--upstream", up] : [])]);
      expect(r.err).toMatch(/wrote \d+ files/);
      expect(r.code).toBe(0);
      const model = JSON.parse(readFileSync(join(out, "pkg", version, "model.json"), "utf8"));
      expect(model.variables.length).toBeGreaterThan(0);
      const decls = readdirSync(join(out, "pkg"), { recursive: true }).map(String).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
      expect(typecheck(decls.map((f) => join(out, "pkg", f)))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it("the translated code of every plugin file type-checks under tsc --strict", () => {
    const pieces = CASES.flatMap(([, file, up]) => {
      const model = extractModel(file, readFileSync(file, "utf8"), up ? { upstream: { file: up, text: readFileSync(up, "utf8") } } : {});
      const built = buildVersionModule(model, "check", undefined);
      return [...built.pieces.code, ...built.pieces.meta];
    });
    const unique = Array.from(new Map(pieces.map((p) => [p.id, p])).values());
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-plugin-tsc-"));
    try {
      mkdirSync(join(dir, "runtime"));
      mkdirSync(join(dir, "shared"));
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      writeFileSync(join(dir, "runtime", "index.ts"), runtimeSource().source);
      writeFileSync(join(dir, "shared", "pool.ts"), poolSource(unique, "esm", "../runtime/index.js", runtimeSource().exports));
      expect(typecheck([join(dir, "runtime", "index.ts"), join(dir, "shared", "pool.ts")])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-plugin-cli-"));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const TWO = `import os\n${getters("a_vars")}${getters("b_vars", "B")}`;

  it.each([
    ["ambiguous dicts: exit 2 naming the candidates", ["extract", "--source", "two.py"], 2, /two\.py:2:10: several dicts of getters .*`a_vars` \(line 2\), `b_vars` \(line 5\); choose the one to read with --dict NAME/],
    ["--dict picks one", ["extract", "--source", "two.py", "--dict", "b_vars"], 0, /^$/],
    ["--dict that is not a name", ["extract", "--source", "two.py", "--dict", "a-b"], 2, /--dict needs a Python name/],
    ["--upstream that does not exist", ["extract", "--source", "two.py", "--dict", "a_vars", "--upstream", "nope.py"], 2, /nope\.py/],
    ["an upstream that is not envs.py-shaped", ["extract", "--source", "two.py", "--dict", "a_vars", "--upstream", "flat.py"], 2, /flat\.py: .*not an envs\.py-shaped file/],
  ] as const)("%s", (_name, args, code, err) => {
    write("two.py", TWO);
    write("flat.py", "X = 1\n");
    const r = runCli(args.map((a) => (a.endsWith(".py") && a !== "nope.py" ? join(dir, a) : a)));
    expect(r.err.trim()).toMatch(err);
    expect(r.code).toBe(code);
    if (code === 0) expect(JSON.parse(r.out).dictName).toBe("b_vars");
  });
});

describe("sync of a plugin", () => {
  it("passes --upstream through, and regenerates when only the upstream changed", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-plugin-sync-"));
    try {
      const corpus = join(dir, "corpus");
      mkdirSync(join(corpus, "p1"), { recursive: true });
      writeFileSync(join(corpus, "p1", "envs.py"), fixture("upstream-helpers.py"));
      const up = join(dir, "up.py");
      writeFileSync(up, `import os\ndef maybe_convert_int(v):\n    return None if v is None else int(v) + 1\nenvironment_variables = {"U": lambda: 1}\n`);
      const sync = () => runCli(["sync", "--corpus", corpus, "--out", join(dir, "out"), "--upstream", up]);
      const upstreamSha = () => JSON.parse(readFileSync(join(dir, "out", "p1", "model.json"), "utf8")).upstream.sha256;
      expect(sync().code).toBe(0);
      const first = upstreamSha();
      writeFileSync(up, `import os\ndef maybe_convert_int(v):\n    return None if v is None else int(v)\nenvironment_variables = {"U": lambda: 1}\n`);
      const again = sync();
      expect(again.err).toMatch(/1 generated/);
      expect(upstreamSha()).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
