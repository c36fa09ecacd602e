/**
 * `.env.example`: one revision's variables as a dotenv template, every one
 * commented out with its type, default and one-line summary ("dotenv output" in
 * settings-doc's words). Uncommenting a line sets the variable to its default.
 */
import type { Model, Variable } from "../ir/types.js";
import { describeDefault, describeVariableType } from "../ir/describe.js";
import { sourceNotice, subjectOf, VLLM_SOURCE, type SourceOf } from "./banner.js";
import { firstSentence, splitInline } from "./inline-text.js";

/** Comment text on one line: no line break of any kind can end the comment. */
export function dotenvComment(text: string): string {
  return text.replace(/\r\n?|[\n\v\f\u0085\u2028\u2029]/g, " ");
}

/**
 * `NAME=value` as dotenv (the npm `dotenv` parser) reads it back exactly, or null
 * when no quoting does: dotenv expands `\n` only inside double quotes and has no
 * escape for a quote, so a value with both quote kinds and a line break has no form.
 */
export function dotenvAssignment(name: string, value: string): string | null {
  if (/^[\w./:,@+%=-]*$/.test(value)) return `${name}=${value}`;
  // A closing quote after a backslash reads as an escaped quote.
  if (value.endsWith("\\")) return null;
  // The line is written commented out, where these would end the comment (see dotenvComment).
  if (/[\r\v\f\u0085\u2028\u2029]/.test(value)) return null;
  const oneLine = !/[\r\n]/.test(value);
  if (oneLine && !value.includes("'")) return `${name}='${value}'`;
  if (!value.includes('"') && !/\\[nr]/.test(value)) return `${name}="${value.replace(/\n/g, "\\n")}"`;
  if (oneLine && !value.includes("`")) return `${name}=\`${value}\``;
  return null;
}

/** Plain words of a summary: code spans lose their backticks in a comment. */
function plainSummary(description: string): string {
  return splitInline(firstSentence(description))
    .map((p) => ("code" in p ? p.code : p.text))
    .join("");
}

/** The default in words, code spans without backticks (a comment is not Markdown). */
function plainDefault(v: Variable): string {
  return v.default.kind === "symbolic"
    ? v.default.parts.map((p) => ("code" in p ? p.code : p.text)).join("")
    : describeDefault(v.default);
}

function note(v: Variable, assignment: string | null): string[] {
  // No raw default (`None`, or one computed from other variables): an empty value would not mean "unset".
  if (v.rawDefault === null)
    return ["# (no value is known to equal the default: keep the line commented out to get it)"];
  if (assignment === null) return ["# (the default has no dotenv form)"];
  return v.rawDefault === "" && !(v.default.kind === "literal" && v.default.value === "")
    ? ["# (an empty value means the default)"]
    : [];
}

function entry(v: Variable): string {
  const head = `# ${dotenvComment(v.name)} (${dotenvComment(describeVariableType(v))}; default ${dotenvComment(plainDefault(v))})`;
  const summary = v.description ? [`# ${dotenvComment(plainSummary(v.description))}`] : [];
  const assignment = v.rawDefault === null ? null : dotenvAssignment(v.name, v.rawDefault);
  return [head, ...summary, ...note(v, assignment), `# ${dotenvComment(assignment ?? `${v.name}=`)}`].join("\n");
}

/** The whole template. */
export function emitDotenv(model: Model, label: string, toolVersion: string, source: SourceOf = VLLM_SOURCE): string {
  const file = source.file === null ? null : dotenvComment(source.file);
  const parts = [
    [
      `# ${subjectOf(source)} (${dotenvComment(label)}): ${model.variables.length} variables, all commented out.`,
      "# Uncomment a line to set the variable; the value shown is its default.",
      `# ${sourceNotice(dotenvComment(toolVersion), "", model.source.sha256, { ...source, file })}`,
    ].join("\n"),
  ];
  let section: string | null | undefined;
  for (const v of model.variables) {
    if (v.section !== section && v.section !== null) parts.push(`# ==== ${dotenvComment(v.section)} ====`);
    section = v.section;
    parts.push(entry(v));
  }
  return parts.join("\n\n") + "\n";
}
