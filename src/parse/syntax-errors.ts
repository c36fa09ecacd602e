/**
 * Syntax errors as tree-sitter marks them: `ERROR` nodes (unexpected text) and zero-width `MISSING`
 * nodes (a token the grammar needed). One wording for both parse paths.
 */
import type { Problem } from "../errors/input-error.js";

/** What both kinds of node (the binding's, the plain ones) offer for a message. */
interface ErrorNodeFacts {
  type: string;
  text: string;
  startPosition: { row: number; column: number };
}

/** The problem a node stands for: a `MISSING` token or an `ERROR` node; `null` for any other node. */
export function syntaxProblem(node: ErrorNodeFacts, isMissing: boolean): Problem | null {
  if (!isMissing && node.type !== "ERROR") return null;
  const pos = { line: node.startPosition.row + 1, col: node.startPosition.column + 1 };
  if (isMissing) return { ...pos, message: `syntax error: missing ${node.type}` };
  const line = node.text.split("\n")[0];
  const shown = line.length > 40 ? line.slice(0, 40) + "…" : line;
  return { ...pos, message: `syntax error: unexpected ${JSON.stringify(shown)}` };
}
