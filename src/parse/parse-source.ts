/**
 * Stage 1: Python source text → tree-sitter syntax tree. Syntax errors, which
 * tree-sitter recovers from silently (`ERROR` and `MISSING` nodes), are surfaced here.
 */
import Parser from "tree-sitter";
import type { SyntaxNode } from "tree-sitter";
import Python from "tree-sitter-python";
import { InputError, type Problem } from "../errors/input-error.js";
import { copyTree, type PlainTree } from "./syntax-node.js";

let parser: Parser | null = null;

function getParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return parser;
}

/** Options of {@link parseSource}. */
export interface ParseOptions {
  /** Keep going past syntax errors (best effort over the parts that parsed). */
  allowSyntaxErrors?: boolean;
}

/** The parse result: the tree (plain nodes, see {@link copyTree}), and the syntax errors that were allowed through. */
export interface Parsed {
  tree: PlainTree;
  syntaxErrors: Problem[];
}

/** Parse Python source; throws {@link InputError} listing every syntax error unless allowed. */
export function parseSource(file: string, text: string, options: ParseOptions = {}): Parsed {
  // The callback form avoids the binding's size limit on plain string input.
  const tree = getParser().parse((index: number) => text.slice(index, index + 65536));
  const syntaxErrors = findSyntaxErrors(tree.rootNode);
  if (syntaxErrors.length && !options.allowSyntaxErrors) throw new InputError(file, syntaxErrors);
  return { tree: copyTree(tree, text), syntaxErrors };
}

/** Every `ERROR` and `MISSING` node, iteratively (no recursion on deep trees). */
export function findSyntaxErrors(root: SyntaxNode): Problem[] {
  const problems: Problem[] = [];
  if (!root.hasError) return problems;
  const cursor = root.walk();
  let done = false;
  while (!done) {
    const node = cursor.currentNode;
    const pos = { line: node.startPosition.row + 1, col: node.startPosition.column + 1 };
    if (node.isMissing) problems.push({ ...pos, message: `syntax error: missing ${node.type}` });
    else if (node.type === "ERROR") problems.push({ ...pos, message: `syntax error: unexpected ${describe(node)}` });
    const descend = node.hasError && node.type !== "ERROR" && cursor.gotoFirstChild();
    if (descend) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
    }
  }
  return problems;
}

function describe(node: SyntaxNode): string {
  const text = node.text.split("\n")[0];
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "…" : text);
}
