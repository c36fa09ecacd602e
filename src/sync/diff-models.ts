/**
 * The change set between two models: variables added, removed, and those whose
 * type, default or choices changed. Breaking changes (removed, narrowed choices,
 * changed type or default) are flagged. A variable becoming or ceasing to be a compile-cache
 * factor is a change too (not breaking), but only between two revisions that both have a factor
 * function: a revision gaining or losing `compute_hash()` as a whole says nothing about a variable.
 */
import type { Model, Variable } from "../ir/types.js";
import { describeType } from "../ir/describe-type.js";
import { describeDefault } from "../ir/describe.js";

/** One change to one variable. */
export interface Change {
  kind: "added" | "removed" | "type" | "default" | "choices" | "compile-factor";
  variable: string;
  breaking: boolean;
  before?: string;
  after?: string;
}

/** The changes from `before` to `after`, breaking first, then by variable name. */
export function diffModels(before: Model | null, after: Model): Change[] {
  const old = new Map((before?.variables ?? []).map((v) => [v.name, v]));
  const cur = new Map(after.variables.map((v) => [v.name, v]));
  const changes: Change[] = [];
  for (const v of after.variables) {
    const o = old.get(v.name);
    if (!o) changes.push({ kind: "added", variable: v.name, breaking: false, after: describeType(v.type) });
    else changes.push(...compareVariable(o, v));
  }
  for (const v of before?.variables ?? []) if (!cur.has(v.name)) changes.push({ kind: "removed", variable: v.name, breaking: true, before: describeType(v.type) });
  return changes.sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.variable.localeCompare(b.variable) || a.kind.localeCompare(b.kind));
}

function compareVariable(o: Variable, v: Variable): Change[] {
  const out: Change[] = [];
  const ot = describeType(o.type);
  const nt = describeType(v.type);
  // A literal that only gained or lost values is a choices change, reported below.
  const shape = (s: string) => s.replace(/Literal\[[^\]]*\]/g, "Literal[…]");
  if (ot !== nt && shape(ot) !== shape(nt)) out.push({ kind: "type", variable: v.name, breaking: true, before: ot, after: nt });
  const od = describeDefault(o.default);
  const nd = describeDefault(v.default);
  if (od !== nd) out.push({ kind: "default", variable: v.name, breaking: true, before: od, after: nd });
  const oc = o.choices?.values ?? [];
  const nc = v.choices?.values ?? [];
  if (oc.join("\u0000") !== nc.join("\u0000")) {
    const narrowed = oc.some((c) => !nc.includes(c));
    out.push({ kind: "choices", variable: v.name, breaking: narrowed, before: oc.join(", ") || "(none)", after: nc.join(", ") || "(none)" });
  }
  // `?? null`: a model.json written before the field existed says nothing.
  const of = o.compileFactor ?? null;
  const nf = v.compileFactor ?? null;
  if (of !== null && nf !== null && of !== nf) {
    const word = (f: boolean) => (f ? "yes" : "no");
    out.push({ kind: "compile-factor", variable: v.name, breaking: false, before: word(of), after: word(nf) });
  }
  return out;
}
