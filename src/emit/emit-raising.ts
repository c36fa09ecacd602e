/**
 * Emission of the "same exception on every path" rule: the part of a block from
 * which every path raises E runs inside a wrapper that turns "unsupported" into
 * E with a message saying what its text depends on (`get_vllm_port`'s except
 * block imports urllib3, yet raises ValueError on every path).
 */
import type { Stmt } from "../ir/types.js";
import { raisingSuffix } from "../ir/always-raises.js";
import { EXCEPTION_PARENTS } from "../../templates/runtime/values.js";
import { tsString } from "./escape.js";
import { resolveName } from "../ir/scope.js";
import type { EmitCtx, EmitTools } from "./emit-context.js";

/** A bare `raise E("constant")` needs no wrapper: nothing in it can be unsupported. */
function trivial(stmts: Stmt[]): boolean {
  if (stmts.length !== 1 || stmts[0].kind !== "raise") return false;
  const e = stmts[0].exc;
  return !!e && (e.kind === "name" || (e.kind === "call" && e.args.every((a) => a.kind === "const") && !e.keywords.length));
}

/** The block with its always-raising suffix wrapped, or null when there is none. */
export function emitRaisingBlock(stmts: Stmt[], ctx: EmitCtx, t: Pick<EmitTools, "emitStmt">): string | null {
  const isExc = (n: string): boolean => Object.hasOwn(EXCEPTION_PARENTS, n) && resolveName(ctx.scope, n) !== "local" && !ctx.env.moduleNames.has(n);
  const r = raisingSuffix(stmts, isExc);
  if (!r || trivial(stmts.slice(r.start))) return null;
  const inner: EmitCtx = { ...ctx, raising: true };
  const prefix = stmts.slice(0, r.start).map((s) => t.emitStmt(s, ctx)).join("\n");
  const suffix = stmts.slice(r.start).map((s) => t.emitStmt(s, inner)).join("\n");
  return `${prefix}\ntry { ${suffix} } catch ($u) { throw sameException(${tsString(r.exc)}, $u, ${stmts[r.start].pos.line}); }`;
}
