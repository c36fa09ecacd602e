/**
 * What the decorators of a function do, as far as the model follows them.
 * `@functools.cache`, `@lru_cache`, `@lru_cache(maxsize=None)` are exact for a
 * function whose result depends only on its arguments; a cached function that
 * reads module state (the environment, files, other globals) returns in CPython
 * whatever its *first* call computed, which depends on when that was: unsupported.
 */
import type { Expr, FunctionDef, ImportBinding, Stmt, Target } from "./types.js";
import { walkStmts } from "./walk.js";
import { functionScope, resolveName } from "./scope.js";

/** The module facts the classification needs. */
export interface DecoratorModule {
  imports: readonly ImportBinding[];
  helpers: readonly FunctionDef[];
}

/** How calls of a decorated function behave. */
export type DecoratorEffect =
  | { kind: "none" }
  | { kind: "cache"; maxsize: number | null }
  | { kind: "unsupported"; reason: string };

/** Modules whose functions are pure: a cached function may use them. */
const PURE_MODULES = new Set(["json", "math", "re", "functools", "string"]);

function importOf(name: string, m: DecoratorModule): ImportBinding | undefined {
  return [...m.imports].reverse().find((b) => b.local === name);
}

/** `functools.cache` / `cache` (from functools) / `lru_cache` ...: the functools attribute named, if any. */
function functoolsName(e: Expr, m: DecoratorModule): string | null {
  if (e.kind === "attr" && e.obj.kind === "name") {
    const b = importOf(e.obj.id, m);
    return b && b.module === "functools" && b.attr === null ? e.attr : null;
  }
  if (e.kind === "name") {
    const b = importOf(e.id, m);
    return b && b.module === "functools" && b.attr !== null ? b.attr : null;
  }
  return null;
}

/** `lru_cache(maxsize=None)`, `lru_cache(64)`, `lru_cache()`: the maxsize, or a reason it is not followed. */
function lruArgs(e: Extract<Expr, { kind: "call" }>): number | null | string {
  const arg = e.args[0] ?? e.keywords.find((k) => k.name === "maxsize")?.value;
  if (e.args.length > 1 || e.keywords.some((k) => k.name !== "maxsize")) return "lru_cache with typed= or extra arguments";
  if (!arg) return 128;
  if (arg.kind === "const" && arg.value.type === "none") return null;
  if (arg.kind === "const" && arg.value.type === "int" && BigInt(arg.value.value) >= 0n) return Number(arg.value.value);
  return "lru_cache with a computed maxsize";
}

function classifyOne(d: Expr, m: DecoratorModule): DecoratorEffect {
  const bare = functoolsName(d, m);
  if (bare === "cache") return { kind: "cache", maxsize: null };
  if (bare === "lru_cache") return { kind: "cache", maxsize: 128 };
  if (d.kind === "call" && functoolsName(d.func, m) === "lru_cache") {
    const size = lruArgs(d);
    return typeof size === "string" ? { kind: "unsupported", reason: size } : { kind: "cache", maxsize: size };
  }
  return { kind: "unsupported", reason: `the decorator at line ${d.pos.line} is not modelled` };
}

/** The effect of a function's decorators (at most one cache decorator is followed). */
export function classifyDecorators(fn: FunctionDef, m: DecoratorModule): DecoratorEffect {
  if (!fn.decorators.length) return { kind: "none" };
  if (fn.decorators.length > 1) return { kind: "unsupported", reason: `${fn.name} has several decorators (line ${fn.pos.line}), not modelled` };
  const effect = classifyOne(fn.decorators[0], m);
  if (effect.kind !== "cache") return effect.kind === "unsupported" ? { kind: "unsupported", reason: `${fn.name}: ${effect.reason}` } : effect;
  const impure = moduleStateRead(fn, m, new Set());
  if (impure) return { kind: "unsupported", reason: `${fn.name} is cached and reads ${impure}: CPython returns what its first call computed (line ${fn.pos.line})` };
  return effect;
}

/** The first module-level name a function (transitively) reads that is not pure, or null. */
function moduleStateRead(fn: Pick<FunctionDef, "params" | "body" | "name">, m: DecoratorModule, seen: Set<string>): string | null {
  seen.add(fn.name);
  const scope = functionScope(fn, null);
  const names: string[] = [];
  const defaults: Stmt[] = fn.params.flatMap((p) => (p.default ? [{ kind: "expr" as const, value: p.default, pos: p.default.pos }] : []));
  // Names bound by comprehensions, lambdas and walruses inside are locals of their own scopes, not module state.
  const inner = new Set<string>();
  const bindNames = (t: Target): void => (t.kind === "name" ? void inner.add(t.id) : t.kind === "tuple" ? t.elts.forEach(bindNames) : t.kind === "starred" ? bindNames(t.target) : undefined);
  walkStmts([...defaults, ...fn.body], (e) => {
    if (e.kind === "name") names.push(e.id);
    else if (e.kind === "comp" || e.kind === "dictcomp") e.generators.forEach((g) => bindNames(g.target));
    else if (e.kind === "lambda") e.params.forEach((p) => inner.add(p.name));
    else if (e.kind === "walrus") inner.add(e.target);
  });
  for (const id of names) {
    if (resolveName(scope, id) === "local" || inner.has(id)) continue;
    const helper = m.helpers.find((h) => h.name === id);
    if (helper) {
      if (helper.decorators.length || (!seen.has(id) && moduleStateRead(helper, m, seen))) return `the helper ${id}`;
      continue;
    }
    const imp = importOf(id, m);
    if (imp && PURE_MODULES.has(imp.module.split(".")[0])) continue;
    if (imp) return `the module ${imp.module}`;
    // Anything else is a builtin (pure) or a module global (state fixed at import, possibly mutable): refuse the latter.
    if (!BUILTIN_NAMES.has(id)) return `the module global ${id}`;
  }
  return null;
}

const BUILTIN_NAMES = new Set([
  "int", "float", "str", "bool", "len", "list", "dict", "set", "tuple", "min", "max", "abs", "any", "all", "sorted", "repr",
  "range", "enumerate", "zip", "isinstance", "None", "True", "False", "ValueError", "TypeError", "KeyError", "IndexError",
  "RuntimeError", "Exception", "round", "sum", "reversed", "map", "filter", "frozenset", "callable", "hasattr", "getattr",
]);
