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
export declare const VLLM_ENV_NAMES: readonly ["VLLM_TARGET_DEVICE", "MAX_JOBS", "NVCC_THREADS", "VLLM_USE_PRECOMPILED", "CMAKE_BUILD_TYPE", "VERBOSE", "VLLM_CONFIG_ROOT", "VLLM_CACHE_ROOT", "VLLM_HOST_IP", "VLLM_PORT", "VLLM_RPC_BASE_PATH", "VLLM_USE_MODELSCOPE", "VLLM_RINGBUFFER_WARNING_INTERVAL", "CUDA_HOME", "VLLM_NCCL_SO_PATH", "LD_LIBRARY_PATH", "VLLM_USE_TRITON_FLASH_ATTN", "VLLM_FLASH_ATTN_VERSION", "VLLM_TEST_DYNAMO_FULLGRAPH_CAPTURE", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "VLLM_API_KEY", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_ENDPOINT_URL", "VLLM_USAGE_STATS_SERVER", "VLLM_NO_USAGE_STATS", "VLLM_DO_NOT_TRACK", "VLLM_USAGE_SOURCE", "VLLM_CONFIGURE_LOGGING", "VLLM_LOGGING_CONFIG_PATH", "VLLM_LOGGING_LEVEL", "VLLM_LOGGING_PREFIX", "VLLM_TRACE_FUNCTION", "VLLM_ATTENTION_BACKEND", "VLLM_USE_FLASHINFER_SAMPLER", "VLLM_FLASHINFER_FORCE_TENSOR_CORES", "VLLM_PP_LAYER_PARTITION", "VLLM_CPU_KVCACHE_SPACE", "VLLM_CPU_OMP_THREADS_BIND", "VLLM_OPENVINO_DEVICE", "VLLM_OPENVINO_KVCACHE_SPACE", "VLLM_OPENVINO_CPU_KV_CACHE_PRECISION", "VLLM_OPENVINO_ENABLE_QUANTIZED_WEIGHTS", "VLLM_USE_RAY_SPMD_WORKER", "VLLM_USE_RAY_COMPILED_DAG", "VLLM_USE_RAY_COMPILED_DAG_NCCL_CHANNEL", "VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM", "VLLM_WORKER_MULTIPROC_METHOD", "VLLM_ASSETS_CACHE", "VLLM_IMAGE_FETCH_TIMEOUT", "VLLM_VIDEO_FETCH_TIMEOUT", "VLLM_AUDIO_FETCH_TIMEOUT", "VLLM_XLA_CACHE_PATH", "VLLM_FUSED_MOE_CHUNK_SIZE", "VLLM_NO_DEPRECATION_WARNING", "VLLM_KEEP_ALIVE_ON_ENGINE_DEATH", "VLLM_ALLOW_LONG_MAX_MODEL_LEN", "VLLM_TEST_FORCE_FP8_MARLIN", "VLLM_TEST_FORCE_LOAD_FORMAT", "VLLM_RPC_TIMEOUT", "VLLM_PLUGINS", "VLLM_TORCH_PROFILER_DIR", "VLLM_USE_TRITON_AWQ", "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "VLLM_SKIP_P2P_CHECK", "VLLM_DISABLED_KERNELS", "VLLM_USE_V1", "K_SCALE_CONSTANT", "V_SCALE_CONSTANT", "VLLM_ENABLE_V1_MULTIPROCESSING", "VLLM_LOG_BATCHSIZE_INTERVAL", "VLLM_DISABLE_COMPILE_CACHE", "VLLM_SERVER_DEV_MODE", "VLLM_V1_OUTPUT_PROC_CHUNK_SIZE"];
/** A vLLM environment variable name. */
export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];
/** Every variable's value as `vllm.envs.NAME` gives it. Python's `None` is `null`; ints beyond ±2^53 are `bigint`. */
export interface VllmEnv {
    /**
     * Target device of vLLM, supporting [cuda (by default),
     * rocm, neuron, cpu, openvino]
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 113.
     * @default "cuda"
     */
    readonly VLLM_TARGET_DEVICE: string;
    /**
     * Maximum number of compilation jobs to run in parallel.
     * By default this is the number of CPUs
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 118.
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
     * Source: envs.py line 124.
     * @default None
     */
    readonly NVCC_THREADS: string | null;
    /**
     * If set, vllm will use precompiled binaries (*.so)
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: VLLM_PRECOMPILED_WHEEL_LOCATION.
     * Source: envs.py line 128.
     * @default `bool($VLLM_PRECOMPILED_WHEEL_LOCATION)` if VLLM_PRECOMPILED_WHEEL_LOCATION is set, else `False`
     */
    readonly VLLM_USE_PRECOMPILED: boolean;
    /**
     * CMake build type
     * If not set, defaults to "Debug" or "RelWithDebInfo"
     * Available options: "Debug", "Release", "RelWithDebInfo"
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 135.
     * @default None
     */
    readonly CMAKE_BUILD_TYPE: string | null;
    /**
     * If set, vllm will print verbose logs during installation
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 139.
     * @default False
     */
    readonly VERBOSE: boolean;
    /**
     * Root directory for VLLM configuration files
     * Defaults to `~/.config/vllm` unless `XDG_CONFIG_HOME` is set
     * Note that this not only affects how vllm finds its configuration files
     * during runtime, but also affects how vllm installs its configuration
     * files during **installation**.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CONFIG_HOME.
     * Source: envs.py line 147.
     * @default `$XDG_CONFIG_HOME/vllm` if XDG_CONFIG_HOME is set, else `~/.config/vllm`
     */
    readonly VLLM_CONFIG_ROOT: string;
    /**
     * Root directory for VLLM cache files
     * Defaults to `~/.cache/vllm` unless `XDG_CACHE_HOME` is set
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 158.
     * @default `$XDG_CACHE_HOME/vllm` if XDG_CACHE_HOME is set, else `~/.cache/vllm`
     */
    readonly VLLM_CACHE_ROOT: string;
    /**
     * used in distributed environment to determine the ip address
     * of the current node, when the node has multiple network interfaces.
     * If you are using multi-node inference, you should set this differently
     * on each node.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 169.
     * @default ""
     */
    readonly VLLM_HOST_IP: string;
    /**
     * used in distributed environment to manually set the communication port
     * Note: if VLLM_PORT is set, and some code asks for multiple ports, the
     * VLLM_PORT will be used as the first port, and the rest will be generated
     * by incrementing the VLLM_PORT value.
     * '0' is used to make mypy happy
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 177.
     * @default None
     */
    readonly VLLM_PORT: number | bigint | null;
    /**
     * path used for ipc when the frontend api server is running in
     * multi-processing mode to communicate with the backend engine process.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: TEMP, TMP, TMPDIR.
     * Source: envs.py line 183.
     * @default `<temp dir>`
     */
    readonly VLLM_RPC_BASE_PATH: string;
    /**
     * If true, will load models from ModelScope instead of Hugging Face Hub.
     * note that the value is true or false, not numbers
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 188.
     * @default False
     */
    readonly VLLM_USE_MODELSCOPE: boolean;
    /**
     * Interval in seconds to log a warning message when the ring buffer is full
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 192.
     * @default 60
     */
    readonly VLLM_RINGBUFFER_WARNING_INTERVAL: number | bigint;
    /**
     * path to cudatoolkit home directory, under which should be bin, include,
     * and lib directories.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 197.
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
     * Source: envs.py line 202.
     * @default None
     */
    readonly VLLM_NCCL_SO_PATH: string | null;
    /**
     * when `VLLM_NCCL_SO_PATH` is not set, vllm will try to find the nccl
     * library file in the locations specified by `LD_LIBRARY_PATH`
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 207.
     * @default None
     */
    readonly LD_LIBRARY_PATH: string | null;
    /**
     * flag to control if vllm should use triton flash attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 211.
     * Drift: declared default False (line 13) but the getter's default is True.
     * @default True
     */
    readonly VLLM_USE_TRITON_FLASH_ATTN: boolean;
    /**
     * Force vllm to use a specific flash-attention version (2 or 3), only valid
     * when using the flash-attention backend.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 217.
     * @default None
     */
    readonly VLLM_FLASH_ATTN_VERSION: number | bigint | null;
    /**
     * Internal flag to enable Dynamo fullgraph capture
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 221.
     * Drift: has no TYPE_CHECKING declaration.
     * @default True
     */
    readonly VLLM_TEST_DYNAMO_FULLGRAPH_CAPTURE: boolean;
    /**
     * local rank of the process in the distributed setting, used to determine
     * the GPU device id
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 227.
     * @default 0
     */
    readonly LOCAL_RANK: number | bigint;
    /**
     * used to control the visible devices in the distributed setting
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 231.
     * @default None
     */
    readonly CUDA_VISIBLE_DEVICES: string | null;
    /**
     * timeout for each iteration in the engine
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 235.
     * @default 60
     */
    readonly VLLM_ENGINE_ITERATION_TIMEOUT_S: number | bigint;
    /**
     * API key for VLLM API server
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 239.
     * @default None
     */
    readonly VLLM_API_KEY: string | null;
    /**
     * S3 access information, used for tensorizer to load model from S3
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 243.
     * @default None
     */
    readonly S3_ACCESS_KEY_ID: string | null;
    /**
     * S3_SECRET_ACCESS_KEY (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 245.
     * @default None
     */
    readonly S3_SECRET_ACCESS_KEY: string | null;
    /**
     * S3_ENDPOINT_URL (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 247.
     * @default None
     */
    readonly S3_ENDPOINT_URL: string | null;
    /**
     * Usage stats collection
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 251.
     * @default "https://stats.vllm.ai"
     */
    readonly VLLM_USAGE_STATS_SERVER: string;
    /**
     * VLLM_NO_USAGE_STATS (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 253.
     * @default False
     */
    readonly VLLM_NO_USAGE_STATS: boolean;
    /**
     * VLLM_DO_NOT_TRACK (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: DO_NOT_TRACK.
     * Source: envs.py line 255.
     * @default `$DO_NOT_TRACK == 1` or `False` if DO_NOT_TRACK is set, else `False`
     */
    readonly VLLM_DO_NOT_TRACK: boolean;
    /**
     * VLLM_USAGE_SOURCE (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 258.
     * Drift: declared default "" (line 27) but the getter's default is "production".
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
     * Source: envs.py line 265.
     * @default 1
     */
    readonly VLLM_CONFIGURE_LOGGING: number | bigint;
    /**
     * VLLM_LOGGING_CONFIG_PATH (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 267.
     * @default None
     */
    readonly VLLM_LOGGING_CONFIG_PATH: string | null;
    /**
     * this is used for configuring the default logging level
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 271.
     * @default "INFO"
     */
    readonly VLLM_LOGGING_LEVEL: string;
    /**
     * if set, VLLM_LOGGING_PREFIX will be prepended to all log messages
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 275.
     * @default ""
     */
    readonly VLLM_LOGGING_PREFIX: string;
    /**
     * Trace function calls
     * If set to 1, vllm will trace function calls
     * Useful for debugging
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 281.
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
     * - "FLASHINFER": use flashinfer
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 291.
     * @default None
     */
    readonly VLLM_ATTENTION_BACKEND: string | null;
    /**
     * If set, vllm will use flashinfer sampler
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 295.
     * @default None
     */
    readonly VLLM_USE_FLASHINFER_SAMPLER: boolean | null;
    /**
     * If set, vllm will force flashinfer to use tensor cores;
     * otherwise will use heuristic based on model architecture.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 301.
     * @default False
     */
    readonly VLLM_FLASHINFER_FORCE_TENSOR_CORES: boolean;
    /**
     * Pipeline stage partition strategy
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 305.
     * @default None
     */
    readonly VLLM_PP_LAYER_PARTITION: string | null;
    /**
     * (CPU backend only) CPU key-value cache space.
     * default is 4GB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 310.
     * @default 0
     */
    readonly VLLM_CPU_KVCACHE_SPACE: number | bigint;
    /**
     * (CPU backend only) CPU core ids bound by OpenMP threads, e.g., "0-31",
     * "0,1,2", "0-31,33". CPU cores of different ranks are separated by '|'.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 315.
     * Drift: declared default "" (line 39) but the getter's default is "all".
     * @default "all"
     */
    readonly VLLM_CPU_OMP_THREADS_BIND: string;
    /**
     * OpenVINO device selection
     * default is CPU
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 320.
     * @default "CPU"
     */
    readonly VLLM_OPENVINO_DEVICE: string;
    /**
     * OpenVINO key-value cache space
     * default is 4GB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 325.
     * @default 0
     */
    readonly VLLM_OPENVINO_KVCACHE_SPACE: number | bigint;
    /**
     * OpenVINO KV cache precision
     * default is bf16 if natively supported by platform, otherwise f16
     * To enable KV cache compression, please, explicitly specify u8
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 331.
     * @default None
     */
    readonly VLLM_OPENVINO_CPU_KV_CACHE_PRECISION: string | null;
    /**
     * Enables weights compression during model export via HF Optimum
     * default is False
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 336.
     * @default False
     */
    readonly VLLM_OPENVINO_ENABLE_QUANTIZED_WEIGHTS: boolean;
    /**
     * If the env var is set, then all workers will execute as separate
     * processes from the engine, and we use the same mechanism to trigger
     * execution on all workers.
     * Run vLLM with VLLM_USE_RAY_SPMD_WORKER=1 to enable it.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 343.
     * @default False
     */
    readonly VLLM_USE_RAY_SPMD_WORKER: boolean;
    /**
     * If the env var is set, it uses the Ray's compiled DAG API
     * which optimizes the control plane overhead.
     * Run vLLM with VLLM_USE_RAY_COMPILED_DAG=1 to enable it.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 349.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG: boolean;
    /**
     * If the env var is set, it uses NCCL for communication in
     * Ray's compiled DAG. This flag is ignored if
     * VLLM_USE_RAY_COMPILED_DAG is not set.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 355.
     * @default True
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_NCCL_CHANNEL: boolean;
    /**
     * If the env var is set, it enables GPU communication overlap
     * (experimental feature) in Ray's compiled DAG. This flag is ignored if
     * VLLM_USE_RAY_COMPILED_DAG is not set.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 362.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM: boolean;
    /**
     * Use dedicated multiprocess context for workers.
     * Both spawn and fork work
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 368.
     * @default "fork"
     */
    readonly VLLM_WORKER_MULTIPROC_METHOD: string;
    /**
     * Path to the cache for storing downloaded assets
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 372.
     * @default `$XDG_CACHE_HOME/vllm/assets` if XDG_CACHE_HOME is set, else `~/.cache/vllm/assets`
     */
    readonly VLLM_ASSETS_CACHE: string;
    /**
     * Timeout for fetching images when serving multimodal models
     * Default is 5 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 381.
     * @default 5
     */
    readonly VLLM_IMAGE_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching videos when serving multimodal models
     * Default is 15 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 386.
     * Drift: declared default 30 (line 53) but the getter's default is 15.
     * @default 15
     */
    readonly VLLM_VIDEO_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching audio when serving multimodal models
     * Default is 10 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 391.
     * @default 10
     */
    readonly VLLM_AUDIO_FETCH_TIMEOUT: number | bigint;
    /**
     * Path to the XLA persistent cache directory.
     * Only used for XLA devices such as TPUs.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 396.
     * @default `$XDG_CACHE_HOME/vllm/xla_cache` if XDG_CACHE_HOME is set, else `~/.cache/vllm/xla_cache`
     */
    readonly VLLM_XLA_CACHE_PATH: string;
    /**
     * VLLM_FUSED_MOE_CHUNK_SIZE (no description in envs.py).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 402.
     * @default 32768
     */
    readonly VLLM_FUSED_MOE_CHUNK_SIZE: number | bigint;
    /**
     * If set, vllm will skip the deprecation warnings.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 406.
     * @default False
     */
    readonly VLLM_NO_DEPRECATION_WARNING: boolean;
    /**
     * If set, the OpenAI API server will stay alive even after the underlying
     * AsyncLLMEngine errors and stops serving requests
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 411.
     * @default False
     */
    readonly VLLM_KEEP_ALIVE_ON_ENGINE_DEATH: boolean;
    /**
     * If the env var VLLM_ALLOW_LONG_MAX_MODEL_LEN is set, it allows
     * the user to specify a max sequence length greater than
     * the max length derived from the model's config.json.
     * To enable this, set VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 418.
     * @default False
     */
    readonly VLLM_ALLOW_LONG_MAX_MODEL_LEN: boolean;
    /**
     * If set, forces FP8 Marlin to be used for FP8 quantization regardless
     * of the hardware support for FP8 compute.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 425.
     * @default False
     */
    readonly VLLM_TEST_FORCE_FP8_MARLIN: boolean;
    /**
     * VLLM_TEST_FORCE_LOAD_FORMAT (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 429.
     * Drift: has no TYPE_CHECKING declaration.
     * @default "dummy"
     */
    readonly VLLM_TEST_FORCE_LOAD_FORMAT: string;
    /**
     * Time in ms for the zmq client to wait for a response from the backend
     * server for simple data operations
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 434.
     * @default 10000
     */
    readonly VLLM_RPC_TIMEOUT: number | bigint;
    /**
     * a list of plugin names to load, separated by commas.
     * if this is not set, it means all plugins will be loaded
     * if this is set to an empty string, no plugins will be loaded
     *
     * Type: list[str] | None.
     * Accepts: any string.
     * Source: envs.py line 440.
     * @default None
     */
    readonly VLLM_PLUGINS: string[] | null;
    /**
     * Enables torch profiler if set. Path to the directory where torch profiler
     * traces are saved. Note that it must be an absolute path.
     *
     * Type: str | None.
     * Accepts: any string.
     * Also reads: HOME.
     * Source: envs.py line 446.
     * @default None
     */
    readonly VLLM_TORCH_PROFILER_DIR: string | null;
    /**
     * If set, vLLM will use Triton implementations of AWQ.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 451.
     * @default False
     */
    readonly VLLM_USE_TRITON_AWQ: boolean;
    /**
     * If set, allow loading or unloading lora adapters in runtime,
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 455.
     * @default False
     */
    readonly VLLM_ALLOW_RUNTIME_LORA_UPDATING: boolean;
    /**
     * By default, vLLM will check the peer-to-peer capability itself,
     * in case of broken drivers. See https://github.com/vllm-project/vllm/blob/a9b15c606fea67a072416ea0ea115261a2756058/vllm/distributed/device_communicators/custom_all_reduce_utils.py#L101-L108 for details.
     * If this env var is set to 1, vLLM will skip the peer-to-peer check,
     * and trust the driver's peer-to-peer capability report.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 464.
     * @default False
     */
    readonly VLLM_SKIP_P2P_CHECK: boolean;
    /**
     * List of quantization kernels that should be disabled, used for testing
     * and performance comparisons. Currently only affects MPLinearKernel
     * selection
     * (kernels: MacheteLinearKernel, MarlinLinearKernel, ExllamaLinearKernel)
     *
     * Type: list[str].
     * Accepts: any string.
     * Source: envs.py line 471.
     * @default []
     */
    readonly VLLM_DISABLED_KERNELS: string[];
    /**
     * If set, use the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 476.
     * @default False
     */
    readonly VLLM_USE_V1: boolean;
    /**
     * Divisor for dynamic key scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 480.
     * @default 200
     */
    readonly K_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic value scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 484.
     * @default 100
     */
    readonly V_SCALE_CONSTANT: number | bigint;
    /**
     * If set, enable multiprocessing in LLM for the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 487.
     * @default True
     */
    readonly VLLM_ENABLE_V1_MULTIPROCESSING: boolean;
    /**
     * VLLM_LOG_BATCHSIZE_INTERVAL (no description in envs.py).
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 489.
     * @default -1
     */
    readonly VLLM_LOG_BATCHSIZE_INTERVAL: number;
    /**
     * VLLM_DISABLE_COMPILE_CACHE (no description in envs.py).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 491.
     * @default False
     */
    readonly VLLM_DISABLE_COMPILE_CACHE: boolean;
    /**
     * If set, vllm will run in development mode, which will enable
     * some additional endpoints for developing and debugging,
     * e.g. `/reset_prefix_cache`
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 497.
     * @default False
     */
    readonly VLLM_SERVER_DEV_MODE: boolean;
    /**
     * Controls the maximum number of requests to handle in a
     * single asyncio task when processing per-token outputs in the
     * V1 AsyncLLM interface. It is applicable when handling a high
     * concurrency of streaming requests.
     * Setting this too high can result in a higher variance of
     * inter-message latencies. Setting it too low can negatively impact
     * TTFT and overall throughput.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 507.
     * @default 128
     */
    readonly VLLM_V1_OUTPUT_PROC_CHUNK_SIZE: number | bigint;
}
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from. */
export declare const VLLM_ENVS_SOURCE: {
    readonly sha256: "f1183ff22e0d1c0693245487e0f8a4bf9bad727b135c94bccfe529b05b542d6f";
    readonly variables: 76;
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
