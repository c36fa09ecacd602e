/**
 * `files.sha256`: the sha256 of every file `sync` wrote, in `sha256sum` format
 * (so `sha256sum -c files.sha256` verifies a tree by hand). It lets `sync` judge
 * what is on disk, not what `versions.json` claims: a hand-edited or deleted
 * file is rewritten, and a file it never wrote is told apart from its own.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The manifest's name inside `--out`. */
export const MANIFEST_FILE = "files.sha256";

/** A file's content as sync holds it: text it generated, or bytes it keeps as they are. */
export type FileContent = string | Buffer;

/** sha256 (hex) of a file's content. */
export function hashContent(content: FileContent): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The manifest's text for `files` (names relative to `--out`), sorted by name. */
export function renderManifest(files: ReadonlyMap<string, FileContent>): string {
  const names = [...files.keys()].filter((f) => f !== MANIFEST_FILE).sort();
  return names.map((f) => `${hashContent(files.get(f) as FileContent)}  ${f}\n`).join("");
}

/** The manifest of `out` (name → sha256), or null when there is none or it is not one of ours. */
export function readManifest(out: string): Map<string, string> | null {
  const file = join(out, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  const hashes = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line === "") continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) return null;
    hashes.set(m[2], m[1]);
  }
  return hashes;
}

/** Every file under `dir`, as names relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const names: string[] = [];
  if (!existsSync(dir)) return names;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else names.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return names;
}

/** Does every file the manifest lists exist in `out` with the recorded hash? */
export function manifestHolds(out: string, hashes: ReadonlyMap<string, string>): boolean {
  for (const [name, sha] of hashes) {
    const p = join(out, name);
    if (!existsSync(p) || hashContent(readFileSync(p)) !== sha) return false;
  }
  return true;
}
