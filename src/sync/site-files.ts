/**
 * `site/index.html`: the explorer over every version `sync` keeps, with each
 * variable's history across all of them.
 */
import type { Model, VersionHistory } from "../ir/types.js";
import { buildSiteData } from "../emit/site-data.js";
import { emitSitePage } from "../emit/emit-site.js";
import { toolVersion } from "../util/package-root.js";
import { subjectOf, VLLM_SOURCE } from "../emit/banner.js";
import { releases, variableHistory } from "./history-files.js";

/** The site's files (one page), from the models oldest first. */
export function buildSiteFiles(models: { version: string; model: Model }[], rels = releases(models), source = VLLM_SOURCE): Map<string, string> {
  const all = variableHistory(models, rels);
  const history: VersionHistory = { variables: Object.create(null), removed: Object.create(null) };
  for (const [name, h] of Object.entries(all))
    history.variables[name] = {
      addedIn: h.addedIn,
      changes: h.changes.map((c) => ({ version: c.version, kind: c.kind })),
    };
  const data = buildSiteData(models, { tool: toolVersion(), history, title: subjectOf(source) });
  const links = [
    { href: "../CHANGELOG.md", label: "Changelog" },
    { href: "../latest/env-vars.md", label: "Reference page (Markdown)" },
  ];
  return new Map([["site/index.html", emitSitePage(data, links, source)]]);
}
