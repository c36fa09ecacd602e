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
export declare const VLLM_ENV_NAMES: readonly ["VLLM_TARGET_DEVICE", "MAX_JOBS", "NVCC_THREADS", "VLLM_USE_PRECOMPILED", "CMAKE_BUILD_TYPE", "VERBOSE", "VLLM_CONFIG_ROOT", "VLLM_CACHE_ROOT", "VLLM_HOST_IP", "VLLM_PORT", "VLLM_RPC_BASE_PATH", "VLLM_USE_MODELSCOPE", "VLLM_RINGBUFFER_WARNING_INTERVAL", "CUDA_HOME", "VLLM_NCCL_SO_PATH", "LD_LIBRARY_PATH", "VLLM_USE_TRITON_FLASH_ATTN", "VLLM_FLASH_ATTN_VERSION", "VLLM_TEST_DYNAMO_FULLGRAPH_CAPTURE", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "VLLM_API_KEY", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_ENDPOINT_URL", "VLLM_USAGE_STATS_SERVER", "VLLM_NO_USAGE_STATS", "VLLM_DO_NOT_TRACK", "VLLM_USAGE_SOURCE", "VLLM_CONFIGURE_LOGGING", "VLLM_LOGGING_CONFIG_PATH", "VLLM_LOGGING_LEVEL", "VLLM_LOGGING_PREFIX", "VLLM_LOGITS_PROCESSOR_THREADS", "VLLM_TRACE_FUNCTION", "VLLM_ATTENTION_BACKEND", "VLLM_USE_FLASHINFER_SAMPLER", "VLLM_FLASHINFER_FORCE_TENSOR_CORES", "VLLM_PP_LAYER_PARTITION", "VLLM_CPU_KVCACHE_SPACE", "VLLM_CPU_OMP_THREADS_BIND", "VLLM_OPENVINO_DEVICE", "VLLM_OPENVINO_KVCACHE_SPACE", "VLLM_OPENVINO_CPU_KV_CACHE_PRECISION", "VLLM_OPENVINO_ENABLE_QUANTIZED_WEIGHTS", "VLLM_USE_RAY_SPMD_WORKER", "VLLM_USE_RAY_COMPILED_DAG", "VLLM_USE_RAY_COMPILED_DAG_NCCL_CHANNEL", "VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM", "VLLM_WORKER_MULTIPROC_METHOD", "VLLM_ASSETS_CACHE", "VLLM_IMAGE_FETCH_TIMEOUT", "VLLM_VIDEO_FETCH_TIMEOUT", "VLLM_AUDIO_FETCH_TIMEOUT", "VLLM_MM_INPUT_CACHE_SIZE", "VLLM_XLA_CACHE_PATH", "VLLM_FUSED_MOE_CHUNK_SIZE", "VLLM_NO_DEPRECATION_WARNING", "VLLM_KEEP_ALIVE_ON_ENGINE_DEATH", "VLLM_ALLOW_LONG_MAX_MODEL_LEN", "VLLM_TEST_FORCE_FP8_MARLIN", "VLLM_TEST_FORCE_LOAD_FORMAT", "VLLM_RPC_TIMEOUT", "VLLM_PLUGINS", "VLLM_TORCH_PROFILER_DIR", "VLLM_USE_TRITON_AWQ", "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "VLLM_SKIP_P2P_CHECK", "VLLM_DISABLED_KERNELS", "VLLM_USE_V1", "K_SCALE_CONSTANT", "V_SCALE_CONSTANT", "VLLM_ENABLE_V1_MULTIPROCESSING", "VLLM_LOG_BATCHSIZE_INTERVAL", "VLLM_DISABLE_COMPILE_CACHE", "VLLM_SERVER_DEV_MODE", "VLLM_V1_OUTPUT_PROC_CHUNK_SIZE", "VLLM_MLA_DISABLE", "VLLM_MLA_PERFORM_MATRIX_ABSORPTION", "VLLM_MLA_DISABLE_REQUANTIZATION", "VLLM_ENABLE_MOE_ALIGN_BLOCK_SIZE_TRITON", "VLLM_RAY_PER_WORKER_GPUS", "VLLM_RAY_BUNDLE_INDICES", "VLLM_CUDA_MEM_ALIGN_KV_CACHE", "VLLM_CUDART_SO_PATH", "VLLM_USE_HPU_CONTIGUOUS_CACHE_FETCH"];
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
     * Source: envs.py line 126.
     * @default "cuda"
     */
    readonly VLLM_TARGET_DEVICE: string;
    /**
     * Maximum number of compilation jobs to run in parallel.
     * By default this is the number of CPUs
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 131.
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
     * Source: envs.py line 137.
     * @default None
     */
    readonly NVCC_THREADS: string | null;
    /**
     * If set, vllm will use precompiled binaries (*.so)
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: VLLM_PRECOMPILED_WHEEL_LOCATION.
     * Source: envs.py line 141.
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
     * Source: envs.py line 148.
     * @default None
     */
    readonly CMAKE_BUILD_TYPE: string | null;
    /**
     * If set, vllm will print verbose logs during installation
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 152.
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
     * Source: envs.py line 160.
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
     * Source: envs.py line 171.
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
     * Source: envs.py line 182.
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
     * Source: envs.py line 190.
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
     * Source: envs.py line 196.
     * @default `<temp dir>`
     */
    readonly VLLM_RPC_BASE_PATH: string;
    /**
     * If true, will load models from ModelScope instead of Hugging Face Hub.
     * note that the value is true or false, not numbers
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 201.
     * @default False
     */
    readonly VLLM_USE_MODELSCOPE: boolean;
    /**
     * Interval in seconds to log a warning message when the ring buffer is full
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 205.
     * @default 60
     */
    readonly VLLM_RINGBUFFER_WARNING_INTERVAL: number | bigint;
    /**
     * path to cudatoolkit home directory, under which should be bin, include,
     * and lib directories.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 210.
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
     * Source: envs.py line 215.
     * @default None
     */
    readonly VLLM_NCCL_SO_PATH: string | null;
    /**
     * when `VLLM_NCCL_SO_PATH` is not set, vllm will try to find the nccl
     * library file in the locations specified by `LD_LIBRARY_PATH`
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 220.
     * @default None
     */
    readonly LD_LIBRARY_PATH: string | null;
    /**
     * flag to control if vllm should use triton flash attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 224.
     * Drift: declared default False (line 15) but the getter's default is True.
     * @default True
     */
    readonly VLLM_USE_TRITON_FLASH_ATTN: boolean;
    /**
     * Force vllm to use a specific flash-attention version (2 or 3), only valid
     * when using the flash-attention backend.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 230.
     * @default None
     */
    readonly VLLM_FLASH_ATTN_VERSION: number | bigint | null;
    /**
     * Internal flag to enable Dynamo fullgraph capture
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 234.
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
     * Source: envs.py line 240.
     * @default 0
     */
    readonly LOCAL_RANK: number | bigint;
    /**
     * used to control the visible devices in the distributed setting
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 244.
     * @default None
     */
    readonly CUDA_VISIBLE_DEVICES: string | null;
    /**
     * timeout for each iteration in the engine
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 248.
     * @default 60
     */
    readonly VLLM_ENGINE_ITERATION_TIMEOUT_S: number | bigint;
    /**
     * API key for VLLM API server
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 252.
     * @default None
     */
    readonly VLLM_API_KEY: string | null;
    /**
     * S3 access information, used for tensorizer to load model from S3
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 256.
     * @default None
     */
    readonly S3_ACCESS_KEY_ID: string | null;
    /**
     * S3_SECRET_ACCESS_KEY (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 258.
     * @default None
     */
    readonly S3_SECRET_ACCESS_KEY: string | null;
    /**
     * S3_ENDPOINT_URL (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 260.
     * @default None
     */
    readonly S3_ENDPOINT_URL: string | null;
    /**
     * Usage stats collection
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 264.
     * @default "https://stats.vllm.ai"
     */
    readonly VLLM_USAGE_STATS_SERVER: string;
    /**
     * VLLM_NO_USAGE_STATS (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 266.
     * @default False
     */
    readonly VLLM_NO_USAGE_STATS: boolean;
    /**
     * VLLM_DO_NOT_TRACK (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: DO_NOT_TRACK.
     * Source: envs.py line 268.
     * @default `$DO_NOT_TRACK == 1` or `False` if DO_NOT_TRACK is set, else `False`
     */
    readonly VLLM_DO_NOT_TRACK: boolean;
    /**
     * VLLM_USAGE_SOURCE (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 271.
     * Drift: declared default "" (line 29) but the getter's default is "production".
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
     * Source: envs.py line 278.
     * @default 1
     */
    readonly VLLM_CONFIGURE_LOGGING: number | bigint;
    /**
     * VLLM_LOGGING_CONFIG_PATH (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 280.
     * @default None
     */
    readonly VLLM_LOGGING_CONFIG_PATH: string | null;
    /**
     * this is used for configuring the default logging level
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 284.
     * @default "INFO"
     */
    readonly VLLM_LOGGING_LEVEL: string;
    /**
     * if set, VLLM_LOGGING_PREFIX will be prepended to all log messages
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 288.
     * @default ""
     */
    readonly VLLM_LOGGING_PREFIX: string;
    /**
     * if set, vllm will call logits processors in a thread pool with this many
     * threads. This is useful when using custom logits processors that either
     * (a) launch additional CUDA kernels or (b) do significant CPU-bound work
     * while not holding the python GIL, or both.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 295.
     * @default None
     */
    readonly VLLM_LOGITS_PROCESSOR_THREADS: number | bigint | null;
    /**
     * Trace function calls
     * If set to 1, vllm will trace function calls
     * Useful for debugging
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 302.
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
     * Source: envs.py line 312.
     * @default None
     */
    readonly VLLM_ATTENTION_BACKEND: string | null;
    /**
     * If set, vllm will use flashinfer sampler
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 316.
     * @default None
     */
    readonly VLLM_USE_FLASHINFER_SAMPLER: boolean | null;
    /**
     * If set, vllm will force flashinfer to use tensor cores;
     * otherwise will use heuristic based on model architecture.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 322.
     * @default False
     */
    readonly VLLM_FLASHINFER_FORCE_TENSOR_CORES: boolean;
    /**
     * Pipeline stage partition strategy
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 326.
     * @default None
     */
    readonly VLLM_PP_LAYER_PARTITION: string | null;
    /**
     * (CPU backend only) CPU key-value cache space.
     * default is 4GB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 331.
     * @default 0
     */
    readonly VLLM_CPU_KVCACHE_SPACE: number | bigint;
    /**
     * (CPU backend only) CPU core ids bound by OpenMP threads, e.g., "0-31",
     * "0,1,2", "0-31,33". CPU cores of different ranks are separated by '|'.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 336.
     * Drift: declared default "" (line 42) but the getter's default is "all".
     * @default "all"
     */
    readonly VLLM_CPU_OMP_THREADS_BIND: string;
    /**
     * OpenVINO device selection
     * default is CPU
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 341.
     * @default "CPU"
     */
    readonly VLLM_OPENVINO_DEVICE: string;
    /**
     * OpenVINO key-value cache space
     * default is 4GB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 346.
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
     * Source: envs.py line 352.
     * @default None
     */
    readonly VLLM_OPENVINO_CPU_KV_CACHE_PRECISION: string | null;
    /**
     * Enables weights compression during model export via HF Optimum
     * default is False
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 357.
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
     * Source: envs.py line 364.
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
     * Source: envs.py line 370.
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
     * Source: envs.py line 376.
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
     * Source: envs.py line 383.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM: boolean;
    /**
     * Use dedicated multiprocess context for workers.
     * Both spawn and fork work
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 389.
     * @default "fork"
     */
    readonly VLLM_WORKER_MULTIPROC_METHOD: string;
    /**
     * Path to the cache for storing downloaded assets
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 393.
     * @default `$XDG_CACHE_HOME/vllm/assets` if XDG_CACHE_HOME is set, else `~/.cache/vllm/assets`
     */
    readonly VLLM_ASSETS_CACHE: string;
    /**
     * Timeout for fetching images when serving multimodal models
     * Default is 5 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 402.
     * @default 5
     */
    readonly VLLM_IMAGE_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching videos when serving multimodal models
     * Default is 30 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 407.
     * @default 30
     */
    readonly VLLM_VIDEO_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching audio when serving multimodal models
     * Default is 10 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 412.
     * @default 10
     */
    readonly VLLM_AUDIO_FETCH_TIMEOUT: number | bigint;
    /**
     * Cache size for multimodal feature/input cache for multimodal models
     * in unit of number of multimodal data items (e.g. image, video, audio).
     * Default is 256 multimodal data items.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 418.
     * @default 256
     */
    readonly VLLM_MM_INPUT_CACHE_SIZE: number | bigint;
    /**
     * Path to the XLA persistent cache directory.
     * Only used for XLA devices such as TPUs.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 423.
     * @default `$XDG_CACHE_HOME/vllm/xla_cache` if XDG_CACHE_HOME is set, else `~/.cache/vllm/xla_cache`
     */
    readonly VLLM_XLA_CACHE_PATH: string;
    /**
     * VLLM_FUSED_MOE_CHUNK_SIZE (no description in envs.py).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 429.
     * @default 32768
     */
    readonly VLLM_FUSED_MOE_CHUNK_SIZE: number | bigint;
    /**
     * If set, vllm will skip the deprecation warnings.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 433.
     * @default False
     */
    readonly VLLM_NO_DEPRECATION_WARNING: boolean;
    /**
     * If set, the OpenAI API server will stay alive even after the underlying
     * AsyncLLMEngine errors and stops serving requests
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 438.
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
     * Source: envs.py line 445.
     * @default False
     */
    readonly VLLM_ALLOW_LONG_MAX_MODEL_LEN: boolean;
    /**
     * If set, forces FP8 Marlin to be used for FP8 quantization regardless
     * of the hardware support for FP8 compute.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 452.
     * @default False
     */
    readonly VLLM_TEST_FORCE_FP8_MARLIN: boolean;
    /**
     * VLLM_TEST_FORCE_LOAD_FORMAT (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 456.
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
     * Source: envs.py line 461.
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
     * Source: envs.py line 467.
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
     * Source: envs.py line 473.
     * @default None
     */
    readonly VLLM_TORCH_PROFILER_DIR: string | null;
    /**
     * If set, vLLM will use Triton implementations of AWQ.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 478.
     * @default False
     */
    readonly VLLM_USE_TRITON_AWQ: boolean;
    /**
     * If set, allow loading or unloading lora adapters in runtime,
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 482.
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
     * Source: envs.py line 491.
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
     * Source: envs.py line 498.
     * @default []
     */
    readonly VLLM_DISABLED_KERNELS: string[];
    /**
     * If set, use the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 503.
     * @default False
     */
    readonly VLLM_USE_V1: boolean;
    /**
     * Divisor for dynamic key scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 507.
     * @default 200
     */
    readonly K_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic value scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 511.
     * @default 100
     */
    readonly V_SCALE_CONSTANT: number | bigint;
    /**
     * If set, enable multiprocessing in LLM for the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 514.
     * @default True
     */
    readonly VLLM_ENABLE_V1_MULTIPROCESSING: boolean;
    /**
     * VLLM_LOG_BATCHSIZE_INTERVAL (no description in envs.py).
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 516.
     * @default -1
     */
    readonly VLLM_LOG_BATCHSIZE_INTERVAL: number;
    /**
     * VLLM_DISABLE_COMPILE_CACHE (no description in envs.py).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 518.
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
     * Source: envs.py line 524.
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
     * Source: envs.py line 534.
     * @default 128
     */
    readonly VLLM_V1_OUTPUT_PROC_CHUNK_SIZE: number | bigint;
    /**
     * If set, vLLM will disable the MLA attention optimizations.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 538.
     * @default False
     */
    readonly VLLM_MLA_DISABLE: boolean;
    /**
     * Flag that can control whether or not we perform matrix-absorption for MLA
     * decode, i.e. absorb W_UK into W_Q/W_UK and W_UV into W_O, absorbing the
     * matrices reduces the runtime FLOPs needed to compute MLA but requires
     * storing more weights, W_Q_UK and W_UV_O, so can increase memory usage,
     * the is enabled by default
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 546.
     * @default True
     */
    readonly VLLM_MLA_PERFORM_MATRIX_ABSORPTION: boolean;
    /**
     * When running MLA with matrix-absorption enabled and fp8 quantized weights
     * we perform the matrix-absorption in float32 precision, after the matrices
     * are absorbed we requantize the weights back to fp8, this flag can be used
     * to disable the requantization step, and instead convert the absorbed
     * matrices to match the activation type. This can lead to higher memory and
     * compute usage but better preserves the accuracy of the original model.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 555.
     * @default False
     */
    readonly VLLM_MLA_DISABLE_REQUANTIZATION: boolean;
    /**
     * If set, vLLM will use the Triton implementation of moe_align_block_size,
     * i.e. moe_align_block_size_triton in fused_moe.py.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 560.
     * @default False
     */
    readonly VLLM_ENABLE_MOE_ALIGN_BLOCK_SIZE_TRITON: boolean;
    /**
     * Number of GPUs per worker in Ray, if it is set to be a fraction,
     * it allows ray to schedule multiple actors on a single GPU,
     * so that users can colocate other actors on the same GPUs as vLLM.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 567.
     * @default 1
     */
    readonly VLLM_RAY_PER_WORKER_GPUS: number;
    /**
     * Bundle indices for Ray, if it is set, it can control precisely
     * which indices are used for the Ray bundle, for every worker.
     * Format: comma-separated list of integers, e.g. "0,1,2,3"
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 573.
     * @default ""
     */
    readonly VLLM_RAY_BUNDLE_INDICES: string;
    /**
     * When on a Nvidia GPU aligns single entries (within a page) so they are 256
     * byte aligned for better performance, this increases the memory usage of
     * the cache. Currently this only affects MLA that results in non-256
     * byte aligned entries. This matches the alignment the CUDA runtime uses
     * for all allocations. Currently this primarily affects MLA, for most other
     * models the alignment is already naturally aligned to 256 bytes.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 582.
     * Drift: has no TYPE_CHECKING declaration.
     * @default True
     */
    readonly VLLM_CUDA_MEM_ALIGN_KV_CACHE: boolean;
    /**
     * In some system, find_loaded_library() may not work. So we allow users to
     * specify the path through environment variable VLLM_CUDART_SO_PATH.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 587.
     * @default None
     */
    readonly VLLM_CUDART_SO_PATH: string | null;
    /**
     * Contiguous cache fetching to avoid using costly gather operation on
     * Gaudi3. This is only applicable to HPU contiguous cache. If set to true,
     * contiguous cache fetch will be used.
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: VLLM_CONTIGUOUS_PA.
     * Source: envs.py line 593.
     * @default depends on $VLLM_CONTIGUOUS_PA if VLLM_CONTIGUOUS_PA is set, else `True`
     */
    readonly VLLM_USE_HPU_CONTIGUOUS_CACHE_FETCH: boolean;
}
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from. */
export declare const VLLM_ENVS_SOURCE: {
    readonly sha256: "fba7bd6e4306674e0b35ea83af141ba5c59d8a738246e663fe647af0db78de95";
    readonly variables: 87;
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
