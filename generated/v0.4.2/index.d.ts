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
    /** A warning the Python code would log (`logger.warning(...)`). */
    warn?(message: string): void;
}
/** Where Python raises (`ValueError` and the like): which variable, which value, why. */
export declare class VllmEnvError extends Error {
    /** The variable being read. */
    readonly variable: string;
    /** Its raw value in the environment (undefined when unset). */
    readonly value: string | undefined;
    /** The Python exception type, e.g. `ValueError`. */
    readonly pythonType: string;
    /** The Python exception message. */
    readonly reason: string;
    constructor(variable: string, value: string | undefined, pythonType: string, reason: string);
}
/** The value depends on something outside the environment (the installed torch, a registry, the machine). */
export declare class VllmEnvUnsupportedError extends Error {
    /** The variable being read. */
    readonly variable: string;
    /** Why it cannot be computed here. */
    readonly reason: string;
    constructor(variable: string, reason: string);
}
/** An environment: `process.env` or any string map. */
export type VllmEnvSource = Readonly<Record<string, string | undefined>>;
/** Options of a runtime call. */
export interface VllmEnvOptions {
    /** Filesystem, CPU count and warnings; without one, values that need them are unsupported. */
    host?: VllmEnvHost;
}
/** A JS value as the runtime returns it: int → number (bigint beyond ±2^53), set → Set, dict → null-prototype object. */
export type VllmEnvValue = string | number | bigint | boolean | null | VllmEnvValue[] | ReadonlySet<VllmEnvValue> | {
    readonly [key: string]: VllmEnvValue;
};
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
/** One finding of {@link validateVllmEnv}. */
export interface VllmEnvDiagnostic {
    /** `error`: CPython would raise; `warning`: probably a typo; `info`: recognised, nothing to do. */
    readonly severity: "error" | "warning" | "info";
    /** `invalid-value`, `unknown-variable`, `removed-variable`, `service-link` or `unchecked`. */
    readonly code: "invalid-value" | "unknown-variable" | "removed-variable" | "service-link" | "unchecked";
    /** The environment variable concerned. */
    readonly variable: string;
    /** Its raw value, where it has one. */
    readonly value?: string;
    /** One line for a person. */
    readonly message: string;
    /** The known name it was probably meant to be. */
    readonly suggestion?: string;
}
/** The names of every vLLM environment variable of this revision, in source order. */
export declare const VLLM_ENV_NAMES: readonly ["VLLM_TARGET_DEVICE", "MAX_JOBS", "NVCC_THREADS", "VLLM_BUILD_WITH_NEURON", "VLLM_USE_PRECOMPILED", "VLLM_INSTALL_PUNICA_KERNELS", "CMAKE_BUILD_TYPE", "VERBOSE", "VLLM_CONFIG_ROOT", "VLLM_HOST_IP", "VLLM_USE_MODELSCOPE", "VLLM_INSTANCE_ID", "CUDA_HOME", "VLLM_NCCL_SO_PATH", "LD_LIBRARY_PATH", "VLLM_USE_TRITON_FLASH_ATTN", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "VLLM_API_KEY", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_ENDPOINT_URL", "VLLM_USAGE_STATS_SERVER", "VLLM_NO_USAGE_STATS", "VLLM_DO_NOT_TRACK", "VLLM_USAGE_SOURCE", "VLLM_CONFIGURE_LOGGING", "VLLM_LOGGING_CONFIG_PATH", "VLLM_TRACE_FUNCTION", "VLLM_ATTENTION_BACKEND", "VLLM_CPU_KVCACHE_SPACE", "VLLM_USE_RAY_COMPILED_DAG", "VLLM_WORKER_MULTIPROC_METHOD"];
/** A vLLM environment variable name. */
export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];
/** Every variable's value as `vllm.envs.NAME` gives it. Python's `None` is `null`; ints beyond ±2^53 are `bigint`. */
export interface VllmEnv {
    /**
     * Target device of vLLM, supporting [cuda (by default), rocm, neuron, cpu]
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 49.
     * @default "cuda"
     */
    readonly VLLM_TARGET_DEVICE: string;
    /**
     * Maximum number of compilation jobs to run in parallel.
     * By default this is the number of CPUs
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 54.
     * @default None
     */
    readonly MAX_JOBS: string | null;
    /**
     * Number of threads to use for nvcc
     * By default this is 1.
     * If set, `MAX_JOBS` will be reduced to avoid oversubscribing the CPU.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 60.
     * @default None
     */
    readonly NVCC_THREADS: string | null;
    /**
     * If set, vllm will build with Neuron support
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 64.
     * @default False
     */
    readonly VLLM_BUILD_WITH_NEURON: boolean;
    /**
     * If set, vllm will use precompiled binaries (*.so)
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 68.
     * @default False
     */
    readonly VLLM_USE_PRECOMPILED: boolean;
    /**
     * If set, vllm will install Punica kernels
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 72.
     * @default False
     */
    readonly VLLM_INSTALL_PUNICA_KERNELS: boolean;
    /**
     * CMake build type
     * If not set, defaults to "Debug" or "RelWithDebInfo"
     * Available options: "Debug", "Release", "RelWithDebInfo"
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 78.
     * @default None
     */
    readonly CMAKE_BUILD_TYPE: string | null;
    /**
     * If set, vllm will print verbose logs during installation
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 82.
     * @default False
     */
    readonly VERBOSE: boolean;
    /**
     * Root directory for VLLM configuration files
     * Note that this not only affects how vllm finds its configuration files
     * during runtime, but also affects how vllm installs its configuration
     * files during **installation**.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CONFIG_HOME.
     * Source: envs.py line 89.
     * Drift: declared default "" (line 18) but the getter's default is `$XDG_CONFIG_HOME` or `~/.config` if XDG_CONFIG_HOME is set, else `~/.config`.
     * @default `$XDG_CONFIG_HOME` or `~/.config` if XDG_CONFIG_HOME is set, else `~/.config`
     */
    readonly VLLM_CONFIG_ROOT: string;
    /**
     * used in distributed environment to determine the master address
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOST_IP.
     * Source: envs.py line 96.
     * @default `$HOST_IP` if HOST_IP is set, else ``
     */
    readonly VLLM_HOST_IP: string;
    /**
     * If true, will load models from ModelScope instead of Hugging Face Hub.
     * note that the value is true or false, not numbers
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 101.
     * @default False
     */
    readonly VLLM_USE_MODELSCOPE: boolean;
    /**
     * Instance id represents an instance of the VLLM. All processes in the same
     * instance should have the same instance id.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 106.
     * @default None
     */
    readonly VLLM_INSTANCE_ID: string | null;
    /**
     * path to cudatoolkit home directory, under which should be bin, include,
     * and lib directories.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 111.
     * Drift: has no TYPE_CHECKING declaration.
     * @default None
     */
    readonly CUDA_HOME: string | null;
    /**
     * Path to the NCCL library file. It is needed because nccl>=2.19 brought
     * by PyTorch contains a bug: https://github.com/NVIDIA/nccl/issues/1234
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 116.
     * @default None
     */
    readonly VLLM_NCCL_SO_PATH: string | null;
    /**
     * when `VLLM_NCCL_SO_PATH` is not set, vllm will try to find the nccl
     * library file in the locations specified by `LD_LIBRARY_PATH`
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 121.
     * @default None
     */
    readonly LD_LIBRARY_PATH: string | null;
    /**
     * flag to control if vllm should use triton flash attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 125.
     * Drift: declared default False (line 10) but the getter's default is True.
     * @default True
     */
    readonly VLLM_USE_TRITON_FLASH_ATTN: boolean;
    /**
     * local rank of the process in the distributed setting, used to determine
     * the GPU device id
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 131.
     * @default 0
     */
    readonly LOCAL_RANK: number | bigint;
    /**
     * used to control the visible devices in the distributed setting
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 135.
     * @default None
     */
    readonly CUDA_VISIBLE_DEVICES: string | null;
    /**
     * timeout for each iteration in the engine
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 139.
     * @default 60
     */
    readonly VLLM_ENGINE_ITERATION_TIMEOUT_S: number | bigint;
    /**
     * API key for VLLM API server
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 143.
     * @default None
     */
    readonly VLLM_API_KEY: string | null;
    /**
     * S3 access information, used for tensorizer to load model from S3
     *
     * Type: str | None.
     * Accepts: any string.
     * Also reads: S3_ACCESS_KEY.
     * Source: envs.py line 147.
     * @default `$S3_ACCESS_KEY` if S3_ACCESS_KEY is set, else `None`
     */
    readonly S3_ACCESS_KEY_ID: string | null;
    /**
     * S3_SECRET_ACCESS_KEY (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 149.
     * @default None
     */
    readonly S3_SECRET_ACCESS_KEY: string | null;
    /**
     * S3_ENDPOINT_URL (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 151.
     * @default None
     */
    readonly S3_ENDPOINT_URL: string | null;
    /**
     * Usage stats collection
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 155.
     * @default "https://stats.vllm.ai"
     */
    readonly VLLM_USAGE_STATS_SERVER: string;
    /**
     * VLLM_NO_USAGE_STATS (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 157.
     * @default False
     */
    readonly VLLM_NO_USAGE_STATS: boolean;
    /**
     * VLLM_DO_NOT_TRACK (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: DO_NOT_TRACK.
     * Source: envs.py line 159.
     * @default `$DO_NOT_TRACK == 1` or `False` if DO_NOT_TRACK is set, else `False`
     */
    readonly VLLM_DO_NOT_TRACK: boolean;
    /**
     * VLLM_USAGE_SOURCE (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 162.
     * Drift: declared default "" (line 22) but the getter's default is "production".
     * @default "production"
     */
    readonly VLLM_USAGE_SOURCE: string;
    /**
     * Logging configuration
     * If set to 0, vllm will not configure logging
     * If set to 1, vllm will configure logging using the default configuration
     *    or the configuration file specified by VLLM_LOGGING_CONFIG_PATH
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 169.
     * @default 1
     */
    readonly VLLM_CONFIGURE_LOGGING: number | bigint;
    /**
     * VLLM_LOGGING_CONFIG_PATH (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 171.
     * @default None
     */
    readonly VLLM_LOGGING_CONFIG_PATH: string | null;
    /**
     * Trace function calls
     * If set to 1, vllm will trace function calls
     * Useful for debugging
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 177.
     * @default 0
     */
    readonly VLLM_TRACE_FUNCTION: number | bigint;
    /**
     * Backend for attention computation
     * Available options:
     * - "TORCH_SDPA": use torch.nn.MultiheadAttention
     * - "FLASH_ATTN": use FlashAttention
     * - "XFORMERS": use XFormers
     * - "ROCM_FLASH": use ROCmFlashAttention
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 186.
     * @default None
     */
    readonly VLLM_ATTENTION_BACKEND: string | null;
    /**
     * CPU key-value cache space
     * default is 4GB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 191.
     * @default 0
     */
    readonly VLLM_CPU_KVCACHE_SPACE: number | bigint;
    /**
     * If the env var is set, it uses the Ray's compiled DAG API
     * which optimizes the control plane overhead.
     * Run vLLM with VLLM_USE_RAY_COMPILED_DAG=1 to enable it.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 197.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG: boolean;
    /**
     * Use dedicated multiprocess context for workers.
     * Both spawn and fork work
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 202.
     * @default "spawn"
     */
    readonly VLLM_WORKER_MULTIPROC_METHOD: string;
}
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from. */
export declare const VLLM_ENVS_SOURCE: {
    readonly sha256: "13ddb1662f85cf17019d617f8387f71819eef5d8e8acfb9421835823f7d4e2d7";
    readonly variables: 34;
};
/** The value of one variable, computed from `env` (default: process.env) exactly as CPython would. */
export declare function getVllmEnv<K extends VllmEnvName>(name: K, env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnv[K];
/** The values {@link readVllmEnv} returns: a variable that depends on something outside the environment is absent. */
export type VllmEnvValues = {
    readonly [K in VllmEnvName]?: VllmEnv[K];
};
/**
 * Every variable's value. Throws {@link VllmEnvError} on the first that Python would raise on;
 * leaves out those that cannot be computed here (`getVllmEnv` says why).
 */
export declare function readVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvValues;
/** Diagnostics for an environment: invalid values (where CPython would raise), unknown VLLM_* names with a suggestion, Kubernetes service links. */
export declare function validateVllmEnv(env?: VllmEnvSource, options?: VllmEnvOptions): VllmEnvDiagnostic[];
