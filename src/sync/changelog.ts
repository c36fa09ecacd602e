/**
 * CHANGELOG.md: newest release first; in each, breaking changes first.
 */
import { generatedNotice, subjectOf, VLLM_SOURCE, type SourceOf } from "../emit/banner.js";
import { toolVersion } from "../util/package-root.js";
import { mdCode, mdParagraph, mdText } from "../emit/escape.js";
import type { Change } from "./diff-models.js";
import type { Release } from "./history-files.js";

const VERB: Readonly<Record<Change["kind"], string>> = {
  added: "added",
  removed: "removed",
  type: "type changed",
  default: "default changed",
  choices: "choices changed",
  "compile-factor": "compile-cache factor",
};

/** One change as a Markdown list item. */
export function renderChange(c: Change): string {
  const what = `${mdCode(c.variable)} ${VERB[c.kind]}`;
  if (c.kind === "added") return `- ${what} (${mdCode(c.after ?? "")})`;
  if (c.kind === "removed") return `- ${what} (was ${mdCode(c.before ?? "")})`;
  if (c.kind === "compile-factor") {
    const now =
      c.after === "yes"
        ? "is now a compile-cache factor: changing it invalidates the torch.compile cache"
        : "is no longer a compile-cache factor";
    return `- ${mdCode(c.variable)} ${now}`;
  }
  // Defaults may be symbolic text with code spans of their own.
  const show = (s: string) => (c.kind === "default" && s.includes("`") ? mdParagraph(s) : mdCode(s));
  return `- ${what}: ${show(c.before ?? "")} → ${show(c.after ?? "")}`;
}

/** The change set of one release as Markdown (used by `diff` too). */
export function renderChanges(changes: Change[]): string {
  if (!changes.length) return "No changes to environment variables.";
  const breaking = changes.filter((c) => c.breaking);
  const other = changes.filter((c) => !c.breaking);
  const parts: string[] = [];
  if (breaking.length) parts.push(`### Breaking\n\n${breaking.map(renderChange).join("\n")}`);
  if (other.length) parts.push(`### Other changes\n\n${other.map(renderChange).join("\n")}`);
  return parts.join("\n\n");
}

/** The whole changelog. */
export function renderChangelog(rels: Release[], source: SourceOf = VLLM_SOURCE): string {
  const sections = [...rels].reverse().map((r) => {
    const title = `## ${mdText(r.version)}`;
    if (!r.previous) return `${title}\n\nFirst version: ${r.changes.length} variables.`;
    const added = r.changes.filter((c) => c.kind === "added").length;
    const removed = r.changes.filter((c) => c.kind === "removed").length;
    return `${title}\n\nCompared with ${mdText(r.previous)}: ${added} added, ${removed} removed, ${r.changes.length - added - removed} changed.\n\n${renderChanges(r.changes)}`;
  });
  const title = source.plugin === null ? subjectOf(source) : `${subjectOf(source)} (${mdText(source.plugin)})`;
  return `<!-- ${generatedNotice(mdText(toolVersion()))} -->\n\n# Changelog of ${title}\n\n${sections.join("\n\n")}\n`;
}
