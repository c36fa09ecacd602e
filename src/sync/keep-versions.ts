/**
 * A sync never loses bindings. A version that `--out` holds (per its
 * `versions.json`) but the source no longer yields is kept, files untouched,
 * unless `--prune` is given; a file `sync` did not write is kept as it is.
 *
 * Where a kept version goes: right after the version that preceded it in the
 * previous order (or first, when none did), so it keeps its place relative to
 * the others; `latest/` is the last version of that merged order, the changelog
 * and history follow the same order.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/input-error.js";
import type { Model } from "../ir/types.js";
import type { Revision } from "./sources.js";
import { compareVersions } from "./sources.js";
import type { VersionEntry } from "./sync-types.js";

/** One version of the output, in order: from the source, or kept from the previous output. */
export type PlannedVersion = { version: string; rev: Revision } | { version: string; kept: VersionEntry };

/** The versions a sync writes, and those it keeps or prunes. */
export interface VersionPlan {
  order: PlannedVersion[];
  kept: string[];
  pruned: string[];
}

function isEntry(e: unknown): e is VersionEntry {
  const v = e as VersionEntry;
  return !!v && typeof v.version === "string" && typeof v.sha256 === "string";
}

/**
 * The versions `out` holds: its `versions.json`; when that is missing or unreadable, its
 * version folders (those with a model.json), in version order — a broken `versions.json`
 * must not make `sync` forget what it would otherwise keep.
 */
export function readPrevious(out: string): VersionEntry[] {
  try {
    const list = JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as unknown;
    if (Array.isArray(list) && list.every(isEntry)) return list;
  } catch {
    // Fall through to the folders.
  }
  if (!existsSync(out)) return [];
  const found: VersionEntry[] = [];
  for (const name of readdirSync(out).sort(compareVersions)) {
    if (name === "latest" || !existsSync(join(out, name, "model.json"))) continue;
    try {
      const m = JSON.parse(readFileSync(join(out, name, "model.json"), "utf8")) as Model;
      found.push({ version: name, vllmVersion: null, sha256: m.source.sha256, variables: m.variables.length, tool: "", history: "" });
    } catch {
      // Not a version folder of ours; its files are kept as foreign files.
    }
  }
  return found;
}

/** Merge the source's versions with the previous ones it lacks (kept in place, or pruned). */
export function planVersions(previous: VersionEntry[], revisions: Revision[], prune: boolean): VersionPlan {
  const order: PlannedVersion[] = revisions.map((rev) => ({ version: rev.version, rev }));
  const inSource = new Set(revisions.map((r) => r.version));
  const missing = previous.filter((p) => !inSource.has(p.version));
  if (prune) return { order, kept: [], pruned: missing.map((m) => m.version) };
  for (const entry of missing) {
    const at = previous.indexOf(entry);
    let insertAt = 0;
    for (let j = at - 1; j >= 0; j--) {
      const k = order.findIndex((o) => o.version === previous[j].version);
      if (k >= 0) {
        insertAt = k + 1;
        break;
      }
    }
    order.splice(insertAt, 0, { version: entry.version, kept: entry });
  }
  return { order, kept: missing.map((m) => m.version), pruned: [] };
}

/** The model of a kept version, from its own model.json (the changelog and history need it). */
export function keptModel(out: string, version: string, text: string | undefined): Model {
  const file = join(out, version, "model.json");
  try {
    const m = JSON.parse(text ?? "") as Model & { $comment?: string };
    if (m && m.schemaVersion === 1 && Array.isArray(m.variables)) {
      delete m.$comment;
      return m;
    }
  } catch {
    // Reported below.
  }
  throw new InputError(file, [
    {
      line: 0,
      col: 0,
      message: `version ${version} is not in the source and its model.json is unreadable; restore it or pass --prune`,
    },
  ]);
}

/** What `sync` wrote before it kept a manifest (version folders, `latest/`, top level): exactly these names. */
const LEGACY_VERSION_FILES = ["index.ts", "index.js", "index.d.ts", "env.schema.json", "values.schema.json", "env-vars.md", "model.json"];
const LEGACY_TOP_FILES = ["versions.json", "CHANGELOG.md", "changelog.json", "history.json"];

/**
 * Did `sync` write this file (so it may replace or remove it)? Per the manifest when there is one; without
 * one (a tree from before manifests), only the names that older `sync` wrote, in the places it wrote them.
 */
export function isOurs(name: string, manifest: ReadonlyMap<string, string> | null, previous: readonly VersionEntry[]): boolean {
  if (manifest) return manifest.has(name);
  const parts = name.split("/");
  if (parts.length === 1) return LEGACY_TOP_FILES.includes(name);
  if (parts.length !== 2 || !LEGACY_VERSION_FILES.includes(parts[1])) return false;
  return (parts[0] === "latest" && parts[1] !== "model.json") || previous.some((p) => p.version === parts[0]);
}
