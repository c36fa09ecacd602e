/**
 * Stage 1: Python source text → tree-sitter syntax tree, as plain nodes. Syntax errors, which
 * tree-sitter recovers from silently (`ERROR` and `MISSING` nodes), are surfaced here.
 */
import { InputError } from "../errors/input-error.js";
import { parseWithBinding } from "./binding-copy.js";
import { parseWithTreeExport } from "./native-export.js";
import { PARSE_BUDGET_MS, ParseBudgetExceeded } from "./syntax-errors.js";
import type { Parsed } from "./syntax-node.js";

/** Options of {@link parseSource}. */
export interface ParseOptions {
  /** Keep going past syntax errors (best effort over the parts that parsed). */
  allowSyntaxErrors?: boolean;
  /** How long the parse may take, in milliseconds (default {@link PARSE_BUDGET_MS}; tests set it small). */
  budgetMs?: number;
}

export type { Parsed } from "./syntax-node.js";

/** Parse Python source; throws {@link InputError} listing every syntax error unless allowed. */
export function parseSource(file: string, text: string, options: ParseOptions = {}): Parsed {
  // The native export where it is built (one call for the whole tree); else the binding, node by node.
  let parsed: Parsed;
  try {
    const budget = options.budgetMs ?? PARSE_BUDGET_MS;
    parsed = parseWithTreeExport(text, budget) ?? parseWithBinding(text, budget);
  } catch (error) {
    if (error instanceof ParseBudgetExceeded) throw new InputError(file, [error.problem]);
    throw error;
  }
  if (parsed.syntaxErrors.length && !options.allowSyntaxErrors) throw new InputError(file, parsed.syntaxErrors);
  return parsed;
}
