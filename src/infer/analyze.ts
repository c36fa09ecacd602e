/**
 * Static analysis of one getter: call it symbolically and read off the type
 * (union over every path that returns), the default (the paths where the
 * variable is unset), the choices, and the other variables it reads.
 */
import type { Acceptance, DefaultPart, DefaultValue, Expr, PyConstValue, PyType } from "../ir/types.js";
import { inferAcceptance } from "./acceptance.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { createAnalyzer } from "./analyzer.js";
import { callSym } from "./sym-calls.js";
import { evalExpr } from "./sym-expr.js";
import { capped, flatMap } from "./sym-context.js";
import { type CV, EMPTY_FRAME, type Outcome, type Sym, ROOT_PATH } from "./sym.js";
import { assumed, setNamesBut, setsOtherThan, symText, unionOf } from "./sym.js";
import { symType } from "./sym-types.js";

/** What the analysis learns about one getter. */
export interface GetterAnalysis {
  type: PyType;
  default: DefaultValue;
  choices: { values: string[]; caseSensitive: boolean; list: boolean } | null;
  reads: string[];
  helpers: string[];
  unsupported: { reason: string; line: number }[];
  /** The Python exception types some input makes the getter raise. */
  raises: string[];
  accepts: Acceptance;
  /** The one literal string the variable is read with as default (`os.getenv("X", "0")` → "0"), if any. */
  rawDefault: string | null;
}

type ValueOutcome = Extract<Outcome, { kind: "value" }>;

/** A getter is called without arguments (callees only read the keywords). */
const NO_KW: Record<string, Sym> = Object.freeze({}) as Record<string, Sym>;

/** Analyse the getter of variable `name`. */
export function analyzeGetter(name: string, getter: Expr, lowered: LoweredModule): GetterAnalysis {
  const a = createAnalyzer(lowered);
  const made = evalExpr(getter, EMPTY_FRAME, ROOT_PATH, a);
  const only = made.length === 1 && made[0].kind === "value" ? made[0] : null;
  // The lambda, made one way (every getter): its call's outcomes, as flatMap over one value would give them.
  const line = getter.pos.line;
  const outs = only ? capped(callSym(only.sym, [], NO_KW, only.path, a, line)) : flatMap(made, (o) => callSym(o.sym, [], NO_KW, o.path, a, line));
  // One pass over the outcomes (a getter is analysed once, but there are hundreds of them).
  const values: ValueOutcome[] = [];
  const found: { reason: string; line: number }[] = [];
  const excs: string[] = [];
  for (const o of outs) {
    if (o.kind === "value") values.push(o);
    else if (o.kind === "unsupported") found.push({ reason: o.reason, line: o.line });
    else if (!excs.includes(o.exc)) excs.push(o.exc);
  }
  const unsupported = found.length ? dedupe(found) : found;
  // A path the analysis cannot follow may return anything: the type is then unknown, never a partial union.
  const type: PyType = unsupported.length ? { kind: "unknown", reason: unsupported[0].reason } : values.length ? unionOf(absorbLiterals(values)) : { kind: "unknown", reason: "the getter never returns" };
  return {
    type,
    default: inferDefault(name, outs),
    choices: inferChoices(type),
    reads: readsBut(a.reads, name),
    helpers: a.usedHelpers(),
    unsupported,
    raises: excs.sort(),
    accepts: unlessUnmodelled(inferAcceptance(name, outs), a.firstUnmodelled),
    rawDefault: a.rawDefaultOf(name),
  };
}

/** The variables read, but `name`, sorted. */
function readsBut(reads: Set<string>, name: string): string[] {
  const out: string[] = [];
  for (const r of reads) if (r !== name) out.push(r);
  return out.sort();
}

/** No accepted form is stated past a step whose raises are not modelled (`max(xs)` raises on an empty list). */
function unlessUnmodelled(accepts: Acceptance, unmodelled: string | null): Acceptance {
  if (accepts.kind === "unknown" || unmodelled === null) return accepts;
  return { kind: "unknown", reason: `${unmodelled} may raise on some values (not modelled)` };
}

/** A constant string among a literal's choices (`env_with_choices(..., "highest", [...])`'s default) has that literal type. */
function absorbLiterals(values: ValueOutcome[]): PyType[] {
  const types = values.map((o) => symType(o.sym, o.path));
  const lits = types.filter((t): t is Extract<PyType, { kind: "literal" }> => t.kind === "literal");
  if (!lits.length) return types; // nothing to absorb into: each value keeps its type (most getters)
  return values.map((o, i) => {
    const v = o.sym.k === "const" ? o.sym.v : undefined;
    if (typeof v !== "string") return types[i];
    const lit = lits.find((l) => l.values.includes(l.caseSensitive ? v : v.toLowerCase()) || (!l.caseSensitive && l.values.includes(v.toUpperCase())));
    return lit ?? types[i];
  });
}

function dedupe(items: { reason: string; line: number }[]): { reason: string; line: number }[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(`${i.line}:${i.reason}`) && !!seen.add(`${i.line}:${i.reason}`));
}

/** Choices come from a literal type, alone or as the items of a list or set. */
function inferChoices(t: PyType): GetterAnalysis["choices"] {
  const members = t.kind === "union" ? t.members : [t];
  for (const m of members) {
    if (m.kind === "literal") return { values: m.values, caseSensitive: m.caseSensitive, list: false };
    if ((m.kind === "list" || m.kind === "set") && m.item.kind === "literal") return { values: m.item.values, caseSensitive: m.item.caseSensitive, list: true };
  }
  return null;
}

function plainConst(v: CV): PyConstValue | undefined {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const items = v.items.map(plainConst);
  return items.every((i): i is PyConstValue => i !== undefined) ? items : undefined;
}

/** The text of a constant as a person reads a default: strings bare, others as Python writes them. */
export function constText(v: CV): string {
  if (typeof v === "string") return v;
  return symText({ k: "const", v });
}

/**
 * Why the unset result is not a value: unsupported, or raising. "raises X when unset" is said only when
 * every unset path raises X; a raise on some paths only is a possibility, never stated as a fact.
 */
function unsetProblem(base: Outcome[]): string | null {
  const u = base.find((o) => o.kind === "unsupported");
  if (u && u.kind === "unsupported") return `unsupported: ${u.reason}`;
  const excs: string[] = [];
  for (const o of base) if (o.kind === "raise" && !excs.includes(o.exc)) excs.push(o.exc);
  if (!excs.length) return null;
  if (base.every((o) => o.kind === "raise")) return `raises ${excs.join(" or ")} when unset`;
  return `may raise ${excs.join(" or ")} when unset`;
}

/** The default: the getter's result on the paths where the variable itself is unset. */
export function inferDefault(name: string, outs: Outcome[]): DefaultValue {
  // The unset paths: those that assume no other variable set (the base), and the values of the others with the
  // names they assume set (sorted), in one pass.
  let anyUnset = false;
  const base: Outcome[] = [];
  const alternatives: ValueOutcome[] = [];
  const altNames: string[][] = [];
  for (const o of outs) {
    if (assumed(o.path, name) === true) continue;
    anyUnset = true;
    if (!setsOtherThan(o.path, name)) base.push(o);
    else if (o.kind === "value") {
      alternatives.push(o);
      altNames.push(setNamesBut(o.path, name).sort());
    }
  }
  if (!anyUnset) return { kind: "unknown", reason: "no path leaves the variable unset" };
  const bad = unsetProblem(base);
  if (bad) return { kind: "unknown", reason: bad };
  const baseValues = base as ValueOutcome[];
  if (baseValues.length === 1 && alternatives.length === 0) {
    const s = baseValues[0].sym;
    if (s.k === "const") {
      const v = plainConst(s.v);
      if (v !== undefined) return { kind: "literal", value: v, text: constText(s.v) };
    }
  }
  const codeOf = (o: ValueOutcome) => (o.sym.k === "const" ? constText(o.sym.v) : symText(o.sym));
  const baseCodes = Array.from(new Set(baseValues.map(codeOf)));
  const groups = new Map<string, string[]>();
  for (let i = 0; i < alternatives.length; i++) {
    const key = altNames[i].join(" and ");
    const codes = groups.get(key) ?? [];
    const code = codeOf(alternatives[i]);
    if (!codes.includes(code)) codes.push(code);
    groups.set(key, codes);
  }
  for (const [key, codes] of groups) if (codes.every((c) => baseCodes.includes(c))) groups.delete(key);
  const reads = Array.from(new Set(altNames.flat())).sort();
  const verb = (names: string) => (names.includes(" and ") ? "are" : "is");
  const alts = (codes: string[]): DefaultPart[] => codes.flatMap((c, i) => (i ? [{ text: " or " }, { code: c }] : [{ code: c }]));
  let parts: DefaultPart[];
  if (groups.size > 2) parts = [...alts(baseCodes), { text: ` unless ${reads.join(", ")} ${reads.length > 1 ? "are" : "is"} set` }];
  else {
    parts = [];
    for (const [cond, codes] of groups) {
      const both = codes.includes("True") && codes.includes("False");
      parts.push(...(both ? [{ text: `depends on ${cond.split(" and ").map((n) => `$${n}`).join(", ")}` }] : alts(codes)), { text: ` if ${cond} ${verb(cond)} set, else ` });
    }
    parts.push(...alts(baseCodes));
  }
  const text = parts.map((x) => ("code" in x ? `\`${x.code}\`` : x.text)).join("");
  const only = baseValues.length === 1 ? baseValues[0].sym : null;
  const baseValue = only && only.k === "const" ? plainConst(only.v) : undefined;
  return baseValue === undefined ? { kind: "symbolic", text, parts, reads } : { kind: "symbolic", text, parts, reads, baseValue };
}
