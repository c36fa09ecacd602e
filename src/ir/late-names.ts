/**
 * Late binding of closures: which names of its enclosing function a closure (a `lambda`, a nested `def`)
 * may read after they were bound again. Python's closures read the enclosing function's variable when they
 * are called, not when they are made:
 *
 *     z = "a"
 *     h = lambda: z
 *     z = 5
 *     return h() + 1      # 6: h reads z == 5
 *
 * A name is late for a closure when the enclosing function binds it (assigns, augments, deletes, loops over
 * it, `with … as`, `except … as`, `:=`, `def`, `import`) after the closure is made, in evaluation order, or in
 * a loop that also makes the closure (the next round rebinds it); a comprehension's own targets are late for
 * a closure made inside it (`[lambda: i for i in xs]`: every lambda reads the last `i`). Module-level names
 * are not counted: a module's names are looked up when read. Worked out once per module, by one walk.
 */
import type { Expr, FunctionDef, Pattern, Stmt, Target } from "./types.js";
import { nonlocalNames, patternNames } from "./scope.js";
import { visitExprChildren, visitPattern } from "./walk.js";

/** A closure node: a `lambda` expression or a nested `def` statement. */
export type ClosureNode = Extract<Expr, { kind: "lambda" }> | Extract<Stmt, { kind: "def" }>;

/** Everything a module's code may make a closure from: its helpers, module assignments, getters. */
export interface ClosureSources {
  helpers: FunctionDef[];
  exprs: Expr[];
}

interface Site {
  name: string;
  seq: number;
  loops: number[];
  /** A comprehension's target: late only for closures made inside that comprehension (its loop id); ALWAYS: for all. */
  only?: number;
}

interface Made {
  node: ClosureNode;
  seq: number;
  loops: number[];
}

/** One scope being walked: where names are bound and where closures are made, in evaluation order. */
interface ScopeWalk {
  sites: Site[];
  made: Made[];
  /** The module: its own bindings are not counted (a module's names are read when used). */
  module: boolean;
  loops: number[];
}

const NONE: readonly string[] = Object.freeze([]);
/** `only` of a site late for every closure of its scope (a `nonlocal` rebinding in a nested function). */
const ALWAYS = -1;

const byModule = new WeakMap<object, WeakMap<ClosureNode, readonly string[]>>();

/**
 * The names a closure made at `node` may read after its enclosing function bound them again (empty where
 * none); `module` identifies the sources, which are walked once.
 */
export function lateNamesOf(node: ClosureNode, module: object, sources: () => ClosureSources): readonly string[] {
  let index = byModule.get(module);
  if (!index) byModule.set(module, (index = indexClosures(sources())));
  return index.get(node) ?? NONE;
}

/** Walk every scope of the sources; each closure's late names. */
function indexClosures(sources: ClosureSources): WeakMap<ClosureNode, readonly string[]> {
  const index = new WeakMap<ClosureNode, readonly string[]>();
  const walker = new LateWalker(index);
  const top: ScopeWalk = { sites: [], made: [], module: true, loops: [] };
  for (const e of sources.exprs) walker.expr(e, top);
  // A helper's defaults are evaluated at import, in the module's scope.
  for (const fn of sources.helpers) for (const p of fn.params) if (p.default) walker.expr(p.default, top);
  walker.finish(top);
  for (const fn of sources.helpers) walker.functionBody(fn.body);
  return index;
}

class LateWalker {
  private seq = 0;
  private loopIds = 0;

  constructor(private readonly index: WeakMap<ClosureNode, readonly string[]>) {}

  /** A function's (or lambda's) own scope (its defaults belong to the maker's): each closure made in it. */
  functionBody(body: Stmt[] | Expr): void {
    const scope: ScopeWalk = { sites: [], made: [], module: false, loops: [] };
    if (Array.isArray(body)) this.stmts(body, scope);
    else this.expr(body, scope);
    this.finish(scope);
  }

  finish(scope: ScopeWalk): void {
    for (const m of scope.made) {
      const late = new Set<string>();
      for (const s of scope.sites) {
        const sameLoop = s.loops.some((l) => m.loops.includes(l));
        const inComprehension = s.only !== undefined && m.loops.includes(s.only);
        const later = s.only === undefined && (s.seq > m.seq || sameLoop);
        if (s.only === ALWAYS || inComprehension || later) late.add(s.name);
      }
      if (late.size) this.index.set(m.node, [...late].sort());
    }
  }

  private bind(name: string, scope: ScopeWalk, only?: number): void {
    if (scope.module && only === undefined) return;
    scope.sites.push({ name, seq: ++this.seq, loops: scope.loops, only });
  }

  private bindTarget(t: Target, scope: ScopeWalk, only?: number): void {
    if (t.kind === "name") this.bind(t.id, scope, only);
    else if (t.kind === "tuple") t.elts.forEach((x) => this.bindTarget(x, scope, only));
    else if (t.kind === "starred") this.bindTarget(t.target, scope, only);
    else {
      // `d[k] = v`, `o.a = v`: the object and index are read, nothing is bound.
      this.expr(t.obj, scope);
      if (t.kind === "subscript") this.expr(t.index, scope);
    }
  }

  private inLoop<T>(scope: ScopeWalk, run: (id: number) => T): T {
    const outer = scope.loops;
    const id = ++this.loopIds;
    scope.loops = [...outer, id];
    try {
      return run(id);
    } finally {
      scope.loops = outer;
    }
  }

  private made(node: ClosureNode, scope: ScopeWalk): void {
    scope.made.push({ node, seq: ++this.seq, loops: scope.loops });
  }

  expr(e: Expr, scope: ScopeWalk): void {
    switch (e.kind) {
      case "lambda":
        for (const p of e.params) if (p.default) this.expr(p.default, scope);
        this.made(e, scope);
        return this.functionBody(e.body);
      case "walrus":
        this.expr(e.value, scope);
        return this.bind(e.target, scope);
      case "comp":
      case "dictcomp":
        return this.comprehension(e, scope);
      default:
        return visitExprChildren(e, (c) => this.expr(c, scope));
    }
  }

  /** `[elt for t in it if c]`: the first iterable is read outside; the rest runs once per item. */
  private comprehension(e: Extract<Expr, { kind: "comp" | "dictcomp" }>, scope: ScopeWalk): void {
    const [first, ...rest] = e.generators;
    this.expr(first.iter, scope);
    this.inLoop(scope, (id) => {
      this.bindTarget(first.target, scope, id);
      first.ifs.forEach((c) => this.expr(c, scope));
      for (const g of rest) {
        this.expr(g.iter, scope);
        this.bindTarget(g.target, scope, id);
        g.ifs.forEach((c) => this.expr(c, scope));
      }
      if (e.kind === "comp") this.expr(e.elt, scope);
      else {
        this.expr(e.key, scope);
        this.expr(e.value, scope);
      }
    });
  }

  stmts(stmts: Stmt[], scope: ScopeWalk): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private stmt(s: Stmt, scope: ScopeWalk): void {
    switch (s.kind) {
      case "expr":
      case "return":
        if (s.value) this.expr(s.value, scope);
        return;
      case "assign":
        this.expr(s.value, scope);
        return s.targets.forEach((t) => this.bindTarget(t, scope));
      case "augassign":
        this.expr(s.value, scope);
        return this.bindTarget(s.target, scope);
      case "delete":
        return s.targets.forEach((t) => this.bindTarget(t, scope));
      case "if":
        this.expr(s.test, scope);
        this.stmts(s.body, scope);
        return this.stmts(s.orelse, scope);
      case "while":
        this.inLoop(scope, () => {
          this.expr(s.test, scope);
          this.stmts(s.body, scope);
        });
        return this.stmts(s.orelse, scope);
      case "for":
        this.expr(s.iter, scope);
        this.inLoop(scope, () => {
          this.bindTarget(s.target, scope);
          this.stmts(s.body, scope);
        });
        return this.stmts(s.orelse, scope);
      case "try":
        this.stmts(s.body, scope);
        for (const h of s.handlers) {
          if (h.name) this.bind(h.name, scope);
          this.stmts(h.body, scope);
          // `except E as e` deletes `e` when the handler ends.
          if (h.name) this.bind(h.name, scope);
        }
        this.stmts(s.orelse, scope);
        return this.stmts(s.finalbody, scope);
      case "with":
        for (const i of s.items) {
          this.expr(i.context, scope);
          if (i.target) this.bind(i.target, scope);
        }
        return this.stmts(s.body, scope);
      case "def":
        for (const p of s.fn.params) if (p.default) this.expr(p.default, scope);
        s.fn.decorators.forEach((d) => this.expr(d, scope));
        // Its own name is bound to itself (recursion reads the function); a closure made earlier sees it late.
        this.bind(s.fn.name, scope);
        this.made(s, scope);
        // `nonlocal x` in it (or deeper): x may be rebound whenever it is called, before or after any
        // closure of this scope is made or called: late for all of them.
        for (const name of nonlocalNames(s.fn.body)) this.bind(name, scope, ALWAYS);
        return this.functionBody(s.fn.body);
      case "import":
        return s.bindings.forEach((b) => this.bind(b.local, scope));
      case "raise":
        if (s.exc) this.expr(s.exc, scope);
        if (s.cause) this.expr(s.cause, scope);
        return;
      case "assert":
        this.expr(s.test, scope);
        if (s.msg) this.expr(s.msg, scope);
        return;
      case "match":
        return this.match(s, scope);
      default:
        return;
    }
  }

  private match(s: Extract<Stmt, { kind: "match" }>, scope: ScopeWalk): void {
    this.expr(s.subject, scope);
    for (const c of s.cases) {
      visitPattern(c.pattern, (e) => this.expr(e, scope));
      for (const n of captures(c.pattern)) this.bind(n, scope);
      if (c.guard) this.expr(c.guard, scope);
      this.stmts(c.body, scope);
    }
  }
}

function captures(p: Pattern): Set<string> {
  const out = new Set<string>();
  patternNames(p, out);
  return out;
}
