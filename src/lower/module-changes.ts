/**
 * Module-level code that changes a module value in place after its assignment (`MODES.append("a")`,
 * `D["k"] = v`, a call of a function of the file that does so): the value is unmodelled from then on, and a
 * change of `os.environ` makes every read of the environment unsupported (lowered.ts: `environChanged`).
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Expr, FunctionDef, Target } from "../ir/types.js";
import { functionScope } from "../ir/scope.js";
import { walkStmts } from "../ir/walk.js";
import type { LoweredModule } from "./lowered.js";
import { excerpt, posOf } from "./lower-expr.js";
import { firstNamed } from "./node-parts.js";

/**
 * `MODES.append("a")`, `D["k"] = v`, `del D["k"]`, `O.a = v` at module level: the object named by the root of
 * the target changes in place after its assignment, which is not followed. Noted here, bound as unmodelled
 * once the dict of getters is known (its own changes are followed: dict-mutations.ts).
 */
export function noteChangeInPlace(st: SyntaxNode, changed: Changed[]): void {
  for (const t of changedTargets(st)) {
    if (t?.type !== "subscript" && t?.type !== "attribute") continue;
    let root: SyntaxNode | null = t;
    while (root && (root.type === "subscript" || root.type === "attribute")) {
      root = root.childForFieldName(root.type === "subscript" ? "value" : "object");
    }
    if (root?.type === "identifier") changed.push({ name: root.text, st, target: t.text });
  }
}

/** The targets a statement may change in place: an assignment's left side, a called method's object, del's. */
function changedTargets(st: SyntaxNode): (SyntaxNode | null)[] {
  const e = firstNamed(st);
  if (!e) return [];
  if (e.type === "assignment" || e.type === "augmented_assignment") return [e.childForFieldName("left")];
  if (e.type === "call") {
    // `MODES.append("a")`: a method of the object (a call of `D["k"]()` changes nothing of D's by itself).
    const f = e.childForFieldName("function");
    return f?.type === "attribute" ? [f] : [];
  }
  if (st.type === "delete_statement") return e.type === "expression_list" ? e.namedChildren : [e];
  return [];
}

/** A statement at module level that changes the object `name` in place (`target`: the changed part's text). */
export interface Changed {
  name: string;
  st: SyntaxNode;
  target: string;
}

/**
 * Names of module-level values changed in place (noteChangeInPlace): unmodelled from that statement on.
 * `os.environ["X"] = …`, `os.environ.setdefault(…)`: the environment every getter reads is not the process's.
 */
export function bindChangedInPlace(changed: Changed[], calls: HelperCall[], out: LoweredModule): void {
  // `add()` at module level, where `def add(): L.append(1)`: the names the function (or one it calls) changes.
  const effects = helperEffects(out.helpers);
  const values = new Set(out.assigns.map((x) => x.name));
  for (const c of calls) {
    for (const name of effects.get(c.name) ?? []) changed.push({ name, st: c.st, target: name });
    // `c()` where `c = make_counter()`: a closure's own state (`nonlocal n; n += 1`) may change.
    if (values.has(c.name)) changed.push({ name: c.name, st: c.st, target: c.name });
  }
  for (const { name, st, target } of changed) {
    const imp = out.imports.find((b) => b.local === name && b.module === "os");
    if (imp && (imp.attr === "environ" || (imp.attr === null && target.startsWith(`${name}.environ`)))) {
      const line = posOf(st).line;
      out.environChanged ??= { reason: `os.environ is changed at import (line ${line}), which is not followed`, line };
      continue;
    }
    let last = out.assigns.length - 1;
    while (last >= 0 && out.assigns[last].name !== name) last--;
    const pos = posOf(st);
    const reason = `${name} is changed in place at module level (line ${pos.line}), which is not followed`;
    // `h()` at import where `def h(acc=[]): acc.append(1)`: the function's default object changed.
    const helper = last === -1 ? out.helpers.find((h) => h.name === name) : undefined;
    if (helper) {
      const why = `${name} changes its own default value when called at module level (line ${pos.line}), not followed`;
      helper.body = [{ kind: "unsupported", reason: why, text: excerpt(st), pos }];
      helper.problem = why;
      continue;
    }
    if (name === out.dictName || last === -1) continue;
    // In place of its value (not a second binding of the name).
    out.assigns[last] = { name, value: { kind: "unsupported", reason, text: excerpt(st), pos }, pos };
  }
}

/** A call of a function by its name in a module-level statement. */
export interface HelperCall {
  name: string;
  st: SyntaxNode;
}

/** Calls of a function by its name in a module-level statement (not inside a lambda or a def: not run at import). */
export function noteHelperCalls(st: SyntaxNode, calls: HelperCall[]): void {
  const stack = [st];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "lambda" || n.type === "function_definition") continue;
    if (n.type === "call") {
      const f = n.childForFieldName("function");
      if (f?.type === "identifier") calls.push({ name: f.text, st });
    }
    stack.push(...n.namedChildren);
  }
}

/** The root name of a target changed in place (`L` of `L[0].a = …`), or null. */
function rootOf(t: Target | Expr): string | null {
  let x = t;
  while (x.kind === "subscript" || x.kind === "attr") x = x.obj;
  return x.kind === "name" ? x.id : null;
}

/**
 * Per function of the file: the module names it may change in place or rebind (`L.append(…)`, `D[k] = v`,
 * `global X; X = …`), its own and those of the functions it calls by name (to a fixed point).
 */
function helperEffects(helpers: FunctionDef[]): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  const callees = new Map<string, Set<string>>();
  const names = new Set(helpers.map((h) => h.name));
  for (const h of helpers) {
    const scope = functionScope(h, null);
    const own = new Set<string>();
    const called = new Set<string>();
    const outer = (n: string | null): n is string => n !== null && (!scope.locals.has(n) || scope.globals.has(n));
    // A parameter with a default changed in place changes the default object, which the function keeps.
    const defaulted = new Set(h.params.filter((x) => x.default).map((x) => x.name));
    const note = (root: string | null): void => {
      if (outer(root)) own.add(root);
      else if (root !== null && defaulted.has(root)) own.add(h.name);
    };
    walkStmts(h.body, (e) => {
      if (e.kind !== "call") return;
      if (e.func.kind === "name" && names.has(e.func.id)) called.add(e.func.id);
      if (e.func.kind === "attr") note(rootOf(e.func.obj));
    }, (s) => {
      const targets = s.kind === "assign" || s.kind === "delete" ? s.targets : s.kind === "augassign" ? [s.target] : [];
      for (const t of targets) {
        note(t.kind === "name" ? (scope.globals.has(t.id) ? t.id : null) : rootOf(t));
      }
    });
    direct.set(h.name, own);
    callees.set(h.name, called);
  }
  const effects = new Map<string, Set<string>>();
  for (const h of helpers) {
    const all = new Set<string>();
    const seen = new Set<string>();
    const todo = [h.name];
    for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
      if (seen.has(n)) continue;
      seen.add(n);
      direct.get(n)?.forEach((x) => all.add(x));
      callees.get(n)?.forEach((c) => todo.push(c));
    }
    effects.set(h.name, all);
  }
  return effects;
}
