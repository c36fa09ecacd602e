/**
 * The worker thread of `sync`: generates the files of each version from a model
 * sent by the main thread (plain data, structured-cloned).
 */
import { parentPort } from "node:worker_threads";
import { generateFiles, type GenerateOptions } from "../generate/generate-files.js";
import type { Model } from "../ir/types.js";

/** A job for the worker. */
export interface GenerateJob {
  id: number;
  model: Model;
  options: GenerateOptions;
}

parentPort?.on("message", async (job: GenerateJob) => {
  try {
    const files = await generateFiles(job.model, job.options);
    parentPort?.postMessage({ id: job.id, files: Array.from(files) });
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: (e as Error).message });
  }
});
