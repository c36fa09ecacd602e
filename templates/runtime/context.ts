// The state of one runtime call: the environment copy, the host's services, the module's globals.
import { PyUnsupported, type PyValue } from "./values.js";

/** The services a runtime call may use beyond the environment: the filesystem, the CPU count, warnings. */
export interface VllmEnvHost {
  /** `os.path.exists` */
  exists?(path: string): boolean;
  /** `os.path.isfile` */
  isFile?(path: string): boolean;
  /** `os.path.isdir` */
  isDir?(path: string): boolean;
  /** `os.access(path, mode)` with POSIX mode bits. */
  access?(path: string, mode: number): boolean;
  /** Read a text file (`open(path).read()`); throw an error with a `code` such as `ENOENT` on failure. */
  readFile?(path: string): string;
  /** `os.getcwd()` */
  cwd?(): string;
  /** `os.cpu_count()` (null when unknown). */
  cpuCount?(): number | null;
  /** The user's home directory from the password database, used by `~` when `HOME` is unset. */
  passwdHome?(user: string | null): string | null;
  /** Can a file be created in this directory? (`tempfile.gettempdir()` tries each candidate.) */
  canCreateFileIn?(dir: string): boolean;
  /** The path of the envs.py being modelled (Python's `__file__`: where vLLM is installed). */
  moduleFile?(): string;
  /** For a platform plugin's bindings: the path of the upstream `vllm/envs.py` (its `__file__`). */
  upstreamFile?(): string;
  /** `sys.platform` ("linux", "darwin"; null when unknown). */
  platform?(): string | null;
  /** A warning the Python code would log (`logger.warning(...)`, `warnings.warn(...)`). */
  warn?(message: string): void;
}

/** The state of one runtime call: a private copy of the environment, the host, the module's globals. */
export interface CallContext {
  env: Map<string, string>;
  host: VllmEnvHost;
  globals: Record<string, PyValue>;
}

let context: CallContext | null = null;

/** The context of the call in progress. */
export function currentContext(): CallContext {
  if (!context) throw new PyUnsupported("no environment: call through getVllmEnv");
  return context;
}

/** Run `fn` with a context (calls are synchronous, so one slot suffices; nesting restores it). */
export function withContext<T>(ctx: CallContext, fn: () => T): T {
  const saved = context;
  context = ctx;
  try {
    return fn();
  } finally {
    context = saved;
  }
}

/** Read a variable of the call's environment. */
export function environGet(key: string): string | undefined {
  return currentContext().env.get(key);
}

/** Set a variable in the call's private copy of the environment (`os.environ[k] = v`). */
export function environSet(key: string, value: string): void {
  currentContext().env.set(key, value);
}

/** Ask the host for a service, or stop as unsupported when it has none. */
export function hostService<K extends keyof VllmEnvHost>(name: K, what: string): NonNullable<VllmEnvHost[K]> {
  const fn = currentContext().host[name];
  const thing = name === "cpuCount" ? "CPU count" : name === "platform" ? "platform" : name === "moduleFile" || name === "upstreamFile" ? "installation path" : name === "passwdHome" ? "user database" : "filesystem";
  if (typeof fn !== "function") throw new PyUnsupported(`${what} depends on the machine's ${thing}; pass a host to evaluate it`);
  return fn.bind(currentContext().host) as NonNullable<VllmEnvHost[K]>;
}
