/**
 * The module assembler (src/emit/assemble-module.ts) and the generator's assets: the same
 * statements in ESM and CommonJS behave alike, and generate/sync never load the TypeScript
 * compiler once the assets are built.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleModule, type ModuleSpec } from "../src/emit/assemble-module.js";
import { versionsModule } from "../src/emit/emit-versions.js";
import { corpusDir, revisions } from "./support/corpus.js";

const ROOT = process.cwd();

function spec(over: Partial<ModuleSpec>): ModuleSpec {
  return { banner: "// banner\n", runtime: { specifier: "./rt.js", names: [], reexports: [] }, chunks: [], consts: [], functions: [], ...over };
}

/** Run a CommonJS text and return its exports. */
function runCjs(text: string, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  new Function("exports", "require", text)(exports, (s: string) => modules[s]);
  return exports;
}

describe("assembleModule", () => {
  it.each([
    [
      "an exported const read by another, in both formats",
      {
        given: spec({
          consts: [
            { name: "A", exported: true, doc: "The list.", value: () => "[1, 2]" },
            { name: "b", pure: true, value: (r) => `f(${r.name("A")})` },
            { name: "C", exported: true, pure: true, value: (r) => `g(${r.name("A")}, b)` },
          ],
          runtime: { specifier: "./rt.js", names: ["f", "g"], reexports: ["E"] },
        }),
        want: {
          esm: '// banner\nimport { f, g } from "./rt.js";\nexport { E } from "./rt.js";\n/** The list. */\nexport const A = [1, 2];\nconst b = /*#__PURE__*/ f(A);\nexport const C = /*#__PURE__*/ g(A, b);\n',
          cjs: '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.C = exports.A = exports.E = void 0;\n// banner\nconst R = require("./rt.js");\nconst { f, g } = R;\nexports.E = R.E;\n/** The list. */\nexports.A = [1, 2];\nconst b = /*#__PURE__*/ f(exports.A);\nexports.C = g(exports.A, b);\n',
        },
      },
    ],
    [
      "pieces from two chunks: named imports in ESM, one require per chunk in CommonJS",
      {
        given: spec({
          chunks: [
            { specifier: "./c0.js", ids: ["pA"] },
            { specifier: "./c1.js", ids: ["pB"] },
          ],
          consts: [{ name: "X", exported: true, value: (r) => `[${r.piece("pA")}, ${r.piece("pB")}]` }],
        }),
        want: {
          esm: '// banner\nimport { pA } from "./c0.js";\nimport { pB } from "./c1.js";\nexport const X = [pA, pB];\n',
          cjs: '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.X = void 0;\n// banner\nconst P0 = require("./c0.js");\nconst P1 = require("./c1.js");\nexports.X = [P0.pA, P1.pB];\n',
        },
      },
    ],
  ] satisfies [string, { given: ModuleSpec; want: { esm: string; cjs: string } }][])("%s", (_name, { given, want }) => {
    expect(assembleModule(given, "esm")).toBe(want.esm);
    expect(assembleModule(given, "cjs")).toBe(want.cjs);
  });

  it("writes versions/ from the type-checked template: ESM and CommonJS resolve alike", async () => {
    const versions = [
      { label: "v0.4.2", vllmVersion: "0.4.2", sha256: "a", variables: 1 },
      { label: "v0.9.2-approx", vllmVersion: "0.9.2", sha256: "b", variables: 2 },
      { label: "v0.16-dev", vllmVersion: "0.16", sha256: "c", variables: 3 },
    ];
    const esm = (await import(`data:text/javascript;base64,${Buffer.from(versionsModule(versions, "// v\n", "esm")).toString("base64")}`)) as Record<string, (v: string) => unknown>;
    const cjs = runCjs(versionsModule(versions, "// v\n", "cjs")) as Record<string, (v: string) => unknown>;
    for (const q of ["0.9.2", "v0.9.2-approx", "0.10", "0.4.1", "0.16.0", "x"]) {
      expect(cjs.resolveVllmEnvsVersion?.(q), q).toEqual(esm.resolveVllmEnvsVersion?.(q));
    }
    expect(esm.resolveVllmEnvsVersion?.("0.10")).toEqual({ label: "v0.9.2-approx", exact: false });
  });

  // `exact` only where the bindings are labelled with exactly that release (or the label itself was asked for).
  it.each([
    ["a release with its own bindings", { given: "0.4.2", want: { label: "v0.4.2", exact: true } }],
    ["an approximate snapshot stands in", { given: "0.9.2", want: { label: "v0.9.2-approx", exact: false } }],
    ["a label asked for by name", { given: "v0.9.2-approx", want: { label: "v0.9.2-approx", exact: true } }],
    ["a pre-release comes before its release", { given: "0.9.2rc1", want: { label: "v0.4.2", exact: false } }],
    ["a later patch than the bindings", { given: "0.4.2.1", want: { label: "v0.4.2", exact: false } }],
    ["a post release of bindings' release", { given: "0.4.2.post1", want: { label: "v0.4.2", exact: false } }],
    ["a dev snapshot stands in for its release", { given: "0.16.0", want: { label: "v0.16-dev", exact: false } }],
    ["older than every version", { given: "0.4.1", want: null }],
  ] as const)("resolveVllmEnvsVersion: %s", async (_name, { given, want }) => {
    const versions = [
      { label: "v0.4.2", vllmVersion: "0.4.2", sha256: "a", variables: 1 },
      { label: "v0.9.2-approx", vllmVersion: "0.9.2", sha256: "b", variables: 2 },
      { label: "v0.16-dev", vllmVersion: "0.16", sha256: "c", variables: 3 },
    ];
    const esm = (await import(`data:text/javascript;base64,${Buffer.from(versionsModule(versions, "// v\n", "esm")).toString("base64")}`)) as Record<string, (v: string) => unknown>;
    expect(esm.resolveVllmEnvsVersion?.(given)).toEqual(want);
  });
});

describe("the generator's assets", () => {
  beforeAll(() => {
    // What `npm run build` does after tsc (this file may run without it).
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-assets.mjs")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it("generate and sync never load the TypeScript compiler", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-no-ts-"));
    const guard = join(dir, "guard.cjs");
    // Fails any attempt to load TypeScript (compile.ts loads it with require, through Module._load).
    writeFileSync(guard, `const M = require("module"); const load = M._load; M._load = function (r, ...a) { if (/^(ts-morph|typescript)$/.test(r)) throw new Error("loaded " + r); return load.call(this, r, ...a); };\n`);
    const run = (...args: string[]) => spawnSync(process.execPath, ["--require", guard, join(ROOT, "bin", "vllm-envs.js"), ...args], { encoding: "utf8" });
    const one = run("generate", "--source", revisions()[0]!.file, "--out", join(dir, "one"));
    expect(one.status, one.stderr).toBe(0);
    const all = run("sync", "--corpus", corpusDir(), "--out", join(dir, "all"));
    expect(all.status, all.stderr).toBe(0);
  }, 300_000);
});
