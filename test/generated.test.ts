/**
 * The committed `generated/` tree: golden per emitter for three revisions,
 * `tsc --strict` over every generated module, and `check` reporting it current.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { generateFiles, GENERATED_FILES } from "../src/generate/generate-files.js";
import { revisions } from "./support/corpus.js";
import { GOLDEN_REVISIONS } from "./support/golden.js";
import { historyUpTo } from "../src/sync/history-files.js";
import { typecheck } from "./support/typecheck.js";

const GEN = join(process.cwd(), "generated");

const generatedOnce = new Map<string, Promise<Map<string, string>>>();

function generate(label: string): Promise<Map<string, string>> {
  let p = generatedOnce.get(label);
  if (!p) {
    const revs = revisions();
    const index = revs.findIndex((r) => r.label === label);
    if (index < 0) throw new Error(`no ${label} in the corpus`);
    // The committed bindings carry the history of the versions up to theirs, as sync computes it.
    const models = revs.slice(0, index + 1).map((r) => ({ version: r.label, model: extractModel("envs.py", readFileSync(r.file, "utf8")) }));
    p = generateFiles(models[index].model, { label, history: historyUpTo(models, index) });
    generatedOnce.set(label, p);
  }
  return p;
}

/** The committed files of three revisions are the golden files of every emitter (model.json is the model stage's). */
describe.each(GOLDEN_REVISIONS)("emitters, golden revision %s", (label) => {
  it.each(GENERATED_FILES)("%s equals the committed generated file", async (file) => {
    const files = await generate(label);
    expect(files.get(file)).toBe(readFileSync(join(GEN, label, file), "utf8"));
  });
});

describe("generated/", () => {
  it("holds all six outputs for every corpus revision, plus latest and versions.json", () => {
    for (const r of revisions()) for (const f of GENERATED_FILES) expect(existsSync(join(GEN, r.label, f)), `${r.label}/${f}`).toBe(true);
    const versions = JSON.parse(readFileSync(join(GEN, "versions.json"), "utf8")) as { version: string; sha256: string }[];
    expect(versions.map((v) => v.version)).toEqual(revisions().map((r) => r.label));
    expect(readFileSync(join(GEN, "latest", "index.ts"), "utf8")).toContain(`export * from "../${versions[versions.length - 1].version}/index.js"`);
  });

  it("type-checks under tsc --strict (every index.ts and index.d.ts)", () => {
    const dirs = readdirSync(GEN).filter((d) => existsSync(join(GEN, d, "index.ts")));
    const files = dirs.flatMap((d) => [join(GEN, d, "index.ts")]);
    expect(typecheck(files)).toEqual([]);
    expect(typecheck(dirs.map((d) => join(GEN, d, "index.d.ts")))).toEqual([]);
  }, 300_000);

  it("is byte-identical when generated twice (deterministic, no timestamps)", async () => {
    const rev = revisions()[0];
    const model = () => extractModel("envs.py", readFileSync(rev.file, "utf8"));
    const a = await generateFiles(model(), { label: rev.label });
    const b = await generateFiles(model(), { label: rev.label });
    expect([...a.entries()]).toEqual([...b.entries()]);
    for (const text of a.values()) expect(text).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
  });
});
