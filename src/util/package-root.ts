/**
 * The package's root folder, found from this file (works from `src/` under
 * vitest and from `dist/src/` once compiled).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** The folder holding the toolchain's package.json (vllm-envs-codegen). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "vllm-envs-codegen") return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("vllm-envs: cannot find the package root");
    dir = up;
  }
}

/** The tool's version, from package.json. */
export function toolVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version as string;
}

let fingerprint: string | null = null;

/**
 * A hash of the generator's own code (src/ or, when installed, dist/src/, templates/ and the native tree
 * export's sources, native/):
 * `sync` regenerates a version when it changes, even without a version bump.
 */
export function toolFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = packageRoot();
  const hash = createHash("sha256");
  const dirs = [existsSync(join(root, "src")) ? "src" : join("dist", "src"), "templates", "native"];
  for (const d of dirs) {
    const files: string[] = [];
    const walk = (p: string) => {
      for (const n of readdirSync(join(root, p)).sort()) {
        const rel = join(p, n);
        if (statSync(join(root, rel)).isDirectory()) walk(rel);
        else if (!n.endsWith(".d.ts") && !n.endsWith(".map")) files.push(rel);
      }
    };
    walk(d);
    for (const f of files) hash.update(f.split("\\").join("/")).update("\0").update(readFileSync(join(root, f))).update("\0");
  }
  fingerprint = `${toolVersion()}+${hash.digest("hex").slice(0, 12)}`;
  return fingerprint;
}
