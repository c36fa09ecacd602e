/**
 * Assignment in the compile-factor analysis. Under a condition on a value
 * (`if __getattr__(name): ... else: ...`) a binding may or may not happen: the name then holds
 * an opaque value made from both the old and the new value and from the condition.
 */
import type { Target } from "../ir/types.js";
import {
  type FactorContext,
  type FV,
  type Scope,
  FactorBail,
  iterItems,
  opaque,
  setItem,
  taintOf,
  underCondition,
} from "./factor-values.js";

/** Bind `value` to an assignment (or loop) target in `scope`. */
export function bindTarget(t: Target, value: FV, scope: Scope, ctx: FactorContext): void {
  switch (t.kind) {
    case "name": {
      if (!ctx.pc.size) return void scope.vars.set(t.id, value);
      const old = scope.vars.get(t.id);
      scope.vars.set(t.id, opaque(old ? taintOf(old) : [], taintOf(value), ctx.pc));
      return;
    }
    case "tuple": {
      for (const x of t.elts) if (x.kind === "starred") throw new FactorBail("a starred assignment target", t.pos.line);
      if (value.k === "opaque") {
        for (const x of t.elts) bindTarget(x, value, scope, ctx);
        return;
      }
      const items = value.k === "seq" ? value.items : iterItems(value, ctx.envNames);
      if (!items || items.length !== t.elts.length) {
        throw new FactorBail("an unpacking the analysis cannot follow", t.pos.line);
      }
      for (let i = 0; i < t.elts.length; i++) bindTarget(t.elts[i], items[i], scope, ctx);
      return;
    }
    case "subscript":
      return assignItem(t, value, scope, ctx);
    default:
      throw new FactorBail(`an assignment to a ${t.kind} target`, t.pos.line);
  }
}

function assignItem(t: Extract<Target, { kind: "subscript" }>, value: FV, scope: Scope, ctx: FactorContext): void {
  const obj = ctx.eval(t.obj, scope, ctx);
  const key = ctx.eval(t.index, scope, ctx);
  const v = underCondition(value, ctx.pc);
  // Under a condition on a value the key itself may or may not be there: which names the dict holds is unknown.
  if (obj.k === "dict" && ctx.pc.size) throw new FactorBail("a dict item set under a condition on a value", t.pos.line);
  if (obj.k === "dict") return setItem(obj, key, v, t.pos.line);
  if (obj.k === "seq" && obj.type === "list" && key.k === "const" && typeof key.v === "number" && obj.items[key.v]) {
    obj.items[key.v] = v;
    return;
  }
  throw new FactorBail("an item assignment the analysis does not model", t.pos.line);
}
