/**
 * Symbolic evaluation of expressions: every way an expression can end, per
 * path of set/unset variables. One function per node kind (conditions: sym-condition.ts).
 */
import type { Expr, FStringPart } from "../ir/types.js";
import { comprehensionNames } from "../ir/scope.js";
import { assertNever } from "../ir/types.js";
import { type Analyzer, capped, closureFrame, flatMap, rebindKey, seq, seqAfter, settleBinds } from "./sym-context.js";
import { conditionOutcomes, truths } from "./sym-condition.js";
import { callSym, getItem } from "./sym-calls.js";
import { getAttr } from "./sym-attrs.js";
import { callShape, constSym, hasStarred, hasWalrusIn } from "./node-facts.js";
import { foldFormat, foldOp, foldedOutcomes } from "./fold.js";
import { type CV, type Frame, type Outcome, type Path, type Sym, bindOnPath, copyFrame, cst, constLoopItems, representativeItem, symText, typed, unionOf, val } from "./sym.js";
import { symType, truthiness } from "./sym-types.js";
import { evalDefaults, expandArgs, expandKwargs, unknownCall } from "./sym-bind.js";
import { binopResult, checkOrder, unaryResult } from "./sym-binop.js";

/** A value known to be truthy is not None. */
function withoutNone(s: Sym): Sym {
  if (s.k !== "val" || s.t.kind !== "union") return s;
  return { ...s, t: unionOf(s.t.members.filter((m) => m.kind !== "none")) };
}

function evalBoolOp(e: Extract<Expr, { kind: "boolop" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  const go = (i: number, p: Path): Outcome[] => {
    if (i === e.values.length - 1) return evalExpr(e.values[i], frame, p, a);
    return flatMap(evalExpr(e.values[i], frame, p, a), (o) =>
      truthiness(o.sym).flatMap((t) => ((t === (e.op === "or")) ? [val(t ? withoutNone(o.sym) : o.sym, o.path)] : go(i + 1, o.path))),
    );
  };
  return go(0, path);
}

function evalCompare(e: Extract<Expr, { kind: "compare" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  if (e.ops.length === 1 && (e.ops[0] === "in" || e.ops[0] === "not in")) return conditionOutcomes(e, frame, path, a);
  // `a < b < c` evaluates `c` only when `a < b` holds: evaluating every operand first would invent its raises
  // (`x < 3 < int(os.environ["B"])` never reads B when x >= 3). Constants cannot raise, so those stay exact.
  if (e.comparators.slice(1).some((c) => c.kind !== "const")) {
    return [{ kind: "unsupported", reason: "a chained comparison whose later operand is not a constant", line: e.pos.line, path }];
  }
  return seq([e.left, ...e.comparators], frame, path, a, (syms, p) => {
    const consts = syms.every((s) => s.k === "const");
    if (consts) {
      let result = true;
      for (let i = 0; i < e.ops.length && result; i++) {
        const f = foldOp("cmp", e.ops[i], (syms[i] as { v: CV }).v, (syms[i + 1] as { v: CV }).v);
        if (!f) return [val(typed({ kind: "bool" }, "…"), p)];
        if ("raise" in f) return [{ kind: "raise", exc: f.raise, path: p }];
        if (!("ok" in f)) return [val(typed({ kind: "bool" }, "…"), p)];
        result = f.ok as boolean;
      }
      return [val(cst(result), p)];
    }
    const known = isNone(e.ops, syms, p);
    if (known !== null) return [val(cst(known), p)];
    const text = syms.map((x, i) => (i === 0 ? "" : `${e.ops[i - 1]} `) + operandText(x, COMPARE + 1)).join(" ");
    const order = checkOrder(e, syms, p, a, text);
    return order ?? [val({ k: "val", t: { kind: "bool" }, text, prec: COMPARE }, p)];
  });
}

/** `value is None` where the value's type says whether it is None (a value read from the environment is a str). */
function isNone(ops: string[], syms: Sym[], p: Path): boolean | null {
  if (ops.length !== 1 || (ops[0] !== "is" && ops[0] !== "is not")) return null;
  const [l, r] = syms;
  const other = l.k === "const" && l.v === null ? r : r.k === "const" && r.v === null ? l : null;
  if (!other) return null;
  const t = symType(other, p);
  const members = t.kind === "union" ? t.members : [t];
  if (members.some((m) => m.kind === "unknown" || m.kind === "json")) return null;
  const none = members.every((m) => m.kind === "none") ? true : members.some((m) => m.kind === "none") ? null : false;
  return none === null ? null : none === (ops[0] === "is");
}

// Python's precedence of the operators whose text the model writes (higher binds tighter).
const PRECEDENCE: Record<string, number> = {
  "|": 5, "^": 6, "&": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "//": 10, "%": 10, "@": 10,
};
const COMPARE = 4;
const UNARY = 11;

/** An operand's text, parenthesised where its own operator binds looser than `min` (`($A + 1) * 2`). */
function operandText(s: Sym, min: number): string {
  const text = symText(s);
  return s.k === "val" && s.prec !== undefined && s.prec < min ? `(${text})` : text;
}

function evalBinop(e: Extract<Expr, { kind: "binop" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  return seq([e.left, e.right], frame, path, a, ([l, r], p) => {
    if (l.k === "const" && r.k === "const") {
      const f = foldOp("binop", e.op, l.v, r.v);
      if (f) return foldedOutcomes(f, p) as Outcome[];
    }
    const prec = PRECEDENCE[e.op] ?? 0;
    // Left-associative: `$A - ($B - 1)` keeps its parentheses, `$A - $B - 1` needs none.
    const text = `${operandText(l, prec)} ${e.op} ${operandText(r, prec + 1)}`;
    const res = binopResult(e.op, symType(l, p), symType(r, p), r.k === "const" ? r.v : undefined);
    if ("raise" in res) return [{ kind: "raise", exc: res.raise, path: p }];
    if ("unsupported" in res) return [{ kind: "unsupported", reason: `${res.unsupported} (\`${text}\`)`, line: e.pos.line, path: p }];
    // `int(x) / int(y)` raises ZeroDivisionError when y is 0: a raise on some values, not enumerated here.
    if (res.mayRaise) a.noteUnmodelled(`${e.op} (line ${e.pos.line})`);
    return [val({ k: "val", t: res.type, text, prec }, p)];
  });
}

function evalFString(parts: FStringPart[], frame: Frame, path: Path, a: Analyzer, line: number): Outcome[] {
  const fields = parts.filter((p): p is Extract<FStringPart, { kind: "field" }> => p.kind === "field");
  // `f"{x:>{w}}"`: the nested field is evaluated after `x` and may raise; the spec it makes may be invalid.
  if (fields.some((f) => f.spec?.some((x) => x.kind !== "text"))) {
    return [{ kind: "unsupported", reason: "an f-string format spec with a replacement field (`{x:>{w}}`)", line, path }];
  }
  return seq(fields.map((f) => f.expr), frame, path, a, (syms, p) => {
    let text = "";
    let allConst = true;
    let i = 0;
    for (const part of parts) {
      if (part.kind === "text") {
        text += part.value;
        continue;
      }
      const s = syms[i++];
      const simpleSpec = !part.spec || part.spec.every((x) => x.kind === "text");
      const spec = part.spec ? part.spec.map((x) => (x.kind === "text" ? x.value : "")).join("") : "";
      const f = s.k === "const" && simpleSpec ? foldFormat(s.v, part.conversion, spec) : null;
      if (f && "ok" in f && typeof f.ok === "string") text += (part.debugText ?? "") + f.ok;
      else {
        allConst = false;
        // `f"{n:>5}"`, `f"{v:d}"`: a spec may not suit the value (ValueError), which is not enumerated.
        if (spec && s.k !== "const") a.noteUnmodelled("a format spec applied to a value not known statically");
        text += `{${symText(s)}${part.conversion ? "!" + part.conversion : ""}${spec ? ":" + spec : ""}}`;
      }
    }
    return [val(allConst ? cst(text) : typed({ kind: "str" }, text), p)];
  });
}

/** What a comprehension binds that is not followed item by item (a tuple target, a later `for`). */
const UNFOLLOWED_ITEM: Sym = typed({ kind: "unknown", reason: "an item of a comprehension" }, "…");

function evalComp(e: Extract<Expr, { kind: "comp" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  // `[y := f(x) for x in xs]` binds `y` in the enclosing function, once per item: not followed.
  if (hasWalrusIn(e)) return [{ kind: "unsupported", reason: "an assignment expression (:=) inside a comprehension", line: e.pos.line, path }];
  const g = e.generators[0];
  return flatMap(evalExpr(g.iter, frame, path, a), (o) => {
    const it = o.sym;
    const inner = copyFrame(frame);
    // A constant set of str iterates in an order the hash seed decides: as many items, each of its item type.
    const constant = it.k === "const" && it.v !== null && typeof it.v === "object" ? constLoopItems(it.v) : null;
    const chars = it.k === "const" && typeof it.v === "string" ? Array.from(it.v, (c) => cst(c)) : null;
    const items: Sym[] = constant ? constant.items : (chars ?? [representativeItem(it)]);
    const results: Sym[] = [];
    const failed: Outcome[] = [];
    const literal = constant ? constant.literal : chars !== null; // the very items, in order
    let allConst = literal;
    // The comprehension's own names (its scope shadows the maker's, late markers included): a tuple target
    // and later `for`s are not followed item by item, their names are unknown (never the maker's `k`).
    for (const name of comprehensionNames(e)) {
      inner.set(name, UNFOLLOWED_ITEM);
      if (a.rebound) inner.delete(rebindKey(name));
    }
    if (e.generators.length > 1 || g.target.kind !== "name") a.noteUnmodelled(`a comprehension (line ${e.pos.line})`);
    for (const item of items) {
      if (g.target.kind === "name") inner.set(g.target.id, item);
      const keep = e.generators.length === 1 ? g.ifs.every((c) => truths(conditionOutcomes(c, inner, o.path, a)).every((t) => t.truth)) : true;
      const all = evalExpr(e.elt, inner, o.path, a);
      // An element that raises (`[int(x) for x in parts]`) makes the comprehension raise: kept, never dropped.
      for (const x of all) if (x.kind !== "value" && !failed.some((f) => JSON.stringify(f) === JSON.stringify(x))) failed.push(x);
      const elt = all.filter((x): x is Extract<Outcome, { kind: "value" }> => x.kind === "value");
      if (elt.length !== 1 || elt[0].sym.k !== "const" || g.ifs.length) allConst = allConst && g.ifs.length === 0 && elt.length === 1 && elt[0].sym.k === "const";
      if ((keep || !literal) && elt[0]) results.push(elt[0].sym);
    }
    const kind = e.type === "set" ? "set" : "list";
    // Only a single `for NAME in ...` binds the element's names; otherwise its raises are not the comprehension's.
    const exact = g.target.kind === "name" && e.generators.length === 1;
    if (allConst && literal && !(failed.length && exact)) {
      return [val(cst({ seq: kind, items: results.map((r) => (r as { v: CV }).v) }), o.path)];
    }
    // An element the analysis cannot follow makes the comprehension so (never dropped for a guessed item).
    const unfollowed = failed.filter((x) => x.kind === "unsupported");
    if (unfollowed.length) return unfollowed;
    const item = results[0] ?? typed({ kind: "unknown", reason: "no item of the comprehension was followed" }, "…");
    if (!exact && failed.length) a.noteUnmodelled(`a comprehension (line ${e.pos.line})`);
    const itemSym = results.length > 1 ? typed(unionOf(results.map((r) => symType(r, o.path))), "…") : item;
    const seqOut = val({ k: "seq", seq: kind, item: itemSym, text: `[…${symText(it)}]` }, o.path);
    return exact ? [seqOut, ...failed] : [seqOut];
  });
}

/** The keywords of a call without any: what expandKwargs makes of none, shared (callees only read them). */
const NO_KEYWORDS: Record<string, Sym> = Object.freeze(Object.create(null));

/** A call; `f(*xs, **d)` binds when `xs` and `d` are known, else its value is unknown. */
function evalCall(e: Extract<Expr, { kind: "call" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  if (!e.keywords.length && !hasStarred(e.args)) {
    // `f(a, b)`, most calls: the values after the callee are the arguments as they are, in an array seq made
    // for this continuation alone (what the general case below does for this shape, without making it).
    return seqAfter(e.func, e.args, frame, path, a, (syms, p) => {
      const f = syms[0];
      syms.shift();
      return callSym(f, syms, NO_KEYWORDS, p, a, e.pos.line);
    });
  }
  const shape = callShape(e);
  const n = e.args.length;
  return seq(shape.exprs, frame, path, a, (syms, p) => {
    const f = syms[0];
    // Without `*` or `**` the arguments are the values as they are (what expandArgs would copy).
    const args = shape.plain ? syms.slice(1, n + 1) : expandArgs(e.args, syms.slice(1, n + 1));
    const kw = shape.names.length ? expandKwargs(shape.names, syms.slice(n + 1)) : NO_KEYWORDS;
    if (!args || !kw) {
      // Binding may raise TypeError (too many arguments, a repeated keyword): not enumerated here.
      a.noteUnmodelled(`a call with *args or **kwargs (line ${e.pos.line})`);
      return unknownCall(p, `a call with *args or **kwargs not known statically (line ${e.pos.line})`);
    }
    return callSym(f, args, kw, p, a, e.pos.line);
  });
}

function evalDisplay(e: Extract<Expr, { kind: "list" | "tuple" | "set" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  if (e.elts.some((x) => x.kind === "starred")) {
    const exprs = e.elts.map((x) => (x.kind === "starred" ? x.value : x));
    return seq(exprs, frame, path, a, (syms, p) => {
      const items = expandArgs(e.elts, syms);
      if (items && items.every((s) => s.k === "const")) return [val(cst({ seq: e.kind, items: items.map((s) => (s as { v: CV }).v) }), p)];
      return [val({ k: "seq", seq: e.kind, item: typed({ kind: "unknown", reason: "starred item" }, "…"), text: "[…]" }, p)];
    });
  }
  return seq(e.elts, frame, path, a, (syms, p) => {
    if (syms.every((s) => s.k === "const")) return [val(cst({ seq: e.kind, items: syms.map((s) => (s as { v: CV }).v) }), p)];
    // `parts = [value]` (env_with_choices without allow_csv): its one item is the value itself, so a
    // `for part in parts: if part not in CHOICES: raise` is the choices check on the value.
    if (syms.length === 1) return [val({ k: "seq", seq: e.kind, item: syms[0], text: "[…]" }, p)];
    const item = typed(unionOf(syms.map((s) => symType(s, p))), "…");
    return [val({ k: "seq", seq: e.kind, item, text: "[…]" }, p)];
  });
}

function evalDict(e: Extract<Expr, { kind: "dict" }>, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  return seq([...e.keys, ...e.values], frame, path, a, (syms, p) => {
    const keys = syms.slice(0, e.keys.length);
    if (!keys.every((k) => k.k === "const")) return [val(typed({ kind: "dict" }, "{…}"), p)];
    return [val({ k: "dict", entries: keys.map((k, i) => [(k as { v: CV }).v, syms[e.keys.length + i]]) }, p)];
  });
}

/** Evaluate an expression symbolically. */
export function evalExpr(e: Expr, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  switch (e.kind) {
    case "const":
      return [val(e.value.type === "str" ? cst(e.value.value) : constSym(e), path)];
    case "name":
      return a.lookup(e.id, frame, path, e.pos.line);
    case "attr": {
      const outs = evalExpr(e.obj, frame, path, a);
      // `os.getenv`: one value, most attributes; flatMap over it would be the same, with a closure and a copy.
      const one = outs.length === 1 && outs[0].kind === "value" ? outs[0] : null;
      if (one) return capped(getAttr(one.sym, e.attr, one.path, a, e.pos.line));
      return flatMap(outs, (o) => getAttr(o.sym, e.attr, o.path, a, e.pos.line));
    }
    case "call":
      return evalCall(e, frame, path, a);
    case "subscript":
      return seq([e.obj, e.index], frame, path, a, ([o, i], p) => getItem(o, i, p, a));
    case "slice": {
      // `xs[int(k):]`: the bounds are evaluated (their reads and raises count); the slice itself is not followed.
      const bounds = [e.lower, e.upper, e.step].filter((b): b is Expr => b !== null);
      // A step may be 0 (ValueError): such a slice is told apart from one that never raises on a sequence.
      const reason = e.step ? "slice with a step" : "slice";
      return seq(bounds, frame, path, a, (_syms, p) => [val(typed({ kind: "unknown", reason }, "…"), p)]);
    }
    case "binop":
      return evalBinop(e, frame, path, a);
    case "unary":
      if (e.op === "not") return conditionOutcomes(e, frame, path, a);
      return flatMap(evalExpr(e.operand, frame, path, a), (o) => {
        const f = o.sym.k === "const" ? foldOp("unary", e.op, o.sym.v) : null;
        if (f) return foldedOutcomes(f, o.path) as Outcome[];
        const text = `${e.op}${operandText(o.sym, UNARY)}`;
        const res = unaryResult(e.op, symType(o.sym, o.path));
        if ("raise" in res) return [{ kind: "raise", exc: res.raise, path: o.path }];
        if ("unsupported" in res) return [{ kind: "unsupported", reason: `${res.unsupported} (\`${text}\`)`, line: e.pos.line, path: o.path }];
        return [val({ k: "val", t: res.type, text, prec: UNARY }, o.path)];
      });
    case "boolop":
      return evalBoolOp(e, frame, path, a);
    case "compare":
      return evalCompare(e, frame, path, a);
    case "ifexp":
      return flatMap(conditionOutcomes(e.test, frame, path, a), (o) => evalExpr(o.sym.k === "const" && o.sym.v ? e.body : e.orelse, frame, o.path, a));
    case "lambda":
      // Defaults are evaluated where the lambda is made (the dict display runs at import).
      // A lambda made after a `:=` on its path sees the name (`(v := x) and (lambda: v)`).
      // Names the maker binds again after this point read as unknown in it (closures bind late).
      return evalDefaults(e.params, frame, path, a, (defaults, p) => {
        const closure = closureFrame(e, settleBinds(frame, p, a).frame, a);
        return [val({ k: "fn", name: "<lambda>", params: e.params, body: { expr: e.body }, closure, defaults }, p)];
      });
    case "list":
    case "tuple":
    case "set":
      return evalDisplay(e, frame, path, a);
    case "dict":
      return evalDict(e, frame, path, a);
    case "comp":
      return evalComp(e, frame, path, a);
    case "dictcomp":
      // The iterable is evaluated (its reads count); the dict's contents are not followed (nor their raises).
      a.noteUnmodelled(`a dict comprehension (line ${e.pos.line})`);
      return flatMap(evalExpr(e.generators[0].iter, frame, path, a), (o) => [val(typed({ kind: "dict" }, "{…}"), o.path)]);
    case "starred":
      return [{ kind: "unsupported", reason: "a starred expression outside a call or display", line: e.pos.line, path }];
    case "fstring":
      return evalFString(e.parts, frame, path, a, e.pos.line);
    case "walrus":
      // The binding is this outcome's alone: the frame is shared by every path of the expression.
      return flatMap(evalExpr(e.value, frame, path, a), (o) => [val(o.sym, bindOnPath(o.path, e.target, o.sym))]);
    case "unsupported":
      return [{ kind: "unsupported", reason: e.reason, line: e.pos.line, path }];
    default:
      return assertNever(e);
  }
}
