/**
 * The analyser's link to the module: its name tables, calls into functions of the file (names: sym-lookup.ts), and
 * `createAnalyzer`, the one place the evaluator context's members are wired (sym-context.ts).
 */
import type { Expr, FunctionDef, Stmt } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { evalExpr } from "./sym-expr.js";
import { execBody } from "./sym-stmt.js";
import { callSym } from "./sym-calls.js";
import { EMPTY_FRAME, type Frame, type Outcome, type Path, type Sym, copyFrame, cst, typed } from "./sym.js";
import { type Analyzer, inOwnScope, lateValue, rebindKey, unboundKey, withoutOwnBinds } from "./sym-context.js";
import { bindParams } from "./sym-bind.js";
import { localsOf } from "./node-facts.js";
import { lookupName } from "./sym-lookup.js";

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
  /** Module names whose value at a read is not followed, with the reason (moduleRebinds). */
  rebinds: Map<string, string>;
}

/**
 * Module names a read cannot resolve to one binding: bound more than once at module level (code running at
 * import reads the binding made so far, a getter the last one, and helpers, imports and assignments are looked
 * up in that order, not by line). (Rebinding through `global NAME` is noted when the analysis runs it.)
 */
function moduleRebinds(module: LoweredModule): Map<string, string> {
  const lines = new Map<string, Set<string>>();
  const add = (name: string, key: string): void => {
    let at = lines.get(name);
    if (!at) lines.set(name, (at = new Set()));
    at.add(key);
  };
  for (const h of module.helpers) add(h.name, `line ${h.pos.line}`);
  // `import os` twice binds the same module: one binding.
  for (const b of module.imports) add(b.local, `import ${b.module}${b.attr === null ? "" : "." + b.attr}`);
  for (const x of module.assigns) add(x.name, `line ${x.pos.line}`);
  const out = new Map<string, string>();
  for (const [name, at] of lines) {
    if (at.size < 2) continue;
    const where = [...at].join(", ");
    out.set(name, `${name} is bound more than once at module level (${where}): which binding a read sees is not followed`);
  }
  return out;
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
      rebinds: moduleRebinds(module),
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
  readonly rebinds: ModuleIndex["rebinds"];
  readonly reads = new Set<string>();
  // Made at their first entry: most getters use no helper, hit no unmodelled step, read few literal defaults.
  // The first variable read with a literal default, in two fields: most getters read only their own.
  private rawName: string | null = null;
  private rawText: string | typeof SEVERAL = SEVERAL;
  private rawDefaults: Map<string, string | typeof SEVERAL> | null = null;
  private helperNames: Set<string> | null = null;
  firstUnmodelled: string | null = null;
  globalWrites: Set<string> | null = null;
  environWritten: { reason: string; line: number } | null = null;
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
    this.rebinds = ix.rebinds;
  }

  noteEnvironWrite(line: number): void {
    this.environWritten ??= { reason: `the getter changed os.environ at line ${line}: what it reads afterwards is not followed`, line };
  }

  noteGlobal(names: string[]): void {
    for (const n of names) (this.globalWrites ??= new Set()).add(n);
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
      // No `__getattr__` (NameError): AttributeError; one that is not followed stays so (never AttributeError).
      return hook.flatMap((o): Outcome[] => {
        if (o.kind === "raise" && o.exc === "NameError") return [{ kind: "raise", exc: "AttributeError", path: q }];
        if (o.kind !== "value") return [o];
        if (o.sym.k === "fn") return invokeFunction(o.sym, [cst(name)], {}, o.path, this, line);
        return [{ kind: "unsupported", reason: "the module's __getattr__ is not a function of the file", line, path: o.path }];
      });
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
    if (!p.binds) {
      return withoutOwnBinds("expr" in body ? evalExpr(body.expr, frame, p, a) : execBody(body.stmts as Stmt[], frame, p, a));
    }
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
      const why = "was not yet bound in the enclosing function when this function was made";
      frame.set(rebindKey(name), lateValue(name, why));
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
