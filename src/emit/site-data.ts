/**
 * The explorer's embedded data from models: strings interned once, records shared
 * by every version where a variable reads the same, so 19 versions of ~300
 * variables cost little more than the distinct text.
 */
import type { DefaultValue, Model, PyType, Variable, VersionHistory } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import type { Runs, SiteData, SiteHistory, SiteRecord } from "../../templates/site/site-data.js";
import { describeAccepted, describeDefault, describeVariableType, driftNotes } from "../ir/describe.js";
import { firstSentence, splitInline } from "./inline-text.js";

/** One version's input. */
export interface SiteInput {
  version: string;
  model: Model;
}

class Interner {
  readonly strings: string[] = [];
  readonly runs: Runs[] = [];
  readonly records: SiteRecord[] = [];
  private readonly s = new Map<string, number>();
  private readonly r = new Map<string, number>();
  private readonly rec = new Map<string, number>();

  str(text: string): number {
    let i = this.s.get(text);
    if (i === undefined) this.s.set(text, (i = this.strings.push(text) - 1));
    return i;
  }

  run(runs: Runs): number {
    const key = runs.join(",");
    let i = this.r.get(key);
    if (i === undefined) this.r.set(key, (i = this.runs.push(runs) - 1));
    return i;
  }

  record(rec: SiteRecord): number {
    const key = JSON.stringify(rec);
    let i = this.rec.get(key);
    if (i === undefined) this.rec.set(key, (i = this.records.push(rec) - 1));
    return i;
  }
}

/** Text as runs: plain and code alternate, starting with plain ("" where a span leads). */
function textRuns(text: string, ids: Interner): Runs {
  const out: Runs = [];
  for (const p of splitInline(text)) {
    if ("code" in p) {
      if (out.length % 2 === 0) out.push(ids.str(""));
      out.push(ids.str(p.code));
    } else out.push(ids.str(p.text));
  }
  return out;
}

function defaultRuns(d: DefaultValue, ids: Interner): Runs {
  if (d.kind === "literal") return [ids.str(""), ids.str(describeDefault(d))];
  if (d.kind === "unknown") return [ids.str(describeDefault(d))];
  const out: Runs = [];
  for (const p of d.parts) {
    if ("code" in p) {
      if (out.length % 2 === 0) out.push(ids.str(""));
      out.push(ids.str(p.code));
    } else if (out.length % 2 === 0) out.push(ids.str(p.text));
    else out[out.length - 1] = ids.str(ids.strings[out[out.length - 1]] + p.text);
  }
  return out;
}

/** The type filter's family: `int | None` is an int, `list[...]` a list. */
export function typeFamily(t: PyType): string {
  switch (t.kind) {
    case "bool":
    case "int":
    case "float":
    case "str":
    case "list":
      return t.kind;
    case "literal":
      return "choices";
    case "set":
    case "tuple":
      return "list";
    case "dict":
    case "json":
      return "JSON";
    case "none":
      return "None";
    case "union": {
      const kinds = new Set(t.members.filter((m) => m.kind !== "none").map(typeFamily));
      return kinds.size === 1 ? [...kinds][0] : kinds.size ? "mixed" : "None";
    }
    case "unknown":
      return "unknown";
    default:
      return assertNever(t);
  }
}

function notes(v: Variable): string[] {
  return [
    ...(v.deprecated ? ["Deprecated (see the description)."] : []),
    ...driftNotes(v).map((n) => `Declaration drift: ${n}`),
    ...v.unsupported.map((u) => `Not computed statically (line ${u.line}): ${u.reason}`),
    ...(v.compileFactor ? ["Compile-cache factor: changing it invalidates the torch.compile cache."] : []),
  ];
}

/** The "Compile cache" facet: none where the revision has no factor function (or it could not be followed). */
function factorFacet(v: Variable, ids: Interner): Record<string, number> {
  return v.compileFactor === null ? {} : { factor: ids.str(v.compileFactor ? "factor" : "not a factor") };
}

function record(v: Variable, ids: Interner): number {
  return ids.record({
    n: ids.str(v.name),
    s: v.section === null ? -1 : ids.str(v.section),
    t: ids.str(describeVariableType(v)),
    d: ids.str(describeDefault(v.default)),
    dr: ids.run(defaultRuns(v.default, ids)),
    a: ids.str(describeAccepted(v.accepts)),
    x: v.description ? ids.run(textRuns(v.description, ids)) : -1,
    m: v.description ? ids.run(textRuns(firstSentence(v.description), ids)) : -1,
    c: (v.choices?.values ?? []).map((c) => ids.str(c)),
    f: { type: ids.str(typeFamily(v.type)), ...factorFacet(v, ids) },
    r: v.reads.map((r) => ids.str(r)),
    o: notes(v).map((n) => ids.str(n)),
  });
}

function siteHistory(history: VersionHistory | undefined): Record<string, SiteHistory> {
  const out: Record<string, SiteHistory> = {};
  if (!history) return out;
  for (const name of Object.keys(history.variables).sort()) {
    const h = history.variables[name];
    const entry: SiteHistory = { addedIn: h.addedIn, changes: h.changes.map((c) => [c.version, c.kind]) };
    // `__proto__` is a variable name here, not the prototype.
    Object.defineProperty(out, name, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The data of a page over `inputs` (oldest first), with the history its entries show. */
export function buildSiteData(inputs: SiteInput[], options: { tool: string; history?: VersionHistory; title?: string }): SiteData {
  const ids = new Interner();
  ids.str("");
  const versions = inputs.map(({ version, model }) => ({
    label: version,
    sha256: model.source.sha256,
    vars: model.variables.map((v) => record(v, ids)),
    lines: model.variables.map((v) => v.line),
  }));
  return {
    title: options.title ?? "vLLM environment variables",
    tool: options.tool,
    versions,
    strings: ids.strings,
    runs: ids.runs,
    records: ids.records,
    facets: [
      { key: "section", label: "Section" },
      { key: "type", label: "Type" },
      { key: "factor", label: "Compile cache" },
    ],
    history: siteHistory(options.history),
  };
}
