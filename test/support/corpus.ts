/**
 * The corpus of real envs.py revisions, read in place from $VLLM_ENVS_CORPUS.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** One revision of the corpus. */
export interface Revision {
  label: string;
  file: string;
  variables: number;
}

/** The corpus folder (default `../shared/vllm-envs` beside the repository). */
export function corpusDir(): string {
  return resolve(process.env.VLLM_ENVS_CORPUS ?? join(process.cwd(), "..", "shared", "vllm-envs"));
}

/** The revisions, oldest first, as manifest.json lists them. */
export function revisions(): Revision[] {
  const dir = corpusDir();
  const manifest = join(dir, "manifest.json");
  if (!existsSync(manifest)) throw new Error(`corpus not found at ${dir}: set VLLM_ENVS_CORPUS`);
  const entries = JSON.parse(readFileSync(manifest, "utf8")) as { label: string; n_env_vars: number }[];
  return entries.map((e) => ({ label: e.label, file: join(dir, e.label, "envs.py"), variables: e.n_env_vars }));
}
