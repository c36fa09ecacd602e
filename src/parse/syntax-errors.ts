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

/**
 * How long one parse may take. tree-sitter's error recovery is superlinear on some broken input (`def f(a,`
 * repeated: 64 KB in 0.9 s, 256 KB in 15 s, 1 MB in minutes), so a parse past this is cancelled and the file
 * reported as unparseable instead of hanging; the largest real envs.py (108 KB) parses in ~6 ms.
 */
export const PARSE_BUDGET_MS = 10_000;

/** A parse cancelled at its time budget: parseSource reports it as the file's one problem. */
export class ParseBudgetExceeded extends Error {
  /** The problem to report, at the start of the file (the parse gave no tree to point into). */
  readonly problem: Problem;

  constructor(budgetMs: number) {
    super("the parse ran past its time budget");
    this.name = "ParseBudgetExceeded";
    const within = budgetMs >= 1000 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
    const message = `syntax error: tree-sitter's error recovery did not finish within ${within} (badly broken Python)`;
    this.problem = { line: 1, col: 1, message };
  }
}
