/**
 * Syntax errors as tree-sitter marks them: `ERROR` nodes (unexpected text) and zero-width `MISSING`
 * nodes (a token the grammar needed). Shared wording for both parse paths.
 */

/** The first line of an `ERROR` node's text, quoted and cut at 40 characters. */
export function describeErrorNode(text: string): string {
  const line = text.split("\n")[0];
  return JSON.stringify(line.length > 40 ? line.slice(0, 40) + "…" : line);
}
