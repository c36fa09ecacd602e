/**
 * The fallback path where the native tree export (native-export.ts) is not built: parse with the
 * tree-sitter Node binding and copy its tree into plain nodes in one cursor walk. Loaded lazily, so
 * that a process using the native export never loads the binding.
 */
import { createRequire } from "node:module";
import type Parser from "tree-sitter";
import type { SyntaxNode as NativeNode, Tree, TreeCursor } from "tree-sitter";
import type { Problem } from "../errors/input-error.js";
import { syntaxProblem } from "./syntax-errors.js";
import { LineTable, SyntaxNode, type Parsed, type PlainTree } from "./syntax-node.js";

const require = createRequire(import.meta.url);
const Python = require("tree-sitter-python") as {
  nodeTypeInfo: { type: string; named: boolean; fields?: object }[];
};
let parser: Parser | null = null;

function getParser(): Parser {
  if (!parser) {
    const TreeSitter = require("tree-sitter") as typeof Parser;
    parser = new TreeSitter();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return parser;
}

/** Parse with the tree-sitter binding: the plain tree and every syntax error. */
export function parseWithBinding(text: string): Parsed {
  // The callback form avoids the binding's size limit on plain string input.
  const tree = getParser().parse((index: number) => text.slice(index, index + 65536));
  return { tree: copyTree(tree, text), syntaxErrors: findSyntaxErrors(tree.rootNode) };
}

/** Every `ERROR` and `MISSING` node, iteratively (no recursion on deep trees). */
function findSyntaxErrors(root: NativeNode): Problem[] {
  const problems: Problem[] = [];
  if (!root.hasError) return problems;
  const cursor = root.walk();
  let done = false;
  while (!done) {
    const node = cursor.currentNode;
    const problem = syntaxProblem(node, node.isMissing);
    if (problem) problems.push(problem);
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

/** Names of node types and fields by id, read from the binding once per id (they are fixed per grammar). */
const typeNames: string[] = [];
const typeNamed: boolean[] = [];
const typeFielded: boolean[] = [];
const fieldNames: (string | null)[] = [null];

/**
 * Node types whose children never carry a field (`argument_list`, `block`'s statements…), from the
 * grammar's node-types: their children skip the field lookup. Types not listed (`ERROR`) are asked.
 */
const FIELDLESS = new Set(
  Python.nodeTypeInfo
    .filter((t) => t.named && !(t.fields && Object.keys(t.fields).length))
    .map((t) => t.type),
);

/** The type id of the cursor's node, its names read once per id. */
function readTypeId(c: TreeCursor): number {
  const typeId = c.nodeTypeId;
  if (typeNames[typeId] === undefined) {
    const type = (typeNames[typeId] = c.nodeType);
    typeNamed[typeId] = c.nodeIsNamed;
    typeFielded[typeId] = !(typeNamed[typeId] && FIELDLESS.has(type));
  }
  return typeId;
}

function readFieldName(c: TreeCursor): string | null {
  const fieldId = c.currentFieldId;
  let name = fieldNames[fieldId];
  if (name === undefined) name = fieldNames[fieldId] = c.currentFieldName ?? null;
  return name;
}

/** Copy a tree-sitter tree of `text` into plain nodes, iteratively (no recursion on deep trees). */
function copyTree(tree: Tree, text: string): PlainTree {
  const lines = new LineTable(text);
  const c = tree.walk();
  let typeId = readTypeId(c);
  const root = new SyntaxNode(typeNames[typeId], typeNamed[typeId], 0, lines);
  root.startIndex = c.startIndex;
  root.endIndex = c.endIndex;
  const stack: SyntaxNode[] = [];
  const fieldedStack: boolean[] = [];
  let parent = root;
  let fielded = typeFielded[typeId];
  let id = 1;
  if (!c.gotoFirstChild()) return { rootNode: root };
  parent.children = [];
  parent.fieldNames = [];
  for (;;) {
    typeId = readTypeId(c);
    const node = new SyntaxNode(typeNames[typeId], typeNamed[typeId], id++, lines);
    // Every node's extent is read: hidden children (`string_content`'s plain text) are not walked,
    // so a parent's extent is not its visible children's.
    node.startIndex = c.startIndex;
    node.endIndex = c.endIndex;
    parent.children.push(node);
    parent.fieldNames.push(fielded ? readFieldName(c) : null);
    if (c.gotoFirstChild()) {
      stack.push(parent);
      fieldedStack.push(fielded);
      parent = node;
      fielded = typeFielded[typeId];
      node.children = [];
      node.fieldNames = [];
      continue;
    }
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent() || stack.length === 0) return { rootNode: root };
      parent = stack.pop() as SyntaxNode;
      fielded = fieldedStack.pop() as boolean;
    }
  }
}
