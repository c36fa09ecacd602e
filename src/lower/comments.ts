/**
 * Comments of the `environment_variables` dict: section banners
 * (`# ================== Runtime Env Vars ==================`) and the
 * description block above each key.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";

/** One comment line (row is 0-based, as tree-sitter gives it). */
export interface CommentLine {
  row: number;
  text: string;
}

const BANNER = /^#\s*={3,}\s*(.*?)\s*={3,}\s*$/;
/** `# --8<-- [start:env-vars-definition]`: mkdocs snippet markers, never part of a description. */
const SNIPPET = /--8<--/;
const NOQA = /\s*#?\s*noqa(?::[\sA-Z0-9,]*)?\s*$/i;
/** What every match of `NOQA` contains (its flags: case-insensitive as it is). */
const NOQA_WORD = /noqa/i;

/** The comment children of the dict node, in order. */
export function collectComments(dict: SyntaxNode): CommentLine[] {
  return dict.namedChildren.filter((c) => c.type === "comment").map((c) => ({ row: c.startPosition.row, text: c.text }));
}

/** The last banner among these comments, if any: its title is the section of the keys that follow. */
export function findSection(comments: CommentLine[]): string | null {
  let section: string | null = null;
  for (const c of comments) {
    const m = mayBeBanner(c.text) ? BANNER.exec(c.text.trim()) : null;
    if (m) section = m[1] || null;
  }
  return section;
}

/**
 * The description of a key: the block of comment lines directly above it (a
 * blank line or a banner ends the block), with `#` markers, snippet markers
 * and `# noqa` removed.
 */
export function extractDescription(comments: CommentLine[], keyRow: number): string {
  const block: string[] = [];
  let row = keyRow;
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (c.row !== row - 1 || (mayBeBanner(c.text) && BANNER.test(c.text.trim()))) break;
    row = c.row;
    if (SNIPPET.test(c.text)) continue;
    block.unshift(stripCommentMarker(c.text));
  }
  while (block.length && block[0].trim() === "") block.shift();
  while (block.length && block[block.length - 1].trim() === "") block.pop();
  return block.join("\n");
}

/** A banner has a run of `===`: most comments do not, and skip the banner pattern. */
function mayBeBanner(text: string): boolean {
  return text.includes("===");
}

function stripCommentMarker(text: string): string {
  const body = text.replace(/^#+ ?/, "");
  // `NOQA` starts with `\s*`, tried at every position: only a line that has `noqa` at all is given to it.
  // `trimEnd` removes what `/\s+$/` does (both are WhiteSpace and LineTerminator), without a regex.
  return (NOQA_WORD.test(body) ? body.replace(NOQA, "") : body).trimEnd();
}
