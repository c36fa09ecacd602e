/**
 * The syntax tree as plain JavaScript objects, built once from tree-sitter's tree
 * (native-export.ts, or binding-copy.ts where the native export is not built).
 *
 * Why: every property of a node of the tree-sitter binding (`type`, `children`,
 * `childForFieldName`) is a native call plus marshalling, and lowering reads each node
 * several times; plain property reads are many times cheaper. The class keeps the binding's
 * names for the part of its API lowering uses, so lowering reads the same tree either way.
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

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The row and column of a UTF-16 index: tree-sitter counts rows at `\n` only. */
  pointAt(index: number): Point {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo] };
  }
}

// Frozen: a leaf's arrays are shared, so a write would be a bug; it throws instead.
const NO_CHILDREN: SyntaxNode[] = Object.freeze([]) as unknown as SyntaxNode[];
const NO_FIELDS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** One node of the plain tree (the subset of tree-sitter's `SyntaxNode` that lowering reads). */
export class SyntaxNode {
  /** Every child, named and anonymous, in source order (leaves share one frozen empty array). */
  children: SyntaxNode[] = NO_CHILDREN;
  /** The field name of each child (`null` where it has none), parallel to `children`; empty where no child has one. */
  fieldNames: (string | null)[] = NO_FIELDS;
  private named: SyntaxNode[] | null = null;

  constructor(
    /** The node type (`"call"`, `"+"`, …). */
    readonly type: string,
    /** Whether the grammar names this node (anonymous ones are tokens such as `"+"`). */
    readonly isNamed: boolean,
    /** Preorder number of the node in its tree: a stable identity. */
    readonly id: number,
    private readonly lines: LineTable,
  ) {}

  /** First UTF-16 index of the node in the source (set once, by the tree's builder). */
  startIndex = 0;
  /** UTF-16 index just past the node (set once, by the tree's builder). */
  endIndex = 0;

  /** The source text of the node. */
  get text(): string {
    return this.lines.text.slice(this.startIndex, this.endIndex);
  }

  /** Where the node starts. */
  get startPosition(): Point {
    return this.lines.pointAt(this.startIndex);
  }

  /** Where the node ends (just past it). */
  get endPosition(): Point {
    return this.lines.pointAt(this.endIndex);
  }

  /** The named children, in source order. */
  get namedChildren(): SyntaxNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  /** The first child in the field `name`, or `null`. */
  childForFieldName(name: string): SyntaxNode | null {
    const i = this.fieldNames.indexOf(name);
    return i === -1 ? null : this.children[i];
  }

  /** Every child in the field `name`, in source order. */
  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((_, i) => this.fieldNames[i] === name);
  }
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
