/**
 * The committed `generated/` tree: golden per emitter for three revisions,
 * `tsc --strict` over the runtime, the translated code and every declaration file of the package.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { generateFiles, GENERATED_FILES } from "../src/generate/generate-files.js";
import { revisions } from "./support/corpus.js";
import { GOLDEN_REVISIONS } from "./support/golden.js";
import { historyUpTo } from "../src/sync/history-files.js";
import { typecheck } from "./support/typecheck.js";
import { packageFiles } from "../src/sync/package-files.js";
import { buildVersionModule } from "../src/emit/emit-index.js";
import { poolSource } from "../src/emit/emit-pool.js";
import { runtimeSource } from "../src/emit/prelude.js";

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
  it("holds the per-version files and the package's files for every corpus revision, plus latest and versions.json", () => {
    const perVersion = [...GENERATED_FILES, "index.js", "index.cjs", "index.d.ts", "index.d.cts", "types.d.cts"];
    for (const r of revisions()) for (const f of perVersion) expect(existsSync(join(GEN, r.label, f)), `${r.label}/${f}`).toBe(true);
    const versions = JSON.parse(readFileSync(join(GEN, "versions.json"), "utf8")) as { version: string; sha256: string }[];
    expect(versions.map((v) => v.version)).toEqual(revisions().map((r) => r.label));
    expect(readFileSync(join(GEN, "latest", "index.js"), "utf8")).toContain(`export * from "../${versions[versions.length - 1].version}/index.js"`);
    const newest = versions[versions.length - 1]?.version as string;
    for (const f of ["package.json", "README.md", "runtime/index.js", "runtime/index.cjs", "runtime/index.d.cts", `shared/${newest}.js`, `shared/${newest}.cjs`, "shared/docs.d.cts"]) expect(existsSync(join(GEN, f)), f).toBe(true);
    // No TypeScript source in the package: TypeScript would prefer it to the declarations.
    expect(readdirSync(GEN, { recursive: true }).filter((f) => String(f).endsWith(".ts") && !String(f).endsWith(".d.ts"))).toEqual([]);
  });

  it("type-checks under tsc --strict: the runtime and the pool of translated code as TypeScript", () => {
    const models = GOLDEN_REVISIONS.map((label) => extractModel("envs.py", readFileSync(revisions().find((r) => r.label === label)!.file, "utf8")));
    const pieces = models.flatMap((m) => {
      const built = buildVersionModule(m, "check", undefined);
      return [...built.pieces.code, ...built.pieces.meta];
    });
    const unique = Array.from(new Map(pieces.map((p) => [p.id, p])).values());
    // Real files in a temporary folder (module resolution looks for folders, not only files).
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-typecheck-"));
    mkdirSync(join(dir, "runtime"));
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(dir, "runtime", "index.ts"), runtimeSource().source);
    writeFileSync(join(dir, "shared", "pool.ts"), poolSource(unique, "esm", "../runtime/index.js", runtimeSource().exports));
    try {
      expect(typecheck([join(dir, "runtime", "index.ts"), join(dir, "shared", "pool.ts")])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("type-checks under tsc --strict: every declaration file of the package", () => {
    const files = readdirSync(GEN, { recursive: true }).map(String).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
    expect(files.length).toBeGreaterThan(revisions().length * 3);
    expect(typecheck(files.map((f) => join(GEN, f)))).toEqual([]);
  }, 300_000);

  it("is byte-identical when generated twice (deterministic, no timestamps)", async () => {
    const rev = revisions()[0];
    const model = () => extractModel("envs.py", readFileSync(rev.file, "utf8"));
    const a = await generateFiles(model(), { label: rev.label });
    const b = await generateFiles(model(), { label: rev.label });
    expect([...a.entries()]).toEqual([...b.entries()]);
    const pa = packageFiles([{ version: rev.label, model: model() }]);
    const pb = packageFiles([{ version: rev.label, model: model() }]);
    expect([...pa.entries()]).toEqual([...pb.entries()]);
    for (const text of [...a.values(), ...pa.values()]) expect(text).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
  });
});
