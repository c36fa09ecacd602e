// The public side of the runtime: the error classes, environment intake and the
// conversion of Python values into plain JS values.
import { PyDict, PyException, PyFunc, PyObject, PySet, PyTuple, PyUnsupported, type PyValue } from "./values.js";
import { type VllmEnvHost, withContext } from "./context.js";
import { call } from "./builtins.js";
import { PyUnknownMessage } from "./args.js";

/** Where Python raises (`ValueError` and the like): which variable, which value, why. */
export class VllmEnvError extends Error {
  /** The variable being read. */
  readonly variable: string;
  /** Its raw value in the environment (undefined when unset). */
  readonly value: string | undefined;
  /** The Python exception type, e.g. `ValueError`. */
  readonly pythonType: string;
  /** The Python exception message. */
  readonly reason: string;
  /** True when the type is certain but the exact message depends on something not modelled (`reason` says what). */
  readonly messageUnknown: boolean;
  constructor(variable: string, value: string | undefined, pythonType: string, reason: string, messageUnknown = false) {
    super(`${variable}${value === undefined ? "" : `=${JSON.stringify(value)}`}: ${pythonType}: ${reason}`);
    this.name = "VllmEnvError";
    this.variable = variable;
    this.value = value;
    this.pythonType = pythonType;
    this.reason = reason;
    this.messageUnknown = messageUnknown;
  }
}

/** The value depends on something outside the environment (the installed torch, a registry, the machine). */
export class VllmEnvUnsupportedError extends Error {
  /** The variable being read. */
  readonly variable: string;
  /** Why it cannot be computed here. */
  readonly reason: string;
  constructor(variable: string, reason: string) {
    super(`${variable}: cannot be computed statically: ${reason}`);
    this.name = "VllmEnvUnsupportedError";
    this.variable = variable;
    this.reason = reason;
  }
}

/** An environment: `process.env` or any string map. */
export type VllmEnvSource = Readonly<Record<string, string | undefined>>;

/** Options of a runtime call. */
export interface VllmEnvOptions {
  /** Filesystem, CPU count and warnings; without one, values that need them are unsupported. */
  host?: VllmEnvHost;
}

/** A JS value as the runtime returns it: int → number (bigint beyond ±2^53), set → Set, dict → null-prototype object. */
export type VllmEnvValue = string | number | bigint | boolean | null | VllmEnvValue[] | ReadonlySet<VllmEnvValue> | { readonly [key: string]: VllmEnvValue };

function defaultEnv(): VllmEnvSource {
  const p = (globalThis as { process?: { env?: VllmEnvSource } }).process;
  return p && p.env ? p.env : {};
}

/** Copy an environment into a private map; own string properties only (`__proto__` is just a name). */
export function intakeEnv(env: VllmEnvSource | undefined): Map<string, string> {
  const { values, rejected } = readEnvEntries(env);
  const bad = rejected[0];
  if (bad) throw new TypeError(`environment entry ${JSON.stringify(bad.key)} is ${bad.what === "an accessor" ? "an accessor, not a string value" : `${bad.what}, not a string`}`);
  return values;
}

/** The string entries of an environment, and the entries that are not strings (`a number`, `an accessor`, ...). */
export function readEnvEntries(env: VllmEnvSource | undefined): { values: Map<string, string>; rejected: { key: string; what: string }[] } {
  const source = env ?? defaultEnv();
  const values = new Map<string, string>();
  const rejected: { key: string; what: string }[] = [];
  for (const key of Object.keys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc || !("value" in desc)) {
      rejected.push({ key, what: "an accessor" });
      continue;
    }
    const v: unknown = desc.value;
    if (v === undefined) continue;
    if (typeof v === "string") values.set(key, v);
    else rejected.push({ key, what: `a ${v === null ? "null" : typeof v}` });
  }
  return { values, rejected };
}

/** Convert a Python value into the plain JS value the API returns. */
export function toPlain(v: PyValue): VllmEnvValue {
  if (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
  if (typeof v === "bigint") return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof PyTuple) return v.items.map(toPlain);
  if (v instanceof PySet) return new Set(Array.from(v.map.values(), toPlain));
  if (v instanceof PyDict) {
    const o: Record<string, VllmEnvValue> = Object.create(null);
    for (const [k, x] of v.map.values()) o[typeof k === "string" ? k : String(toPlain(k))] = toPlain(x);
    return o;
  }
  if (v instanceof PyFunc || v instanceof PyObject || v instanceof PyException) throw new PyUnsupported(`the value is a Python ${v instanceof PyFunc ? "function" : "object"}, which has no JS form`);
  return v;
}

/** Metadata of one variable (the records of `VLLM_ENV_VARS`). */
export interface VllmEnvVarInfo {
  /** The variable's name. */
  readonly name: string;
  /** Its Python type, as inferred from the getter: `int`, `str | None`, `Literal["a", "b"]`. */
  readonly type: string;
  /** The default in human form: a Python literal or a symbolic description. */
  readonly default: string;
  /** The default as a value, where it is a literal. */
  readonly defaultValue?: string | number | boolean | null | readonly unknown[];
  /** The environment string equivalent to unset (`os.getenv("X", "0")` → "0"), where there is one. */
  readonly rawDefault: string | null;
  /** The allowed values, where the getter checks them. */
  readonly choices: readonly string[] | null;
  /** Whether `choices` are compared case-sensitively. */
  readonly caseSensitive: boolean;
  /** Which raw strings are accepted, in words. */
  readonly accepts: string;
  /** The comment block above the key in envs.py. */
  readonly description: string;
  /** The `# ==== ... ====` banner the variable sits under. */
  readonly section: string | null;
  /** Other environment variables its getter reads. */
  readonly reads: readonly string[];
  /** Its line in envs.py. */
  readonly line: number;
  /** Whether the description calls it deprecated. */
  readonly deprecated: boolean;
  /** Constructs the translator could not follow, with their lines. */
  readonly unsupported: readonly string[];
  /** Where the TYPE_CHECKING declaration disagrees with the getter. */
  readonly drift: readonly string[];
}

/** The entries of `environment_variables`, made fresh for each call (Python's module state, per import). */
export type VllmEnvModule = () => { entries: Readonly<Record<string, () => PyValue>>; globals: Record<string, PyValue>; init?: () => void };

/** Evaluate one entry of `environment_variables` as `vllm.envs.NAME` does. */
export function evaluateEntry(makeModule: VllmEnvModule, name: string, env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined): VllmEnvValue {
  const { entries, globals, init } = makeModule();
  if (typeof name !== "string" || !Object.hasOwn(entries, name)) throw new TypeError(`unknown vLLM environment variable ${JSON.stringify(name)}`);
  const map = intakeEnv(env);
  const raw = map.get(name);
  try {
    return withContext({ env: map, host: options?.host ?? {}, globals }, () => {
      // The module is imported with this environment: definitions with computed defaults are made first.
      if (init) init();
      return toPlain(call(entries[name](), []));
    });
  } catch (e) {
    if (e instanceof PyException) throw new VllmEnvError(name, raw, e.pyType, e.pyMessage, e instanceof PyUnknownMessage);
    if (e instanceof PyUnsupported) throw new VllmEnvUnsupportedError(name, e.reason);
    if (e instanceof RangeError) throw new VllmEnvError(name, raw, "RecursionError", "maximum recursion depth exceeded");
    throw e;
  }
}
