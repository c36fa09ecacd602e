/**
 * The explorer pages of the corpus, built into a temp folder for the site and
 * browser tests: the all-versions site, the newest version's own page, and the
 * hostile fixture's page.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractModel } from "../../src/extract.js";
import type { Model } from "../../src/ir/types.js";
import { emitVersionSite } from "../../src/emit/emit-site.js";
import { buildSiteFiles } from "../../src/sync/site-files.js";
import { historyUpTo, releases, type Release } from "../../src/sync/history-files.js";
import { revisions } from "./corpus.js";

/** What was built, and where. */
export interface BuiltSite {
  dir: string;
  models: { version: string; model: Model }[];
  releases: Release[];
  site: string;
  latest: string;
  hostile: string;
}

/** The hostile fixture's model. */
export function hostileModel(): Model {
  return extractModel("envs.py", readFileSync(join(process.cwd(), "test", "fixtures", "hostile", "envs.py"), "utf8"));
}

/** Build every page into a new temp folder. */
export function buildSite(): BuiltSite {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-site-"));
  const models = revisions().map((r) => ({
    version: r.label,
    model: extractModel("envs.py", readFileSync(r.file, "utf8")),
  }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
    return join(dir, rel);
  };
  const site = write("site/index.html", buildSiteFiles(models).get("site/index.html") as string);
  const last = models[models.length - 1];
  const latest = write(
    "latest/index.html",
    emitVersionSite(last.model, last.version, "test", historyUpTo(models, models.length - 1)).get(
      "index.html",
    ) as string,
  );
  const hostile = write(
    "hostile/index.html",
    emitVersionSite(hostileModel(), "hostile", "test").get("index.html") as string,
  );
  return { dir, models, releases: releases(models), site, latest, hostile };
}
