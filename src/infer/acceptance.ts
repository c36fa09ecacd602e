/**
 * Which raw values a variable accepts: read off the paths where only the
 * variable itself is set. Every raise there must come from one recognised
 * check on the value (`int(x)`, `float(x)`, `json.loads(x)`, `x not in CHOICES`),
 * else the acceptance is `unknown` and no schema constraint is claimed.
 */
import type { Acceptance } from "../ir/types.js";
import { type Outcome, type Path, type RaiseCause, assumed, isChecked } from "./sym.js";

function onlySet(name: string, o: Outcome): boolean {
  let own = false;
  for (let x = o.path.set; x; x = x.next) {
    if (x.name === name) own = x.isSet;
    else if (x.isSet) return false;
  }
  return own;
}

const NO_VALUES: readonly string[] = [];

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameCause(a: RaiseCause, b: RaiseCause): boolean {
  if (a.check !== b.check || a.elem !== b.elem) return false;
  return sameStrings(a.values ?? NO_VALUES, b.values ?? NO_VALUES) && sameStrings(a.tf, b.tf);
}

/**
 * A check on the value that only runs when other variables are set (`int(os.getenv("X", "0")) if
 * os.getenv("Y") else None`): the accepted forms then depend on them, and "any string" would be false.
 */
function conditionalChecks(name: string, outs: Outcome[], known: RaiseCause[]): string | null {
  let others: Set<string> | null = null; // made at the first name: most getters have none
  for (const o of outs) {
    // A raise with no recognised cause (`raise FileNotFoundError(...)` once Y is set) may depend on the value too.
    if (o.kind !== "raise" || o.path.machine || assumed(o.path, name) !== true) continue;
    if (o.cause && o.cause.name !== name) continue;
    if (o.cause && known.some((c) => sameCause(c, o.cause as RaiseCause))) continue;
    for (let x = o.path.set; x; x = x.next) if (x.isSet && x.name !== name) (others ??= new Set()).add(x.name);
  }
  return others?.size ? `depends on ${Array.from(others).sort().join(", ")}` : null;
}

const NO_CAUSES: RaiseCause[] = [];

/** A path where only `name` is set, with no fact about the machine assumed. */
function isMine(name: string, o: Outcome): boolean {
  return !o.path.machine && onlySet(name, o);
}

function someMineValue(name: string, outs: Outcome[], test: (p: Path) => boolean): boolean {
  for (const o of outs) if (o.kind === "value" && isMine(name, o) && test(o.path)) return true;
  return false;
}

function anyUnless(reason: string | null): Acceptance {
  return reason ? { kind: "unknown", reason } : { kind: "any" };
}

/** Infer what the variable `name` accepts from the getter's outcomes. */
export function inferAcceptance(name: string, outs: Outcome[]): Acceptance {
  // The paths where only this variable is set, sorted by kind in one pass. Paths that assumed a file exists
  // depend on the machine, not on the value's form: set aside.
  let anyMine = false;
  let unsupported: Extract<Outcome, { kind: "unsupported" }> | null = null;
  const raises: Extract<Outcome, { kind: "raise" }>[] = [];
  for (const o of outs) {
    if (!isMine(name, o)) continue;
    anyMine = true;
    if (o.kind === "unsupported") unsupported ??= o;
    else if (o.kind === "raise") raises.push(o);
  }
  if (!anyMine) {
    const u = outs.find((o) => o.kind === "unsupported");
    if (u && u.kind === "unsupported") return { kind: "unknown", reason: u.reason };
    return anyUnless(conditionalChecks(name, outs, NO_CAUSES));
  }
  if (unsupported) return { kind: "unknown", reason: unsupported.reason };
  if (!raises.length) return anyUnless(conditionalChecks(name, outs, NO_CAUSES));
  const causes: RaiseCause[] = [];
  for (const r of raises) {
    if (!r.cause || r.cause.name !== name) return { kind: "unknown", reason: `raises ${r.exc} on a path not recognised as a check of the value's form` };
    if (!causes.some((c) => sameCause(c, r.cause as RaiseCause))) causes.push(r.cause);
  }
  // Asked of the value outcomes only when something raised (their list is not kept for the other getters).
  if (someMineValue(name, outs, (p) => p.notIn?.name === name)) {
    return { kind: "unknown", reason: "a failed check does not always raise" };
  }
  // `return decoder.loads(raw) if raw.startswith("{") else raw`: some path returns without the conversion.
  if (causes[0].check !== "choices" && someMineValue(name, outs, (p) => !isChecked(p, name))) {
    return { kind: "unknown", reason: `the ${causes[0].check} check does not run on every path` };
  }
  if (causes.length !== 1) return { kind: "unknown", reason: "several checks on the value" };
  const elsewhere = conditionalChecks(name, outs, causes);
  if (elsewhere) return { kind: "unknown", reason: elsewhere };
  const c = causes[0];
  switch (c.check) {
    case "int":
    case "float":
    case "json":
      return c.elem ? { kind: "unknown", reason: `a ${c.check} check on list items` } : { kind: c.check };
    case "choices": {
      const caseless = c.tf.some((t) => t === "lower" || t === "upper");
      const values = (c.values ?? []).map((v) => (caseless ? v.toLowerCase() : v));
      return { kind: "choices", values: Array.from(new Set(values)).sort(), caseSensitive: !caseless, list: c.elem, strip: c.tf.includes("strip") || c.elem };
    }
    default:
      return { kind: "unknown", reason: "unrecognised check" };
  }
}
