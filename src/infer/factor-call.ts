/**
 * Calls in the compile-factor analysis: a getter call makes its variable's value
 * (`environment_variables[key]()`), `os.getenv(var)` / `os.environ.get(var)` read `var`, the
 * container methods a factor list is built with are followed; other calls give opaque values.
 */

import {
  type FactorContext, type FV, FactorBail, iterItems, keyIndex, opaque, opaqueOf, sameConst, str, strOf, taintOf, underCondition,
}
from "./factor-values.js";

/** Call `fn` with evaluated arguments. */
export function callValue(fn: FV, args: FV[], kwargs: Map<string, FV>, ctx: FactorContext, line: number): FV {
  switch (fn.k) {
    case "getter":
      ctx.evaluated.add(fn.name);
      return opaqueOf(new Set([fn.name]));
    case "fn":
      return ctx.invoke(fn, args, kwargs, ctx, line);
    case "builtin":
      return callBuiltin(fn.name, args, kwargs, ctx);
    case "method":
      return callMethod(fn.obj, fn.name, args, ctx, line);
    case "module":
      if (fn.name === "os.getenv") return readEnv(args, ctx, line);
      return opaqueOf(taintAll(args, kwargs));
    case "opaque":
      return opaque(fn.taint, taintAll(args, kwargs));
    default:
      throw new FactorBail(`a call of a ${fn.k} value`, line);
  }
}

function taintAll(args: FV[], kwargs: Map<string, FV>): ReadonlySet<string> {
  // `normalize_value(raw)`, once per variable: the one argument's taint as it is (taint sets are never changed).
  if (args.length === 1 && kwargs.size === 0) return taintOf(args[0]);
  const taint = new Set<string>();
  for (const a of args) for (const n of taintOf(a)) taint.add(n);
  for (const a of kwargs.values()) for (const n of taintOf(a)) taint.add(n);
  return taint;
}

/** `os.getenv("X", default)`: the raw value of X enters whatever is made from the result. */
function readEnv(args: FV[], ctx: FactorContext, line: number): FV {
  const name = args[0] ? strOf(args[0]) : null;
  if (name === null) throw new FactorBail("an environment read of a name that is not a known string", line);
  ctx.evaluated.add(name);
  return opaque([name], ...args.slice(1).map((a) => taintOf(a)));
}

function callBuiltin(name: string, args: FV[], kwargs: Map<string, FV>, ctx: FactorContext): FV {
  const items = args.length === 1 && kwargs.size === 0 ? iterItems(args[0], ctx.envNames) : null;
  const seqType = ({ list: "list", tuple: "tuple", set: "set", frozenset: "set", sorted: "list" } as const)[name];
  if (seqType) {
    if (args.length === 0 && name !== "sorted") return { k: "seq", type: seqType, items: [] };
    if (items) return { k: "seq", type: seqType, items };
  }
  if (name === "dict" && args.length === 0 && kwargs.size === 0) return { k: "dict", keys: [], vals: [] };
  if (name === "len" && items && args[0].k !== "const") return { k: "const", v: items.length };
  return opaqueOf(taintAll(args, kwargs));
}

function callMethod(obj: FV, name: string, args: FV[], ctx: FactorContext, line: number): FV {
  const fail = (): never => {
    throw new FactorBail(`the method .${name}() of a ${obj.k === "seq" ? obj.type : obj.k} is not modelled`, line);
  };
  if (obj.k === "seq") return seqMethod(obj, name, args, ctx, line) ?? fail();
  if (obj.k === "dict") {
    if (name === "items") return pairs(obj.keys.map((k, i) => [k, obj.vals[i]]));
    if (name === "keys") return { k: "seq", type: "list", items: obj.keys.map(str) };
    if (name === "values") return { k: "seq", type: "list", items: [...obj.vals] };
    if (name === "get") return lookupOr(obj.keys, (i) => obj.vals[i], args, line);
    return fail();
  }
  if (obj.k === "envdict") {
    const names = ctx.envNames;
    if (name === "items") return pairs(names.map((n) => [n, { k: "getter", name: n }]));
    if (name === "keys") return { k: "seq", type: "list", items: names.map(str) };
    if (name === "values") return { k: "seq", type: "list", items: names.map((n) => ({ k: "getter", name: n })) };
    if (name === "get") return lookupOr(names, (i) => ({ k: "getter", name: names[i] }), args, line);
    return fail();
  }
  if (obj.k === "environ" && name === "get") return readEnv(args, ctx, line);
  const s = strOf(obj);
  if (s !== null && args.every((a) => strOf(a) !== null)) {
    const a = args.map((x) => strOf(x) as string);
    if (name === "startswith" && a.length === 1) return { k: "const", v: s.startsWith(a[0]) };
    if (name === "endswith" && a.length === 1) return { k: "const", v: s.endsWith(a[0]) };
  }
  if (obj.k === "getter" || obj.k === "fn") return opaqueOf(taintAll(args, new Map()));
  return fail();
}

function pairs(entries: [string, FV][]): FV {
  return { k: "seq", type: "list", items: entries.map(([k, v]) => ({ k: "seq", type: "tuple", items: [str(k), v] })) };
}

function lookupOr(keys: readonly string[], valueAt: (i: number) => FV, args: FV[], line: number): FV {
  const key = args[0] ? strOf(args[0]) : null;
  if (key === null || args.length > 2) throw new FactorBail(".get() of a key that is not a known string", line);
  const i = keyIndex(keys, key);
  return i >= 0 ? valueAt(i) : (args[1] ?? { k: "const", v: null });
}

/** The list and set methods a factor list is built with; null: not modelled. */
function seqMethod(obj: FV & { k: "seq" }, name: string, args: FV[], ctx: FactorContext, line: number): FV | null {
  const none: FV = { k: "const", v: null };
  // `factors.append()` is CPython's TypeError: not followed, like every other call of a wrong shape.
  if (args.length !== (name === "copy" ? 0 : 1)) return null;
  if ((name === "append" && obj.type === "list") || (name === "add" && obj.type === "set")) {
    obj.items.push(underCondition(args[0], ctx.pc));
    return none;
  }
  if ((name === "extend" && obj.type === "list") || (name === "update" && obj.type === "set")) {
    const items = iterItems(args[0], ctx.envNames);
    if (!items) throw new FactorBail(`.${name}() with a value the analysis does not know`, line);
    obj.items.push(...items.map((x) => underCondition(x, ctx.pc)));
    return none;
  }
  if ((name === "remove" || name === "discard") && !ctx.pc.size) {
    const i = obj.items.findIndex((x) => sameConst(x, args[0]));
    if (obj.items.some((x) => sameConst(x, args[0]) === null)) {
      throw new FactorBail(`.${name}() of an unknown item`, line);
    }
    if (i >= 0) obj.items.splice(i, 1);
    else if (name === "remove") throw new FactorBail(".remove() of an absent item", line);
    return none;
  }
  if (name === "copy") return { ...obj, items: [...obj.items] };
  return null;
}
