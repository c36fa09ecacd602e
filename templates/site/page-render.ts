/**
 * The page's two views as DOM: one version's variables grouped by section, and
 * the change set between two versions. Text goes in through page-text only.
 */
import type { SiteData, SiteRecord } from "./site-data.js";
import type { SiteChange } from "./page-diff.js";
import { appendRuns, el, runsText } from "./page-text.js";

/** One rendered variable, with what the filters look at. */
export interface Entry {
  name: string;
  node: HTMLElement;
  facets: Record<string, string>;
  haystack: string;
}

/** A rendered section and its entries. */
export interface Group {
  node: HTMLElement;
  entries: Entry[];
}

/** The permalink of a variable: `#NAME` (percent-encoded only where a URL needs it). */
export function permalink(name: string): string {
  return "#" + encodeURIComponent(name);
}

function fact(dl: HTMLElement, term: string, fill: (dd: HTMLElement) => void): void {
  const dd = el("dd");
  fill(dd);
  dl.append(el("dt", term), dd);
}

function codeList(dd: HTMLElement, items: string[]): void {
  items.forEach((item, i) => dd.append(...(i ? [document.createTextNode(", ")] : []), el("code", item)));
}

function historyText(data: SiteData, name: string, version: number): string {
  if (!Object.hasOwn(data.history, name)) return "";
  const h = data.history[name];
  const index = new Map(data.versions.map((v, i) => [v.label, i]));
  // Changes after the version shown are not its history (labels not in this page are earlier ones).
  const shown = h.changes.filter(([v]) => (index.get(v) ?? -1) <= version);
  return [`added in ${h.addedIn}`, ...shown.map(([v, kind]) => `${kind} changed in ${v}`)].join("; ");
}

function renderEntry(data: SiteData, rec: SiteRecord, line: number, version: number): Entry {
  const str = (i: number) => data.strings[i];
  const name = str(rec.n);
  const node = el("article", undefined, "var");
  node.id = name;
  node.tabIndex = -1;
  const link = el("a", name);
  link.setAttribute("href", permalink(name));
  const h = el("h3");
  h.append(link);
  const summary = el(
    "p",
    rec.m < 0 ? "No description in envs.py." : undefined,
    rec.m < 0 ? "summary muted" : "summary",
  );
  if (rec.m >= 0) appendRuns(summary, data, data.runs[rec.m]);
  const dl = el("dl", undefined, "facts");
  fact(dl, "Type", (dd) => dd.append(el("code", str(rec.t))));
  fact(dl, "Default", (dd) => appendRuns(dd, data, data.runs[rec.dr]));
  fact(dl, "Accepts", (dd) => (dd.textContent = str(rec.a)));
  if (rec.c.length) fact(dl, "Allowed values", (dd) => codeList(dd, rec.c.map(str)));
  if (rec.r.length) fact(dl, "Reads", (dd) => codeList(dd, rec.r.map(str)));
  const history = historyText(data, name, version);
  if (history) fact(dl, "History", (dd) => (dd.textContent = history));
  fact(dl, "Source", (dd) => (dd.textContent = `envs.py line ${line}`));
  node.append(h, summary, dl);
  if (rec.o.length) {
    const ul = el("ul", undefined, "notes");
    rec.o.forEach((o) => ul.append(el("li", str(o))));
    node.append(ul);
  }
  if (rec.x >= 0 && rec.x !== rec.m) {
    const details = el("details");
    const desc = el("div", undefined, "desc");
    appendRuns(desc, data, data.runs[rec.x]);
    details.append(el("summary", "Full description"), desc);
    node.append(details);
  }
  const facets: Record<string, string> = { section: rec.s < 0 ? "" : str(rec.s) };
  for (const k of Object.keys(rec.f)) facets[k] = str(rec.f[k]);
  const text = [
    name,
    rec.x >= 0 ? runsText(data, data.runs[rec.x]) : "",
    rec.m >= 0 ? runsText(data, data.runs[rec.m]) : "",
  ];
  return { name, node, facets, haystack: text.join("\n").toLowerCase() };
}

/** One version's variables, grouped by consecutive section, into `container`. */
export function renderVersion(data: SiteData, version: number, container: HTMLElement): Group[] {
  const v = data.versions[version];
  const groups: Group[] = [];
  let title: string | null = null;
  v.vars.forEach((r, i) => {
    const rec = data.records[r];
    const section = rec.s < 0 ? "Other variables" : data.strings[rec.s];
    if (!groups.length || section !== title) {
      const node = el("section", undefined, "group");
      node.append(el("h2", section));
      groups.push({ node, entries: [] });
      title = section;
    }
    const entry = renderEntry(data, rec, v.lines[i], version);
    groups[groups.length - 1].entries.push(entry);
    groups[groups.length - 1].node.append(entry.node);
  });
  container.replaceChildren(...groups.map((g) => g.node));
  return groups;
}

const VERB: Record<SiteChange["kind"], string> = {
  added: "added",
  removed: "removed",
  type: "type changed",
  default: "default changed",
  choices: "choices changed",
  "compile-factor": "compile-cache factor",
};

/** How the compare view shows a value before or after a change (defaults with their code spans). */
export type ShowValue = (c: SiteChange, side: "before" | "after") => HTMLElement;

function changeItem(c: SiteChange, onOpen: (name: string) => void, show: ShowValue): HTMLElement {
  const li = el("li");
  li.dataset.kind = c.kind;
  li.dataset.variable = c.variable;
  let name: HTMLElement = el("code", c.variable);
  if (c.kind !== "removed") {
    const a = el("a");
    a.setAttribute("href", permalink(c.variable));
    a.append(name);
    a.addEventListener("click", () => onOpen(c.variable));
    name = a;
  }
  li.append(name, ` ${VERB[c.kind]}`);
  if (c.kind === "added") li.append(" (", el("code", c.after ?? ""), ")");
  else if (c.kind === "removed") li.append(" (was ", el("code", c.before ?? ""), ")");
  else li.append(": ", show(c, "before"), " → ", show(c, "after"));
  return li;
}

/** The change set as headed lists (breaking first), like CHANGELOG.md. */
export function renderChanges(
  changes: SiteChange[],
  container: HTMLElement,
  onOpen: (name: string) => void,
  show: ShowValue,
): void {
  const parts: HTMLElement[] = [];
  for (const [title, list] of [
    ["Breaking", changes.filter((c) => c.breaking)],
    ["Other changes", changes.filter((c) => !c.breaking)],
  ] as const) {
    if (!list.length) continue;
    const ul = el("ul", undefined, "changes");
    list.forEach((c) => ul.append(changeItem(c, onOpen, show)));
    parts.push(el("h3", title), ul);
  }
  if (!parts.length) parts.push(el("p", "No changes to environment variables."));
  container.replaceChildren(...parts);
}
