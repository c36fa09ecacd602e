/**
 * Where `sync` finds revisions of envs.py: a corpus folder (one sub-folder per
 * version, ordered by manifest.json) or a vLLM git clone (release tags, read
 * with `git show` so the clone is never checked out or modified).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/input-error.js";
import { readJsonFile, readTextFile } from "../io/read-source.js";

/** One revision to generate. */
export interface Revision {
  version: string;
  text: string;
  /** Where it came from, for messages. */
  origin: string;
}

/** A note for the user (a tag without envs.py, ...). */
export type Note = (message: string) => void;

/** Revisions of a corpus folder, oldest first. */
export function corpusRevisions(dir: string): Revision[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, [{ line: 0, col: 0, message: "corpus folder not found" }]);
  const manifest = join(dir, "manifest.json");
  let labels: string[];
  if (existsSync(manifest)) {
    const entries = readJsonFile(manifest);
    if (!Array.isArray(entries)) throw new InputError(manifest, [{ line: 0, col: 0, message: "expected a list of {label}" }]);
    labels = entries.map((e) => String((e as { label?: unknown }).label ?? ""));
  } else {
    labels = readdirSync(dir).filter((n) => existsSync(join(dir, n, "envs.py"))).sort(compareVersions);
  }
  return labels.map((label) => {
    checkLabel(label, manifest);
    const file = join(dir, label, "envs.py");
    return { version: label, text: readTextFile(file), origin: file };
  });
}

/** Whether `label` can name a folder: letters, digits, `. _ + -`, no `..` or separator at its start. */
export function isLabelShaped(label: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._+-]{0,100}$/.test(label);
}

/** A version label becomes a folder name and a package subpath: keep it to safe characters. */
export function checkLabel(label: string, where: string): void {
  if (!isLabelShaped(label) || label === "latest") {
    throw new InputError(where, [{ line: 0, col: 0, message: `unusable version label ${JSON.stringify(label)} (letters, digits, . _ + - only; not "latest")` }]);
  }
}

const PRERELEASE = /(?:rc|a|b|alpha|beta|dev|pre)\d*/i;

function versionKey(v: string): (number | string)[] {
  return v.replace(/^v/, "").split(/[.\-+]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Compare version labels as versions (`v0.10.0` after `v0.9.2`). */
export function compareVersions(a: string, b: string): number {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined) return typeof q === "string" && PRERELEASE.test(q) ? 1 : -1;
    if (q === undefined) return typeof p === "string" && PRERELEASE.test(p) ? -1 : 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    if (typeof p === "number") return 1;
    if (typeof q === "number") return -1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** Is this tag a pre-release (`v0.9.0rc1`, `v0.10.0.dev2`)? */
export function isPrerelease(tag: string): boolean {
  return /\d(?:rc|a|b|alpha|beta|dev|pre)\d*/i.test(tag) || /-(?:rc|alpha|beta|dev|pre)/i.test(tag);
}

function git(repo: string, args: string[]): string {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Release tags `v*` of a git clone, as versions, each read with `git show TAG:PATH` (`vllm/envs.py`, or a
 * plugin's file such as `vllm_gaudi/envs.py`).
 */
export function repoRevisions(repo: string, includePrereleases: boolean, note: Note, path = "vllm/envs.py"): Revision[] {
  if (!/^[A-Za-z0-9_.][A-Za-z0-9_./-]*\.py$/.test(path) || path.split("/").includes("..")) {
    throw new InputError(repo, [{ line: 0, col: 0, message: `unusable path ${JSON.stringify(path)} (a .py file inside the repository)` }]);
  }
  if (!existsSync(join(repo, ".git")) && !existsSync(join(repo, "HEAD"))) throw new InputError(repo, [{ line: 0, col: 0, message: "not a git repository" }]);
  const tags = git(repo, ["tag", "--list", "v*"]).split("\n").filter(Boolean);
  const wanted = tags.filter((t) => includePrereleases || !isPrerelease(t)).sort(compareVersions);
  const out: Revision[] = [];
  for (const tag of wanted) {
    let text: string;
    try {
      text = git(repo, ["show", `refs/tags/${tag}:${path}`]);
    } catch {
      note(`${tag}: no ${path} at this tag, skipped`);
      continue;
    }
    checkLabel(tag, repo);
    out.push({ version: tag, text: text.startsWith("\ufeff") ? text.slice(1) : text, origin: `${repo}@${tag}` });
  }
  return out;
}

/** A plugin's name becomes a folder and a package subpath (`vllm-envs/plugins/<name>`): the label rule applies. */
export function checkPluginName(name: string, where: string): void {
  checkLabel(name, where);
}

/**
 * A plugin's revisions in a plugin corpus (`$VLLM_ENVS_PLUGINS`: one folder per file, `manifest.json` with
 * label, repo, path): the entries of its repository, each version named by its label without the leading
 * `<name>-` (`vllm-gaudi-43f5f1fd` → `43f5f1fd`). Null when the corpus has none (the plugin's output is kept).
 */
export function pluginCorpusRevisions(dir: string, name: string, repo: string): Revision[] | null {
  const manifest = join(dir, "manifest.json");
  if (!existsSync(manifest)) return null;
  const entries = readJsonFile(manifest);
  if (!Array.isArray(entries)) throw new InputError(manifest, [{ line: 0, col: 0, message: "expected a list of {label, repo, path}" }]);
  const mine = entries.filter((e) => (e as { repo?: unknown }).repo === repo).map((e) => String((e as { label?: unknown }).label ?? ""));
  if (!mine.length) return null;
  return mine.map((label) => {
    checkLabel(label, manifest);
    const version = label.startsWith(`${name}-`) && label.length > name.length + 1 ? label.slice(name.length + 1) : label;
    checkLabel(version, manifest);
    const file = join(dir, label, "envs.py");
    return { version, text: readTextFile(file), origin: file };
  });
}
