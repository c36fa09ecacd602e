/**
 * What module-level code does to a dict of getters after its display, in source order, as CPython
 * runs it at import: `env_variables["P_A"] = lambda: "x"` replaces in place (or appends),
 * `del env_variables["P_B"]` removes, `env_variables.update({"P_C": ...}, P_D=...)` and
 * `env_variables |= {...}` set each key in turn. Any other change the model cannot follow (a call
 * passing the dict on, `.pop`, `.setdefault`, a function that mutates it called at module level, a
 * rebinding, a mutation inside a module-level `if`/`for`/`try`) makes every entry `unsupported` and
 * leaves the dict's keys open: a name not in it may have been added.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Diagnostic } from "../ir/types.js";
import { excerpt, lowerExpr, posOf } from "./lower-expr.js";
import { diag, type OpenKeys, type RawEntry } from "./lowered.js";
import { unknownUse } from "./dict-uses.js";

/** The dict's entries and whether its keys are still known, as the statements leave them. */
export interface DictState {
  entries: RawEntry[];
  open: OpenKeys | null;
}

/** The dict a name holds at a use (`d.update(_own)`: `_own = {...}` earlier), where that is known. */
export type LocalDict = (id: SyntaxNode) => DictState | null;

/** How to follow a statement: the local dicts it may name, and whether a value in it is safe to take. */
interface Follow {
  resolve: LocalDict;
  /** False where the value changes the dict or reads it at import (`d["X"] = d.pop("Y")`). */
  clean: (value: SyntaxNode) => boolean;
}

/**
 * Apply the module-level statements of `stmts` that start in [from, to) (byte offsets) to the dict `name`.
 * `stmts` is the whole module's top level: its `def`s say which functions change the dict.
 */
export function followMutations(
  name: string,
  state: DictState,
  stmts: SyntaxNode[],
  from: number,
  to: number,
  diagnostics: Diagnostic[],
  resolve: LocalDict = () => null,
): void {
  const mutators = findMutators(stmts, name);
  for (const st of stmts) {
    if (st.startIndex < from || st.startIndex >= to) continue;
    const clean = (n: SyntaxNode) => !unknownUse(n, name, mutators) && !eagerRead(n, name);
    if (applyKnown(st, name, state, { resolve, clean })) continue;
    const why = importTimeParts(st).reduce<string | null>((w, n) => w ?? unknownUse(n, name, mutators), null);
    if (why) markUnknown(state, st, why, diagnostics);
  }
}

/** What a statement runs at import: a `def`'s decorators and parameter defaults, not its body. */
function importTimeParts(st: SyntaxNode): SyntaxNode[] {
  const def = st.type === "decorated_definition" ? st.childForFieldName("definition") : st;
  if (def?.type !== "function_definition") return [st];
  const decorators = st.type === "decorated_definition" ? st.namedChildren.filter((c) => c.type === "decorator") : [];
  const params = def.childForFieldName("parameters");
  return [...decorators, ...(params ? [params] : [])];
}

/**
 * The module-level functions whose bodies may change the dict (`env_variables.pop(name)`, `global
 * env_variables`), also through another one (`def a(): b()` where `b` changes it): to a fixed point.
 */
function findMutators(stmts: SyntaxNode[], name: string): Set<string> {
  const defs = stmts.flatMap((st) => {
    const def = st.type === "decorated_definition" ? st.childForFieldName("definition") : st;
    const body = def?.type === "function_definition" ? def.childForFieldName("body") : null;
    const id = def?.childForFieldName("name")?.text;
    return body && id ? [{ id, body }] : [];
  });
  const mutators = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of defs) {
      if (mutators.has(d.id) || !unknownUse(d.body, name, mutators)) continue;
      mutators.add(d.id);
      grew = true;
    }
  }
  return mutators;
}

/** Every entry may have changed, and names outside the dict may have been added. */
function markUnknown(state: DictState, st: SyntaxNode, why: string, diagnostics: Diagnostic[]): void {
  const [text, pos] = [excerpt(st), posOf(st)];
  const reason = `\`${text}\` (line ${pos.line}) ${why}, which is not followed statically`;
  diagnostics.push(diag("warning", "dict-mutation", st, `the dict of getters: ${reason}`));
  for (const e of state.entries) {
    if (e.getter.kind === "unsupported") continue;
    e.getter = { kind: "unsupported", reason: `${e.name} may be changed by ${reason}`, text, pos };
  }
  state.open ??= { reason: `the dict may be given other keys by ${reason}`, line: pos.line };
}

/** Follow `d[K] = v`, `del d[K]`, `d.update({...}, K=v)`, `d |= {...}`; false when `st` is none of them. */
function applyKnown(st: SyntaxNode, name: string, state: DictState, how: Follow): boolean {
  const e = st.type === "expression_statement" && st.namedChildren.length === 1 ? st.namedChildren[0] : null;
  if (st.type === "delete_statement") {
    const key = keyOf(st.namedChildren[0], name);
    if (key === null || state.open) return false;
    const i = state.entries.findIndex((x) => x.name === key);
    // `del d["X"]` of a key the dict lacks raises KeyError at import: not modelled.
    if (i < 0) return false;
    state.entries.splice(i, 1);
    return true;
  }
  if (e?.type === "assignment") {
    const left = e.childForFieldName("left");
    const right = e.childForFieldName("right");
    const key = left ? keyOf(left, name) : null;
    if (key === null || !right || right.type === "assignment" || e.childForFieldName("type")) return false;
    if (!how.clean(right)) return false;
    setEntry(state, key, right, left as SyntaxNode);
    return true;
  }
  if (e?.type === "augmented_assignment") {
    const left = e.childForFieldName("left");
    const right = e.childForFieldName("right");
    if (left?.type !== "identifier" || left.text !== name || !right) return false;
    if (e.childForFieldName("operator")?.type !== "|=" || !how.clean(right)) return false;
    return setPairs(state, right);
  }
  if (e?.type === "call") return applyUpdate(e, name, state, how);
  return false;
}

/** `d.update({"A": ...})`, `d.update(A=...)`, or both (the dict first, as CPython does). */
function applyUpdate(call: SyntaxNode, name: string, state: DictState, how: Follow): boolean {
  const fn = call.childForFieldName("function");
  const obj = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
  if (obj?.type !== "identifier" || obj.text !== name) return false;
  if (fn?.childForFieldName("attribute")?.text !== "update") return false;
  const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a) => a.type !== "comment");
  if (!args.every(how.clean)) return false;
  const positional = args.filter((a) => a.type !== "keyword_argument");
  const keywords = args.filter((a) => a.type === "keyword_argument");
  if (positional.length > 1) return false;
  const arg = positional[0];
  // `d.update(_own)`: a display of this file, as the statements before this one left it.
  const local = arg?.type === "identifier" && arg.text !== name ? how.resolve(arg) : null;
  if (arg && !local && (arg.type !== "dictionary" || !pairsKnown(arg))) return false;
  if (local?.open) return false;
  for (const x of local?.entries ?? []) setGetter(state, x);
  if (arg && !local) setPairs(state, arg);
  for (const k of keywords) {
    const key = k.childForFieldName("name") as SyntaxNode;
    setEntry(state, key.text, k.childForFieldName("value") as SyntaxNode, key);
  }
  return true;
}

/** Whether `node` reads the dict when it runs, not later from a lambda or def (`d["X"] = d["Y"]`). */
function eagerRead(node: SyntaxNode, name: string): boolean {
  if (node.type === "lambda" || node.type === "function_definition") return false;
  if (node.type === "identifier") return node.text === name;
  return node.children.some((c) => c.isNamed && eagerRead(c, name));
}

/** Whether a dict display is only `"KEY": value` pairs with string-constant keys. */
function pairsKnown(dict: SyntaxNode): boolean {
  return dict.namedChildren.every((c) => {
    if (c.type === "comment") return true;
    if (c.type !== "pair") return false;
    const k = lowerExpr(c.childForFieldName("key") as SyntaxNode);
    return k.kind === "const" && k.value.type === "str";
  });
}

/** Set each `"KEY": value` pair of a dict display in turn; false when it has any other item. */
function setPairs(state: DictState, dict: SyntaxNode): boolean {
  if (dict.type !== "dictionary" || !pairsKnown(dict)) return false;
  for (const c of dict.namedChildren) {
    if (c.type !== "pair") continue;
    const keyNode = c.childForFieldName("key") as SyntaxNode;
    const k = lowerExpr(keyNode);
    if (k.kind !== "const" || k.value.type !== "str") continue;
    setEntry(state, k.value.value, c.childForFieldName("value") as SyntaxNode, keyNode);
  }
  return true;
}

/** As a dict does: an existing key keeps its place and takes the new value, a new one goes last. */
function setEntry(state: DictState, key: string, value: SyntaxNode, at: SyntaxNode): void {
  setGetter(state, { name: key, getter: lowerExpr(value), pos: posOf(at), comments: [] });
}

function setGetter(state: DictState, entry: RawEntry): void {
  const prev = state.entries.find((x) => x.name === entry.name);
  if (prev) {
    prev.getter = entry.getter;
    if (entry.inherited) prev.inherited = true;
    else delete prev.inherited;
  } else state.entries.push({ ...entry });
}

/** `d["KEY"]` (a string-constant key) on the dict: the key, else null. */
function keyOf(node: SyntaxNode | undefined, name: string): string | null {
  if (node?.type !== "subscript") return null;
  const value = node.childForFieldName("value");
  const subs = node.namedChildren.filter((c) => c !== value && c.type !== "comment");
  if (value?.type !== "identifier" || value.text !== name || subs.length !== 1) return null;
  const k = lowerExpr(subs[0]);
  return k.kind === "const" && k.value.type === "str" ? k.value.value : null;
}
