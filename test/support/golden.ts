/**
 * Golden files: compare with the committed file; `UPDATE_GOLDEN=1` rewrites it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

/** The golden folder. */
export const GOLDEN_DIR = join(process.cwd(), "test", "golden");

/** Assert `actual` equals the golden file at `rel` (or write it when updating). */
export function expectGolden(rel: string, actual: string): void {
  const file = join(GOLDEN_DIR, rel);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden file ${rel} is missing: run UPDATE_GOLDEN=1 npx vitest run`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** The three corpus revisions with golden files: oldest, middle, newest. */
export const GOLDEN_REVISIONS = ["v0.4.2-dev-first", "v0.9.2-approx", "v0.28-dev-2026-08"] as const;
