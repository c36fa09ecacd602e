/**
 * IR → TypeScript for `match` statements: each case's pattern becomes one JS
 * condition that binds its captures as it goes; the first case that matches
 * (and whose guard holds) runs. Unsupported patterns stop the call when tried.
 */
import type { Pattern, Stmt } from "../ir/types.js";
import { assertNever } from "../ir/types.js";
import { tsString } from "./escape.js";
import type { EmitCtx, EmitTools } from "./emit-context.js";

interface MatchState {
  ctx: EmitCtx;
  t: EmitTools;
  temps: string[];
}

function singleton(p: Extract<Pattern, { kind: "literal" }>): boolean {
  return p.value.kind === "const" && (p.value.value.type === "none" || p.value.value.type === "bool");
}

/** A JS condition that is true when `subj` matches `p`, binding captures on the way. */
function emitPattern(p: Pattern, subj: string, st: MatchState): string {
  const { ctx, t } = st;
  switch (p.kind) {
    case "wildcard":
      return "true";
    case "capture":
      return `(${t.emitStore(p.name, subj, ctx)}, true)`;
    case "literal":
      // CPython compares None, True and False by identity, other literals by ==.
      return singleton(p) ? `cmp("is", ${subj}, ${t.emitExpr(p.value, ctx)})` : `cmp("==", ${subj}, ${t.emitExpr(p.value, ctx)})`;
    case "value":
      return `cmp("==", ${subj}, ${t.emitExpr(p.value, ctx)})`;
    case "or":
      return `(${p.alternatives.map((a) => emitPattern(a, subj, st)).join(" || ")})`;
    case "as":
      return `(${emitPattern(p.pattern, subj, st)} && (${t.emitStore(p.name, subj, ctx)}, true))`;
    case "sequence": {
      const q = t.temp(ctx, "q");
      st.temps.push(q);
      const n = p.items.length;
      const parts = p.items.map((item, i) => emitPattern(item, `${q}[${p.star && i >= p.star.index ? i + 1 : i}]`, st));
      const star = p.star;
      if (star?.name) parts.push(`(${t.emitStore(star.name, `${q}[${star.index}]`, ctx)}, true)`);
      return `((${q} = matchSeq(${subj}, ${n}, ${star ? star.index : "null"})) !== null${parts.map((x) => ` && ${x}`).join("")})`;
    }
    case "mapping": {
      const q = t.temp(ctx, "q");
      st.temps.push(q);
      const keys = `[${p.keys.map((k) => t.emitExpr(k, ctx)).join(", ")}]`;
      const parts = p.values.map((v, i) => emitPattern(v, `${q}[${i}]`, st));
      if (p.rest) parts.push(`(${t.emitStore(p.rest, `${q}[${p.keys.length}]`, ctx)}, true)`);
      return `((${q} = matchMap(${subj}, ${keys})) !== null${parts.map((x) => ` && ${x}`).join("")})`;
    }
    case "unsupported":
      return `unsupportedNode(${tsString(`${p.reason} (line ${p.pos.line}: ${p.text})`)})`;
    default:
      return assertNever(p);
  }
}

/** `match subject:` as a labelled block: the first matching case runs, then the block is left. */
export function emitMatch(s: Extract<Stmt, { kind: "match" }>, ctx: EmitCtx, t: EmitTools): string {
  const subj = t.temp(ctx, "s");
  const label = t.temp(ctx, "match");
  const st: MatchState = { ctx, t, temps: [] };
  const cases = s.cases.map((c) => {
    const cond = emitPattern(c.pattern, subj, st);
    const guard = c.guard ? ` && truthy(${t.emitExpr(c.guard, ctx)})` : "";
    return `if (${cond}${guard}) { ${t.emitBlock(c.body, ctx)} break ${label}; }`;
  });
  const temps = st.temps.length ? `let ${st.temps.map((q) => `${q}: PyValue[] | null`).join(", ")};` : "";
  return `${label}: { const ${subj} = ${t.emitExpr(s.subject, ctx)}; ${temps} ${cases.join(" ")} }`;
}
