/**
 * Generation of the versions `sync` must (re)write, in order, on one worker
 * thread whose heap is capped: generation leaves much garbage, and an uncapped
 * heap let a cold sync peak near 600 MB; capped, it stays under 400 MB for
 * about the same time. (Several workers were slower on 2 cores: each loads
 * TypeScript and ts-morph again.) In-process when running from sources.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { GenerateOptions } from "../generate/generate-files.js";
import type { Model } from "../ir/types.js";

/** One version to generate. */
export interface PoolJob {
  model: Model;
  options: GenerateOptions;
}

/** The worker's old-generation heap, in MB. */
const HEAP_MB = 352;

/** Generate every job; results in job order. `onDone` hears of each job as it finishes, with its time. */
export async function generateAll(jobs: PoolJob[], onDone: (index: number, ms: number) => void = () => {}): Promise<Map<string, string>[]> {
  const script = fileURLToPath(new URL("./generate-worker.js", import.meta.url));
  if (jobs.length === 0) return [];
  if (!existsSync(script)) {
    const { generateFiles } = await import("../generate/generate-files.js");
    const out: Map<string, string>[] = [];
    for (const [i, j] of jobs.entries()) {
      const started = Date.now();
      out.push(await generateFiles(j.model, j.options));
      onDone(i, Date.now() - started);
    }
    return out;
  }
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  const results: Map<string, string>[] = [];
  try {
    for (const [id, job] of jobs.entries()) {
      const started = Date.now();
      results.push(
        await new Promise<Map<string, string>>((resolve, reject) => {
          const onMessage = (m: { id: number; files?: [string, string][]; error?: string }) => {
            worker.off("error", reject);
            if (m.error !== undefined) reject(new Error(m.error));
            else resolve(new Map(m.files));
          };
          worker.once("message", onMessage);
          worker.once("error", reject);
          worker.postMessage({ id, model: job.model, options: job.options });
        }),
      );
      onDone(id, Date.now() - started);
    }
  } finally {
    await worker.terminate();
  }
  return results;
}
