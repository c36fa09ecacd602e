// The typed edges of a version module: Standard Schema v1 validators (`vllmEnvSchema`, for t3-env,
// envin, tRPC, ...) and the write side (`defineVllmEnv`, `.env` text, a Kubernetes `env:` list).
// No dependency: the Standard Schema interface is structural, so it is written out here.
import type { VersionApi } from "./bindings.js";
import { VllmEnvError, VllmEnvUnsupportedError } from "./api.js";
import type { VllmEnvOptions, VllmEnvSource, VllmEnvValue } from "./api.js";
import { defaultEnv, rejectEntry } from "./env-view.js";
import { suggestName } from "./validate.js";

/** One problem a validator found: the message of CPython's error (or why the value cannot be computed here). */
export interface VllmEnvSchemaIssue {
  /** `VLLM_PORT="abc": ValueError: VLLM_PORT 'abc' must be a valid integer`. */
  readonly message: string;
}

/** What a validator returns: the value `vllm.envs.NAME` would have, or the issues. */
export type VllmEnvSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly VllmEnvSchemaIssue[] };

/** A Standard Schema v1 validator of one variable: raw `string | undefined` in, the typed value out. */
export interface VllmEnvStandardSchema<Output> {
  /** The Standard Schema v1 properties (https://standardschema.dev). */
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "vllm-envs";
    readonly validate: (value: unknown) => VllmEnvSchemaResult<Output>;
    /** For type inference only; absent at run time. */
    readonly types?: { readonly input: string | undefined; readonly output: Output } | undefined;
  };
}

/** One Standard Schema v1 validator per variable of `Env` (a version's `VllmEnv`): `VllmEnv[name]` out. */
export type VllmEnvSchemas<Env> = { readonly [K in keyof Env]: VllmEnvStandardSchema<Env[K]> };

/**
 * Settings to write, per variable of `Env` the raw strings it accepts: `Forms[FormOf[i]]` for the
 * name `Names[i]`. Mapped over `Env` so each property keeps its documentation.
 */
export type VllmEnvInputOf<Env, Names extends Strings, Forms extends readonly unknown[], FormOf extends Indices> = {
  readonly [K in keyof Env]?: FormOfName<K, VllmEnvFormsByName<Names, Forms, FormOf>> | undefined;
};

/** Form indices, one per name. */
type Indices = readonly number[];

/** Variable names. */
type Strings = readonly string[];

/** The form of name `K`, or `string` for a name the table lacks. */
type FormOfName<K, ByName> = K extends keyof ByName ? ByName[K] : string;

/** Per name of `Names`, its form. */
type VllmEnvFormsByName<Names extends Strings, Forms extends readonly unknown[], FormOf extends Indices> = {
  [I in keyof Names & `${number}` as Names[I]]: Forms[FormOf[I & keyof FormOf] & keyof Forms];
};

/** One entry of a Kubernetes container's `env:` list. */
export interface VllmEnvKubernetesVar {
  readonly name: string;
  readonly value: string;
}

/** What an entry is when it is not a string (`a number`), for messages. */
function describeNonString(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
}

/**
 * `env` with `name` set to `value` (or unset), read on demand like any environment: the variable's
 * getter may read others (`VLLM_CACHE_ROOT` reads `XDG_CACHE_HOME` and `HOME`), which come from `env`.
 */
function overlay(env: VllmEnvSource, name: string, value: string | undefined): VllmEnvSource {
  const own = (key: string | symbol): PropertyDescriptor | undefined => {
    if (key !== name) {
      // Reported configurable whatever `env` says: a proxy may not call a property of its empty target fixed.
      const d = Reflect.getOwnPropertyDescriptor(env, key);
      return d && { ...d, configurable: true };
    }
    return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
  };
  return new Proxy(Object.create(null) as VllmEnvSource, {
    getOwnPropertyDescriptor: (_t, key) => own(key),
    has: (_t, key) => own(key) !== undefined,
    get: (_t, key) => (key === name ? value : Reflect.get(env, key)),
    ownKeys: () => [...Reflect.ownKeys(env).filter((k) => k !== name), ...(value === undefined ? [] : [name])],
  });
}

/** The validator's answer for one raw value: the value, or CPython's error as an issue. */
function validateOne(
  api: VersionApi,
  name: string,
  value: unknown,
  env: VllmEnvSource | undefined,
  options: VllmEnvOptions | undefined,
): VllmEnvSchemaResult<VllmEnvValue> {
  if (value !== undefined && typeof value !== "string") {
    return { issues: [{ message: `${name} is ${describeNonString(value)}, not a string` }] };
  }
  try {
    return { value: api.get(name, overlay(env ?? defaultEnv(), name, value), options) };
  } catch (e) {
    // A TypeError here is an entry of `env` that is not a string (the getter read it).
    const expected = e instanceof VllmEnvError || e instanceof VllmEnvUnsupportedError || e instanceof TypeError;
    if (expected) return { issues: [{ message: e.message }] };
    throw e;
  }
}

/**
 * One Standard Schema validator per name. `env` (default: `process.env` at validation time) supplies
 * the other variables a getter reads; the validated value replaces the variable's own entry.
 */
export function standardSchemas(
  api: VersionApi,
  names: readonly string[],
  env?: VllmEnvSource,
  options?: VllmEnvOptions,
): Readonly<Record<string, VllmEnvStandardSchema<VllmEnvValue>>> {
  // Null prototype: a variable named `__proto__` or `constructor` is just a key.
  const out: Record<string, VllmEnvStandardSchema<VllmEnvValue>> = Object.create(null);
  for (const name of names) {
    const validate = (value: unknown) => validateOne(api, name, value, env, options);
    const standard = { version: 1 as const, vendor: "vllm-envs" as const, validate };
    out[name] = Object.freeze({ "~standard": Object.freeze(standard) });
  }
  return Object.freeze(out);
}

/** The entries of `input` as strings, in order; an unknown name or a value not a string is a TypeError. */
function inputEntries(input: unknown, names: readonly string[]): [string, string][] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError(`defineVllmEnv takes an object of variable names and strings, not ${describeNonString(input)}`);
  }
  const known = new Set(names);
  const out: [string, string][] = [];
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      const suggestion = suggestName(key, names);
      const hint = suggestion ? `; did you mean ${suggestion}?` : "";
      throw new TypeError(`${key} is not a vLLM environment variable of this version${hint}`);
    }
    const bad = rejectEntry(input as VllmEnvSource, key);
    if (bad !== null) throw new TypeError(`${key} is ${bad}, not a string`);
    const value = (input as VllmEnvSource)[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}

/**
 * Check a set of vLLM settings as CPython would read them (the settings alone are the environment)
 * and return them as a plain object of strings. Throws the first {@link VllmEnvError} (source order)
 * of a variable that raises with these settings but not without any: the settings caused it.
 */
export function defineEnv(api: VersionApi, names: readonly string[], input: unknown, options?: VllmEnvOptions) {
  const out: Record<string, string> = {};
  // defineProperty: a variable named `__proto__` stays a key, not the object's prototype.
  for (const [key, value] of inputEntries(input, names)) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const { errors } = api.read(out, options);
  if (errors.length) {
    // A variable that raises in an empty environment raises whatever is set: not these settings' fault.
    const always = new Set(api.read({}, options).errors.map((e) => e.variable));
    const caused = errors.find((e) => !always.has(e.variable) || Object.hasOwn(out, e.variable));
    if (caused) throw caused;
  }
  return out;
}

/** A name `.env` files and shells read as one word. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A value that needs no quotes in dotenv, Docker's `--env-file` or a shell. */
const BARE = /^[A-Za-z0-9_./:,@+%-]*$/;

/** The entries of settings, checked: names `.env` and Kubernetes take, string values. */
function settingEntries(env: Readonly<Record<string, string>>): [string, string][] {
  if (typeof env !== "object" || env === null) {
    throw new TypeError(`expected an object of settings, not ${describeNonString(env)}`);
  }
  return Object.keys(env).map((key) => {
    if (!ENV_NAME.test(key)) throw new TypeError(`${JSON.stringify(key)} is not a name an environment file can hold`);
    const bad = rejectEntry(env, key);
    const value: unknown = env[key];
    if (bad !== null || typeof value !== "string") {
      throw new TypeError(`${key} is ${bad ?? describeNonString(value)}, not a string`);
    }
    return [key, value];
  });
}

/** One dotenv value that reads back exactly: bare, else in the first quotes that do not occur in it. */
function quoteDotenv(key: string, value: string): string {
  if (BARE.test(value)) return value;
  // dotenv turns "\r\n" and "\r" into "\n" before parsing: a carriage return cannot be written.
  if (!value.includes("\r")) {
    // Single quotes and backticks are literal to dotenv (Compose does not expand `$` in single quotes).
    if (!value.includes("'")) return `'${value}'`;
    if (!value.includes("`")) return `\`${value}\``;
    // Double quotes turn `\n` into a line break and cannot hold a `"`.
    if (!value.includes('"') && !/\\[nr]/.test(value)) return `"${value}"`;
  }
  throw new TypeError(`${key}: the value ${JSON.stringify(value)} cannot be written to a .env file exactly`);
}

/** Settings as `.env` text (dotenv syntax, a `NAME=value` per line); throws for a value it cannot write exactly. */
export function formatVllmEnvDotenv(env: Readonly<Record<string, string>>): string {
  return settingEntries(env).map(([key, value]) => `${key}=${quoteDotenv(key, value)}\n`).join("");
}

/**
 * Settings as a Kubernetes container's `env:` list (`[{ name, value }]`, in the settings' order). The kubelet
 * expands `$(VAR)` in a value and turns `$$` into `$`: every `$` is written `$$`, so the container sees exactly
 * the string that was checked.
 */
export function formatVllmEnvKubernetes(env: Readonly<Record<string, string>>): VllmEnvKubernetesVar[] {
  return settingEntries(env).map(([name, value]) => ({ name, value: value.replace(/\$/g, "$$$$") }));
}
