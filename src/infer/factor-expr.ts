/**
 * Expressions of the compile-factor analysis: `environment_variables[key]()` makes the value of
 * `key`, `os.getenv(var)` reads `var`; anything not modelled gives an opaque value carrying the
 * taint of its operands (`hashlib.md5(str(factors).encode())` is made from every factor).
 */
import type { Expr, Keyword } from "../ir/types.js";
import {
  type FactorContext,
  type FV,
  type Scope,
  FactorBail,
  FactorRaise,
  contains,
  iterItems,
  keyIndex,
  opaque,
  opaqueOf,
  sameConst,
  setItem,
  str,
  strOf,
  taintOf,
  truthOf,
} from "./factor-values.js";
import { callValue } from "./factor-call.js";
import { bindTarget } from "./factor-bind.js";

/** Evaluate an expression. */
export function evalFactor(e: Expr, scope: Scope, ctx: FactorContext): FV {
  switch (e.kind) {
    case "const":
      return constOf(e.value);
    case "name":
      return lookup(e.id, scope, e.pos.line);
    case "attr":
      return attrOf(evalFactor(e.obj, scope, ctx), e.attr);
    case "call": {
      const fn = evalFactor(e.func, scope, ctx);
      const args: FV[] = [];
      for (const x of e.args) args.push(x.kind === "starred" ? bail("a starred argument", x.pos.line) : evalFactor(x, scope, ctx));
      return callValue(fn, args, keywordsOf(e.keywords, scope, ctx, e.pos.line), ctx, e.pos.line);
    }
    case "subscript":
      return subscriptOf(evalFactor(e.obj, scope, ctx), evalFactor(e.index, scope, ctx), ctx, e.pos.line);
    case "compare":
      return compareOf(e, scope, ctx);
    case "boolop":
      return boolOf(e, scope, ctx);
    case "unary": {
      const v = evalFactor(e.operand, scope, ctx);
      const t = e.op === "not" ? truthOf(v, ctx.envNames.length) : null;
      return t === null ? opaque(taintOf(v)) : { k: "const", v: !t };
    }
    case "binop":
      return binopOf(evalFactor(e.left, scope, ctx), evalFactor(e.right, scope, ctx));
    case "list":
    case "tuple":
    case "set":
      return {
        k: "seq",
        type: e.kind,
        items: e.elts.map((x) => (x.kind === "starred" ? bail("a starred item", x.pos.line) : evalFactor(x, scope, ctx))),
      };
    case "dict":
      return dictOf(e.keys, e.values, scope, ctx);
    case "comp":
    case "dictcomp":
      return comprehension(e, scope, ctx);
    case "fstring":
      return opaque(...e.parts.map((p) => (p.kind === "field" ? taintOf(evalFactor(p.expr, scope, ctx)) : [])));
    case "ifexp": {
      const t = truthOf(evalFactor(e.test, scope, ctx), ctx.envNames.length);
      if (t === null) bail("a conditional expression on a value", e.pos.line);
      return evalFactor(t ? e.body : e.orelse, scope, ctx);
    }
    case "unsupported":
      return bail(e.reason, e.pos.line);
    default:
      return bail(`a ${e.kind} expression`, e.pos.line);
  }
}

/** Stop: the function cannot be followed here. */
export function bail(reason: string, line: number): never {
  throw new FactorBail(reason, line);
}

function constOf(c: Extract<Expr, { kind: "const" }>["value"]): FV {
  if (c.type === "str") return str(c.value);
  if (c.type === "bool") return { k: "const", v: c.value };
  if (c.type === "none") return { k: "const", v: null };
  if (c.type === "int" && Number.isSafeInteger(Number(c.value))) return { k: "const", v: Number(c.value) };
  return opaque();
}

const BUILTINS = new Set(["str", "repr", "len", "list", "tuple", "set", "dict", "sorted", "int", "float", "bool",
  "hash",
  "isinstance", "print", "any", "all", "min", "max", "sum", "frozenset", "Exception", "AssertionError", "ValueError",
  "KeyError", "TypeError", "AttributeError", "RuntimeError", "__name__"]);

function lookup(id: string, scope: Scope, line: number): FV {
  for (let s: Scope | null = scope; s; s = s.parent) {
    const v = s.vars.get(id);
    if (v) return v;
  }
  if (BUILTINS.has(id)) return { k: "builtin", name: id };
  return bail(`the name ${id} is not modelled`, line);
}

function attrOf(obj: FV, attr: string): FV {
  if (obj.k === "module") {
    return obj.name === "os" && attr === "environ" ? { k: "environ" } : { k: "module", name: `${obj.name}.${attr}` };
  }
  if (obj.k === "opaque") return opaqueOf(obj.taint); // `logger.warning` once per variable in the loop: not a copy
  return { k: "method", obj, name: attr };
}

/** The keywords of a call without any: one map, read-only (callees only `get`, `size` and iterate). */
const NO_KEYWORDS: ReadonlyMap<string, FV> = new Map();

function keywordsOf(kws: Keyword[], scope: Scope, ctx: FactorContext, line: number): Map<string, FV> {
  if (!kws.length) return NO_KEYWORDS as Map<string, FV>;
  const out = new Map<string, FV>();
  for (const k of kws) out.set(k.name ?? bail("a **mapping argument", line), evalFactor(k.value, scope, ctx));
  return out;
}

function subscriptOf(obj: FV, index: FV, ctx: FactorContext, line: number): FV {
  const key = strOf(index);
  if (obj.k === "envdict" && key !== null) {
    if (!ctx.envSet.has(key)) throw new FactorRaise("KeyError", line);
    return { k: "getter", name: key };
  }
  if (obj.k === "environ" && key !== null) {
    ctx.evaluated.add(key);
    return opaque([key]);
  }
  if (obj.k === "dict" && key !== null) {
    const i = keyIndex(obj.keys, key);
    if (i < 0) throw new FactorRaise("KeyError", line);
    return obj.vals[i];
  }
  if (obj.k === "seq" && index.k === "const" && typeof index.v === "number") {
    const i = index.v < 0 ? obj.items.length + index.v : index.v;
    return obj.items[i] ?? bail("an index out of range", line);
  }
  if (obj.k === "opaque" || index.k === "opaque") return opaque(taintOf(obj), taintOf(index));
  return bail("a subscript the analysis does not model", line);
}

function compareOf(e: Extract<Expr, { kind: "compare" }>, scope: Scope, ctx: FactorContext): FV {
  let left = evalFactor(e.left, scope, ctx);
  const operands = [left];
  let taint: Set<string> | null = null; // made at the first `in os.environ`: `factor in ignored_factors` has none
  let known = true;
  let result = true;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = evalFactor(e.comparators[i], scope, ctx);
    operands.push(right);
    let r: boolean | null = null;
    if (op === "in" || op === "not in") {
      const key = strOf(left);
      // `"X" in os.environ` reads X.
      if (right.k === "environ" && key !== null) (ctx.evaluated.add(key), (taint ??= new Set()).add(key));
      const c = contains(right, left, ctx.envSet);
      r = c === null ? null : op === "in" ? c : !c;
    } else if (op === "==" || op === "!=") {
      const s = sameConst(left, right);
      r = s === null ? null : op === "==" ? s : !s;
    }
    if (r === null) known = false;
    else result = result && r;
    left = right;
  }
  // The operands' taint only matters when the answer is unknown (`factor in ignored_factors` is known: 80 items).
  return known ? { k: "const", v: result } : opaque(taint ?? [], ...operands.map((x) => taintOf(x)));
}

function boolOf(e: Extract<Expr, { kind: "boolop" }>, scope: Scope, ctx: FactorContext): FV {
  let v = evalFactor(e.values[0], scope, ctx);
  for (const next of e.values.slice(1)) {
    const t = truthOf(v, ctx.envNames.length);
    if (t === null) bail(`an \`${e.op}\` on a value`, e.pos.line);
    if (e.op === "and" ? !t : t) return v;
    v = evalFactor(next, scope, ctx);
  }
  return v;
}

function binopOf(a: FV, b: FV): FV {
  // `[...] + [...]`, `{...} | {...}` (a set may hold an item twice here: only membership is asked).
  if (a.k === "seq" && b.k === "seq" && a.type === b.type) return { k: "seq", type: a.type, items: [...a.items, ...b.items] };
  const sa = strOf(a);
  const sb = strOf(b);
  if (sa !== null && sb !== null) return str(sa + sb);
  return opaque(taintOf(a), taintOf(b));
}

function dictOf(keys: Expr[], values: Expr[], scope: Scope, ctx: FactorContext): FV {
  const out: FV & { k: "dict" } = { k: "dict", keys: [], vals: [] };
  keys.forEach((k, i) => setItem(out, evalFactor(k, scope, ctx), evalFactor(values[i], scope, ctx), k.pos.line));
  return out;
}

function comprehension(e: Extract<Expr, { kind: "comp" | "dictcomp" }>, outer: Scope, ctx: FactorContext): FV {
  const scope: Scope = { vars: new Map(), parent: outer };
  const result: FV =
    e.kind === "dictcomp" ? { k: "dict", keys: [], vals: [] } : { k: "seq", type: e.type === "set" ? "set" : "list", items: [] };
  const loop = (g: number): void => {
    if (g === e.generators.length) {
      if (result.k === "dict" && e.kind === "dictcomp") {
        setItem(result, evalFactor(e.key, scope, ctx), evalFactor(e.value, scope, ctx), e.pos.line);
      }
      else if (result.k === "seq" && e.kind === "comp") result.items.push(evalFactor(e.elt, scope, ctx));
      return;
    }
    const gen = e.generators[g];
    const items = iterItems(evalFactor(gen.iter, scope, ctx), ctx.envNames) ?? bail("a loop over a value", e.pos.line);
    for (const item of items) {
      bindTarget(gen.target, item, scope, ctx);
      const keep = gen.ifs.map((c) => truthOf(evalFactor(c, scope, ctx), ctx.envNames.length));
      if (keep.includes(null)) bail("a comprehension filter on a value", e.pos.line);
      if (keep.every(Boolean)) loop(g + 1);
    }
  };
  loop(0);
  return result;
}
