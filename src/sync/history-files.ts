/**
 * The files `sync` derives from the whole history: `CHANGELOG.md`,
 * `changelog.json` and `history.json` (per variable: added in, changes, removed after).
 */
import type { Model, VersionHistory } from "../ir/types.js";
import type { SourceOf } from "../emit/banner.js";
import { diffModels, type Change } from "./diff-models.js";
import { renderChangelog } from "./changelog.js";

/** A variable's history across versions. */
export interface VariableHistory {
  addedIn: string;
  removedAfter?: string;
  lastSeenIn: string;
  changes: { version: string; kind: Change["kind"]; before?: string; after?: string }[];
}

/** One release's changes. */
export interface Release {
  version: string;
  previous: string | null;
  changes: Change[];
}

/** Per-release change sets, oldest first. */
export function releases(models: { version: string; model: Model }[]): Release[] {
  return models.map((m, i) => ({ version: m.version, previous: i ? models[i - 1].version : null, changes: diffModels(i ? models[i - 1].model : null, m.model) }));
}

/** Per-variable history, by name (sorted): added in, changes, removed after, last seen in. */
export function variableHistory(models: { version: string; model: Model }[], rels: Release[]): Record<string, VariableHistory> {
  const h: Record<string, VariableHistory> = Object.create(null);
  models.forEach((m, i) => {
    for (const v of m.model.variables) {
      const e = h[v.name] ?? (h[v.name] = { addedIn: m.version, lastSeenIn: m.version, changes: [] });
      delete e.removedAfter;
      e.lastSeenIn = m.version;
    }
    for (const c of rels[i].changes) {
      const e = h[c.variable];
      if (!e) continue;
      if (c.kind === "removed") e.removedAfter = rels[i].previous ?? undefined;
      else if (c.kind !== "added") e.changes.push({ version: m.version, kind: c.kind, before: c.before, after: c.after });
    }
  });
  const sorted: Record<string, VariableHistory> = {};
  for (const name of Object.keys(h).sort()) Object.defineProperty(sorted, name, { value: h[name], enumerable: true, writable: true, configurable: true });
  return sorted;
}

/**
 * The history each version's bindings carry: computed from that version and the ones before it only.
 * `rels` may be the releases of all `models`: release k compares only versions k-1 and k, so a prefix serves.
 */
export function historyUpTo(models: { version: string; model: Model }[], index: number, rels = releases(models)): VersionHistory {
  const upTo = models.slice(0, index + 1);
  const all = variableHistory(upTo, rels.slice(0, index + 1));
  const current = new Set(models[index].model.variables.map((v) => v.name));
  const h: VersionHistory = { variables: Object.create(null), removed: Object.create(null) };
  for (const [name, e] of Object.entries(all)) {
    if (current.has(name)) h.variables[name] = { addedIn: e.addedIn, changes: e.changes.map((c) => ({ version: c.version, kind: c.kind })) };
    else h.removed[name] = { removedAfter: e.removedAfter ?? e.lastSeenIn, lastSeenIn: e.lastSeenIn };
  }
  return h;
}

/** CHANGELOG.md, changelog.json and history.json. */
export function buildHistoryFiles(models: { version: string; model: Model }[], rels = releases(models), source?: SourceOf): Map<string, string> {
  const files = new Map<string, string>();
  files.set("CHANGELOG.md", renderChangelog(rels, source));
  files.set("changelog.json", JSON.stringify([...rels].reverse(), null, 1) + "\n");
  files.set("history.json", JSON.stringify(variableHistory(models, rels), null, 1) + "\n");
  return files;
}
