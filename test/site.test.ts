/**
 * The explorer pages and `.env` templates without a browser: the page's compare
 * logic equals the changelog's for every pair of versions, the data is inert and
 * deduplicated, output is deterministic, and every `.env` line reads back as its default.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { parse as parseDotenv } from "dotenv";
import { beforeAll, describe, expect, it } from "vitest";
import { diffModels } from "../src/sync/diff-models.js";
import { buildSiteData } from "../src/emit/site-data.js";
import { emitSitePage, emitVersionSite, htmlText, scriptJson } from "../src/emit/emit-site.js";
import { dotenvAssignment, emitDotenv } from "../src/emit/emit-dotenv.js";
import { buildSiteFiles } from "../src/sync/site-files.js";
import { compareVersions } from "../templates/site/page-diff.js";
import type { SiteData } from "../templates/site/site-data.js";
import type { Model } from "../src/ir/types.js";
import { buildSite, hostileModel, type BuiltSite } from "./support/site-build.js";

let built: BuiltSite;
let site: string;
beforeAll(() => {
  built = buildSite();
  site = buildSiteFiles(built.models).get("site/index.html") as string;
});

function embedded(html: string): SiteData {
  const m = /<script type="application\/json" id="site-data">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error("no data element");
  return JSON.parse(m[1]) as SiteData;
}

describe("the site's data", () => {
  it("compares every pair of versions exactly as the changelog's diff does", () => {
    const data = embedded(site);
    const n = built.models.length;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        expect(compareVersions(data, i, j), `${i}→${j}`).toEqual(
          diffModels(built.models[i].model, built.models[j].model),
        );
  });

  it("holds every variable of every version, each string once", () => {
    const data = embedded(site);
    data.versions.forEach((v, i) =>
      expect(v.vars.map((r) => data.strings[data.records[r].n])).toEqual(
        built.models[i].model.variables.map((x) => x.name),
      ),
    );
    expect(new Set(data.strings).size).toBe(data.strings.length);
    const records = data.versions.reduce((k, v) => k + v.vars.length, 0);
    expect(data.records.length).toBeLessThan(records / 3);
  });

  it("is the same bytes twice, and small", () => {
    expect(buildSiteFiles(built.models).get("site/index.html")).toBe(site);
    expect(gzipSync(site).length).toBeLessThan(120_000);
  });

  it("allows exactly its own script and stylesheet by hash", () => {
    const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    const script = /<script>([\s\S]*)<\/script>/.exec(site)?.[1] ?? "";
    const style = /<style>([\s\S]*)<\/style>/.exec(site)?.[1] ?? "";
    expect(site).toContain(`default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)};`);
  });
});

const JSON_CASES: [string, { given: unknown; want: string }][] = [
  ["closes no element", { given: "</script><!--", want: '"\\u003c/script\\u003e\\u003c!--"' }],
  ["escapes & and line separators", { given: "a&b\u2028\u2029", want: '"a\\u0026b\\u2028\\u2029"' }],
];

describe("escaping", () => {
  it.each(JSON_CASES)("script JSON %s", (_n, { given, want }) => expect(scriptJson(given)).toBe(want));
  it("HTML text", () =>
    expect(htmlText(`<a href="x" onclick='y'>&`)).toBe("&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;"));
  it("keeps hostile text out of markup: two script elements, no other tag from the fixture", () => {
    const html = emitVersionSite(hostileModel(), "<b>hostile</b>", "test").get("index.html") as string;
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>|[\u2028\u2029]/);
    expect(
      embedded(html).strings.some((t) => t.includes("<script>alert(1)</script> <img src=x onerror=alert(1)>")),
    ).toBe(true);
  });
  it("a data string that looks like a placeholder stays data", () => {
    const data = buildSiteData([{ version: "{{script}}", model: hostileModel() }], { tool: "{{csp}}" });
    const html = emitSitePage(data, []);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(embedded(html).versions[0].label).toBe("{{script}}");
  });
});

const DOTENV: [string, { given: string; want: string | null }][] = [
  ["bare", { given: "cuda", want: "K=cuda" }],
  ["empty", { given: "", want: "K=" }],
  ["spaces", { given: "a b", want: "K='a b'" }],
  ["a single quote", { given: "it's", want: `K="it's"` }],
  ["a line break", { given: "a\nb", want: 'K="a\\nb"' }],
  ["both quotes", { given: `a"b'c`, want: "K=`a\"b'c`" }],
  ["no form", { given: "a\"b'c\n", want: null }],
  ["a trailing backslash", { given: "a b\\", want: null }],
  ["a line separator", { given: "a\u2028b", want: null }],
];

function uncommented(template: string): Record<string, string> {
  return parseDotenv(template.replace(/^# (?=[\w.-]+=)/gm, ""));
}

/** dotenv returns a plain object: a name like `__proto__` cannot be one of its own keys. */
function holdable(name: string): boolean {
  const o: Record<string, string> = {};
  o[name] = "x";
  return Object.hasOwn(o, name);
}

function checkTemplate(model: Model): void {
  const text = emitDotenv(model, "label", "test");
  expect(parseDotenv(text)).toEqual({});
  const env = uncommented(text);
  for (const v of model.variables) {
    const form = v.rawDefault === null ? null : dotenvAssignment(v.name, v.rawDefault);
    if (form !== null && holdable(v.name)) expect(env[v.name], v.name).toBe(v.rawDefault);
    expect(text).toContain(`# ${v.name} (`);
  }
}

describe(".env templates", () => {
  it.each(DOTENV)("%s", (_n, { given, want }) => {
    expect(dotenvAssignment("K", given)).toBe(want);
    if (want !== null) expect(parseDotenv(want).K).toBe(given);
  });
  it("read back as each variable's default, every corpus version and the hostile fixture", () => {
    for (const m of built.models) checkTemplate(m.model);
    checkTemplate(hostileModel());
  });
});
