/**
 * The fallback path where the native tree export (native-export.ts) is not built: parse with the
 * tree-sitter Node binding and copy its tree into plain nodes in one cursor walk. Loaded lazily, so
 * that a process using the native export never loads the binding.
 */
import { createRequire } from "node:module";
import type Parser from "tree-sitter";
import type { SyntaxNode as NativeNode, Tree, TreeCursor } from "tree-sitter";
import type { Problem } from "../errors/input-error.js";
import { PARSE_BUDGET_MS, ParseBudgetExceeded, syntaxProblem } from "./syntax-errors.js";
import { Grammar, linkNodes, NAMED, RECORD, TreeData, type Parsed, type PlainTree } from "./syntax-node.js";

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

/**
 * The text from `index` in chunks, for the binding's callback form (it avoids the binding's size limit on
 * plain string input). A chunk never ends between the two halves of a surrogate pair: tree-sitter would
 * decode each half alone (an astral `𝑥` at index 65,535 became an ERROR).
 */
export function chunkAt(text: string, index: number): string {
  let end = index + 65536;
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(index, end);
}

/**
 * Parse with the tree-sitter binding: the plain tree and every syntax error. Throws
 * {@link ParseBudgetExceeded} when tree-sitter's error recovery runs past `budgetMs`.
 */
export function parseWithBinding(text: string, budgetMs = PARSE_BUDGET_MS): Parsed {
  const parser = getParser();
  parser.setTimeoutMicros(budgetMs * 1000);
  const tree = parser.parse((index: number) => chunkAt(text, index)) as Tree | null;
  if (!tree) {
    // A cancelled parser resumes where it stopped on its next parse, whatever the text: start afresh.
    parser.reset();
    throw new ParseBudgetExceeded(budgetMs);
  }
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

/**
 * Names of node types and fields, read from the binding once per id (they are fixed per grammar). Types get
 * dense numbers of their own in order of first sight (the binding's ids reach 0xFFFF, `ERROR`).
 */
const typeSlots: number[] = [];
const typeNames: string[] = [];
const typeNamed: boolean[] = [];
const typeFielded: boolean[] = [];
const fieldNames: (string | null | undefined)[] = [null];

/**
 * Node types whose children never carry a field (`argument_list`, `block`'s statements…), from the
 * grammar's node-types: their children skip the field lookup. Types not listed (`ERROR`) are asked.
 */
const FIELDLESS = new Set(
  Python.nodeTypeInfo
    .filter((t) => t.named && !(t.fields && Object.keys(t.fields).length))
    .map((t) => t.type),
);

/** The dense type number of the cursor's node, its names read once per type. */
function readTypeSlot(c: TreeCursor): number {
  const typeId = c.nodeTypeId;
  let slot = typeSlots[typeId];
  if (slot === undefined) {
    slot = typeSlots[typeId] = typeNames.length;
    const type = c.nodeType;
    typeNames.push(type);
    typeNamed.push(c.nodeIsNamed);
    typeFielded.push(!(typeNamed[slot] && FIELDLESS.has(type)));
  }
  return slot;
}

function readFieldId(c: TreeCursor): number {
  const fieldId = c.currentFieldId;
  if (fieldNames[fieldId] === undefined) fieldNames[fieldId] = c.currentFieldName ?? null;
  return fieldId;
}

/** The records of one copy (the layout of syntax-node.ts), in a typed array that doubles as it fills. */
class RecordWriter {
  words = new Uint32Array(1024 * RECORD);
  count = 0;

  /** Append the cursor's node (its child count 0 for now); its record number. */
  push(c: TreeCursor, slot: number, field: number): number {
    const at = this.count * RECORD;
    if (at === this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[at] = slot | (field << 16) | ((typeNamed[slot] ? NAMED : 0) << 24);
    this.words[at + 1] = c.startIndex;
    this.words[at + 2] = c.endIndex;
    return this.count++;
  }
}

/** Copy a tree-sitter tree of `text` into plain nodes, iteratively (no recursion on deep trees). */
function copyTree(tree: Tree, text: string): PlainTree {
  const c = tree.walk();
  const records = new RecordWriter();
  let slot = readTypeSlot(c);
  records.push(c, slot, 0);
  // The open parents' record numbers and whether their children can carry fields.
  const parents: number[] = [];
  const fieldedStack: boolean[] = [];
  let parent = 0;
  let fielded = typeFielded[slot];
  let done = !c.gotoFirstChild();
  while (!done) {
    slot = readTypeSlot(c);
    // Every node's extent is read: hidden children (`string_content`'s plain text) are not walked,
    // so a parent's extent is not its visible children's.
    const record = records.push(c, slot, fielded ? readFieldId(c) : 0);
    records.words[parent * RECORD + 3]++;
    if (c.gotoFirstChild()) {
      parents.push(parent);
      fieldedStack.push(fielded);
      parent = record;
      fielded = typeFielded[slot];
      continue;
    }
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent() || parents.length === 0) {
        done = true;
        break;
      }
      parent = parents.pop() as number;
      fielded = fieldedStack.pop() as boolean;
    }
  }
  const grammar = new Grammar([...typeNames], Array.from(fieldNames, (f) => f ?? null));
  const words = records.words.slice(0, records.count * RECORD);
  return { rootNode: linkNodes(new TreeData(text, words, grammar)) };
}
