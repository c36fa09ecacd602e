/**
 * The one evaluator context. Symbolic evaluation is one recursion (an expression calls a helper,
 * whose body is statements, which hold expressions); instead of a circle of files importing each
 * other, every file receives the context and recurses through its members (`a.eval`, `a.exec`,
 * `a.call`, `a.lookup`, `a.invoke`), wired in one place: `createAnalyzer` (analyzer.ts).
 * Also here: the analysis state, and the combinators every evaluator file uses.
 */
import type { Expr, FunctionDef, Stmt } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { type ClosureNode, lateNamesOf } from "../ir/late-names.js";
import { type Frame, type Outcome, type Path, type Sym, MAX_OUTCOMES, NO_TF, ROOT_PATH, assume, copyFrame, cst, pathWith, typed, unionOf, val, withoutBinds } from "./sym.js";
import { symType } from "./sym-types.js";

/** Analysis state for one getter. */
export interface Analyzer {
  module: LoweredModule;
  helpers: Map<string, FunctionDef>;
  /** The last import binding of each local name. */
  imports: Map<string, LoweredModule["imports"][number]>;
  /** The last module-level assignment of each name. */
  assigns: Map<string, LoweredModule["assigns"][number]>;
  /** Module names whose value at a read is not followed (bound twice, or through `global`), with the reason. */
  rebinds: Map<string, string>;
  /** The module's resolution of names that fall through to an exception class or builtin (filled as met). */
  builtinRefs: Map<string, Sym>;
  /** The function objects of helpers without parameter defaults, made once per module (null: it has some). */
  helperFns: Map<string, Extract<Sym, { k: "fn" }> | null>;
  reads: Set<string>;
  /** `os.getenv(NAME, "default")`: a literal default string NAME is read with. */
  noteRawDefault(name: string, text: string): void;
  /** A helper of the module the getter uses. */
  noteHelper(name: string): void;
  /**
   * A step on a non-constant value whose raises the analysis does not enumerate (`max(xs)` of an empty
   * list, `round(inf)`, `s.format(...)`): where there is one, no accepted form is stated.
   */
  noteUnmodelled(what: string): void;
  /** Why the environment this analysis reads is not the process's any more (`os.environ[k] = v` ran), or null. */
  environWritten: { reason: string; line: number } | null;
  /** `os.environ[k] = v` ran at `line`: later reads of the environment are not followed. */
  noteEnvironWrite(line: number): void;
  /** Names a function run by this analysis declared `global` (it may rebind the module's). */
  globalWrites: Set<string> | null;
  /** `global NAME` ran: from here on the module's NAME is not followed (it may have been rebound). */
  noteGlobal(names: string[]): void;
  depth: number;
  /** A frame of this analysis holds a `nonlocal` or `del` marker key (until then no lookup asks for them). */
  marked: boolean;
  /** A frame of this analysis holds a `nonlocal` marker (a local of unknown value): lookups ask for it only then. */
  rebound: boolean;
  /** `sys.modules[__name__].NAME`: a module global, else the module's `__getattr__`. */
  selfAttr(name: string, p: Path, line: number): Outcome[];
  /** `environment_variables[NAME]`: the getter object of an entry. */
  entryGetter(name: string, p: Path): Outcome[];
  /** `NAME in environment_variables`. */
  hasEntry(name: string): boolean;
  /** `evalExpr` (sym-expr.ts): every way an expression can end. */
  eval(e: Expr, frame: Frame, p: Path): Outcome[];
  /** `execBody` (sym-stmt.ts): every way a block can end. */
  exec(stmts: Stmt[], frame: Frame, p: Path): Outcome[];
  /** `callSym` (sym-calls.ts): a call of any callable symbol. */
  call(f: Sym, args: Sym[], kw: Record<string, Sym>, p: Path, line: number): Outcome[];
  /** `lookupName` (analyzer.ts): a name, as Python resolves it. */
  lookup(id: string, frame: Frame, p: Path, line: number): Outcome[];
  /** `invokeFunction` (analyzer.ts): a call of a function of the file. */
  invoke(f: Extract<Sym, { k: "fn" }>, args: Sym[], kw: Record<string, Sym>, p: Path, line: number): Outcome[];
}

const rebindKeys = new Map<string, string>();
const unboundKeys = new Map<string, string>();

/** The key for `name` in `keys`, built once: every name lookup asks for both (a fresh string must be hashed). */
function markerKey(keys: Map<string, string>, prefix: string, name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 4096) keys.clear(); // names of every file analysed: bounded all the same
    keys.set(name, (key = prefix + name));
  }
  return key;
}

/** The frame key marking a local that a nested function rebinds with `nonlocal` (not a Python name). */
export function rebindKey(name: string): string {
  return markerKey(rebindKeys, "\u0000nonlocal ", name);
}

/**
 * The value a closure reads for a name of its maker that may be bound again before it is called (closures
 * read the variable when called): unknown, with the reason. Stored under `rebindKey(name)`.
 */
export function lateValue(name: string, why: string): Sym {
  return typed({ kind: "unknown", reason: `${name} ${why} (a closure reads it when called)` }, "…");
}

/**
 * The frame a closure made at `node` keeps: the maker's frame, where names the maker binds again after
 * making it (src/ir/late-names.ts: `h = lambda: z` then `z = 5`) read as unknown.
 */
export function closureFrame(node: ClosureNode, frame: Frame, a: Analyzer): Frame {
  const m = a.module;
  const sources = () => ({ helpers: m.helpers, exprs: [...m.assigns.map((x) => x.value), ...m.entries.map((e) => e.getter)] });
  const late = lateNamesOf(node, m, sources);
  if (!late.length) return frame;
  const f = copyFrame(frame);
  for (const name of late) f.set(rebindKey(name), lateValue(name, "is bound again after this closure is made"));
  a.rebound = true;
  return f;
}

/** The frame key marking a local that `del` unbound. */
export function unboundKey(name: string): string {
  return markerKey(unboundKeys, "\u0000unbound ", name);
}

/**
 * A path's `:=` bindings written into a copy of the statement's frame, and the path without them; the frame
 * itself where the path made none (no frame is ever changed in place, so branches share theirs).
 */
export function settleBinds(frame: Frame, p: Path, a: Analyzer): { frame: Frame; path: Path } {
  const binds = p.binds;
  if (!binds) return { frame, path: p };
  const f = copyFrame(frame);
  for (const name of Object.keys(binds)) {
    f.set(name, binds[name]);
    if (a.marked) f.delete(unboundKey(name));
  }
  return { frame: f, path: withoutBinds(p) };
}

/**
 * Run code of another scope (a callee's body, a module-level expression) on a path: the caller's `:=`
 * bindings are not its names; they are set aside, and put back on every path that comes out.
 */
export function inOwnScope(p: Path, run: (q: Path) => Outcome[]): Outcome[] {
  const outer = p.binds;
  if (!outer) return withoutOwnBinds(run(p));
  const outs = run(withoutBinds(p));
  for (let i = 0; i < outs.length; i++) outs[i] = { ...outs[i], path: pathWith(outs[i].path, "binds", outer) };
  return outs;
}

/** The outcomes of code of another scope run on a path without `:=` bindings: the bindings it made dropped. */
export function withoutOwnBinds(outs: Outcome[]): Outcome[] {
  for (let i = 0; i < outs.length; i++) {
    const q = outs[i].path;
    if (q.binds) outs[i] = { ...outs[i], path: withoutBinds(q) };
  }
  return outs;
}

/** `os.getenv(NAME, default)`: split the path on whether NAME is set. `dflt` null: KeyError when unset. */
export function readEnv(nameSym: Sym | undefined, dflt: Sym | null, p: Path, a: Analyzer): Outcome[] {
  if (!nameSym || nameSym.k !== "const" || typeof nameSym.v !== "string") {
    return [val(typed({ kind: "str" }, "$?"), p), val(dflt ?? cst(null), p)];
  }
  const name = nameSym.v;
  a.reads.add(name);
  const changed = a.environWritten ?? a.module.environChanged;
  if (changed) return [{ kind: "unsupported", reason: changed.reason, line: changed.line, path: p }];
  if (dflt && dflt.k === "const" && typeof dflt.v === "string") {
    a.noteRawDefault(name, dflt.v);
  }
  const setPath = assume(p, name, true);
  const unsetPath = assume(p, name, false);
  const set = setPath ? val({ k: "env", name, tf: NO_TF, elem: false }, setPath) : null;
  const unsetOut: Outcome | null = unsetPath && !dflt ? { kind: "raise", exc: "KeyError", path: unsetPath } : null;
  const unset = unsetPath && dflt ? val(dflt, unsetPath) : unsetOut;
  // An array of the size it ends (pushing to `[]` reserves 16 slots), set first.
  return set && unset ? [set, unset] : set ? [set] : unset ? [unset] : [];
}

type Continue = (syms: Sym[], path: Path) => Outcome[];

/** Evaluate `exprs` left to right, continuing with `k` on each combination of values. */
export function seq(exprs: Expr[], frame: Frame, path: Path, a: Analyzer, k: Continue): Outcome[] {
  // Sized once (a pushed-to `[]` reserves 16 slots for the two or three values of most calls).
  return seqFrom(null, exprs, 0, new Array<Sym>(exprs.length), frame, path, a, k);
}

/** `seq` over `first` then `rest` (a call's callee and arguments), without making that array of expressions. */
export function seqAfter(first: Expr, rest: Expr[], frame: Frame, path: Path, a: Analyzer, k: Continue): Outcome[] {
  return seqFrom(first, rest, 0, new Array<Sym>(rest.length + 1), frame, path, a, k);
}

/** The `i`th expression of `[first, ...rest]` (of `rest` when there is no `first`). */
function exprAt(first: Expr | null, rest: Expr[], i: number): Expr {
  return first === null ? rest[i] : i === 0 ? first : rest[i - 1];
}

/**
 * `exprs` from `start` on, with `acc[0..start)` the values so far. Most expressions end one way
 * (`os.getenv("X", "0")`): `acc` is filled in place until one splits, and no closure is made unless one does.
 * A level with one value is what flatMap over it would be: the rest, capped at MAX_OUTCOMES. Each continuation
 * gets an array of its own (a split copies it per branch).
 */
function seqFrom(
  first: Expr | null, rest: Expr[], start: number, acc: Sym[], frame: Frame, p: Path, a: Analyzer, k: Continue,
): Outcome[] {
  const n = acc.length;
  for (let i = start; i < n; i++) {
    const outs = a.eval(exprAt(first, rest, i), frame, p);
    if (outs.length !== 1 || outs[0].kind !== "value") return seqSplit(first, rest, i, acc, frame, outs, a, k);
    acc[i] = outs[0].sym;
    p = outs[0].path;
  }
  const result = k(acc, p);
  return start < n ? capped(result) : result;
}

function seqSplit(
  first: Expr | null, rest: Expr[], at: number, acc: Sym[], frame: Frame, outs: Outcome[], a: Analyzer, k: Continue,
): Outcome[] {
  return flatMap(outs, (o) => {
    const own = acc.slice(); // the slots from `at` on are still empty: this branch fills them
    own[at] = o.sym;
    return seqFrom(first, rest, at + 1, own, frame, o.path, a, k);
  });
}

/** Continue every value outcome with `k`; raises and unsupported pass through. Capped at MAX_OUTCOMES. */
export function flatMap(outs: Outcome[], k: (o: Extract<Outcome, { kind: "value" }>) => Outcome[]): Outcome[] {
  // One value (most steps): its continuation's own array, not a copy (seqFrom hands those on the same way).
  if (outs.length === 1 && outs[0].kind === "value") return capped(k(outs[0]));
  const result: Outcome[] = [];
  for (const o of outs) {
    if (o.kind !== "value") result.push(o);
    else for (const x of k(o)) result.push(x);
  }
  return capped(result);
}

/** The outcomes, merged when there are more than MAX_OUTCOMES (what flatMap does to what it gathered). */
export function capped(result: Outcome[]): Outcome[] {
  return result.length > MAX_OUTCOMES ? collapse(result) : result;
}

/** Too many outcomes: keep raises, merge values into one of their union type. */
function collapse(outs: Outcome[]): Outcome[] {
  const values = outs.filter((o): o is Extract<Outcome, { kind: "value" }> => o.kind === "value");
  const others = outs.filter((o) => o.kind !== "value").slice(0, MAX_OUTCOMES / 2);
  const t = unionOf(values.map((o) => symType(o.sym, o.path)));
  let path: Path = values[0]?.path ?? ROOT_PATH;
  // Merged paths may have bound a `:=` name to different values: the name is bound, its value unknown.
  const names = new Set(values.flatMap((o) => (o.path.binds ? Object.keys(o.path.binds) : [])));
  if (names.size) path = pathWith(path, "binds", Object.fromEntries([...names].map((n) => [n, typed({ kind: "unknown", reason: "merged paths" }, "…")])));
  return [...others, val(typed(t, "…"), path)];
}
