/**
 * The result type of a binary operator on values that are not both constants, as CPython's builtin types
 * define it: `int(os.getenv("X", "1")) + os.getenv("Y", "a")` raises TypeError (never a float), `"a" * n` is a
 * str, `2 ** n` an int or a float. A mix the table does not know is unsupported, never guessed.
 */
import type { Expr, PyType } from "../ir/types.js";
import type { Analyzer } from "./sym-context.js";
import { type CV, type Outcome, type Path, type Sym, unionOf } from "./sym.js";
import { symType } from "./sym-types.js";

/** What one pair of operand types gives: a type, CPython's TypeError, or not modelled (with why). */
export type BinopResult = { type: PyType; mayRaise?: string } | { raise: "TypeError" } | { unsupported: string };

type Kind = "bool" | "int" | "float" | "str" | "none" | "list" | "tuple" | "set" | "dict";

const TYPE_ERROR: BinopResult = { raise: "TypeError" };
const INT: PyType = { kind: "int" };
const FLOAT: PyType = { kind: "float" };

/** The builtin class of a (non-union) type, or null where the analysis does not know it (`json`, `unknown`). */
function kindOf(t: PyType): Kind | null {
  switch (t.kind) {
    case "literal":
      return "str";
    case "bool":
    case "int":
    case "float":
    case "str":
    case "none":
    case "list":
    case "tuple":
    case "set":
    case "dict":
      return t.kind;
    default:
      return null;
  }
}

const isInt = (k: Kind): boolean => k === "int" || k === "bool";
const isNum = (k: Kind): boolean => isInt(k) || k === "float";

/** The item type of a collection type (a `list`, `tuple` or `set`). */
function itemOf(t: PyType): PyType {
  return "item" in t ? t.item : { kind: "unknown", reason: "collection item" };
}

/**
 * Arithmetic on bool/int/float: int when both are integers (bool + bool is an int), else float. `right` is the
 * right operand's constant: `x / 1000` cannot raise ZeroDivisionError, `2 ** 10` is an int.
 */
function arith(op: string, l: Kind, r: Kind, right: CV | undefined): BinopResult {
  const ints = isInt(l) && isInt(r);
  const positive = (typeof right === "bigint" && right > 0n) || right === true || (typeof right === "number" && right !== 0);
  // An int made a float (`n + 0.5`, `n / 2`) raises OverflowError past about 309 digits; a small constant
  // right operand (`x / 1000`) cannot.
  const smallRight = typeof right === "bigint" && right < 2n ** 1000n && right > -(2n ** 1000n);
  const overflow = l === "int" || (r === "int" && !smallRight) ? "OverflowError" : null;
  const zero = positive ? null : "ZeroDivisionError";
  switch (op) {
    case "+":
    case "-":
    case "*":
      return ints ? { type: INT } : withRaises(FLOAT, overflow);
    case "/":
      return withRaises(FLOAT, zero, overflow);
    case "//":
    case "%":
      return ints ? withRaises(INT, zero) : withRaises(FLOAT, zero, overflow);
    case "**":
      // `2 ** -1` is 0.5, `0 ** -1` raises; a float exponent or base may give a complex (`(-8) ** 0.5`).
      if (ints && (positive || right === 0n || right === false)) return { type: INT };
      if (ints) return { type: unionOf([INT, FLOAT]), mayRaise: "ZeroDivisionError" };
      if (isInt(r)) return { type: FLOAT, mayRaise: "OverflowError" };
      return { unsupported: "** with a float operand (the result may be a complex number, not modelled)" };
    case "<<":
    case ">>":
      if (!ints) return TYPE_ERROR;
      return positive || right === 0n || right === false ? { type: INT } : { type: INT, mayRaise: "ValueError" };
    case "&":
    case "|":
    case "^":
      if (!ints) return TYPE_ERROR;
      return { type: l === "bool" && r === "bool" ? { kind: "bool" } : INT };
    default:
      return TYPE_ERROR; // `@`: no builtin number implements it
  }
}

/** A result type and the value-dependent exceptions it may raise (none: an exact type). */
function withRaises(type: PyType, ...raises: (string | null)[]): BinopResult {
  const named = raises.filter((x): x is string => x !== null);
  return named.length ? { type, mayRaise: named.join(", ") } : { type };
}

/** `+ - * % & | ^` on sequences, sets, dicts and strs (numbers are {@link arith}'s). */
function collections(op: string, lt: PyType, rt: PyType, l: Kind, r: Kind): BinopResult {
  const seq = l === "str" || l === "list" || l === "tuple";
  if (op === "+" && seq && l === r) {
    return { type: l === "str" ? { kind: "str" } : { kind: l as "list" | "tuple", item: unionOf([itemOf(lt), itemOf(rt)]) } };
  }
  if (op === "*" && seq && isInt(r)) return { type: l === "str" ? { kind: "str" } : lt };
  if (op === "*" && isInt(l) && (r === "str" || r === "list" || r === "tuple")) return { type: r === "str" ? { kind: "str" } : rt };
  if (l === "set" && r === "set" && (op === "-" || op === "&" || op === "|" || op === "^")) {
    return { type: { kind: "set", item: op === "-" ? itemOf(lt) : unionOf([itemOf(lt), itemOf(rt)]) } };
  }
  if (l === "dict" && r === "dict" && op === "|") return { type: { kind: "dict" } };
  return TYPE_ERROR;
}

/** One pair of non-union operand types. */
function pairResult(op: string, lt: PyType, rt: PyType, right: CV | undefined): BinopResult {
  const l = kindOf(lt);
  const r = kindOf(rt);
  if (!l || !r) return { unsupported: `${op} on a value of a type not known statically` };
  // `"%s" % value` formats whatever the value is; whether the format and the value fit is not followed.
  if (op === "%" && l === "str") return { type: { kind: "str" }, mayRaise: "TypeError or ValueError of the format" };
  if (l === "none" || r === "none") return TYPE_ERROR;
  if (isNum(l) && isNum(r)) return arith(op, l, r, right);
  return collections(op, lt, rt, l, r);
}

/**
 * `l op r` for operand types that may be unions: every member pair must agree on raising TypeError or not
 * (which member a value is, is not known here), else the operation is unsupported.
 */
export function binopResult(op: string, lt: PyType, rt: PyType, right?: CV): BinopResult {
  const ls = lt.kind === "union" ? lt.members : [lt];
  const rs = rt.kind === "union" ? rt.members : [rt];
  const types: PyType[] = [];
  const raises: string[] = [];
  let errors = 0;
  for (const x of ls) {
    for (const y of rs) {
      const res = pairResult(op, x, y, right);
      if ("unsupported" in res) return res;
      if ("raise" in res) errors++;
      else {
        types.push(res.type);
        if (res.mayRaise && !raises.includes(res.mayRaise)) raises.push(res.mayRaise);
      }
    }
  }
  if (errors === ls.length * rs.length) return TYPE_ERROR;
  if (errors) return { unsupported: `${op} on operands of which only some types raise TypeError` };
  return raises.length ? { type: unionOf(types), mayRaise: raises.join(", ") } : { type: unionOf(types) };
}

/** `-x`, `+x`, `~x` on a (non-union) type: bool becomes int (`-True` is -1), a str or None raises TypeError. */
function unaryPair(op: string, t: PyType): BinopResult {
  const k = kindOf(t);
  if (!k) return { unsupported: `unary ${op} on a value of a type not known statically` };
  if (isInt(k)) return { type: INT };
  if (k === "float" && op !== "~") return { type: FLOAT };
  return TYPE_ERROR;
}

/** A unary operator (`not` is a truth test, not this): every union member must agree on raising TypeError. */
export function unaryResult(op: string, t: PyType): BinopResult {
  const results = (t.kind === "union" ? t.members : [t]).map((m) => unaryPair(op, m));
  const odd = results.find((r) => "unsupported" in r);
  if (odd) return odd;
  const errors = results.filter((r) => "raise" in r).length;
  if (errors === results.length) return TYPE_ERROR;
  if (errors) return { unsupported: `unary ${op} on operands of which only some types raise TypeError` };
  return { type: unionOf(results.map((r) => (r as { type: PyType }).type)) };
}

/**
 * An order comparison (`<`, `<=`, `>`, `>=`) of two (non-union) types: numbers with numbers, a str with a str,
 * lists with lists, tuples with tuples, sets with sets; anything with None or a dict raises TypeError.
 * Lists and tuples compare item by item: whether their items compare is not followed (`mayRaise`).
 */
function orderPair(lt: PyType, rt: PyType): BinopResult {
  const l = kindOf(lt);
  const r = kindOf(rt);
  if (!l || !r) return { unsupported: "an order comparison of a value of a type not known statically" };
  if (isNum(l) && isNum(r)) return { type: { kind: "bool" } };
  if (l !== r || l === "none" || l === "dict") return TYPE_ERROR;
  return l === "list" || l === "tuple" ? { type: { kind: "bool" }, mayRaise: "TypeError of the items" } : { type: { kind: "bool" } };
}

/** `l < r` (and `<=`, `>`, `>=`) for types that may be unions: the result is a bool, or CPython's TypeError. */
export function orderResult(lt: PyType, rt: PyType): BinopResult {
  const results: BinopResult[] = [];
  for (const x of lt.kind === "union" ? lt.members : [lt]) for (const y of rt.kind === "union" ? rt.members : [rt]) results.push(orderPair(x, y));
  const odd = results.find((r) => "unsupported" in r);
  if (odd) return odd;
  const errors = results.filter((r) => "raise" in r).length;
  if (errors === results.length) return TYPE_ERROR;
  if (errors) return { unsupported: "an order comparison of operands of which only some types raise TypeError" };
  const raises = results.find((r) => "mayRaise" in r && r.mayRaise);
  return raises ?? { type: { kind: "bool" } };
}

const ORDER_OPS: readonly string[] = ["<", "<=", ">", ">="];

/**
 * `os.getenv("X", "1") < 5` raises TypeError (a str and an int have no order): the order comparisons of a
 * chain, each as CPython's types define it; null where none of them raises. A pair after the first runs only
 * when the ones before it hold, so a raise there is unsupported (it depends on values).
 */
export function checkOrder(e: Extract<Expr, { kind: "compare" }>, syms: Sym[], p: Path, a: Analyzer, text: string): Outcome[] | null {
  for (let i = 0; i < e.ops.length; i++) {
    if (!ORDER_OPS.includes(e.ops[i])) continue;
    const res = orderResult(symType(syms[i], p), symType(syms[i + 1], p));
    if ("raise" in res && i === 0) return [{ kind: "raise", exc: res.raise, path: p }];
    if ("raise" in res) {
      return [{ kind: "unsupported", reason: `a chained comparison whose later pair raises TypeError (\`${text}\`)`, line: e.pos.line, path: p }];
    }
    if ("unsupported" in res) return [{ kind: "unsupported", reason: `${res.unsupported} (\`${text}\`)`, line: e.pos.line, path: p }];
    if (res.mayRaise) a.noteUnmodelled(`${e.ops[i]} (line ${e.pos.line})`);
  }
  return null;
}
