/**
 * The generator's layering, read from the imports of `src/**` (see README "How it works"):
 * parse → lower → infer → emit → generate/sync → cli, with `ir/` (the model, its descriptions
 * and the Python tables) below every stage. Folders form no import circle; tree-sitter stays in
 * `parse/` and `lower/`.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cycles, importEdges, importSpecifiers, layerOf, nodeEdges, type ImportEdge } from "./support/import-graph.js";

const ROOT = process.cwd();
const EDGES = importEdges(ROOT);
const LAYER_EDGES = nodeEdges(EDGES, layerOf);

/** Imports from a layer in `from` to a layer in `to` (each listed once, with its first file). */
function crossing(from: string[], to: string[]): string[] {
  return [...LAYER_EDGES]
    .filter(([k]) => from.includes(k.split(" -> ")[0]) && to.includes(k.split(" -> ")[1]))
    .map(([k, e]) => `${k} (${e.from} imports ${e.specifier})`);
}

const STAGES = ["parse", "lower", "infer", "emit", "generate", "sync", "validate", "cli"];
const others = (...keep: string[]) => [...STAGES, "extract.ts", "index.ts"].filter((l) => !keep.includes(l));

describe("the import scan", () => {
  const cases: [string, { given: string; want: string[] }][] = [
    ["named import", { given: `import { a, b } from "./x.js";`, want: ["./x.js"] }],
    ["type import", { given: `import type { A } from "../ir/types.js";`, want: ["../ir/types.js"] }],
    ["multi-line import", { given: `import {\n  a,\n  b,\n} from "./x.js";`, want: ["./x.js"] }],
    ["re-export", { given: `export { a } from "./a.js";\nexport * from "./b.js";`, want: ["./a.js", "./b.js"] }],
    ["side-effect import", { given: `import "./side.js";`, want: ["./side.js"] }],
    ["dynamic import", { given: `const m = await import("../sync/remote.js");`, want: ["../sync/remote.js"] }],
    ["package import", { given: `import Parser from "tree-sitter";`, want: ["tree-sitter"] }],
    ["comments are not imports", { given: `// import { a } from "./no.js";\n/* import "./no.js"; */\nconst x = 1;`, want: [] }],
    ["a string mentioning import is not one", { given: `const s = "export x from y";`, want: [] }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(importSpecifiers(given)).toEqual(want);
  });

  it("finds the imports of src/, each relative one an existing file", () => {
    expect(EDGES.length).toBeGreaterThan(300);
    expect(EDGES.filter((e) => e.to !== null && !existsSync(e.to)).map((e) => `${e.from}: ${e.specifier}`)).toEqual([]);
  });
});

describe("layering", () => {
  it("has no import circle between folders", () => {
    expect(cycles(LAYER_EDGES.keys())).toEqual([]);
  });

  const rules: [string, { given: { from: string[]; to: string[] }; want: string[] }][] = [
    ["ir/ (the model, descriptions, Python tables) imports no stage", { given: { from: ["ir"], to: others() }, want: [] }],
    ["emit/ imports no later stage", { given: { from: ["emit"], to: others("parse", "lower", "infer", "emit") }, want: [] }],
    ["parse/ imports no later stage", { given: { from: ["parse"], to: others("parse") }, want: [] }],
    ["lower/ imports no later stage", { given: { from: ["lower"], to: others("parse", "lower") }, want: [] }],
    ["infer/ imports neither emit/ nor anything after it", { given: { from: ["infer"], to: others("parse", "lower", "infer") }, want: [] }],
    ["emit/ reads the model only: no parse/, lower/, infer/", { given: { from: ["emit"], to: ["parse", "lower", "infer"] }, want: [] }],
    ["no stage imports cli/ (the CLI alone knows options)", { given: { from: others("cli"), to: ["cli"] }, want: [] }],
    ["sync/ does not import cli/", { given: { from: ["sync"], to: ["cli"] }, want: [] }],
    ["generate/ does not import sync/", { given: { from: ["generate"], to: ["sync"] }, want: [] }],
  ];
  it.each(rules)("%s", (_name, { given, want }) => {
    expect(crossing(given.from, given.to)).toEqual(want);
  });

  it("has no import circle between files of infer/ or emit/ (one evaluator context each), and no new one elsewhere", () => {
    const sameFolder = EDGES.filter((e) => e.to !== null && layerOf(e.from) === layerOf(e.to));
    const circles = cycles(nodeEdges(sameFolder, (path) => path).keys()).map((c) => c.join(" "));
    // Known, left for their owners: lowering's expression/parameter/string lowerers recurse; a type import in
    // sync/.
    const known = [
      "src/lower/lower-expr.ts src/lower/lower-params.ts src/lower/lower-strings.ts",
      "src/sync/changelog.ts src/sync/history-files.ts",
    ];
    expect(circles.filter((c) => !known.includes(c))).toEqual([]);
  });

  it("ir/ imports nothing outside itself (it sits below every stage)", () => {
    const out = EDGES.filter((e) => layerOf(e.from) === "ir" && (e.to === null || layerOf(e.to) !== "ir"));
    expect(out.map((e) => `${e.from} imports ${e.specifier}`)).toEqual([]);
  });

  // Lowering reads the plain copy of the tree (parse/syntax-node.ts); the binding itself stays in parse/.
  it("imports tree-sitter only in parse/", () => {
    const leaks = EDGES.filter((e: ImportEdge) => /^tree-sitter/.test(e.specifier) && layerOf(e.from) !== "parse");
    expect(leaks.map((e) => `${e.from} imports ${e.specifier}`)).toEqual([]);
  });
});
