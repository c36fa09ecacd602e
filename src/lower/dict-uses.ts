/**
 * Where module-level code uses a dict of getters in a way dict-mutations.ts does not follow: a call
 * passing it on (`register(env_variables)`), a mutating method (`env_variables.pop("X")`), a rebinding
 * or alias (`alias = env_variables`), `global env_variables`, reflection (`globals()`), or a call of a
 * function that does one of these. Reads (`name in env_variables`, `env_variables[name]()`) are fine.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";

/** Methods of a dict that change it (`d.pop("X")`), beyond the `update` dict-mutations.ts follows. */
const MUTATING = new Set(["update", "pop", "popitem", "setdefault", "clear", "__setitem__", "__delitem__", "__ior__"]);
/** Builtins a dict may be passed to without being changed (`list(env_variables)`). */
const READERS = new Set([
  ...["list", "sorted", "len", "set", "tuple", "dict", "iter", "enumerate", "frozenset", "print", "any", "all"],
]);

/** Builtins that reach a module's globals by name (`globals()["d"]["X"] = ...`). */
const REFLECTION = new Set(["globals", "vars", "exec", "eval"]);

/** Why `node` may change or rebind the dict (a use the model does not follow), or null when it only reads it. */
export function unknownUse(node: SyntaxNode, name: string, mutators: ReadonlySet<string>): string | null {
  // Only an identifier spelled as the dict, a mutator or a reflection builtin can give a reason, and its text
  // is part of its ancestors': the walk enters only nodes holding an occurrence of one of those words (most
  // of a module holds none).
  const hits = occurrences(node, [name, ...mutators, ...REFLECTION]);
  return hits.length ? findUnknownUse(node, name, mutators, [], hits) : null;
}

/** The source offsets where any of `words` starts inside `node`'s text, ascending. */
function occurrences(node: SyntaxNode, words: readonly string[]): number[] {
  const text = node.text;
  const out: number[] = [];
  for (const w of words) {
    if (w === "") continue; // no identifier is empty
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) out.push(node.startIndex + i);
  }
  return out.sort((a, b) => a - b);
}

/** Whether an offset of `hits` (ascending) lies in [from, to). */
function holdsHit(hits: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo] < to;
}

function findUnknownUse(
  node: SyntaxNode,
  name: string,
  mutators: ReadonlySet<string>,
  up: SyntaxNode[],
  hits: readonly number[],
): string | null {
  if (node.type === "identifier") {
    if (mutators.has(node.text) && node.text !== name) return `calls \`${node.text}\`, which may change the dict`;
    if (REFLECTION.has(node.text) && node.text !== name) return `may reach the dict through \`${node.text}\``;
    return node.text === name ? useOf(node, name, up) : null;
  }
  const global = node.type === "global_statement" && node.namedChildren.some((c) => c.text === name);
  if (global) return "declares the dict global";
  up.push(node);
  try {
    // `children` with `isNamed`, not `namedChildren`: no array made and kept for each node walked.
    for (const c of node.children) {
      if (!c.isNamed || !holdsHit(hits, c.startIndex, c.endIndex)) continue;
      const why = findUnknownUse(c, name, mutators, up, hits);
      if (why) return why;
    }
    return null;
  } finally {
    up.pop();
  }
}

/** How one occurrence of the dict's name is used: null for a read (`name in d`, `d[name]`, `d.get(...)`). */
function useOf(id: SyntaxNode, name: string, up: readonly SyntaxNode[]): string | null {
  const p = up[up.length - 1];
  if (!p) return null;
  if (p.type === "attribute" && p.childForFieldName("object") === id) {
    const attr = p.childForFieldName("attribute")?.text ?? "";
    return MUTATING.has(attr) ? `changes the dict (\`${name}.${attr}\`)` : null;
  }
  if (p.type === "subscript" && p.childForFieldName("value") === id) {
    return isTarget(p, up.slice(0, -1)) ? "changes an entry" : null;
  }
  if (isTarget(id, up)) return "may rebind, alias or change the dict";
  if (p.type === "argument_list") {
    const fn = up[up.length - 2]?.childForFieldName("function");
    if (fn?.type === "identifier" && READERS.has(fn.text)) return null;
    // `environment_variables.update(plugin_vars)`: another dict's update copies this one's items.
    const update = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "update";
    return update ? null : "passes the dict to a call";
  }
  return p.type === "keyword_argument" ? "passes the dict to a call" : null;
}

/** Statements and expressions that bind (or delete) what they hold. */
const BINDERS = [
  ...["delete_statement", "as_pattern_target", "import_from_statement", "aliased_import", "named_expression"],
];

const UNPACKING = ["pattern_list", "tuple_pattern", "list_pattern", "expression_list", "parenthesized_expression"];

/** Whether a node is (part of) an assignment, `del`, `for`, `import` or `with` target, or assigned as a whole. */
function isTarget(n: SyntaxNode, up: readonly SyntaxNode[]): boolean {
  let cur = n;
  for (let i = up.length - 1; i >= 0; cur = up[i], i--) {
    const p = up[i];
    if (UNPACKING.includes(p.type)) continue;
    if (p.type === "assignment" || p.type === "augmented_assignment" || p.type === "for_statement") {
      // `alias = env_variables` aliases the dict: a later `alias[...] = ...` changes it.
      return p.childForFieldName("left") === cur || (p.type === "assignment" && cur === n && n.type === "identifier");
    }
    return BINDERS.includes(p.type);
  }
  return false;
}
