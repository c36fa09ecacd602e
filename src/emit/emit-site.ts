/**
 * The HTML explorer: one self-contained page (no CDN, no request, no framework)
 * whose data is inert JSON and whose script and stylesheet are
 * `templates/site/*`, allowed by hash in a Content-Security-Policy that forbids
 * everything else. Text from envs.py reaches the page only as JSON string values.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SiteData } from "../../templates/site/site-data.js";
import type { Model, VersionHistory } from "../ir/types.js";
import { packageRoot } from "../util/package-root.js";
import { emitDotenv } from "./emit-dotenv.js";
import { sourceFileText, subjectOf, VLLM_SOURCE, type SourceOf } from "./banner.js";
import { generatorAssets } from "./generator-assets.js";
import { buildSiteData } from "./site-data.js";

let cached: { script: string; style: string } | null = null;

function readTemplate(name: string): string {
  return readFileSync(join(packageRoot(), "templates", "site", name), "utf8");
}

/** The page's script (one strict IIFE, compiled with the generator's assets) and stylesheet, read once per process. */
export function pageAssets(): { script: string; style: string } {
  if (!cached) {
    const script = generatorAssets().siteScript;
    // Neither may end its own element early.
    if (/<\/script|<!--/i.test(script)) throw new Error("the page script contains </script or <!--");
    cached = { script, style: readTemplate("site.css") };
  }
  return cached;
}

/** JSON safe inside `<script type="application/json">`: no `<`, `>`, `&`, U+2028/9 left raw. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

/** Text in HTML content or a quoted attribute. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** A link the page header offers (`env-vars.md`, `../CHANGELOG.md`): fixed paths, never input text. */
export interface PageLink {
  href: string;
  label: string;
}

function about(data: SiteData, links: PageLink[], source: SourceOf): string {
  const file = `<code>${htmlText(sourceFileText(source))}</code>`;
  const first = data.versions[0]?.label ?? "";
  const last = data.versions[data.versions.length - 1]?.label ?? "";
  const span =
    data.versions.length > 1
      ? `${data.versions.length} versions of ${file}, ${htmlText(first)} to ${htmlText(last)}`
      : `${file} ${htmlText(last)}`;
  const more = links.map((l) => `<a href="${htmlText(l.href)}">${htmlText(l.label)}</a>`).join(" · ");
  return `<p class="about">${span}, read statically by vllm-envs ${htmlText(data.tool)}.${more ? ` ${more}` : ""}</p>`;
}

/** The whole page for `data`. */
export function emitSitePage(data: SiteData, links: PageLink[], source: SourceOf = VLLM_SOURCE): string {
  const { script, style } = pageAssets();
  const csp = `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const values: Record<string, string> = {
    csp,
    title: htmlText(data.title),
    about: about(data, links, source),
    style,
    data: scriptJson(data),
    script,
  };
  // One pass: inserted text (the data above all) is never scanned for placeholders again.
  return readTemplate("page.html").replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`templates/site/page.html: no value for {{${key}}}`);
    return values[key];
  });
}

/** The two files `generate` writes beside `env-vars.md`: the version's own `index.html` and its `.env.example`. */
export function emitVersionSite(
  model: Model,
  label: string,
  tool: string,
  history?: VersionHistory,
  source: SourceOf = VLLM_SOURCE,
): Map<string, string> {
  const data = buildSiteData([{ version: label, model }], { tool, history, title: subjectOf(source) });
  const links = [
    { href: "env-vars.md", label: "Reference page (Markdown)" },
    { href: ".env.example", label: ".env template" },
  ];
  return new Map([
    ["index.html", emitSitePage(data, links, source)],
    [".env.example", emitDotenv(model, label, tool, source)],
  ]);
}
