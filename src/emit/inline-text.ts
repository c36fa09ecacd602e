/**
 * Inline structure of envs.py comment text, shared by the Markdown pages, the
 * `.env` templates and the HTML explorer: code spans (Markdown `` `x` `` and
 * RST ``` ``x`` ```) and the one-sentence summary.
 */

/** A piece of comment text: plain words, or a code span shown literally. */
export type Inline = { text: string } | { code: string };

/**
 * Split text into plain and code pieces, CommonMark-style: a run of N backticks
 * opens a span that only a run of exactly N closes, so RST's ``` ``x`` ``` is code
 * `x` (not an empty span and a stray backtick); an unmatched run stays text.
 */
export function splitInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "`") {
      plain += text[i++];
      continue;
    }
    const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
    const close = findRun(text, i + run.length, run.length);
    if (close < 0) {
      plain += run;
      i += run.length;
      continue;
    }
    if (plain) out.push({ text: plain });
    plain = "";
    out.push({ code: codeContent(text.slice(i + run.length, close)) });
    i = close + run.length;
  }
  if (plain) out.push({ text: plain });
  return out;
}

function findRun(text: string, from: number, n: number): number {
  const re = /`+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === n) return m.index;
  return -1;
}

/** Line breaks inside a span are spaces; one padding space each side is dropped (CommonMark). */
function codeContent(raw: string): string {
  const flat = raw.replace(/\r\n?|\n|[\u2028\u2029]/g, " ");
  return flat.length > 2 && flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() ? flat.slice(1, -1) : flat;
}

// "e.g. the", "i.e. one", "vs. eager": a period that does not end the sentence.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|resp|incl|no|Dr|Mr|Mrs|Ms)\.$/i;

// A line that starts with one of these words, after a line with no closing
// punctuation, starts a new sentence: "CMake build type\nIf not set, ...",
// "...the communication port\nNote: if VLLM_PORT ...". Proper nouns ("...on SM100
// causes\nTriton compilation to fail") are not in the list, so they never cut.
const OPENER = new Set(
  (
    "If Note Notes Default Defaults Available Example Examples By Useful This These Where When After Use Uses Can " +
    "Recommended Choice To Due Number Safe Otherwise It See Set Only Must Should Requires Enable Enables Disable " +
    "Possible Options Valid Values Supported Please Warning Deprecated Unspecified Currently All Setting For"
  ).split(" "),
);
// "...interact with Ray's\nCompiled Graph": a line ending in a function word continues.
const CONTINUES =
  /(?:^|\s)(?:a|an|the|of|in|on|at|by|to|for|with|from|and|or|nor|but|as|via|than|into|is|are|be|[\w-]+'s)$/i;

/** The lead paragraph: up to a blank line or the first list item ("- x", "* x", "1. x"). */
export function leadParagraph(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n?|\n|[\u2028\u2029]/)) {
    const line = raw.trim();
    if (!line) {
      if (lines.length) break;
      continue;
    }
    if (lines.length && /^(?:[-*+]\s|\d+[.)]\s)/.test(line)) break;
    const prev = lines[lines.length - 1];
    if (prev && opensSentence(prev, line)) lines[lines.length - 1] = prev + ".";
    lines.push(line);
  }
  return lines.join(" ");
}

function opensSentence(prev: string, line: string): boolean {
  const word = /^([A-Z][a-z]+)[\s:,]/.exec(line)?.[1];
  return word !== undefined && OPENER.has(word) && /[a-z0-9)"']$/i.test(prev) && !CONTINUES.test(prev);
}

/**
 * The first sentence of a description, whole: it ends at `.`, `!` or `?` followed
 * by a space, outside code spans and brackets, and not after "e.g."; with no such
 * end, the whole lead paragraph (never cut mid-sentence).
 */
export function firstSentence(text: string): string {
  const lead = leadParagraph(text);
  let depth = 0;
  let out = "";
  for (const piece of splitInline(lead)) {
    if ("code" in piece) {
      out += "`".repeat(fenceLength(piece.code)) + padCode(piece.code) + "`".repeat(fenceLength(piece.code));
      continue;
    }
    for (let i = 0; i < piece.text.length; i++) {
      const c = piece.text[i];
      out += c;
      if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && ".!?".includes(c) && /\s/.test(piece.text[i + 1] ?? "") && !ABBREVIATION.test(out))
        return out.trim();
    }
  }
  return out.trim();
}

/** A backtick fence longer than any run inside the code. */
function fenceLength(code: string): number {
  return Math.max(1, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length + 1));
}

function padCode(code: string): string {
  return code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" "))
    ? ` ${code} `
    : code;
}
