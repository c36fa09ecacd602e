/**
 * The statements the model makes about one variable, each checked against CPython's results for the
 * same file: the stated default, the accepted forms ("Accepts: …"), the choices and a declared type the
 * model says agrees with the getter. Each check returns the problems it found, as lines for a report.
 */
import type { Acceptance, PyType, Variable } from "../../src/ir/types.js";
import { foldBuiltin, foldMethod, foldModuleCall } from "../../src/infer/fold.js";
import type { Encoded } from "../../src/cli/eval-encode.js";
import type { Probe } from "./differential.js";
import { fitsType } from "./fits-type.js";

/** CPython raised (an exception, not an unsupported Python value). */
export function raised(v: Encoded): v is { $error: string } {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.$error === "string";
}

function unsupported(v: Encoded): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && "$unsupported" in v;
}

/** The environment of the other variables a probe sets (HOME is every probe's). */
export function othersOf(name: string, env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k !== name && k !== "HOME").sort(([a], [b]) => (a < b ? -1 : 1)));
}

function pyStr(s: string, method: "strip" | "lower"): string {
  const f = foldMethod(s, method, []);
  return f && "ok" in f && typeof f.ok === "string" ? f.ok : s;
}

/** Does the stated acceptance say CPython takes `raw`? (null: it states nothing.) Forms are decided by the runtime's own int/float/json. */
export function acceptedBy(a: Acceptance, raw: string): boolean | null {
  switch (a.kind) {
    case "any":
      return true;
    case "int":
    case "float": {
      const f = foldBuiltin(a.kind, [raw]);
      return f !== null && "ok" in f;
    }
    case "json": {
      const f = foldModuleCall("json.loads", [raw]);
      return f !== null && !("raise" in f);
    }
    case "choices": {
      const one = (s: string) => {
        const t = a.strip ? pyStr(s, "strip") : s;
        return a.values.includes(a.caseSensitive ? t : pyStr(t, "lower"));
      };
      return a.list ? raw.split(",").every((s) => pyStr(s, "strip") === "" || one(s)) : one(raw);
    }
    default:
      return null;
  }
}

/**
 * (b) Every probed value the model accepts raises under no environment of the other variables unless
 * every accepted value raises there too (the other variable's own fault), and every value it rejects
 * raises under some environment.
 */
export function checkAcceptance(v: Variable, probes: Probe[]): string[] {
  const mine = probes.filter((p) => Object.hasOwn(p.env, v.name) && !unsupported(p.result));
  if (acceptedBy(v.accepts, "") === null || !mine.length) return [];
  const problems: string[] = [];
  const groups = new Map<string, Probe[]>();
  for (const p of mine) {
    const key = JSON.stringify(othersOf(v.name, p.env));
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  // Under an environment where the variable unset raises too, the raise is the other variables' doing.
  const unsetRaises = new Set(probes.filter((p) => !Object.hasOwn(p.env, v.name) && raised(p.result)).map((p) => JSON.stringify(othersOf(v.name, p.env))));
  for (const [key, group] of groups) {
    const accepted = group.filter((p) => acceptedBy(v.accepts, p.env[v.name]));
    const bad = accepted.filter((p) => raised(p.result));
    if (bad.length && bad.length < accepted.length && !unsetRaises.has(key)) {
      problems.push(`${v.name}=${JSON.stringify(bad[0].env[v.name])} with ${key}: accepted (${v.accepts.kind}) but CPython gave ${JSON.stringify(bad[0].result)}`);
    }
  }
  const rejected = new Set(mine.filter((p) => acceptedBy(v.accepts, p.env[v.name]) === false).map((p) => p.env[v.name]));
  for (const value of rejected) {
    if (!mine.some((p) => p.env[v.name] === value && raised(p.result))) problems.push(`${v.name}=${JSON.stringify(value)}: said to raise (${v.accepts.kind}) but CPython never raised`);
  }
  return problems;
}

/** (a) A stated default (a literal, its base value, or "raises X when unset") is CPython's result when unset. */
export function checkDefault(v: Variable, unset: Encoded, same: (r: Encoded, d: unknown) => boolean): string[] {
  const d = v.default;
  if (d.kind === "literal" && !same(unset, d.value)) return [`${v.name}: default ${JSON.stringify(d.value)} but CPython gave ${JSON.stringify(unset)} when unset`];
  if (d.kind === "symbolic" && d.baseValue !== undefined && !same(unset, d.baseValue)) return [`${v.name}: base default ${JSON.stringify(d.baseValue)} but CPython gave ${JSON.stringify(unset)}`];
  const m = d.kind === "unknown" ? /^raises (.+) when unset$/.exec(d.reason) : null;
  if (m && !(raised(unset) && m[1].split(" or ").includes(unset.$error.split(":")[0]))) return [`${v.name}: said to ${m[0]} but CPython gave ${JSON.stringify(unset)}`];
  return [];
}

/** (c) Stated choices are exactly the probed strings CPython accepts when only the variable is set. */
export function checkChoices(v: Variable, probes: Probe[]): string[] {
  const c = v.choices;
  if (!c || c.list) return [];
  const problems: string[] = [];
  for (const p of probes) {
    if (!Object.hasOwn(p.env, v.name) || Object.keys(othersOf(v.name, p.env)).length || unsupported(p.result)) continue;
    const value = p.env[v.name];
    const listed = c.caseSensitive ? c.values.includes(value) : c.values.some((x) => x.toLowerCase() === value.toLowerCase());
    if (listed === raised(p.result)) problems.push(`${v.name}=${JSON.stringify(value)}: choices say ${listed ? "valid" : "invalid"}, CPython gave ${JSON.stringify(p.result)}`);
  }
  return problems;
}

/** A declared type as Python's checkers read it: bool is an int, an int a float (PEP 484's numeric tower). */
function widen(t: PyType): PyType {
  if (t.kind === "int") return { kind: "union", members: [t, { kind: "bool" }] };
  if (t.kind === "float") return { kind: "union", members: [t, { kind: "int" }, { kind: "bool" }] };
  if (t.kind === "union") return { kind: "union", members: t.members.map(widen) };
  if (t.kind === "list" || t.kind === "set" || t.kind === "tuple") return { kind: t.kind, item: widen(t.item) };
  return t;
}

/** (d) A `TYPE_CHECKING` type the model says agrees with the getter (no type drift) admits every CPython value. */
export function checkDeclared(v: Variable, probes: Probe[]): string[] {
  const decl = v.declaration;
  if (!decl || decl.type.kind === "unknown" || v.type.kind === "unknown" || v.drift.some((d) => d.code === "type-drift")) return [];
  const bad = probes.find((p) => !raised(p.result) && !unsupported(p.result) && !fitsType(p.result, widen(decl.type)));
  return bad ? [`${v.name}: declared ${decl.annotation} (no drift stated) but CPython gave ${JSON.stringify(bad.result)} for ${JSON.stringify(othersOf("", bad.env))}`] : [];
}
