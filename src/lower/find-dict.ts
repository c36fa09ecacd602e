/**
 * Which module-level dict display is the file's dict of getters. `vllm/envs.py` calls it
 * `environment_variables`; platform plugins use other names (`env_variables: dict[str, Callable[[], Any]] = {`,
 * `<prefix>_environment_variables`, `extra_environment_variables`). The dict the module's
 * `__getattr__` consults wins (`if name in env_variables: return env_variables[name]()`), else the
 * one display whose values are all getters; a caller may name it.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { ModuleAssign } from "../ir/types.js";

/** A module-level `NAME = {...}` / `NAME: T = {...}` display, in source order. */
export interface DictDisplay {
  name: string;
  node: SyntaxNode;
  /** Its module-level assignment, lowered unless it is the dict of getters. */
  assign: ModuleAssign;
}

/** The dict chosen, or why there is none (a message for the user). */
export type DictChoice = { name: string } | { error: string; code: "no-dict" | "ambiguous-dict"; line?: number; col?: number };

/** What the module binds at the top level, for telling a getter from any other value. */
export interface TopLevelNames {
  functions: ReadonlySet<string>;
  imported: ReadonlySet<string>;
  getattr: SyntaxNode | null;
}

/** The conventional name: always a candidate, even empty (`environment_variables = {}`). */
export const DEFAULT_DICT = "environment_variables";

/** Choose the dict of getters among the module's dict displays. */
export function chooseDict(displays: DictDisplay[], names: TopLevelNames, wanted: string | undefined): DictChoice {
  const byName = [...new Set(displays.map((d) => d.name))];
  const listing = (list: string[]) => list.map((n) => `\`${n}\` (line ${lineOf(displays, n)})`).join(", ");
  if (wanted !== undefined) {
    if (byName.includes(wanted)) return { name: wanted };
    const others = byName.length ? `; the module-level dict displays are ${listing(byName)}` : "";
    const error = `no dict display \`${wanted} = {...}\` found${others}: not an envs.py-shaped file`;
    return { code: "no-dict", error };
  }
  const consulted = names.getattr ? byName.filter((n) => mentions(names.getattr as SyntaxNode, n)) : [];
  if (consulted.length === 1) return { name: consulted[0] };
  const pool = consulted.length > 1 ? consulted : byName;
  const getterDicts = pool.filter((n) => n === DEFAULT_DICT || isGetterDict(lastDisplay(displays, n), names));
  // A dict spread into another (`environment_variables = {..., **BASE}`) is a part of it, not the dict.
  const parts = new Set(getterDicts.flatMap((n) => spreadNames(lastDisplay(displays, n)).filter((m) => m !== n)));
  const candidates = getterDicts.filter((n) => !parts.has(n));
  if (candidates.length === 1) return { name: candidates[0] };
  if (candidates.length > 1) {
    return {
      code: "ambiguous-dict",
      ...positionOf(lastDisplay(displays, candidates[0])),
      error:
        "several dicts of getters and no single one consulted by `__getattr__`: " +
        `${listing(candidates)}; choose the one to read with --dict NAME (e.g. --dict ${candidates[0]})`,
    };
  }
  const none = "no `environment_variables = {...}` dict found, nor another dict of getters: not an envs.py-shaped file";
  return { code: "no-dict", error: none };
}

function lastDisplay(displays: DictDisplay[], name: string): SyntaxNode {
  return (displays.filter((d) => d.name === name).pop() as DictDisplay).node;
}

/** A display's 1-based line and column, for the error's `FILE:LINE:COL:`. */
function positionOf(node: SyntaxNode): { line: number; col: number } {
  return { line: node.startPosition.row + 1, col: node.startPosition.column + 1 };
}

function lineOf(displays: DictDisplay[], name: string): number {
  return lastDisplay(displays, name).startPosition.row + 1;
}

/** The names spread into a dict display (`**BASE`). */
function spreadNames(dict: SyntaxNode): string[] {
  return dict.namedChildren
    .filter((c) => c.type === "dictionary_splat" && c.namedChildren[0]?.type === "identifier")
    .map((c) => c.namedChildren[0].text);
}

/** Whether `name` occurs as an identifier inside `node` (`name in env_variables`, `env_variables[name]`). */
function mentions(node: SyntaxNode, name: string): boolean {
  if (node.type === "identifier") return node.text === name;
  return node.children.some((c) => c.isNamed && mentions(c, name));
}

/**
 * A dict of getters: at least one `"KEY": value` pair, every key a string literal and every value a
 * getter — a lambda, a module-level function, or a call of one or of an imported name
 * (`env_with_choices("X", ...)`, `env_bool("X")`). `**spread` items are allowed.
 */
function isGetterDict(dict: SyntaxNode, names: TopLevelNames): boolean {
  const pairs = dict.namedChildren.filter((c) => c.type === "pair");
  if (pairs.length === 0) return false;
  return pairs.every((p) => {
    const key = p.childForFieldName("key");
    const value = p.childForFieldName("value");
    return key?.type === "string" && !!value && isGetter(value, names);
  });
}

function isGetter(value: SyntaxNode, names: TopLevelNames): boolean {
  if (value.type === "lambda") return true;
  if (value.type === "parenthesized_expression" && value.namedChildren.length === 1) {
    return isGetter(value.namedChildren[0], names);
  }
  if (value.type === "identifier") return names.functions.has(value.text);
  if (value.type !== "call") return false;
  const fn = value.childForFieldName("function");
  if (fn?.type === "identifier") return names.functions.has(fn.text) || names.imported.has(fn.text);
  // `functools.partial(...)`, `envs.env_with_choices(...)`: an attribute of an imported module.
  const base = fn?.type === "attribute" ? fn.namedChildren[0] : null;
  return base?.type === "identifier" && names.imported.has(base.text);
}
