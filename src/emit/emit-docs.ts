/**
 * `env-vars.md`: the reference page of one revision, rendered from
 * `templates/docs/`. Every piece of source text is escaped by the escaping module.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DefaultValue, Model, Variable, VersionHistory } from "../ir/types.js";
import { packageRoot } from "../util/package-root.js";
import { mdCode, mdLine, mdParagraph, mdText } from "./escape.js";
import { sourceNotice, subjectOf, VLLM_SOURCE, type SourceOf } from "./banner.js";
import { firstSentence } from "./inline-text.js";
import { describeAccepted, describeDefault, describeVariableType, driftNotes } from "../ir/describe.js";

const templates = new Map<string, string>();

function template(name: string): string {
  let t = templates.get(name);
  if (t === undefined) {
    t = readFileSync(join(packageRoot(), "templates", "docs", `${name}.md`), "utf8");
    templates.set(name, t);
  }
  return t;
}

/** Fill `{{key}}` placeholders in one pass: inserted values are never scanned again. */
export function render(name: string, values: Readonly<Record<string, string>>): string {
  return template(name).replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`template ${name} has no value for {{${key}}}`);
    return values[key];
  });
}

function mdDefault(d: DefaultValue, inTable: boolean): string {
  if (d.kind === "symbolic") return d.parts.map((p) => ("code" in p ? mdCode(p.code, inTable) : mdText(p.text))).join("");
  if (d.kind === "literal") return mdCode(describeDefault(d), inTable);
  return mdText(describeDefault(d));
}

function historyNote(v: Variable, history: VersionHistory | undefined): string[] {
  const h = history && Object.hasOwn(history.variables, v.name) ? history.variables[v.name] : undefined;
  if (!h) return [];
  const changes = h.changes.map((c) => `${c.kind} changed in ${c.version}`);
  return [`- **History:** ${mdText([`added in ${h.addedIn}`, ...changes].join("; "))}`];
}

function entry(v: Variable, history: VersionHistory | undefined): string {
  const notes = [
    ...historyNote(v, history),
    ...(v.deprecated ? ["- **Deprecated** (see the description)."] : []),
    ...(v.choices ? [`- **Allowed values:** ${v.choices.values.map((c) => mdCode(c)).join(", ")}${v.choices.caseSensitive ? "" : " (any case)"}`] : []),
    ...driftNotes(v).map((n) => `- **Declaration drift:** ${mdText(n)}`),
    ...v.unsupported.map((u) => `- **Not computed statically** (line ${u.line}): ${mdText(u.reason)}`),
    ...(v.compileFactor === null ? [] : [`- **Compile-cache factor:** ${factorText(v.compileFactor)}`]),
  ];
  return render("entry", {
    name: mdCode(v.name),
    description: v.description ? mdParagraph(v.description) : "_No description in `envs.py`._",
    type: mdCode(describeVariableType(v)),
    default: mdDefault(v.default, false),
    accepts: mdText(describeAccepted(v.accepts)),
    reads: v.reads.length ? v.reads.map((r) => mdCode(r)).join(", ") : "none",
    line: String(v.line),
    notes: notes.join("\n"),
  }).trimEnd();
}

/** Whether the value is hashed into the torch.compile cache key (`compile_factors()` / `compute_hash()`). */
function factorText(factor: boolean): string {
  return factor ? "yes: changing it invalidates the torch.compile cache" : "no";
}

function row(v: Variable, factors: boolean): string {
  const cells = [mdCode(v.name, true), mdCode(describeVariableType(v), true), mdDefault(v.default, true)];
  // A column only where the revision has a factor function; "?" where the analysis could not follow it.
  if (factors) cells.push(v.compileFactor === null ? "?" : v.compileFactor ? "yes" : "no");
  cells.push(v.description ? mdLine(firstSentence(v.description), true) : "_(no description)_");
  return `| ${cells.join(" | ")} |`;
}

/** The whole page. */
export function emitDocs(
  model: Model,
  label: string,
  toolVersion: string,
  history?: VersionHistory,
  source: SourceOf = VLLM_SOURCE,
): string {
  const sections: { title: string; vars: Variable[] }[] = [];
  for (const v of model.variables) {
    const title = v.section ?? "Other variables";
    const last = sections[sections.length - 1];
    if (last && last.title === title) last.vars.push(v);
    else sections.push({ title, vars: [v] });
  }
  const factors = model.compileFactors !== null;
  const body = sections
    .map((s, i) =>
      render("section", {
        title: `${mdText(s.title)}${sections.filter((x) => x.title === s.title).length > 1 ? ` (${i + 1})` : ""}`,
        factorHead: factors ? " Compile factor |" : "",
        factorRule: factors ? " --- |" : "",
        rows: s.vars.map((v) => row(v, factors)).join("\n"),
        entries: s.vars.map((v) => entry(v, history)).join("\n\n"),
      }).trimEnd(),
    )
    .join("\n\n");
  const escaped = { ...source, file: source.file === null ? null : mdText(source.file) };
  const banner = sourceNotice(mdText(toolVersion), mdText(label), model.source.sha256, escaped);
  // "read statically from `vllm_gaudi/envs.py`": a plugin's page names the plugin's file, never vLLM's.
  const file = source.file === null ? "the plugin's env file" : mdCode(source.file);
  const count = String(model.variables.length);
  const page = render("page", { banner, subject: subjectOf(source), label: mdText(label), file, count, sections: body });
  return page.trimEnd() + "\n";
}
