/**
 * The one escaping module: every piece of text that comes from the input is
 * made safe here, at the point where it is written into generated output.
 */
import { splitInline, type Inline } from "./inline-text.js";

/** A TS/JS string literal: JSON encoding plus the line separators and lone surrogates JSON leaves raw. */
export function tsString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** A JS identifier derived from a Python name, with a prefix that keeps it clear of reserved words. */
export function tsIdent(prefix: string, name: string): string {
  return prefix + name.replace(/[^A-Za-z0-9_]/g, (c) => "$" + (c.codePointAt(0) as number).toString(16) + "$");
}

/** An object-literal key: bare when a plain identifier, else a string literal; `__proto__` computed so it stays a property. */
export function tsKey(name: string): string {
  if (name === "__proto__") return `[${tsString(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
}

/** A JSON-able value as a TS expression (string escaping as {@link tsString}; keys via {@link tsKey}). */
export function tsJson(v: unknown): string {
  if (v === null || typeof v === "boolean" || typeof v === "number") return JSON.stringify(v);
  if (typeof v === "string") return tsString(v);
  if (Array.isArray(v)) return `[${v.map(tsJson).join(", ")}]`;
  return `{ ${Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => `${tsKey(k)}: ${tsJson(x)}`).join(", ")} }`;
}

/** A property name in an interface or type literal: always quoted when not an identifier. */
export function tsPropertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== "__proto__" ? name : tsString(name);
}

/** Text inside a `/* ... *\/` or TSDoc comment: `*\/` can never close it, and no line break can escape a `//`. */
export function tsComment(text: string): string {
  // `/*` is harmless to TypeScript but ts-morph's JSDoc writer closes the comment after it.
  return text.replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*").replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

/** Markdown inline text: no live HTML, no snippet directive, no table break; backslash-escapes markup. */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => "\\" + c)
    .replace(/&/g, "&amp;")
    .replace(/--8<--/g, "--8&lt;--")
    .replace(/\r\n?|\n|[\u2028\u2029]/g, " ");
}

/** Markdown code span: content shown literally (backticks lengthened), no line breaks; `|` escaped inside tables. */
export function mdCode(text: string, inTable = false): string {
  const flat = text.replace(/\r\n?|\n|[\u2028\u2029]/g, " ").replace(/--8<--/g, "--8<\u200b--");
  const ticks = "`".repeat(Math.max(1, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length + 1)));
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${ticks}${pad}${inTable ? flat.replace(/\|/g, "\\|") : flat}${pad}${ticks}`;
}

const URL = /(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+[A-Za-z0-9/_=&#-])/;

function mdPlain(text: string): string {
  return text.split(URL).map((t, j) => (j % 2 ? `<${t}>` : mdText(t))).join("");
}

/** One line of inline pieces as Markdown; a line that starts like a list item, a numbered item or a setext underline stays text. */
function mdPieces(pieces: Inline[], inTable: boolean): string {
  const out = pieces.map((p, k) => {
    if ("code" in p) return mdCode(p.code, inTable);
    const t = k === 0 ? p.text.trimStart() : p.text;
    return mdPlain(k === pieces.length - 1 ? t.trimEnd() : t);
  });
  return out.join("").replace(/^([-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** One line of source text as Markdown: `code` and RST ``code`` stay code, http(s) URLs become autolinks, the rest is escaped. */
export function mdLine(line: string, inTable = false): string {
  return mdPieces(splitInline(line.replace(/\r\n?|\n|[\u2028\u2029]/g, " ")), inTable);
}

/** A paragraph of Markdown from source text, line structure kept with hard breaks; a code span may cross a line break. */
export function mdParagraph(text: string): string {
  const lines: Inline[][] = [[]];
  for (const p of splitInline(text)) {
    if ("code" in p) lines[lines.length - 1].push(p);
    else
      p.text.split(/\r\n?|\n|[\u2028\u2029]/).forEach((t, k) => {
        if (k) lines.push([]);
        if (t) lines[lines.length - 1].push({ text: t });
      });
  }
  return lines.map((l) => mdPieces(l, false)).filter((l) => l).join("  \n");
}
