/**
 * Symbolic `match`: a case is decided where subject and pattern are constants,
 * else both outcomes are followed (captures bound to unknown values). Class and
 * other unmodelled patterns are unsupported where the case is tried.
 */
import type { MatchCase, Pattern } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { type Analyzer, settleBinds } from "./sym-context.js";
import { evalExpr } from "./sym-expr.js";
import { conditionOutcomes, truths } from "./sym-condition.js";
import { foldOp } from "./fold.js";
import { patternNames } from "../ir/scope.js";
import { type Frame, type Outcome, type Path, type Sym, copyFrame, typed } from "./sym.js";
import { symType } from "./sym-types.js";

/** One way a pattern test can end: matched or not, with the bindings made. */
export type MatchEnd = { matched: boolean; frame: Frame; path: Path } | Exclude<Outcome, { kind: "value" }>;

function unknownCaptures(p: Pattern, frame: Frame): Frame {
  const f = copyFrame(frame);
  const names = new Set<string>();
  patternNames(p, names);
  names.forEach((n) => f.set(n, typed({ kind: "unknown", reason: "match capture" }, "…")));
  return f;
}

/** Both ways, captures unknown. */
function either(p: Pattern, frame: Frame, path: Path): MatchEnd[] {
  return [{ matched: true, frame: unknownCaptures(p, frame), path }, { matched: false, frame, path }];
}

/** `case [*items]:` never matches None, a number or a str (Python excludes str); `case {...}:` only a mapping does. */
function cannotMatch(kind: "sequence" | "mapping", subject: Sym, path: Path): boolean {
  const t = symType(subject, path);
  const fits = kind === "sequence" ? ["list", "tuple"] : ["dict"];
  const members = t.kind === "union" ? t.members : [t];
  return members.every((m) => m.kind !== "unknown" && m.kind !== "json" && !fits.includes(m.kind));
}

function compareTo(p: Extract<Pattern, { kind: "literal" | "value" }>, subject: Sym, frame: Frame, path: Path, a: Analyzer): MatchEnd[] {
  return evalExpr(p.value, frame, path, a).flatMap((o): MatchEnd[] => {
    if (o.kind !== "value") return [o];
    if (subject.k === "const" && o.sym.k === "const") {
      const singleton = o.sym.v === null || typeof o.sym.v === "boolean";
      const r = singleton ? { ok: subject.v === o.sym.v } : foldOp("cmp", "==", subject.v, o.sym.v);
      if (r && "ok" in r) return [{ matched: r.ok === true, frame, path: o.path }];
    }
    return [{ matched: true, frame, path: o.path }, { matched: false, frame, path: o.path }];
  });
}

/** The ways `subject` can meet `p`. */
export function matchPattern(p: Pattern, subject: Sym, frame: Frame, path: Path, a: Analyzer): MatchEnd[] {
  switch (p.kind) {
    case "wildcard":
      return [{ matched: true, frame, path }];
    case "capture": {
      const f = copyFrame(frame);
      f.set(p.name, subject);
      return [{ matched: true, frame: f, path }];
    }
    case "literal":
    case "value":
      return compareTo(p, subject, frame, path, a);
    case "or": {
      const ends = p.alternatives.map((alt) => matchPattern(alt, subject, frame, path, a));
      const flat = ends.flat();
      if (flat.some((e) => !("matched" in e))) return flat.filter((e) => !("matched" in e));
      if (ends.some((es) => es.every((e) => "matched" in e && e.matched))) return ends.find((es) => es.every((e) => "matched" in e && e.matched)) as MatchEnd[];
      if (flat.every((e) => "matched" in e && !e.matched)) return [{ matched: false, frame, path }];
      return either(p, frame, path);
    }
    case "as":
      return matchPattern(p.pattern, subject, frame, path, a).map((e) => ("matched" in e && e.matched ? { ...e, frame: copyFrame(e.frame).set(p.name, subject) } : e));
    case "sequence":
    case "mapping":
      return cannotMatch(p.kind, subject, path) ? [{ matched: false, frame, path }] : either(p, frame, path);
    case "unsupported":
      return [{ kind: "unsupported", reason: p.reason, line: p.pos.line, path }];
    default:
      return assertNever(p);
  }
}

/** Run the cases: the first whose pattern matches and whose guard holds; `exec` runs a body. */
export function execCases<F>(cases: MatchCase[], subject: Sym, frame: Frame, path: Path, a: Analyzer, exec: (c: MatchCase, f: Frame, p: Path) => F[], fall: (f: Frame, p: Path) => F, stop: (o: Exclude<Outcome, { kind: "value" }>) => F): F[] {
  let live: { frame: Frame; path: Path }[] = [{ frame, path }];
  const out: F[] = [];
  for (const c of cases) {
    const next: { frame: Frame; path: Path }[] = [];
    for (const l of live) {
      for (const e of matchPattern(c.pattern, subject, l.frame, l.path, a)) {
        if (!("matched" in e)) out.push(stop(e));
        else if (!e.matched) next.push({ frame: l.frame, path: e.path });
        else if (!c.guard) out.push(...exec(c, e.frame, e.path));
        else {
          const g = conditionOutcomes(c.guard, e.frame, e.path, a);
          g.forEach((o) => o.kind !== "value" && out.push(stop(o)));
          for (const t of truths(g)) {
            const l = settleBinds(e.frame, t.path, a); // `case x if (y := ...)`: the guard's bindings
            if (t.truth) out.push(...exec(c, l.frame, l.path));
            else next.push(l);
          }
        }
      }
    }
    live = next;
  }
  return [...out, ...live.map((l) => fall(l.frame, l.path))];
}
