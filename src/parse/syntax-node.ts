/**
 * The syntax tree as plain JavaScript objects, copied out of tree-sitter in one cursor walk.
 *
 * Why: every property of a node of the native binding (`type`, `children`,
 * `childForFieldName`) is a native call plus marshalling, and lowering reads each node
 * several times; one walk reading four numbers per node, then plain property reads, is
 * several times cheaper. The class keeps the binding's names for the part of its API
 * lowering uses, so lowering reads the same tree either way.
 */
import type { Tree, TreeCursor } from "tree-sitter";
import Python from "tree-sitter-python";

/** A row and column, both 0-based, the column in UTF-16 code units (as tree-sitter reports them). */
export interface Point {
  row: number;
  column: number;
}

/** Offsets of the line starts of one source text: positions are computed from indices on demand. */
class LineTable {
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
  /** The field name of each child (`null` where it has none), parallel to `children`. */
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

  /** First UTF-16 index of the node in the source (set once, by {@link copyTree}). */
  startIndex = 0;
  /** UTF-16 index just past the node (set once, by {@link copyTree}). */
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
  (Python as unknown as { nodeTypeInfo: { type: string; named: boolean; fields?: object }[] }).nodeTypeInfo
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
export function copyTree(tree: Tree, text: string): PlainTree {
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
