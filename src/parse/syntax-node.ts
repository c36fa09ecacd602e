/**
 * The syntax tree as plain JavaScript objects, built once from tree-sitter's tree
 * (native-export.ts, or binding-copy.ts where the native export is not built).
 *
 * Why: every property of a node of the tree-sitter binding (`type`, `children`,
 * `childForFieldName`) is a native call plus marshalling, and lowering reads each node
 * several times; plain reads are many times cheaper. The class keeps the binding's
 * names for the part of its API lowering uses, so lowering reads the same tree either way.
 *
 * Why records: a node's facts (type, extent, field) stay in one flat Uint32Array per tree
 * (tree-walk.h's layout) and are read through getters. A node object then holds three
 * slots instead of nine plus a field-name array per parent, and the records live outside
 * the JavaScript heap, so the scavenges that run while lowering never copy them.
 */
import type { Problem } from "../errors/input-error.js";

/** A row and column, both 0-based, the column in UTF-16 code units (as tree-sitter reports them). */
export interface Point {
  row: number;
  column: number;
}

/** Offsets of the line starts of one source text: positions are computed from indices on demand. */
export class LineTable {
  private readonly starts: number[] = [0];
  private lastRow = 0;

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The row and column of a UTF-16 index: tree-sitter counts rows at `\n` only. */
  pointAt(index: number): Point {
    const starts = this.starts;
    // Lowering asks in source order, mostly on the row it asked last: try that row before searching.
    const last = this.lastRow;
    if (starts[last] <= index && (last + 1 === starts.length || index < starts[last + 1])) {
      return { row: last, column: index - starts[last] };
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    this.lastRow = lo;
    return { row: lo, column: index - starts[lo] };
  }
}

/** Words per node record: [symbol | field id << 16 | flags << 24, start, end, child count] (native/tree-walk.h). */
export const RECORD = 4;
/** Record flag (the top byte of the first word): the grammar names the node. */
export const NAMED = 1;
/** Record flag: a zero-width node tree-sitter inserted for a token the grammar needed. */
export const MISSING = 2;
/** Record flag: the node is or contains a syntax error. */
export const HAS_ERROR = 4;

/**
 * The names a grammar gives record numbers: node types by symbol, fields by id (0: none).
 *
 * Why internalized: the names come from native code as fresh strings, and lowering compares them with
 * literals (`node.type === "call"`, `childForFieldName("left")`) tens of thousands of times per model;
 * an internalized string equals a literal by identity, a fresh one only after comparing characters.
 */
export class Grammar {
  readonly types: readonly string[];
  readonly fields: readonly (string | null)[];

  constructor(types: readonly string[], fields: readonly (string | null)[]) {
    // Property keys are internalized strings: one object holds every name, Object.keys gives them back.
    const keys: Record<string, true> = Object.create(null);
    for (const name of [...types, ...fields]) if (name !== null) keys[name] = true;
    const internal = new Map(Object.keys(keys).map((k) => [k, k]));
    this.types = types.map((t) => internal.get(t) ?? t);
    this.fields = fields.map((f) => (f === null ? null : internal.get(f) ?? f));
  }
}

/** One parsed source: its text, its node records and their names; every node of the tree points here. */
export class TreeData {
  private lineTable: LineTable | null = null;
  /** The grammar's tables, one hop closer for the nodes' getters (`type` is read ~25,000 times per model). */
  readonly types: readonly string[];
  readonly fields: readonly (string | null)[];

  constructor(
    readonly text: string,
    readonly records: Uint32Array,
    grammar: Grammar,
  ) {
    this.types = grammar.types;
    this.fields = grammar.fields;
  }

  /** The line starts, computed on the first position asked for. */
  get lines(): LineTable {
    return (this.lineTable ??= new LineTable(this.text));
  }
}

// Frozen: a leaf's arrays are shared, so a write would be a bug; it throws instead.
const NO_CHILDREN: SyntaxNode[] = Object.freeze([]) as unknown as SyntaxNode[];

/** One node of the plain tree (the subset of tree-sitter's `SyntaxNode` that lowering reads). */
export class SyntaxNode {
  /** Every child, named and anonymous, in source order (leaves share one frozen empty array). */
  children: SyntaxNode[] = NO_CHILDREN;

  constructor(
    private readonly tree: TreeData,
    /** Preorder number of the node in its tree: a stable identity, and the index of its record. */
    readonly id: number,
  ) {}

  /** The node type (`"call"`, `"+"`, …). */
  get type(): string {
    return this.tree.types[this.tree.records[this.id * RECORD] & 0xffff];
  }

  /** Whether the grammar names this node (anonymous ones are tokens such as `"+"`). */
  get isNamed(): boolean {
    return ((this.tree.records[this.id * RECORD] >>> 24) & NAMED) !== 0;
  }

  /** First UTF-16 index of the node in the source. */
  get startIndex(): number {
    return this.tree.records[this.id * RECORD + 1];
  }

  /** UTF-16 index just past the node. */
  get endIndex(): number {
    return this.tree.records[this.id * RECORD + 2];
  }

  /** The source text of the node. */
  get text(): string {
    const records = this.tree.records;
    return this.tree.text.slice(records[this.id * RECORD + 1], records[this.id * RECORD + 2]);
  }

  /** Where the node starts. */
  get startPosition(): Point {
    return this.tree.lines.pointAt(this.startIndex);
  }

  /** Where the node ends (just past it). */
  get endPosition(): Point {
    return this.tree.lines.pointAt(this.endIndex);
  }

  /**
   * The named children, in source order. Not cached: lowering asks ~1.0 times per node it asks at all
   * (512 reads of 506 nodes on the largest revision), so a cache slot on every node cost more than it saved.
   */
  get namedChildren(): SyntaxNode[] {
    return this.children.filter((c) => c.isNamed);
  }

  /** The field name of the child at `index` (`null` where it has none), as the binding's method. */
  fieldNameForChild(index: number): string | null {
    const child = this.children[index];
    return child ? this.tree.fields[this.fieldIdOf(child)] ?? null : null;
  }

  /** The first child in the field `name`, or `null`. */
  childForFieldName(name: string): SyntaxNode | null {
    // An index loop: `for…of` here allocated an iterator result per child (~0.5 MB per model, hprof).
    const children = this.children;
    const fields = this.tree.fields;
    for (let i = 0; i < children.length; i++) if (fields[this.fieldIdOf(children[i])] === name) return children[i];
    return null;
  }

  /** Every child in the field `name`, in source order. */
  childrenForFieldName(name: string): SyntaxNode[] {
    const fields = this.tree.fields;
    return this.children.filter((c) => fields[this.fieldIdOf(c)] === name);
  }

  private fieldIdOf(child: SyntaxNode): number {
    return (this.tree.records[child.id * RECORD] >>> 16) & 0xff;
  }
}

/** The nodes of a tree's records, linked (preorder, so node `id` is the record's index): the root. */
export function linkNodes(tree: TreeData): SyntaxNode {
  const records = tree.records;
  const count = records.length / RECORD;
  const root = new SyntaxNode(tree, 0);
  // The open parents and how many children each still waits for.
  const parents: SyntaxNode[] = [];
  const waiting: number[] = [];
  for (let i = 0; i < count; i++) {
    const node = i === 0 ? root : new SyntaxNode(tree, i);
    const top = parents.length - 1;
    if (top >= 0) {
      const parent = parents[top];
      parent.children[parent.children.length - waiting[top]] = node;
      if (--waiting[top] === 0) {
        parents.pop();
        waiting.pop();
      }
    }
    const childCount = records[i * RECORD + 3];
    if (childCount === 0) continue;
    node.children = new Array(childCount);
    parents.push(node);
    waiting.push(childCount);
  }
  return root;
}

/** The plain tree: its root node. */
export interface PlainTree {
  rootNode: SyntaxNode;
}

/** A parse: the tree (plain nodes), and the syntax errors that were allowed through. */
export interface Parsed {
  tree: PlainTree;
  syntaxErrors: Problem[];
}
