/**
 * The HTML explorer in a real browser: Debian's Chromium driven by playwright-core,
 * pages opened from file:// with every non-file request aborted and recorded.
 * A browser that cannot start fails the suite with the reason (never a skip).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { buildSite, type BuiltSite } from "./support/site-build.js";
import { typeFamily } from "../src/emit/site-data.js";

const VERB: Record<string, string> = {
  added: "added",
  removed: "removed",
  type: "type changed",
  default: "default changed",
  choices: "choices changed",
  "compile-factor": "compile-cache factor",
};

let browser: Browser | undefined;
/** Why Chromium did not start: every test then fails with it (a skipped browser test would pass the suite). */
let launchError: Error | undefined;
let built: BuiltSite;

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" })
      .trim()
      .split("\n")[0];
  } catch {
    throw new Error(
      "the browser test needs Chromium: `apt-get install -y chromium` (.ci/run installs it), or set CHROMIUM_PATH",
    );
  }
}

beforeAll(async () => {
  built = buildSite();
  let path = "chromium";
  try {
    path = chromiumPath();
    browser = await chromium.launch({ executablePath: path, args: ["--no-sandbox"] });
  } catch (e) {
    launchError = new Error(`cannot launch Chromium at ${path}: ${(e as Error).message.split("\n")[0]}`);
  }
});

afterAll(async () => browser?.close());

/** A page with everything it does recorded: console errors, requests, dialogs. */
interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(file: string, hash = "", options: BrowserContextOptions = {}): Promise<Opened> {
  if (!browser) throw launchError ?? new Error("Chromium did not start");
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const o: Opened = { page: await context.newPage(), errors: [], requests: [], dialogs: [] };
  await context.route("**/*", (route) =>
    route.request().url().startsWith("file://") ? route.continue() : route.abort(),
  );
  o.page.on("request", (r) => o.requests.push(r.url()));
  o.page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && o.errors.push(m.text()));
  o.page.on("pageerror", (e) => o.errors.push(e.message));
  o.page.on("dialog", (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  await o.page.goto(pathToFileURL(file).href + hash);
  return o;
}

/** Nothing but the page itself was requested, nothing was logged as an error, no dialog opened. */
function expectQuiet(o: Opened, file: string): void {
  expect(o.errors).toEqual([]);
  expect(o.dialogs).toEqual([]);
  expect(o.requests.map((u) => u.replace(/#.*/, ""))).toEqual([pathToFileURL(file).href]);
}

async function shownIds(page: Page): Promise<string[]> {
  return page.$$eval("#site-results article.var", (els) =>
    els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id),
  );
}

describe("the site over every version", () => {
  it("lists every variable of every version, and only those", async () => {
    const o = await open(built.site);
    for (const [i, m] of built.models.entries()) {
      await o.page.selectOption("#site-version", String(i));
      expect(await shownIds(o.page), m.version).toEqual(m.model.variables.map((v) => v.name));
    }
    expectQuiet(o, built.site);
  });

  it("filters by name and description as you type", async () => {
    const o = await open(built.site);
    await o.page.locator("#site-search").pressSequentially("logging");
    await expect.poll(() => o.page.isVisible("#VLLM_PORT")).toBe(false);
    expect(await o.page.isVisible("#VLLM_LOGGING_LEVEL")).toBe(true);
    const shown = await shownIds(o.page);
    expect(shown.every((n) => n.includes("LOGGING"))).toBe(false); // description matches count too
    await o.page.fill("#site-search", "nccl");
    expect((await shownIds(o.page)).length).toBeGreaterThan(3);
    await o.page.fill("#site-search", "");
    await o.page.selectOption("#site-facet-type", "bool");
    const bools = built.models[built.models.length - 1].model.variables
      .filter((v) => typeFamily(v.type) === "bool")
      .map((v) => v.name);
    expect(await shownIds(o.page)).toEqual(bools);
    expectQuiet(o, built.site);
  });

  it("filters by compile-cache factor", async () => {
    const o = await open(built.site);
    await o.page.selectOption("#site-facet-factor", "factor");
    const factors = built.models[built.models.length - 1].model.variables.filter((v) => v.compileFactor).map((v) => v.name);
    expect(factors.length).toBeGreaterThan(100);
    expect(await shownIds(o.page)).toEqual(factors);
    expectQuiet(o, built.site);
  });

  it("switching to the oldest version hides variables added later", async () => {
    const o = await open(built.site);
    const oldest = built.models[0];
    const later = built.models[built.models.length - 1].model.variables
      .map((v) => v.name)
      .filter((n) => !oldest.model.variables.some((v) => v.name === n));
    expect(later.length).toBeGreaterThan(100);
    await o.page.selectOption("#site-version", "0");
    for (const n of later.slice(0, 20)) expect(await o.page.locator(`[id="${n}"]`).count(), n).toBe(0);
    expect(await o.page.textContent("#site-count")).toBe(
      `${oldest.model.variables.length} of ${oldest.model.variables.length} variables in ${oldest.version}`,
    );
    expectQuiet(o, built.site);
  });

  it("compares two versions as changelog.json does, for every release", async () => {
    const o = await open(built.site);
    await o.page.click("#site-show-compare");
    for (const [i, rel] of built.releases.entries()) {
      if (!i) continue;
      await o.page.selectOption("#site-from", String(i - 1));
      await o.page.selectOption("#site-to", String(i));
      const items = await o.page.$$eval("#site-changes li", (lis) =>
        lis.map((li) => [
          li.dataset.kind,
          li.dataset.variable,
          li.closest("ul")?.previousElementSibling?.textContent === "Breaking",
          li.textContent,
        ]),
      );
      const want = rel.changes.map((c) => {
        // A symbolic default shows its code spans as code: the same text without the backticks.
        const value = (s?: string) => (c.kind === "default" ? (s ?? "").replace(/`/g, "") : s);
        const detail =
          c.kind === "added"
            ? ` (${c.after})`
            : c.kind === "removed"
              ? ` (was ${c.before})`
              : `: ${value(c.before)} → ${value(c.after)}`;
        return [c.kind, c.variable, c.breaking, `${c.variable} ${VERB[c.kind]}${detail}`];
      });
      expect(items, rel.version).toEqual(want);
      const added = rel.changes.filter((c) => c.kind === "added").length;
      const removed = rel.changes.filter((c) => c.kind === "removed").length;
      expect(await o.page.textContent("#site-compare-summary")).toContain(
        `has ${added} added, ${removed} removed, ${rel.changes.length - added - removed} changed.`,
      );
    }
    expectQuiet(o, built.site);
  });

  it("#VLLM_PORT scrolls to the variable and focuses it; a compare link opens its entry", async () => {
    const o = await open(built.site, "#VLLM_PORT");
    const at = await o.page.evaluate(() => ({
      id: document.activeElement?.id,
      top: document.getElementById("VLLM_PORT")?.getBoundingClientRect().top,
      y: window.scrollY,
    }));
    expect(at.id).toBe("VLLM_PORT");
    expect(at.y).toBeGreaterThan(1000);
    expect(Math.abs(at.top ?? 1e9)).toBeLessThan(50);
    await o.page.click("#site-show-compare");
    await o.page.click('#site-changes li[data-kind="added"] a');
    expect(await o.page.isVisible("#site-list-view")).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.tagName)).toBe("ARTICLE");
    expectQuiet(o, built.site);
  });
});

describe("keyboard and themes", () => {
  it("'/' focuses the search, Tab reaches the version switcher, the theme button cycles auto, light, dark", async () => {
    const o = await open(built.latest, "", { colorScheme: "light" });
    await o.page.keyboard.press("/");
    await o.page.keyboard.type("port");
    expect(await o.page.isVisible("#VLLM_PORT")).toBe(true);
    await o.page.keyboard.press("Tab");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("site-version");
    const background = () => o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await o.page.click("#site-theme");
    await o.page.click("#site-theme");
    expect(await o.page.textContent("#site-theme")).toBe("Theme: dark");
    expect(await background()).toBe("rgb(18, 20, 23)");
    expect(await o.page.isDisabled("#site-show-compare")).toBe(true); // one version: nothing to compare
    expectQuiet(o, built.latest);
  });
});

describe("hostile comment text", () => {
  it("stays text: no dialog, no script but the page's own, no handler, no javascript: link", async () => {
    const html = readFileSync(built.hostile, "utf8");
    // Also without the Content-Security-Policy: safety comes from textContent, the CSP is a second wall.
    const bare = built.hostile.replace(/\.html$/, "-no-csp.html");
    writeFileSync(bare, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    for (const file of [built.hostile, bare]) {
      const o = await open(file);
      const dom = await o.page.evaluate(() => ({
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll("*")].flatMap((e) =>
          [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
        images: document.images.length,
        links: [...document.querySelectorAll("a[href]")]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => !/^(#|https?:\/\/|env-vars\.md$|\.env\.example$)/.test(h)),
        text: document.body.textContent ?? "",
      }));
      expect(dom).toMatchObject({ scripts: 2, handlers: [], images: 0, links: [] });
      expect(dom.text).toContain("<script>alert(1)</script> <img src=x onerror=alert(1)>");
      expect(dom.text).toContain("<U+202E>gnp.exe");
      await o.page.click("text=Full description");
      expect(await shownIds(o.page)).toEqual([
        "__proto__",
        "constructor",
        "hasOwnProperty",
        "toString",
        "NOT-AN-IDENT",
        "VLLM_SNIPPET",
      ]);
      expectQuiet(o, file);
    }
  });
});

describe("accessibility (axe-core)", () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

  async function seriousViolations(file: string, colorScheme: "light" | "dark"): Promise<string[]> {
    // axe is injected as a script tag, which the page's CSP rightly refuses: bypass it for this context only.
    const o = await open(file, "", { bypassCSP: true, colorScheme });
    await o.page.addScriptTag({ content: axeSource });
    const violations = await o.page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run(d: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document);
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
    expect(o.errors).toEqual([]);
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(", ")}`);
  }

  it.each([
    ["the site, light", "site", "light"],
    ["the site, dark", "site", "dark"],
    ["a single-version page", "latest", "light"],
  ] as const)("%s: no serious or critical violation", async (_n, which, scheme) => {
    expect(await seriousViolations(which === "site" ? built.site : built.latest, scheme)).toEqual([]);
  });
});
