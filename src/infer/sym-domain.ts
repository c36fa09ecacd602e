/**
 * The types of the symbolic domain: constants, symbols, frames, paths and outcomes. Types only: the files
 * that operate on them (sym.ts, sym-path.ts) import them from here and from nowhere else.
 */
import type { Expr, Param, PyType, Stmt } from "../ir/types.js";

/** A constant Python value. */
export type CV = string | bigint | number | boolean | null | { seq: "list" | "tuple" | "set"; items: CV[] };

/** A string transform applied to an environment value (`.lower()`, `.strip()`). */
export type Transform = "lower" | "upper" | "strip";

/** Local variables of a frame (copied on write per path). */
export type Frame = Map<string, Sym>;

/** A symbolic value. */
export type Sym =
  | { k: "const"; v: CV }
  | { k: "env"; name: string; tf: Transform[]; elem: boolean }
  // `prec`: Python's precedence of the operator whose text this is, so that an enclosing operator's text
  // parenthesises it (`($A + 1) * 2`); absent for atoms (names, calls, constants).
  | { k: "val"; t: PyType; text: string; numeric?: boolean; machine?: boolean; prec?: number }
  | { k: "seq"; seq: "list" | "set" | "tuple"; item: Sym; text: string }
  | { k: "fn"; name: string; params: Param[]; body: { stmts: Stmt[] } | { expr: Expr }; closure: Frame; defaults: (Sym | null)[] }
  | { k: "dict"; entries: [CV, Sym][] }
  | { k: "ref"; path: string }
  | { k: "bound"; self: Sym; name: string }
  | { k: "unknown"; reason: string };

/** One way an evaluation can end. */
export type Outcome =
  | { kind: "value"; sym: Sym; path: Path }
  | { kind: "raise"; exc: string; path: Path; cause?: RaiseCause }
  | { kind: "unsupported"; reason: string; line: number; path: Path };

/** The narrowing learnt on a path: `if x not in CHOICES: raise` leaves `x` among CHOICES. */
export interface Narrowing {
  values: string[];
  tf: Transform[];
}

/**
 * The variables a path assumes set or unset, newest first, each name once: a list whose tail is shared with
 * the path it extends (a record copied at every read made a new object shape per set of names).
 */
export interface Assumed {
  readonly name: string;
  readonly isSet: boolean;
  readonly next: Assumed | null;
}

/** A path: which variables it assumes set or unset, and what it learnt. */
export interface Path {
  set: Assumed | null;
  narrow: Readonly<Record<string, Narrowing>>;
  /** The last `x not in CHOICES` test that failed on this path (a `raise` after it is a choices check). */
  notIn?: RaiseCause;
  /** The path assumed a fact about the machine (`os.path.exists(value)` was true). */
  machine?: boolean;
  /** Variables whose value passed a conversion on this path (`int(x)` returned): their form was checked. */
  checked?: Checked;
  /**
   * `:=` bindings this path made in the expression being evaluated, not yet written to its statement's frame:
   * in `if (v := os.getenv("A")) is None:` the frame is shared by both outcomes, `v` is `$A` on one, None on the
   * other. The statement writes them into a copy of its frame per path (settleBinds, sym-context.ts).
   */
  binds?: Readonly<Record<string, Sym>>;
}

/** The variables checked on a path, newest first, each once, sharing the tail of the path it extends. */
export interface Checked {
  readonly name: string;
  readonly next: Checked | null;
}

/** Why a raise happens, when it is a check on an environment value: what the value must look like. */
export interface RaiseCause {
  name: string;
  check: "int" | "float" | "json" | "choices";
  tf: Transform[];
  elem: boolean;
  values?: string[];
}
