// Calls of the file's own functions: argument binding with CPython 3.11's
// TypeErrors, `f(*xs, **d)` at the call site, and functools caches.
import { PyDict, PyException, PyFunc, PyTuple, PyUnsupported, type PyKwargs, type PyValue, hashKey, hasKeywords, iterate, raise, typeName } from "./values.js";
import { call } from "./builtins.js";

/** A function of the file: `def` or `lambda`, with the qualified name CPython's messages use. */
export class PyDefFunc extends PyFunc {
  declare readonly qualname: string; // assigned, not a class field (see PyFunc)
  constructor(name: string, qualname: string, fn: (args: PyValue[], kw: PyKwargs) => PyValue) {
    super(name, fn);
    this.qualname = qualname;
  }
}

/** One parameter: `a`, `/a` (positional-only), `=a` (keyword-only), `*a`, `**a`. */
interface ParamSpec {
  name: string;
  kind: "pos" | "posonly" | "kwonly" | "star" | "starstar";
}

function parseParam(p: string): ParamSpec {
  if (p.startsWith("**")) return { name: p.slice(2), kind: "starstar" };
  if (p.startsWith("*")) return { name: p.slice(1), kind: "star" };
  if (p.startsWith("/")) return { name: p.slice(1), kind: "posonly" };
  if (p.startsWith("=")) return { name: p.slice(1), kind: "kwonly" };
  return { name: p, kind: "pos" };
}

const s = (n: number): string => (n === 1 ? "" : "s");

/** `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's format_missing). */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(" and ");
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function tooManyPositional(fname: string, positional: ParamSpec[], defaults: readonly (PyValue | undefined)[], given: number, kwonlyGiven: number): never {
  const defcount = positional.filter((_p, i) => defaults[i] !== undefined).length;
  const sig = defcount ? `from ${positional.length - defcount} to ${positional.length}` : String(positional.length);
  const plural = defcount ? "s" : s(positional.length);
  const kwSig = kwonlyGiven ? ` positional argument${s(given)} (and ${kwonlyGiven} keyword-only argument${s(kwonlyGiven)})` : "";
  return raise("TypeError", `${fname}() takes ${sig} positional argument${plural} but ${given}${kwSig} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`);
}

/**
 * The common call, bound without building a spec: no keywords, only plain or positional-only
 * parameters (no `*a`, `**k`, `=k`), enough arguments with defaults for the rest. CPython binds
 * it the same way (each argument to its slot, then the defaults); null sends any other call to
 * the full binding, which also raises every TypeError.
 */
function bindPositional(
  params: readonly string[],
  defaults: readonly (PyValue | undefined)[],
  args: PyValue[],
): PyValue[] | null {
  const n = params.length;
  if (n === 0 && args.length === 0) return args; // `lambda: ...`: nothing to bind, nothing to copy
  if (args.length > n) return null;
  for (let i = 0; i < n; i++) {
    const c = params[i].charCodeAt(0);
    if (c === 42 /* * */ || c === 61 /* = */) return null;
  }
  const out = args.slice();
  for (let i = args.length; i < n; i++) {
    const d = defaults[i];
    if (d === undefined) return null;
    out.push(d);
  }
  return out;
}

/**
 * A call with keywords (`env_with_choices("X", None, ["a"], case_sensitive=False)`) to a function of plain
 * parameters only, every keyword naming a parameter no positional argument filled, and defaults for
 * the rest: bound as the full binding binds it, without building a spec. Null for anything else (the
 * full binding raises its TypeErrors).
 */
function bindKeywords(params: readonly string[], defaults: readonly (PyValue | undefined)[], args: PyValue[], kw: PyKwargs): PyValue[] | null {
  const n = params.length;
  if (args.length > n) return null;
  for (let i = 0; i < n; i++) {
    const c = params[i].charCodeAt(0);
    if (c === 42 /* * */ || c === 61 /* = */ || c === 47 /* / */) return null;
  }
  const out: (PyValue | undefined)[] = args.slice();
  out.length = n;
  for (const k in kw) {
    const j = params.indexOf(k);
    if (j < args.length) return null; // unknown (-1), or given positionally too
    out[j] = kw[k];
  }
  for (let i = args.length; i < n; i++) {
    if (out[i] !== undefined) continue;
    const d = defaults[i];
    if (d === undefined) return null;
    out[i] = d;
  }
  return out as PyValue[];
}

/** Bind a call's arguments to parameters as CPython 3.11 does (same checks, same order, same messages). */
export function bindArgs(fname: string, params: readonly string[], defaults: readonly (PyValue | undefined)[], args: PyValue[], kw: PyKwargs): PyValue[] {
  const fast = hasKeywords(kw) ? bindKeywords(params, defaults, args, kw) : bindPositional(params, defaults, args);
  if (fast !== null) return fast;
  const spec = params.map(parseParam);
  const positional = spec.filter((p) => p.kind === "pos" || p.kind === "posonly");
  const star = spec.findIndex((p) => p.kind === "star");
  const starstar = spec.findIndex((p) => p.kind === "starstar");
  const out: (PyValue | undefined)[] = spec.map(() => undefined);
  args.slice(0, positional.length).forEach((a, i) => (out[i] = a));
  const extra = new PyDict();
  for (const k of Object.keys(kw)) {
    const i = spec.findIndex((p) => p.name === k && (p.kind === "pos" || p.kind === "kwonly"));
    if (i >= 0) {
      if (out[i] !== undefined) raise("TypeError", `${fname}() got multiple values for argument '${k}'`);
      out[i] = kw[k];
    } else if (starstar >= 0) extra.set(k, kw[k]);
    else if (spec.some((p) => p.name === k && p.kind === "posonly")) {
      const names = Object.keys(kw).filter((n) => spec.some((p) => p.name === n && p.kind === "posonly"));
      raise("TypeError", `${fname}() got some positional-only arguments passed as keyword arguments: '${names.join(", ")}'`);
    } else raise("TypeError", `${fname}() got an unexpected keyword argument '${k}'`);
  }
  if (args.length > positional.length && star < 0) {
    const kwonlyGiven = spec.filter((p, i) => p.kind === "kwonly" && out[i] !== undefined).length;
    tooManyPositional(fname, positional, defaults, args.length, kwonlyGiven);
  }
  const missingPos = positional.filter((_p, i) => out[i] === undefined && defaults[i] === undefined).map((p) => p.name);
  if (missingPos.length) raise("TypeError", `${fname}() missing ${missingPos.length} required positional argument${s(missingPos.length)}: ${nameList(missingPos)}`);
  const missingKw = spec.filter((p, i) => p.kind === "kwonly" && out[i] === undefined && defaults[i] === undefined).map((p) => p.name);
  if (missingKw.length) raise("TypeError", `${fname}() missing ${missingKw.length} required keyword-only argument${s(missingKw.length)}: ${nameList(missingKw)}`);
  spec.forEach((_p, i) => {
    if (out[i] === undefined) out[i] = defaults[i];
  });
  if (star >= 0) out[star] = new PyTuple(args.slice(positional.length));
  if (starstar >= 0) out[starstar] = extra;
  return out as PyValue[];
}

/** The name a call-site error gives a callee: `vllm.envs.f` for the file's functions (CPython's `__module__.__qualname__`). */
function calleeName(f: PyValue): string | null {
  return f instanceof PyDefFunc ? `vllm.envs.${f.qualname}` : null;
}

/** `f(a, *xs, k=1, **d)`: the callee first, then the arguments in source order, each piece added as it is evaluated. */
export function callSpread(f: PyValue, positional: (f: PyValue) => PyValue[], keywords: (f: PyValue) => PyKwargs): PyValue {
  const args = positional(f);
  return call(f, args, keywords(f));
}

/** Add the items of `*xs` to a call's positional arguments. */
export function starInto(f: PyValue, args: PyValue[], xs: PyValue): void {
  let items: PyValue[];
  try {
    items = iterate(xs);
  } catch (e) {
    if (e instanceof PyException && e.pyType === "TypeError") callSiteError(f, `argument after * must be an iterable, not ${typeName(xs)}`);
    throw e;
  }
  args.push(...items);
}

/** Add `name=value` or the items of `**mapping` to a call's keyword arguments. */
export function kwInto(f: PyValue, kw: PyKwargs, name: string | null, v: PyValue): void {
  if (name !== null) {
    kw[name] = v;
    return;
  }
  if (!(v instanceof PyDict)) callSiteError(f, `argument after ** must be a mapping, not ${typeName(v)}`);
  for (const [k, x] of v.map.values()) {
    if (typeof k !== "string") raise("TypeError", "keywords must be strings");
    if (Object.hasOwn(kw, k)) callSiteError(f, `got multiple values for keyword argument '${k}'`);
    kw[k] = x;
  }
}

/** A call-site TypeError: exact for the file's functions; for builtins the name CPython prints is not modelled. */
function callSiteError(f: PyValue, message: string): never {
  const name = calleeName(f);
  if (name !== null) return raise("TypeError", `${name}() ${message}`);
  return raiseUnknownMessage("TypeError", `the builtin's qualified name in "…() ${message}"`);
}

/** An exception whose type is certain but whose message depends on something not modelled. */
export class PyUnknownMessage extends PyException {
  readonly messageUnknown = true;
}

/** Raise `pyType` with a message saying what its exact text depends on. */
export function raiseUnknownMessage(pyType: string, dependsOn: string): never {
  throw new PyUnknownMessage(pyType, `<message depends on ${dependsOn}, not modelled>`);
}

/** `@functools.cache` / `@lru_cache(maxsize=N)`: results keyed by the arguments (unhashable ones raise, as in CPython). */
export function cached(f: PyValue, maxsize: number | null): PyFunc {
  if (!(f instanceof PyFunc)) return raise("TypeError", "Expected first argument to be callable");
  const memo = new Map<string, PyValue>();
  const name = f instanceof PyDefFunc ? f.qualname : f.name;
  return new PyDefFunc(f.name, name, (args, kw) => {
    const key = [...args.map(hashKey), "|", ...Object.keys(kw).flatMap((k) => [k, hashKey(kw[k])])].join("\u0000");
    if (memo.has(key)) {
      const v = memo.get(key) as PyValue;
      memo.delete(key);
      memo.set(key, v);
      return v;
    }
    const v = f.fn(args, kw);
    if (maxsize !== 0) memo.set(key, v);
    if (maxsize !== null && memo.size > maxsize) memo.delete(memo.keys().next().value as string);
    return v;
  });
}

/** In a block (from `line`) that raises `pyType` on every path, "unsupported" means that error with an unknown message. */
export function sameException(pyType: string, e: unknown, line: number): unknown {
  if (e instanceof PyUnsupported) return new PyUnknownMessage(pyType, `<message depends on ${e.reason.replace(/\.$/, "")}, not modelled (block from line ${line})>`);
  return e;
}

/** `[*xs]`: the items of a starred display item. */
export function starItems(v: PyValue): PyValue[] {
  try {
    return iterate(v);
  } catch (e) {
    if (e instanceof PyException && e.pyType === "TypeError") raise("TypeError", `Value after * must be an iterable, not ${typeName(v)}`);
    throw e;
  }
}
