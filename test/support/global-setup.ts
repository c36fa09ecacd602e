/**
 * Once per `vitest run`: a folder where the CPython-vs-runtime comparison of each probed file
 * (test/support/differential.ts) is stored by the first test file that computes it, so the
 * four files that compare the same revisions (differential, model, types, schemas) share one
 * CPython run and one evaluation per file. Removed at the end of the run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The per-run folder of stored comparisons. */
    diffCacheDir: string;
  }
}

/** Create the folder; the returned teardown removes it. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-diff-"));
  project.provide("diffCacheDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
