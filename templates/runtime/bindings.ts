// One version's module, built once: the translated globals and getters of envs.py as data,
// a template of lazily computed globals, and the three API calls over it.
import { PyException, PyUnsupported, type PyValue, hashKey, raise } from "./values.js";
import { hostService, withContext } from "./context.js";
import { call } from "./builtins.js";
import { PyUnknownMessage, raiseUnknownMessage } from "./args.js";
import { dictOfKeyed } from "./glue.js";
import { EnvView } from "./env-view.js";
import { VllmEnvError, VllmEnvUnsupportedError, readEnvEntries, toPlain, type VllmEnvOptions, type VllmEnvSource, type VllmEnvValue } from "./api.js";
import type { VllmEnvPlugin, VllmEnvValidateOptions } from "./api.js";
import { validateEnvironment, type VllmEnvDiagnostic } from "./validate.js";

/** Module globals of one import of envs.py (a fresh object per call; inherited lazy getters). */
export type Globals = Record<string, PyValue>;

/** Translated code taking the import's globals: a global's initialiser or an entry of `environment_variables`. */
export type Piece = ($G: Globals) => PyValue;

/** What a version module hands the runtime, built from envs.py. */
export interface VersionSpec {
  /** Module-level names (imports, assignments, defs) in source order, with their initialisers. */
  readonly globals: readonly (readonly [string, Piece])[];
  /** The keys of `environment_variables`, in source order. */
  readonly names: readonly string[];
  /** Their getters (parallel to `names`). */
  readonly entries: readonly Piece[];
  /** What the variables accept, in words (each text once), for validation messages. */
  readonly accepts: readonly string[];
  /** Per name, the index of its text in `accepts`. */
  readonly acceptsOf: readonly number[];
  /** Variables of earlier versions this one no longer has. */
  readonly removed: Readonly<Record<string, { removedAfter: string; lastSeenIn: string }>>;
  /**
   * What an import makes before any getter runs, in source order: a global's name (a `def` whose
   * defaults are computed) or an entry's index (`lambda x=os.getenv("A"): x`). Python evaluates
   * those defaults once, at import, with the environment of that import.
   */
  readonly init?: readonly (string | number)[];
  /** The dict of getters' global name, when it is not `environment_variables` (a plugin's `env_variables`). */
  readonly dict?: string;
  /** A platform plugin's module name (`vllm_gaudi.envs`; null: not known); absent for vLLM's `vllm.envs`. */
  readonly module?: string | null;
  /** Why names outside `names` may be keys at run time (`**x` with unknown keys): reading one is unsupported. */
  readonly open?: string;
  /** Why the environment getters read is not the one given: module-level code changes `os.environ`. */
  readonly environ?: string;
}

/** What {@link VersionApi.read} returns: every value it could compute, and why the others could not be. */
export interface VllmEnvReading<V = Readonly<Record<string, VllmEnvValue>>> {
  /** The values, by name, in source order; a variable with a problem below is absent. */
  readonly values: V;
  /** Variables where CPython raises (an invalid value). */
  readonly errors: readonly VllmEnvError[];
  /** Variables that depend on something outside the environment (or an int beyond ±2^53). */
  readonly unsupported: readonly VllmEnvUnsupportedError[];
}

/** The calls a version module exports, bound to its module. */
export interface VersionApi {
  get(name: string, env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined): VllmEnvValue;
  read(env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined): VllmEnvReading;
  validate(env: VllmEnvSource | undefined, options: VllmEnvValidateOptions | undefined): VllmEnvDiagnostic[];
}

/** What a plugin's `bindings` hold (plugins.ts): validation with plugins lives there, imported only by plugin modules. */
interface PluginBindings {
  together(
    vllm: VersionApi,
    plugins: readonly VllmEnvPlugin[],
    env: VllmEnvSource | undefined,
    options: VllmEnvOptions | undefined,
  ): VllmEnvDiagnostic[];
}

function defineLazy(template: Globals, name: string, make: Piece): void {
  // A getter on the shared template computes the value for the import reading it (`this`) and
  // caches it there: a failing initialiser fails only the variables that use it.
  // One descriptor per global, reused (its value cleared after use, so it keeps nothing alive).
  const desc: PropertyDescriptor = { value: undefined, writable: true, configurable: true, enumerable: true };
  const own = (self: Globals, v: PyValue) => {
    desc.value = v;
    Object.defineProperty(self, name, desc);
    desc.value = undefined;
  };
  Object.defineProperty(template, name, {
    configurable: true,
    enumerable: true,
    get(this: Globals): PyValue {
      const v = make(this);
      own(this, v);
      return v;
    },
    set(this: Globals, v: PyValue) {
      own(this, v);
    },
  });
}

/** The translated module: built on first use, then each call is one `Object.create`. */
class VersionModule {
  private template: Globals | null = null;
  // Name → [its first entry index, its getter (the last one)], made on the first `get`
  // (importing the package stays cheap).
  private index: Map<string, [number, Piece]> | null = null;
  constructor(readonly spec: VersionSpec) {}
  private lookup(name: string): [number, Piece] | undefined {
    if (this.index === null) {
      const index = new Map<string, [number, Piece]>();
      this.spec.names.forEach((n, i) => index.set(n, [index.get(n)?.[0] ?? i, this.spec.entries[i] as Piece]));
      this.index = index;
    }
    return this.index.get(name);
  }
  /** A fresh import's globals. */
  fresh(): Globals {
    return Object.create((this.template ??= this.build())) as Globals;
  }
  private build(): Globals {
    const t: Globals = Object.create(null);
    // A plugin's file is its own module (`vllm_gaudi.envs`); where its name is not known, `__name__` is not either.
    const module = this.spec.module;
    defineLazy(t, "__name__", () => {
      if (module === null) throw new PyUnsupported("the plugin's module name (__name__) is not known: sync it with --path");
      return module ?? "vllm.envs";
    });
    defineLazy(t, "__file__", () => hostService("moduleFile", "__file__")());
    // A plugin's linked upstream code: vllm.envs's own `__file__` (see UPSTREAM_FILE_NAME).
    defineLazy(t, "__vllm_envs_file__", () => hostService("upstreamFile", "vllm.envs.__file__")());
    for (const [name, make] of this.spec.globals) defineLazy(t, name, make);
    const { names, entries } = this.spec;
    // The keys' hashes once per module, not once per import: every import that reads
    // `environment_variables` (`for key in environment_variables:`) builds the same dict.
    const keys = names.map(hashKey);
    const unique = new Set(keys).size === keys.length;
    defineLazy(t, this.spec.dict ?? "environment_variables", ($G) => {
      const made = lambdasOf($G);
      const values = names.map((_k, i) => (made[i] ??= (entries[i] as Piece)($G)));
      return dictOfKeyed(names, keys, values, unique);
    });
    return t;
  }
  /** Evaluate `vllm.envs.NAME` (entry `i`) inside a call's context: the value, or why there is none. */
  private attempt(i: number, piece: Piece, globals: Globals, made: PyValue[] | null, exact: boolean): VllmEnvValue | Failure {
    // Module-level code changed os.environ (`os.environ["X"] = …` at import): what a getter reads is not the env given.
    if (this.spec.environ !== undefined) return new Failure(new PyUnsupported(this.spec.environ));
    try {
      const lambda = made === null ? piece(globals) : (made[i] ??= piece(globals));
      return toPlain(call(lambda, NO_ARGS), exact);
    } catch (e) {
      if (e instanceof PyException || e instanceof PyUnsupported || e instanceof RangeError) return new Failure(e);
      throw e;
    }
  }
  /**
   * The import-time part of an import: make what `spec.init` lists. A failure surfaces only where the
   * definition is used (its getter raises the same error again when it makes it).
   */
  private runInit(globals: Globals): PyValue[] {
    const made = lambdasOf(globals);
    for (const what of this.spec.init ?? []) {
      try {
        if (typeof what === "string") void globals[what];
        else made[what] ??= (this.spec.entries[what] as Piece)(globals);
      } catch (e) {
        if (!(e instanceof PyException || e instanceof PyUnsupported)) throw e;
      }
    }
    return made;
  }
  /** One variable, in its own import of the module. */
  get(name: string, env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined, exact = false): VllmEnvValue {
    const found = typeof name === "string" ? this.lookup(name) : undefined;
    if (!found?.[1] && exact && typeof name === "string") return this.missing(name, env, options);
    if (!found?.[1]) throw new TypeError(`unknown vLLM environment variable ${JSON.stringify(name)}`);
    const [i, piece] = found;
    const ctx = { env: new EnvView(env), host: options?.host ?? {}, globals: this.fresh() };
    const out = quietly(() =>
      withContext(ctx, () => {
        const made = this.spec.init?.length ? this.runInit(ctx.globals) : null;
        return this.attempt(i, piece, ctx.globals, made, exact);
      }),
    );
    if (out instanceof Failure) throw out.toError(name, ctx.env);
    return out;
  }
  /**
   * `getattr(module, NAME)` for a name that is not a key of the dict: the module's own `__getattr__` runs
   * (a plugin raises its own message), else CPython's for a module without one, naming the module.
   */
  private missing(name: string, env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined): VllmEnvValue {
    const open = this.spec.open;
    if (open !== undefined) {
      throw new VllmEnvUnsupportedError(name, `${name} is not among the dict's known keys, and ${open}`);
    }
    const ctx = { env: new EnvView(env), host: options?.host ?? {}, globals: this.fresh() };
    const module = this.spec.module;
    const out = quietly(() =>
      withContext(ctx, () => {
        try {
          if (this.spec.init?.length) this.runInit(ctx.globals);
          if ("__getattr__" in ctx.globals) return toPlain(call(ctx.globals.__getattr__ as PyValue, [name]), true);
          // Without `__getattr__` CPython names the module: every vllm/envs.py has one, so this is another file.
          if (typeof module !== "string") return raiseUnknownMessage("AttributeError", "the module's name (__name__)");
          return raise("AttributeError", `module '${module}' has no attribute '${name}'`);
        } catch (e) {
          if (e instanceof PyException || e instanceof PyUnsupported || e instanceof RangeError) return new Failure(e);
          throw e;
        }
      }),
    );
    if (out instanceof Failure) throw out.toError(name, ctx.env);
    return out;
  }
  /** Every variable, as one import of envs.py followed by reading each attribute in source order. */
  read(env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined): VllmEnvReading {
    const ctx = { env: new EnvView(env), host: options?.host ?? {}, globals: this.fresh() };
    const values: Record<string, VllmEnvValue> = Object.create(null);
    const errors: VllmEnvError[] = [];
    const unsupported: VllmEnvUnsupportedError[] = [];
    // The errors are returned, not thrown: where they were made inside the runtime says nothing.
    // One lambda per entry and import, shared with `environment_variables` if a getter builds it.
    const made = lambdasOf(ctx.globals);
    const { names, entries } = this.spec;
    quietly(() =>
      withContext(ctx, () => {
        if (this.spec.init?.length) this.runInit(ctx.globals);
        for (let i = 0; i < names.length; i++) {
          const name = names[i] as string;
          const out = this.attempt(i, entries[i] as Piece, ctx.globals, made, false);
          if (!(out instanceof Failure)) values[name] = out;
          else {
            const e = out.toError(name, ctx.env);
            if (e instanceof VllmEnvError) errors.push(e);
            else unsupported.push(e);
          }
        }
      }),
    );
    return { values, errors, unsupported };
  }
}

/** The arguments of `vllm.envs.NAME` calling its lambda: none (frozen: nothing may add any). */
const NO_ARGS: PyValue[] = Object.freeze([]) as unknown as PyValue[];

/** Where an import keeps the lambdas of `environment_variables` (a symbol: no Python name can reach it). */
const LAMBDAS = Symbol("environment_variables lambdas");

/** The lambdas an import has made, by entry index (Python makes each once, at import). */
function lambdasOf(globals: Globals): PyValue[] {
  const g = globals as unknown as { [LAMBDAS]?: PyValue[] };
  return (g[LAMBDAS] ??= []);
}

/** Why an entry has no value: what the interpreter threw. */
class Failure {
  constructor(readonly error: PyException | PyUnsupported | RangeError) {}
  /** The API's error for it. */
  toError(name: string, env: EnvView): VllmEnvError | VllmEnvUnsupportedError {
    const e = this.error;
    if (e instanceof PyException) return new VllmEnvError(name, env.original(name), e.pyType, e.pyMessage, e instanceof PyUnknownMessage);
    if (e instanceof PyUnsupported) return new VllmEnvUnsupportedError(name, e.reason);
    return new VllmEnvError(name, env.original(name), "RecursionError", "maximum recursion depth exceeded");
  }
}

/**
 * Run without capturing stack traces: Python's exceptions are JS errors inside the interpreter,
 * their stacks are never shown, and capturing them was a tenth of readVllmEnv's time.
 */
function quietly<T>(fn: () => T): T {
  const errorClass = Error as { stackTraceLimit?: number };
  const limit = errorClass.stackTraceLimit;
  errorClass.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    errorClass.stackTraceLimit = limit;
  }
}

const EXACT = new WeakMap<object, VersionModule>();

/** Bind a version's module to the API calls (cheap: the module is built on the first call). */
export function bindVersion(spec: VersionSpec): VersionApi {
  const m = new VersionModule(spec);
  // Made on the first `validate` (importing the package stays cheap).
  let accepts: Record<string, string> | null = null;
  let removed: VersionSpec["removed"] | null = null;
  const tables = (): [Record<string, string>, VersionSpec["removed"]] => {
    if (accepts === null || removed === null) {
      accepts = Object.create(null) as Record<string, string>;
      const a = accepts;
      spec.names.forEach((n, i) => (a[n] = spec.accepts[spec.acceptsOf[i] ?? -1] ?? ""));
      // Null prototype: a removed variable named `constructor` or `__proto__` is just a name.
      removed = Object.assign(Object.create(null), spec.removed) as VersionSpec["removed"];
    }
    return [accepts, removed];
  };
  const api: VersionApi = {
    get: (name, env, options) => m.get(name, env, options),
    read: (env, options) => m.read(env, options),
    validate: (env, options) => {
      // With plugins, the plugin's own code validates both sides: a bundle without plugins never holds it.
      const plugins = options?.plugins;
      if (plugins?.length) return (plugins[0]?.bindings as PluginBindings).together(api, plugins, env, options);
      // Diagnostics, never exceptions: an entry that is not a string is reported and left out.
      const entries = readEnvEntries(env);
      const plain: Record<string, string> = Object.create(null);
      for (const [k, v] of entries.values) plain[k] = v;
      return validateEnvironment(m.read(plain, options), entries, ...tables());
    },
  };
  EXACT.set(spec.names, m);
  return api;
}

/**
 * The same evaluation as `getVllmEnv` with ints beyond ±2^53 kept as bigint: the toolchain's `eval`
 * and differential test compare those with CPython. Not part of the package's public API.
 */
export function exactGetter(names: readonly string[]): ((name: string, env: VllmEnvSource | undefined, options: VllmEnvOptions | undefined) => VllmEnvValue | bigint) | null {
  const m = EXACT.get(names);
  return m ? (name, env, options) => m.get(name, env, options, true) : null;
}

/** The record fields the pool leaves out at these values (see emit-index.ts). */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * `VLLM_ENV_VARS` from shared records and, apart (a shorter module), each name's source line: the version's own;
 * `factors`, where the revision has a compile-factor function, is each name's `compileFactor` (`1`, `0`, `-`: null).
 */
export function metadata<N extends string, I>(
  names: readonly N[],
  records: readonly object[],
  lines: readonly number[],
  factors?: string,
): Readonly<Record<N, I>> {
  const out: Record<string, unknown> = Object.create(null);
  names.forEach((name, i) => {
    const record = records[i] as object;
    const line = lines[i] as number;
    const factor = factors?.[i];
    // Same fields, same order as `{ name, ...RECORD_DEFAULTS, ...record, line }`, without the spreads.
    const o: Record<string, unknown> = {
      name, rawDefault: null, choices: null, caseSensitive: true, section: null,
      reads: NO_ITEMS, deprecated: false, unsupported: NO_ITEMS, drift: NO_ITEMS, compileFactor: null,
    };
    Object.assign(o, record);
    if (factor === "1" || factor === "0") o.compileFactor = factor === "1";
    o.line = line;
    out[name] = Object.freeze(o);
  });
  return Object.freeze(out) as Readonly<Record<N, I>>;
}
