// The public side of the runtime: the error classes, environment intake and the
// conversion of Python values into plain JS values.
import { PyDict, PyException, PyFunc, PyObject, PySet, PyTuple, PyUnsupported, type PyValue } from "./values.js";
import type { VllmEnvHost } from "./context.js";
import { defaultEnv, rejectEntry } from "./env-view.js";

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

/**
 * A platform plugin's bindings (`VLLM_ENVS_PLUGIN` of `vllm-envs/plugins/<name>`), to validate an environment
 * against vLLM and the plugin together: `validateVllmEnv(env, { plugins: [VLLM_ENVS_PLUGIN] })`.
 */
export interface VllmEnvPlugin<N extends string = string> {
  /** The plugin's name in the package (`vllm-envs/plugins/<name>`). */
  readonly name: string;
  /** The label of the plugin's bindings. */
  readonly version: string;
  /** The Python module the plugin's code reads its variables from (`vllm_gaudi.envs`), where known. */
  readonly module: string | null;
  /** The names of its variables, in source order. */
  readonly names: readonly N[];
  /** Internal: the plugin's bound module and the combined validation (not part of the API). */
  readonly bindings: object;
}

/** Options of `validateVllmEnv`: those of every call, and platform plugins to check together with vLLM. */
export interface VllmEnvValidateOptions extends VllmEnvOptions {
  /** Plugins whose variables are checked by their own rules (not reported as unknown). */
  readonly plugins?: readonly VllmEnvPlugin[];
}

/** A JS value as the runtime returns it: int → number (an int beyond ±2^53 is unsupported), set → Set, dict → null-prototype object. */
export type VllmEnvValue = string | number | boolean | null | VllmEnvValue[] | ReadonlySet<VllmEnvValue> | { readonly [key: string]: VllmEnvValue };

/** The string entries of an environment, and the entries that are not strings (`a number`, `an accessor`, ...). */
export function readEnvEntries(env: VllmEnvSource | undefined): { values: Map<string, string>; rejected: { key: string; what: string }[] } {
  const source = env ?? defaultEnv();
  const values = new Map<string, string>();
  const rejected: { key: string; what: string }[] = [];
  for (const key of Object.keys(source)) {
    const bad = rejectEntry(source, key);
    if (bad !== null) rejected.push({ key, what: bad });
    else if (source[key] !== undefined) values.set(key, source[key] as string);
  }
  return { values, rejected };
}

/** An int as a JS number, exactly; beyond ±2^53 a number would round, so the value is unsupported (exact form in the reason). */
function toNumber(v: bigint, exact: boolean): number | bigint {
  // Rounding is monotonic and ±2^53 are numbers: |v| < 2^53 exactly when |Number(v)| is (no bigint made per call).
  const n = Number(v);
  if (n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n;
  if (exact) return v;
  throw new PyUnsupported(`the int ${v} is beyond ±2^53 (Number.MAX_SAFE_INTEGER), where a JS number is not exact`);
}

/**
 * Convert a Python value into the plain JS value the API returns. `exact` keeps ints beyond
 * ±2^53 as bigint (the differential test compares them with CPython); the API passes false.
 */
export function toPlain(v: PyValue, exact = false): VllmEnvValue {
  if (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
  if (typeof v === "bigint") return toNumber(v, exact) as number;
  if (Array.isArray(v)) return v.map((x) => toPlain(x, exact));
  if (v instanceof PyTuple) return v.items.map((x) => toPlain(x, exact));
  if (v instanceof PySet) return new Set(Array.from(v.map.values(), (x) => toPlain(x, exact)));
  if (v instanceof PyDict) {
    const o: Record<string, VllmEnvValue> = Object.create(null);
    for (const [k, x] of v.map.values()) o[typeof k === "string" ? k : String(toPlain(k, exact))] = toPlain(x, exact);
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
  /**
   * Whether vLLM hashes the value into its torch.compile cache key (`compile_factors()`, earlier
   * `compute_hash()`): changing it invalidates the compile cache. null: this revision has no such function.
   */
  readonly compileFactor: boolean | null;
}
