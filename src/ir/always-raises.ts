/**
 * The "same exception on every path" rule: a statement list all of whose paths
 * end in `raise E(...)` for one builtin exception type E is that error even when
 * something on the way is not modelled (`from urllib3.util import parse_url`
 * before `raise ValueError(f"VLLM_PORT '{port}' ...")`). Unmodelled operations are
 * assumed to complete normally; only their values are unknown.
 */
import type { Stmt } from "./types.js";

/** How a statement can end. `falls`: it may complete normally (or raise E, or a modelled error); `other`: it may leave the block another way. */
type Ending = { kind: "raises"; exc: string } | { kind: "falls" } | { kind: "other" };

const FALLS: Ending = { kind: "falls" };
const OTHER: Ending = { kind: "other" };

/** Is `name` the builtin exception class here (not shadowed by a local or module binding)? */
export type ExceptionNameTest = (name: string) => boolean;

function raiseEnding(s: Extract<Stmt, { kind: "raise" }>, isExc: ExceptionNameTest): Ending {
  const e = s.exc;
  const name = e?.kind === "name" ? e.id : e?.kind === "call" && e.func.kind === "name" ? e.func.id : null;
  return name !== null && isExc(name) ? { kind: "raises", exc: name } : OTHER;
}

/** Both branches: raises E only if both raise E; falls if neither leaves another way. */
function joinEndings(endings: Ending[]): Ending {
  if (endings.some((e) => e.kind === "other")) return OTHER;
  const raises = endings.filter((e): e is Extract<Ending, { kind: "raises" }> => e.kind === "raises");
  if (raises.length === endings.length && raises.every((r) => r.exc === raises[0].exc)) return raises[0];
  if (raises.some((r) => r.exc !== raises[0].exc)) return OTHER;
  return FALLS;
}

/** A loop body may `break`/`continue` (local to the loop), never `return`. */
function loopEnding(body: Stmt[], orelse: Stmt[], isExc: ExceptionNameTest): Ending {
  const inner = joinEndings([blockEnding(body, isExc, true), blockEnding(orelse, isExc, false)]);
  return inner.kind === "other" ? OTHER : FALLS;
}

function stmtEnding(s: Stmt, isExc: ExceptionNameTest, inLoop: boolean): Ending {
  switch (s.kind) {
    case "expr":
    case "assign":
    case "augassign":
    case "import":
    case "pass":
    case "global":
    case "nonlocal":
    case "def":
    case "delete":
      return FALLS;
    case "raise":
      return raiseEnding(s, isExc);
    case "if":
      return joinEndings([blockEnding(s.body, isExc, inLoop), blockEnding(s.orelse, isExc, inLoop)]);
    case "for":
    case "while":
      return loopEnding(s.body, s.orelse, isExc);
    case "break":
    case "continue":
      return inLoop ? FALLS : OTHER;
    // An unknown assert test may raise AssertionError; `with` may swallow; `try`, `match`,
    // `return` and unmodelled statements may leave another way.
    case "assert":
    case "with":
    case "try":
    case "match":
    case "return":
    case "unsupported":
      return OTHER;
    default:
      return OTHER;
  }
}

/** How a statement list ends (an empty list falls through). */
export function blockEnding(stmts: Stmt[], isExc: ExceptionNameTest, inLoop = false): Ending {
  for (const s of stmts) {
    const e = stmtEnding(s, isExc, inLoop);
    if (e.kind !== "falls") return e;
  }
  return FALLS;
}

/** The first index from which every path of `stmts` raises one exception type, with that type; null if none. */
export function raisingSuffix(stmts: Stmt[], isExc: ExceptionNameTest): { start: number; exc: string } | null {
  let found: { start: number; exc: string } | null = null;
  for (let i = stmts.length - 1; i >= 0; i--) {
    const e = blockEnding(stmts.slice(i, i + 1), isExc);
    if (e.kind === "raises") found = { start: i, exc: e.exc };
    else if (e.kind === "falls" && found) found = { start: i, exc: found.exc };
    else if (e.kind === "other") break;
    // A statement that only falls with nothing raising after it: keep looking further up only if a suffix raises.
    if (e.kind === "falls" && !found) break;
  }
  return found;
}
