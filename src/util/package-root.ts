/**
 * The package's root folder, found from this file (works from `src/` under
 * vitest and from `dist/src/` once compiled).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** The folder holding vllm-envs' package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "vllm-envs") return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("vllm-envs: cannot find the package root");
    dir = up;
  }
}

/** The tool's version, from package.json. */
export function toolVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version as string;
}
