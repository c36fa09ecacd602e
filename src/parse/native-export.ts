/**
 * The fast path of parsing: the optional native addon `build/Release/tree_export.node` (native/, built by
 * `npm install` where a C compiler is present) parses with tree-sitter and returns the whole tree as flat
 * records in one call; here they become plain nodes. Where the addon is not built, parse-source.ts falls
 * back to the tree-sitter binding (binding-copy.ts); test/parse-plain-tree.test.ts checks both give the
 * same tree.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Problem } from "../errors/input-error.js";
import { packageRoot } from "../util/package-root.js";
import { PARSE_BUDGET_MS, ParseBudgetExceeded, syntaxProblem } from "./syntax-errors.js";
import { Grammar, HAS_ERROR, linkNodes, MISSING, RECORD, TreeData } from "./syntax-node.js";
import type { Parsed, SyntaxNode } from "./syntax-node.js";

/** The addon's interface (native/tree-export.c). */
interface TreeExport {
  layout: number;
  /** The records; `null` when the parse ran past `budgetMs`. */
  parse(language: unknown, text: string, budgetMs: number): Uint32Array | null;
  names(language: unknown): { types: (string | null)[]; fields: (string | null)[] };
}

// The records' layout (native/tree-walk.h; RECORD, flags in syntax-node.ts).
const LAYOUT = 2;

const require = createRequire(import.meta.url);
let loaded: { addon: TreeExport; language: unknown; grammar: Grammar } | null | undefined;

/** The addon and the grammar's names, loaded once; `null` where the addon is not built or does not load. */
function loadTreeExport(): typeof loaded {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const file = join(packageRoot(), "build", "Release", "tree_export.node");
  if (!existsSync(file)) return loaded;
  try {
    const addon = require(file) as TreeExport;
    // An addon built from other sources (a stale build/ after a pull) is not read with this layout.
    if (addon.layout !== LAYOUT) return loaded;
    const language = (require("tree-sitter-python") as { language: unknown }).language;
    const names = addon.names(language);
    // tree-sitter's error symbol (0xFFFF) is recorded as the symbol count: one past the grammar's names.
    const types = [...names.types.map((t) => t ?? ""), "ERROR"];
    loaded = { addon, language, grammar: new Grammar(types, names.fields) };
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Whether the native tree export is built and loads (the bench reports which path it measured). */
export function hasTreeExport(): boolean {
  return loadTreeExport() !== null;
}

/**
 * Parse with the native export: the plain tree and every syntax error; `null` where it is not built.
 * Throws {@link ParseBudgetExceeded} when tree-sitter's error recovery runs past `budgetMs`.
 */
export function parseWithTreeExport(text: string, budgetMs = PARSE_BUDGET_MS): Parsed | null {
  const te = loadTreeExport();
  if (!te) return null;
  const records = te.addon.parse(te.language, text, budgetMs);
  if (!records) throw new ParseBudgetExceeded(budgetMs);
  const tree = new TreeData(text, records, te.grammar);
  const root = linkNodes(tree);
  const syntaxErrors = (tree.records[0] >>> 24) & HAS_ERROR ? findSyntaxErrors(tree.records, root) : [];
  return { tree: { rootNode: root }, syntaxErrors };
}

/**
 * Every `ERROR` and `MISSING` node in preorder, descending only into nodes that contain an error and
 * are not themselves `ERROR` (as the binding path's cursor walk does).
 */
function findSyntaxErrors(records: Uint32Array, root: SyntaxNode): Problem[] {
  const problems: Problem[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const flags = records[node.id * RECORD] >>> 24;
    const problem = syntaxProblem(node, (flags & MISSING) !== 0);
    if (problem) problems.push(problem);
    if (!(flags & HAS_ERROR) || node.type === "ERROR") continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return problems;
}
