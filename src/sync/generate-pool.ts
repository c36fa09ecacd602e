/**
 * Generation of the versions `sync` must (re)write. In-process and in order:
 * measured on this 2-core machine, worker threads were slower (each loads
 * TypeScript, prettier and ts-morph again) and doubled peak memory.
 */
import { generateFiles, type GenerateOptions } from "../generate/generate-files.js";
import type { Model } from "../ir/types.js";

/** One version to generate. */
export interface PoolJob {
  model: Model;
  options: GenerateOptions;
}

/** Generate every job; results in job order. */
export async function generateAll(jobs: PoolJob[]): Promise<Map<string, string>[]> {
  const out: Map<string, string>[] = [];
  for (const j of jobs) out.push(await generateFiles(j.model, j.options));
  return out;
}
