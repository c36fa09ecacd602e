/**
 * Writing a folder of outputs so that it is never seen half-written: files go
 * to a sibling temporary folder, which then replaces the target by renames.
 * A run killed between the two renames leaves `DIR.old-*`, which the next run restores.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

function siblings(dir: string, tag: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent).filter((n) => n.startsWith(`.${basename(dir)}.${tag}-`)).map((n) => join(parent, n));
}

const pending = new Set<string>();
let handlersInstalled = false;

/** On SIGINT/SIGTERM, remove the temporary folders of writes in progress, then exit as the signal would. */
function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      for (const p of pending) rmSync(p, { recursive: true, force: true });
      process.exit(code);
    });
  }
}

/** Undo what an interrupted write left behind: restore the previous folder, drop temporaries. */
export function recoverFolder(dir: string): void {
  const olds = siblings(dir, "old");
  if (!existsSync(dir) && olds.length) renameSync(olds[0], dir);
  for (const p of [...siblings(dir, "old"), ...siblings(dir, "tmp")]) rmSync(p, { recursive: true, force: true });
}

/** Replace `dir`'s files with `files` (names relative to it) atomically with respect to readers of whole files. */
export function writeFolderAtomic(dir: string, files: ReadonlyMap<string, string | Buffer>): void {
  recoverFolder(dir);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${tag}`);
  installSignalCleanup();
  pending.add(tmp);
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of files) {
    const target = join(tmp, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  if (!existsSync(dir)) {
    renameSync(tmp, dir);
    pending.delete(tmp);
    return;
  }
  const old = join(dirname(dir), `.${basename(dir)}.old-${tag}`);
  renameSync(dir, old);
  renameSync(tmp, dir);
  pending.delete(tmp);
  rmSync(old, { recursive: true, force: true });
}
