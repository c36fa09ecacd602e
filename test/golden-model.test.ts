/**
 * Golden model JSON for three corpus revisions (oldest, middle, newest): any
 * change to lowering or inference shows up as a reviewable diff.
 */
import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { extractModel } from "../src/index.js";
import { revisions } from "./support/corpus.js";
import { GOLDEN_REVISIONS, expectGolden } from "./support/golden.js";

describe.each(GOLDEN_REVISIONS)("golden model %s", (label) => {
  it("matches test/golden/model", () => {
    const rev = revisions().find((r) => r.label === label);
    if (!rev) throw new Error(`corpus has no ${label}`);
    const model = extractModel(`${label}/envs.py`, readFileSync(rev.file, "utf8"));
    expectGolden(`model/${label}.json`, JSON.stringify(model, null, 1) + "\n");
  });
});
