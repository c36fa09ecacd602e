/**
 * Conditions: an expression's truth on each path as constant booleans (`if`, `while`, `and`/`or`, `assert`),
 * and what a membership test teaches a path (`x in CHOICES` narrows an environment value to CHOICES).
 */
import type { Expr } from "../ir/types.js";
import { type Analyzer, capped, readEnv, seq } from "./sym-context.js";
import { foldOp } from "./fold.js";
import { type Frame, type Outcome, type Path, type Sym, cst, narrowPath, pathWith, val } from "./sym.js";
import { truthiness } from "./sym-types.js";

/** The constant booleans a condition ends as: symbols are never changed in place, so two serve every test. */
const TRUE_SYM: Sym = cst(true);
const FALSE_SYM: Sym = cst(false);
const boolSym = (b: boolean): Sym => (b ? TRUE_SYM : FALSE_SYM);

/** A condition's truth on each path as constant booleans, with narrowing from `x in CHOICES` where `x` comes from the environment. */
export function conditionOutcomes(e: Expr, frame: Frame, path: Path, a: Analyzer): Outcome[] {
  if (e.kind === "unary" && e.op === "not") {
    const outs = conditionOutcomes(e.operand, frame, path, a);
    for (let i = 0; i < outs.length; i++) {
      const o = outs[i];
      if (o.kind === "value" && o.sym.k === "const") outs[i] = val(o.sym.v ? FALSE_SYM : TRUE_SYM, o.path); // the array is ours
    }
    return outs;
  }
  if (e.kind === "compare" && e.ops.length === 1 && (e.ops[0] === "in" || e.ops[0] === "not in")) {
    const negate = e.ops[0] === "not in";
    return seq([e.left, e.comparators[0]], frame, path, a, ([x, coll], p) => membership(x, coll, p, negate, a));
  }
  // What flatMap over the values' truths gives, without a closure per outcome and per truth.
  const result: Outcome[] = [];
  for (const o of a.eval(e, frame, path)) {
    if (o.kind !== "value") {
      result.push(o);
      continue;
    }
    for (const t of truthiness(o.sym)) result.push(val(t ? TRUE_SYM : FALSE_SYM, t && o.sym.k === "val" && o.sym.machine ? pathWith(o.path, "machine", true) : o.path));
  }
  return capped(result);
}

function membership(x: Sym, coll: Sym, p: Path, negate: boolean, a: Analyzer): Outcome[] {
  if (coll.k === "ref" && coll.path === "module.environment_variables" && x.k === "const" && typeof x.v === "string") {
    return [val(boolSym(a.hasEntry(x.v) !== negate), p)];
  }
  if (coll.k === "ref" && coll.path === "os.environ") {
    return readEnv(x, cst(null), p, a).flatMap((o) => (o.kind === "value" ? [val(boolSym((o.sym.k === "env") !== negate), o.path)] : [o]));
  }
  const strs = coll.k === "const" && coll.v !== null && typeof coll.v === "object" && coll.v.items.every((i) => typeof i === "string") ? (coll.v.items as string[]) : null;
  if (x.k === "const" && coll.k === "const") {
    const f = foldOp("cmp", "in", x.v, coll.v);
    if (f && "ok" in f) return [val(cst(negate ? !f.ok : (f.ok as boolean)), p)];
  }
  if (x.k === "env" && strs) {
    const key = x.name + (x.elem ? "[]" : "");
    const inside = narrowPath(p, key, { values: strs, tf: x.tf });
    const outside = pathWith(p, "notIn", { name: x.name, check: "choices", tf: x.tf, elem: x.elem, values: strs });
    return [val(boolSym(!negate), inside), val(boolSym(negate), outside)];
  }
  return [val(TRUE_SYM, p), val(FALSE_SYM, p)];
}

/** Every value outcome's truth (constants after conditionOutcomes). */
export function truths(outs: Outcome[]): { truth: boolean; path: Path }[] {
  const out: { truth: boolean; path: Path }[] = [];
  for (const o of outs) if (o.kind === "value") out.push({ truth: o.sym.k === "const" ? !!o.sym.v : true, path: o.path });
  return out;
}
