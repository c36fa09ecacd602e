/**
 * The emitter's context. Emitting Python is one recursion (an expression holds a lambda or a
 * comprehension, a block holds statements, which hold expressions and nested `def`s): the files
 * of `emit/` do not import each other in a circle; each receives the emitters it recurses into as
 * one `EmitTools` object, wired in one place (`TOOLS` in emit-python.ts).
 */
import type { Expr, FunctionDef, Stmt, Target } from "../ir/types.js";
import type { DecoratorModule } from "../ir/decorators.js";
import type { Scope } from "../ir/scope.js";
import { tsIdent } from "./escape.js";

/** What the emitter needs to know about the module. */
export interface EmitEnv {
  /** Names bound at module level (helpers, imports, assignments). */
  moduleNames: ReadonlySet<string>;
  /** Names the runtime provides as builtins. */
  builtins: ReadonlySet<string>;
  /** Imports and helpers, for what decorators do. */
  module: DecoratorModule;
}

/** Per-function emission state. */
export interface EmitCtx {
  env: EmitEnv;
  scope: Scope | null;
  temps: { n: number };
  /** The JS variable holding the exception being handled (for a bare `raise`). */
  handling: string | null;
  /** The label a Python `break` must jump to (loops with an `else` block). */
  breakLabel: string | null;
  /** The qualified name of the enclosing function (`get_x`, `get_x.<locals>.inner`), null at module level. */
  qualname: string | null;
  /** Inside a block that raises one exception type on every path (no nested wrapping needed). */
  raising?: boolean;
}

/** The emitters that recurse into each other, wired once (`TOOLS` in emit-python.ts). */
export interface EmitTools {
  emitExpr(e: Expr, ctx: EmitCtx): string;
  emitBlock(stmts: Stmt[], ctx: EmitCtx): string;
  emitStmt(s: Stmt, ctx: EmitCtx): string;
  emitAssignTarget(t: Target, valueJs: string, ctx: EmitCtx): string;
  emitDef(fn: FunctionDef, ctx: EmitCtx): string;
  emitStore(name: string, valueJs: string, ctx: EmitCtx): string;
  temp(ctx: EmitCtx, base: string): string;
}

/** The JS name of a Python local. */
export function localName(name: string): string {
  return tsIdent("v_", name);
}
