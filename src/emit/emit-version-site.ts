/**
 * The two files `generate` writes beside `env-vars.md` for one revision: the
 * explorer page of that version alone (`index.html`) and the `.env` template.
 */
import type { Model, VersionHistory } from "../ir/types.js";
import { emitDotenv } from "./emit-dotenv.js";
import { emitSitePage } from "./emit-site.js";
import { buildSiteData } from "./site-data.js";

/** `index.html` and `.env.example` of one revision. */
export function emitVersionSite(
  model: Model,
  label: string,
  tool: string,
  history?: VersionHistory,
): Map<string, string> {
  const data = buildSiteData([{ version: label, model }], { tool, history });
  const links = [
    { href: "env-vars.md", label: "Reference page (Markdown)" },
    { href: ".env.example", label: ".env template" },
  ];
  return new Map([
    ["index.html", emitSitePage(data, links)],
    [".env.example", emitDotenv(model, label, tool)],
  ]);
}
