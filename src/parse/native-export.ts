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
import { syntaxProblem } from "./syntax-errors.js";
import { LineTable, SyntaxNode, type Parsed } from "./syntax-node.js";

/** The addon's interface (native/tree-export.c). */
interface TreeExport {
  layout: number;
  parse(language: unknown, text: string): Uint32Array;
  names(language: unknown): { types: (string | null)[]; fields: (string | null)[] };
}

// One record per node, preorder: symbol, field id, start, end, parent record, flags (tree-export.c, LAYOUT 1).
const LAYOUT = 1;
const RECORD = 6;
const NAMED = 1;
const MISSING = 2;
const HAS_ERROR = 4;
const NO_PARENT = 0xffffffff;
// tree-sitter's builtin error symbol, outside the grammar's symbol table.
const ERROR_SYMBOL = 0xffff;

const require = createRequire(import.meta.url);
let loaded: { addon: TreeExport; language: unknown; types: string[]; fields: (string | null)[] } | null | undefined;

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
    const types = names.types.map((t) => t ?? "");
    types[ERROR_SYMBOL] = "ERROR";
    loaded = { addon, language, types, fields: names.fields };
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Whether the native tree export is built and loads (the bench reports which path it measured). */
export function hasTreeExport(): boolean {
  return loadTreeExport() !== null;
}

/** Parse with the native export: the plain tree and every syntax error; `null` where it is not built. */
export function parseWithTreeExport(text: string): Parsed | null {
  const te = loadTreeExport();
  if (!te) return null;
  const records = te.addon.parse(te.language, text);
  const lines = new LineTable(text);
  const count = records.length / RECORD;
  // Children per node first, so that each parent's arrays are allocated once at their final size.
  const childCounts = new Uint32Array(count);
  for (let r = 4; r < records.length; r += RECORD) if (records[r] !== NO_PARENT) childCounts[records[r]]++;
  const filled = new Uint32Array(count);
  const nodes: SyntaxNode[] = new Array(count);
  for (let i = 0, r = 0; i < count; i++, r += RECORD) {
    const node = new SyntaxNode(te.types[records[r]], (records[r + 5] & NAMED) !== 0, i, lines);
    node.startIndex = records[r + 2];
    node.endIndex = records[r + 3];
    if (childCounts[i]) node.children = new Array(childCounts[i]);
    nodes[i] = node;
    const parentIndex = records[r + 4];
    if (parentIndex === NO_PARENT) continue;
    const parent = nodes[parentIndex];
    const slot = filled[parentIndex]++;
    parent.children[slot] = node;
    const field = te.fields[records[r + 1]] ?? null;
    // Most parents have no field on any child (`argument_list`, `block`): they keep the shared empty list.
    if (field === null) continue;
    if (parent.fieldNames.length === 0) parent.fieldNames = new Array(childCounts[parentIndex]).fill(null);
    parent.fieldNames[slot] = field;
  }
  const syntaxErrors = records[5] & HAS_ERROR ? findSyntaxErrors(records, nodes) : [];
  return { tree: { rootNode: nodes[0] }, syntaxErrors };
}

/**
 * Every `ERROR` and `MISSING` node in preorder, descending only into nodes that contain an error and
 * are not themselves `ERROR` (as the binding path's cursor walk does).
 */
function findSyntaxErrors(records: Uint32Array, nodes: SyntaxNode[]): Problem[] {
  const problems: Problem[] = [];
  const descend = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const flags = records[i * RECORD + 5];
    const parent = records[i * RECORD + 4];
    if (parent !== NO_PARENT && !descend[parent]) continue;
    const node = nodes[i];
    const problem = syntaxProblem(node, (flags & MISSING) !== 0);
    if (problem) problems.push(problem);
    descend[i] = flags & HAS_ERROR && node.type !== "ERROR" ? 1 : 0;
  }
  return problems;
}
