/**
 * The analyser's link to the module: names, helpers, calls into functions of the file, and
 * `createAnalyzer`, the one place the evaluator context's members are wired (sym-context.ts).
 */
import { UPSTREAM_FILE_NAME, type Expr, type FunctionDef, type Stmt } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { KNOWN_MODULES } from "../../templates/runtime/modules.js";
import { evalExpr } from "./sym-expr.js";
import { execBody } from "./sym-stmt.js";
import { callSym, isExceptionName } from "./sym-calls.js";
import { PYTHON_BUILTINS } from "../ir/python-builtins.js";
import { EMPTY_FRAME, type Frame, type Outcome, type Path, type Sym, copyFrame, cst, typed, val } from "./sym.js";
import { type Analyzer, inOwnScope, rebindKey, unboundKey, withoutOwnBinds } from "./sym-context.js";
import { bindParams, evalDefaults } from "./sym-bind.js";
import { classifyDecorators } from "../ir/decorators.js";
import { localsOf } from "./node-facts.js";

/** Calls nested deeper than this are not followed (recursion in a helper). */
const MAX_CALL_DEPTH = 12;

interface ModuleIndex {
  helpers: Map<string, FunctionDef>;
  entries: Map<string, LoweredModule["entries"][number]>;
  globals: Set<string>;
  /** The last import binding of each local name (a later `import x` rebinds it, as in Python). */
  imports: Map<string, LoweredModule["imports"][number]>;
  /** The last module-level assignment of each name. */
  assigns: Map<string, LoweredModule["assigns"][number]>;
  /** Names no local shadows that the module resolves to an exception class or a builtin: their refs. */
  builtinRefs: Map<string, Sym>;
  /** The function object of each helper without parameter defaults: the same on every path (null: has some). */
  helperFns: Map<string, Extract<Sym, { k: "fn" }> | null>;
}

const indexes = new WeakMap<LoweredModule, ModuleIndex>();

/** Name tables of a module, built once (not once per getter: that would be quadratic). */
function moduleIndex(module: LoweredModule): ModuleIndex {
  let ix = indexes.get(module);
  if (!ix) {
    const helpers = new Map(module.helpers.map((h) => [h.name, h]));
    ix = {
      helpers,
      entries: new Map(module.entries.map((e) => [e.name, e])),
      globals: new Set([...helpers.keys(), ...module.assigns.map((x) => x.name), ...module.imports.map((b) => b.local)]),
      // Later bindings overwrite earlier ones: each name maps to its last binding.
      imports: new Map(module.imports.map((b) => [b.local, b])),
      assigns: new Map(module.assigns.map((x) => [x.name, x])),
      builtinRefs: new Map(),
      helperFns: new Map(),
    };
    indexes.set(module, ix);
  }
  return ix;
}

/**
 * The analyser of one getter: a class, so that its members are shared methods rather than eight closures
 * made afresh for every getter of the file.
 */
class GetterAnalyzer implements Analyzer {
  readonly helpers: Map<string, FunctionDef>;
  readonly imports: ModuleIndex["imports"];
  readonly assigns: ModuleIndex["assigns"];
  readonly builtinRefs: ModuleIndex["builtinRefs"];
  readonly helperFns: ModuleIndex["helperFns"];
  readonly reads = new Set<string>();
  // Made at their first entry: most getters use no helper, hit no unmodelled step, read few literal defaults.
  // The first variable read with a literal default, in two fields: most getters read only their own.
  private rawName: string | null = null;
  private rawText: string | typeof SEVERAL = SEVERAL;
  private rawDefaults: Map<string, string | typeof SEVERAL> | null = null;
  private helperNames: Set<string> | null = null;
  firstUnmodelled: string | null = null;
  depth = 0;
  marked = false;
  rebound = false;

  constructor(
    readonly module: LoweredModule,
    private readonly ix: ModuleIndex,
  ) {
    this.helpers = ix.helpers;
    this.imports = ix.imports;
    this.assigns = ix.assigns;
    this.builtinRefs = ix.builtinRefs;
    this.helperFns = ix.helperFns;
  }

  noteRawDefault(name: string, text: string): void {
    if (this.rawName === null) {
      this.rawName = name;
      this.rawText = text;
      return;
    }
    if (this.rawName === name) {
      if (this.rawText !== text) this.rawText = SEVERAL;
      return;
    }
    const map = (this.rawDefaults ??= new Map());
    const cur = map.get(name);
    if (cur === undefined) map.set(name, text);
    else if (cur !== text) map.set(name, SEVERAL);
  }

  noteHelper(name: string): void {
    (this.helperNames ??= new Set()).add(name);
  }

  noteUnmodelled(what: string): void {
    this.firstUnmodelled ??= what; // only the first is ever reported
  }

  rawDefaultOf(name: string): string | null {
    const d = name === this.rawName ? this.rawText : this.rawDefaults?.get(name);
    return d === undefined || d === SEVERAL ? null : d;
  }

  usedHelpers(): string[] {
    return this.helperNames ? Array.from(this.helperNames).sort() : [];
  }

  selfAttr(name: string, p: Path, line: number): Outcome[] {
    return inOwnScope(p, (q) => {
      if (this.ix.globals.has(name)) return lookupName(name, EMPTY_FRAME, q, this, line);
      // Python falls back to the module's own `__getattr__` (vllm.envs: `environment_variables[name]()`).
      const hook = lookupName("__getattr__", EMPTY_FRAME, q, this, line);
      return hook.flatMap((o) => (o.kind === "value" && o.sym.k === "fn" ? invokeFunction(o.sym, [cst(name)], {}, o.path, this, line) : [{ kind: "raise" as const, exc: "AttributeError", path: q }]));
    });
  }

  entryGetter(name: string, p: Path): Outcome[] {
    const entry = this.ix.entries.get(name);
    return entry ? inOwnScope(p, (q) => evalExpr(entry.getter, EMPTY_FRAME, q, this)) : [{ kind: "raise", exc: "KeyError", path: p }];
  }

  hasEntry(name: string): boolean {
    return this.ix.entries.has(name);
  }

  eval(e: Expr, frame: Frame, p: Path): Outcome[] {
    return evalExpr(e, frame, p, this);
  }

  exec(stmts: Stmt[], frame: Frame, p: Path): Outcome[] {
    return execBody(stmts, frame, p, this);
  }

  call(f: Sym, args: Sym[], kw: Record<string, Sym>, p: Path, line: number): Outcome[] {
    return callSym(f, args, kw, p, this, line);
  }

  lookup(id: string, frame: Frame, p: Path, line: number): Outcome[] {
    return lookupName(id, frame, p, this, line);
  }

  invoke(f: Extract<Sym, { k: "fn" }>, args: Sym[], kw: Record<string, Sym>, p: Path, line: number): Outcome[] {
    return invokeFunction(f, args, kw, p, this, line);
  }
}

/** A variable read with more than one literal default string. */
const SEVERAL = Symbol("several defaults");

/** What one getter's analysis gathered besides its outcomes. */
export interface GetterFindings extends Analyzer {
  /** The first step whose raises are not modelled (see `noteUnmodelled`), or null. */
  readonly firstUnmodelled: string | null;
  /** The one literal default string `name` is read with, or null (none, or several). */
  rawDefaultOf(name: string): string | null;
  /** The helpers used, sorted. */
  usedHelpers(): string[];
}

/** Create the analyser for a module. */
export function createAnalyzer(module: LoweredModule): GetterFindings {
  return new GetterAnalyzer(module, moduleIndex(module));
}

/** The modelled modules, as a set: an import's module is tested at every lookup of its name (`os` in most getters). */
const KNOWN_MODULE_NAMES: ReadonlySet<string> = new Set(KNOWN_MODULES);

const importRefs = new WeakMap<LoweredModule["imports"][number], Sym>();

/** The ref an import binds (`import os` → `os`, `from os import path` → `os.path`), one symbol per binding. */
function importRef(imp: LoweredModule["imports"][number]): Sym {
  let sym = importRefs.get(imp);
  if (!sym) importRefs.set(imp, (sym = { k: "ref", path: imp.attr === null ? imp.module : `${imp.module}.${imp.attr}` }));
  return sym;
}

/** Refs to builtins and exception classes: symbols are never changed in place, so one per name serves every lookup. */
const namedRefs = { "exc.": new Map<string, Sym>(), "builtins.": new Map<string, Sym>() };

function namedRef(prefix: "exc." | "builtins.", id: string): Sym {
  const refs = namedRefs[prefix];
  let sym = refs.get(id);
  if (!sym) refs.set(id, (sym = { k: "ref", path: prefix + id }));
  return sym;
}

/** A name: a local, a module-level binding, a builtin, else NameError (as Python). */
export function lookupName(id: string, frame: Frame, p: Path, a: Analyzer, line: number): Outcome[] {
  // `(v := ...)` earlier in the same statement, on this path.
  if (p.binds && Object.hasOwn(p.binds, id)) return [val(p.binds[id], p)];
  // A local a nested function rebinds (`nonlocal count`) may change at any call: its value is unknown.
  if (a.rebound && frame.has(rebindKey(id))) return [val(typed({ kind: "unknown", reason: `${id} is rebound by a nested function (nonlocal)` }, "…"), p)];
  const local = frame.get(id);
  if (local) return [val(local, p)];
  if (a.marked && frame.has(unboundKey(id))) return [{ kind: "raise", exc: "UnboundLocalError", path: p }];
  // `int`, `ValueError`: what the module's names below resolve them to never changes, so once is enough.
  const fixed = a.builtinRefs.get(id);
  if (fixed) return [val(fixed, p)];
  const helper = a.helpers.get(id);
  if (helper) {
    a.noteHelper(id);
    // `@functools.cache` on a function of its arguments is transparent; other decorators are not followed.
    const effect = classifyDecorators(helper, a.module);
    if (effect.kind === "unsupported") return [{ kind: "unsupported", reason: effect.reason, line, path: p }];
    // No default to evaluate: what inOwnScope over evalDefaults would give on a path without `:=` bindings.
    const fixedFn = p.binds ? null : helperFn(helper, a);
    if (fixedFn) return [val(fixedFn, p)];
    const made = (q: Path): Outcome[] => evalDefaults(helper.params, EMPTY_FRAME, q, a, (defaults, r) => [val({ k: "fn", name: helper.name, params: helper.params, body: { stmts: helper.body }, closure: EMPTY_FRAME, defaults }, r)]);
    return inOwnScope(p, made);
  }
  const imp = a.imports.get(id);
  if (imp) {
    const root = imp.module;
    if (!KNOWN_MODULE_NAMES.has(root)) return [{ kind: "unsupported", reason: `imports ${root}, which is not part of the modelled standard library`, line, path: p }];
    return [val(importRef(imp), p)];
  }
  const assign = a.assigns.get(id);
  if (assign) return inOwnScope(p, (q) => evalExpr(assign.value, EMPTY_FRAME, q, a));
  if (id === "__name__") return [val(cst("vllm.envs"), p)];
  // The dict of getters, whatever the file calls it (`env_variables` in a plugin): the "module" ref.
  if (id === a.module.dictName) return [val({ k: "ref", path: "module.environment_variables" }, p)];
  if (id === "__file__" || id === UPSTREAM_FILE_NAME) return [val(typed({ kind: "str" }, "<vllm install>/envs.py"), p)];
  const ref = isExceptionName(id) ? namedRef("exc.", id) : Object.hasOwn(BUILTINS, id) ? namedRef("builtins.", id) : null;
  if (ref) {
    a.builtinRefs.set(id, ref);
    return [val(ref, p)];
  }
  if (PYTHON_BUILTINS.has(id)) return [{ kind: "unsupported", reason: `the builtin ${id} is not modelled`, line, path: p }];
  return [{ kind: "raise", exc: "NameError", path: p }];
}

/** A helper's function object when it has no parameter defaults (made once per module), else null. */
function helperFn(helper: FunctionDef, a: Analyzer): Extract<Sym, { k: "fn" }> | null {
  let fn = a.helperFns.get(helper.name);
  if (fn === undefined) {
    const fixed = helper.params.every((x) => !x.default);
    fn = fixed ? { k: "fn", name: helper.name, params: helper.params, body: { stmts: helper.body }, closure: EMPTY_FRAME, defaults: helper.params.map(() => null) } : null;
    a.helperFns.set(helper.name, fn);
  }
  return fn;
}

/** Call a function of the file (or a lambda) with symbolic arguments. */
export function invokeFunction(f: Extract<Sym, { k: "fn" }>, args: Sym[], kw: Record<string, Sym>, p: Path, a: Analyzer, line: number): Outcome[] {
  if (a.depth >= MAX_CALL_DEPTH) return [{ kind: "unsupported", reason: `calls nested more than ${MAX_CALL_DEPTH} deep`, line, path: p }];
  const frame = bindParams(f.params, f.defaults, args, kw, copyFrame(f.closure));
  if (!frame) return [{ kind: "raise", exc: "TypeError", path: p }];
  markLocals(f, frame, a);
  a.depth += 1;
  try {
    const body = f.body;
    // Without `:=` bindings on the caller's path, inOwnScope would only drop those the body's paths made:
    // done here without its closure (every call of a helper).
    if (!p.binds) return withoutOwnBinds("expr" in body ? evalExpr(body.expr, frame, p, a) : execBody(body.stmts as Stmt[], frame, p, a));
    return inOwnScope(p, (q) => ("expr" in body ? evalExpr(body.expr, frame, q, a) : execBody(body.stmts as Stmt[], frame, q, a)));
  } finally {
    a.depth -= 1;
  }
}

/**
 * A callee's frame at entry: a name the function assigns anywhere (`if flag: KeyError = ValueError`) is its
 * local on every path, unbound until assigned (reading it raises UnboundLocalError, never the builtin or the
 * enclosing function's value). A name of the enclosing function that was still unbound when this function
 * was made may be bound by the time it is called (closures bind late): its value is unknown.
 */
function markLocals(f: Extract<Sym, { k: "fn" }>, frame: Frame, a: Analyzer): void {
  const locals = localsOf(f);
  if (a.marked) {
    for (const [key] of f.closure) {
      if (!key.startsWith(unboundKey(""))) continue;
      const name = key.slice(unboundKey("").length);
      frame.delete(key);
      if (locals.all.has(name)) continue;
      frame.set(rebindKey(name), typed({ kind: "unknown", reason: `${name} of the enclosing function` }, "…"));
      a.rebound = true;
    }
  }
  // A local of its own is not the enclosing function's `nonlocal`-rebound name of the same spelling.
  if (a.rebound) for (const name of locals.all) frame.delete(rebindKey(name));
  for (const name of locals.unbound) {
    frame.delete(name);
    frame.set(unboundKey(name), UNASSIGNED);
    a.marked = true;
  }
}

const UNASSIGNED: Sym = typed({ kind: "unknown", reason: "not yet assigned" }, "…");
