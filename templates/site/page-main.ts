/**
 * The explorer's wiring: read the inert JSON, fill the controls, filter as the
 * user types, switch versions and views, follow `#NAME` permalinks, keep the theme.
 * Every element the page owns is looked up once, before any variable (whose `id`
 * is its name) is in the document, so a variable called `version` cannot shadow it.
 */
import type { SiteData } from "./site-data.js";
import { compareVersions, type SiteChange } from "./page-diff.js";
import { renderChanges, renderVersion, type Group } from "./page-render.js";
import { appendRuns, el } from "./page-text.js";

function must<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`page element #${id} is missing`);
  return e as T;
}

const ui = {
  data: must<HTMLScriptElement>("site-data"),
  search: must<HTMLInputElement>("site-search"),
  version: must<HTMLSelectElement>("site-version"),
  facets: must<HTMLElement>("site-facets"),
  count: must<HTMLElement>("site-count"),
  results: must<HTMLElement>("site-results"),
  listView: must<HTMLElement>("site-list-view"),
  compareView: must<HTMLElement>("site-compare-view"),
  showList: must<HTMLButtonElement>("site-show-list"),
  showCompare: must<HTMLButtonElement>("site-show-compare"),
  from: must<HTMLSelectElement>("site-from"),
  to: must<HTMLSelectElement>("site-to"),
  changes: must<HTMLElement>("site-changes"),
  summary: must<HTMLElement>("site-compare-summary"),
  theme: must<HTMLButtonElement>("site-theme"),
};
const data = JSON.parse(ui.data.textContent ?? "{}") as SiteData;
const facetSelects = new Map<string, HTMLSelectElement>();
let groups: Group[] = [];
let current = data.versions.length - 1;

function fillOptions(select: HTMLSelectElement, values: [value: string, label: string][], keep: string): void {
  select.replaceChildren(...values.map(([value, label]) => Object.assign(el("option", label), { value })));
  select.value = values.some(([v]) => v === keep) ? keep : (values[0]?.[0] ?? "");
}

function buildFacets(): void {
  for (const f of data.facets) {
    const id = `site-facet-${f.key}`;
    const label = el("label", f.label);
    label.htmlFor = id;
    const select = el("select");
    select.id = id;
    select.addEventListener("change", applyFilters);
    facetSelects.set(f.key, select);
    const wrap = el("span", undefined, "control");
    wrap.append(label, select);
    ui.facets.append(wrap);
  }
}

function refreshFacets(): void {
  for (const [key, select] of facetSelects) {
    const seen = new Set<string>();
    for (const g of groups) for (const e of g.entries) seen.add(e.facets[key] ?? "");
    seen.delete("");
    const values = key === "section" ? [...seen] : [...seen].sort();
    fillOptions(select, [["", "All"], ...values.map((v): [string, string] => [v, v])], select.value);
  }
}

function applyFilters(): void {
  const terms = ui.search.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  let total = 0;
  for (const g of groups) {
    let any = false;
    for (const e of g.entries) {
      const facetsOk = [...facetSelects].every(([k, s]) => !s.value || e.facets[k] === s.value);
      const ok = facetsOk && terms.every((t) => e.haystack.includes(t));
      e.node.hidden = !ok;
      any ||= ok;
      shown += Number(ok);
      total++;
    }
    g.node.hidden = !any;
  }
  ui.count.textContent = `${shown} of ${total} variables in ${data.versions[current].label}`;
}

function showVersion(index: number): void {
  current = index;
  ui.version.value = String(index);
  groups = renderVersion(data, index, ui.results);
  refreshFacets();
  applyFilters();
}

function showView(compare: boolean): void {
  ui.listView.hidden = compare;
  ui.compareView.hidden = !compare;
  ui.showList.setAttribute("aria-pressed", String(!compare));
  ui.showCompare.setAttribute("aria-pressed", String(compare));
  if (compare) showChanges();
}

function showChanges(): void {
  const from = Number(ui.from.value);
  const to = Number(ui.to.value);
  const changes = compareVersions(data, from, to);
  const count = (k: string) => changes.filter((c) => c.kind === k).length;
  const [a, b] = [data.versions[from].label, data.versions[to].label];
  ui.summary.textContent = `Compared with ${a}, ${b} has ${count("added")} added, ${count("removed")} removed, ${changes.length - count("added") - count("removed")} changed.`;
  const open = (name: string) => {
    showVersion(to);
    showView(false);
    revealName(name);
  };
  renderChanges(changes, ui.changes, open, (c, side) => showValue(c, side, side === "before" ? from : to));
}

/** A changed default as its words and code spans (the record's display runs); other values as code. */
function showValue(c: SiteChange, side: "before" | "after", version: number): HTMLElement {
  const r = data.versions[version].vars.map((i) => data.records[i]).find((x) => data.strings[x.n] === c.variable);
  if (c.kind !== "default" || !r) return el("code", c[side] ?? "");
  const span = el("span");
  appendRuns(span, data, data.runs[r.dr]);
  return span;
}

/** Scroll to and focus the variable `name`, switching to the newest version that has it and clearing filters that hide it. */
function revealName(name: string): void {
  const has = (i: number) => data.versions[i].vars.some((r) => data.strings[data.records[r].n] === name);
  if (!has(current)) {
    const newest = data.versions
      .map((_v, i) => i)
      .filter(has)
      .pop();
    if (newest === undefined) return;
    showVersion(newest);
  }
  const entry = groups.flatMap((g) => g.entries).find((e) => e.name === name);
  if (!entry) return;
  if (entry.node.hidden) {
    ui.search.value = "";
    for (const s of facetSelects.values()) s.value = "";
    applyFilters();
  }
  showView(false);
  entry.node.scrollIntoView({ block: "start" });
  entry.node.focus({ preventScroll: true });
}

function followHash(): void {
  let name = "";
  try {
    name = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (name) revealName(name);
}

const THEMES = ["auto", "light", "dark"] as const;

function setTheme(theme: string): void {
  const t = THEMES.find((x) => x === theme) ?? "auto";
  document.documentElement.dataset.theme = t;
  ui.theme.textContent = `Theme: ${t}`;
  try {
    localStorage.setItem("vllm-envs-theme", t);
  } catch {
    // file:// pages may have no storage: the choice then lasts for this visit.
  }
}

function readTheme(): string {
  try {
    return localStorage.getItem("vllm-envs-theme") ?? "auto";
  } catch {
    return "auto";
  }
}

function start(): void {
  const versions = data.versions.map((v, i): [string, string] => [String(i), v.label]).reverse();
  fillOptions(ui.version, versions, String(current));
  fillOptions(ui.from, versions, String(Math.max(0, current - 1)));
  fillOptions(ui.to, versions, String(current));
  ui.showCompare.disabled = data.versions.length < 2;
  buildFacets();
  showVersion(current);
  setTheme(readTheme());
  ui.search.addEventListener("input", applyFilters);
  ui.version.addEventListener("change", () => showVersion(Number(ui.version.value)));
  ui.from.addEventListener("change", showChanges);
  ui.to.addEventListener("change", showChanges);
  ui.showList.addEventListener("click", () => showView(false));
  ui.showCompare.addEventListener("click", () => showView(true));
  ui.theme.addEventListener("click", () =>
    setTheme(
      THEMES[(THEMES.indexOf(document.documentElement.dataset.theme as (typeof THEMES)[number]) + 1) % THEMES.length],
    ),
  );
  window.addEventListener("hashchange", followHash);
  document.addEventListener("keydown", (e) => {
    // "/" jumps to the search field, as on most documentation sites.
    if (e.key === "/" && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) {
      e.preventDefault();
      ui.search.focus();
    }
  });
  followHash();
}

start();
