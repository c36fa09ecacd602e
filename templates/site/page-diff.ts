/**
 * The compare view's change set between two versions of the embedded data: the
 * same rules as `src/sync/diff-models.ts` (which writes CHANGELOG.md), so the page
 * and the changelog agree (test/site.test.ts checks every pair of versions).
 */
import type { SiteData, SiteRecord } from "./site-data.js";

/** One change to one variable, as in `changelog.json`. */
export interface SiteChange {
  kind: "added" | "removed" | "type" | "default" | "choices" | "compile-factor";
  variable: string;
  breaking: boolean;
  before?: string;
  after?: string;
}

function recordsByName(data: SiteData, version: number): Map<string, SiteRecord> {
  const out = new Map<string, SiteRecord>();
  for (const r of data.versions[version].vars) out.set(data.strings[data.records[r].n], data.records[r]);
  return out;
}

function compareRecords(data: SiteData, name: string, o: SiteRecord, v: SiteRecord): SiteChange[] {
  const str = (i: number) => data.strings[i];
  const out: SiteChange[] = [];
  // A literal that only gained or lost values is a choices change, reported below.
  const shape = (s: string) => s.replace(/Literal\[[^\]]*\]/g, "Literal[…]");
  const ot = str(o.t);
  const nt = str(v.t);
  if (ot !== nt && shape(ot) !== shape(nt))
    out.push({ kind: "type", variable: name, breaking: true, before: ot, after: nt });
  if (o.d !== v.d) out.push({ kind: "default", variable: name, breaking: true, before: str(o.d), after: str(v.d) });
  const oc = o.c.map(str);
  const nc = v.c.map(str);
  if (oc.join("\u0000") !== nc.join("\u0000")) {
    const narrowed = oc.some((c) => !nc.includes(c));
    out.push({
      kind: "choices",
      variable: name,
      breaking: narrowed,
      before: oc.join(", ") || "(none)",
      after: nc.join(", ") || "(none)",
    });
  }
  // Only where both versions say (the facet is absent where a version has no factor function).
  const of = o.f.factor;
  const nf = v.f.factor;
  if (of !== undefined && nf !== undefined && of !== nf) {
    const word = (i: number) => (str(i) === "factor" ? "yes" : "no");
    out.push({ kind: "compile-factor", variable: name, breaking: false, before: word(of), after: word(nf) });
  }
  return out;
}

/** The changes from version `from` to version `to` (indices), breaking first, then by variable name. */
export function compareVersions(data: SiteData, from: number, to: number): SiteChange[] {
  const old = recordsByName(data, from);
  const cur = recordsByName(data, to);
  const changes: SiteChange[] = [];
  for (const [name, v] of cur) {
    const o = old.get(name);
    if (!o) changes.push({ kind: "added", variable: name, breaking: false, after: data.strings[v.t] });
    else changes.push(...compareRecords(data, name, o, v));
  }
  for (const [name, o] of old)
    if (!cur.has(name)) changes.push({ kind: "removed", variable: name, breaking: true, before: data.strings[o.t] });
  return changes.sort(
    (a, b) =>
      Number(b.breaking) - Number(a.breaking) || a.variable.localeCompare(b.variable) || a.kind.localeCompare(b.kind),
  );
}
