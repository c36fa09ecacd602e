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
export declare const VLLM_ENV_NAMES: readonly ["VLLM_TARGET_DEVICE", "MAX_JOBS", "NVCC_THREADS", "VLLM_USE_PRECOMPILED", "VLLM_DOCKER_BUILD_CONTEXT", "VLLM_TEST_USE_PRECOMPILED_NIGHTLY_WHEEL", "CMAKE_BUILD_TYPE", "VERBOSE", "VLLM_CONFIG_ROOT", "VLLM_CACHE_ROOT", "VLLM_HOST_IP", "VLLM_PORT", "VLLM_RPC_BASE_PATH", "VLLM_USE_MODELSCOPE", "VLLM_RINGBUFFER_WARNING_INTERVAL", "CUDA_HOME", "VLLM_NCCL_SO_PATH", "LD_LIBRARY_PATH", "VLLM_USE_TRITON_FLASH_ATTN", "VLLM_V1_USE_PREFILL_DECODE_ATTENTION", "VLLM_USE_AITER_UNIFIED_ATTENTION", "VLLM_FLASH_ATTN_VERSION", "VLLM_TEST_DYNAMO_FULLGRAPH_CAPTURE", "VLLM_USE_STANDALONE_COMPILE", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "VLLM_API_KEY", "VLLM_DEBUG_LOG_API_SERVER_RESPONSE", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_ENDPOINT_URL", "VLLM_USAGE_STATS_SERVER", "VLLM_NO_USAGE_STATS", "VLLM_DO_NOT_TRACK", "VLLM_USAGE_SOURCE", "VLLM_CONFIGURE_LOGGING", "VLLM_LOGGING_CONFIG_PATH", "VLLM_LOGGING_LEVEL", "VLLM_LOGGING_PREFIX", "VLLM_LOGITS_PROCESSOR_THREADS", "VLLM_LOG_STATS_INTERVAL", "VLLM_TRACE_FUNCTION", "VLLM_ATTENTION_BACKEND", "VLLM_USE_FLASHINFER_SAMPLER", "VLLM_FLASHINFER_FORCE_TENSOR_CORES", "VLLM_PP_LAYER_PARTITION", "VLLM_CPU_KVCACHE_SPACE", "VLLM_CPU_OMP_THREADS_BIND", "VLLM_CPU_NUM_OF_RESERVED_CPU", "VLLM_CPU_MOE_PREPACK", "VLLM_CPU_SGL_KERNEL", "VLLM_USE_RAY_SPMD_WORKER", "VLLM_USE_RAY_COMPILED_DAG", "VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE", "VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM", "VLLM_USE_RAY_WRAPPED_PP_COMM", "VLLM_WORKER_MULTIPROC_METHOD", "VLLM_ASSETS_CACHE", "VLLM_IMAGE_FETCH_TIMEOUT", "VLLM_VIDEO_FETCH_TIMEOUT", "VLLM_AUDIO_FETCH_TIMEOUT", "VLLM_MEDIA_LOADING_THREAD_COUNT", "VLLM_MAX_AUDIO_CLIP_FILESIZE_MB", "VLLM_VIDEO_LOADER_BACKEND", "VLLM_MM_INPUT_CACHE_GIB", "VLLM_XLA_CACHE_PATH", "VLLM_XLA_CHECK_RECOMPILATION", "VLLM_XLA_USE_SPMD", "VLLM_FUSED_MOE_CHUNK_SIZE", "VLLM_ENABLE_FUSED_MOE_ACTIVATION_CHUNKING", "VLLM_KEEP_ALIVE_ON_ENGINE_DEATH", "VLLM_ALLOW_LONG_MAX_MODEL_LEN", "VLLM_TEST_FORCE_FP8_MARLIN", "VLLM_TEST_FORCE_LOAD_FORMAT", "VLLM_RPC_TIMEOUT", "VLLM_HTTP_TIMEOUT_KEEP_ALIVE", "VLLM_PLUGINS", "VLLM_LORA_RESOLVER_CACHE_DIR", "VLLM_TORCH_PROFILER_DIR", "VLLM_TORCH_PROFILER_RECORD_SHAPES", "VLLM_TORCH_PROFILER_WITH_PROFILE_MEMORY", "VLLM_TORCH_PROFILER_WITH_STACK", "VLLM_TORCH_PROFILER_WITH_FLOPS", "VLLM_USE_TRITON_AWQ", "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "VLLM_SKIP_P2P_CHECK", "VLLM_DISABLED_KERNELS", "VLLM_USE_V1", "VLLM_ROCM_USE_AITER", "VLLM_ROCM_USE_AITER_PAGED_ATTN", "VLLM_ROCM_USE_AITER_LINEAR", "VLLM_ROCM_USE_AITER_MOE", "VLLM_ROCM_USE_AITER_RMSNORM", "VLLM_ROCM_USE_AITER_MLA", "VLLM_ROCM_USE_AITER_MHA", "VLLM_ROCM_USE_SKINNY_GEMM", "VLLM_ROCM_FP8_PADDING", "VLLM_ROCM_MOE_PADDING", "VLLM_ROCM_CUSTOM_PAGED_ATTN", "VLLM_ROCM_QUICK_REDUCE_QUANTIZATION", "VLLM_ROCM_QUICK_REDUCE_CAST_BF16_TO_FP16", "VLLM_ROCM_QUICK_REDUCE_MAX_SIZE_BYTES_MB", "Q_SCALE_CONSTANT", "K_SCALE_CONSTANT", "V_SCALE_CONSTANT", "VLLM_ENABLE_V1_MULTIPROCESSING", "VLLM_LOG_BATCHSIZE_INTERVAL", "VLLM_DISABLE_COMPILE_CACHE", "VLLM_SERVER_DEV_MODE", "VLLM_V1_OUTPUT_PROC_CHUNK_SIZE", "VLLM_MLA_DISABLE", "VLLM_RAY_PER_WORKER_GPUS", "VLLM_RAY_BUNDLE_INDICES", "VLLM_CUDART_SO_PATH", "VLLM_DP_RANK", "VLLM_DP_RANK_LOCAL", "VLLM_DP_SIZE", "VLLM_DP_MASTER_IP", "VLLM_DP_MASTER_PORT", "VLLM_MOE_DP_CHUNK_SIZE", "VLLM_RANDOMIZE_DP_DUMMY_INPUTS", "VLLM_CI_USE_S3", "VLLM_MODEL_REDIRECT_PATH", "VLLM_MARLIN_USE_ATOMIC_ADD", "VLLM_MXFP4_USE_MARLIN", "VLLM_V0_USE_OUTLINES_CACHE", "VLLM_V1_USE_OUTLINES_CACHE", "VLLM_TPU_BUCKET_PADDING_GAP", "VLLM_TPU_MOST_MODEL_LEN", "VLLM_TPU_USING_PATHWAYS", "VLLM_USE_DEEP_GEMM", "VLLM_USE_DEEP_GEMM_E8M0", "VLLM_SKIP_DEEP_GEMM_WARMUP", "VLLM_USE_FLASHINFER_MOE_FP8", "VLLM_USE_FLASHINFER_MOE_FP4", "VLLM_USE_FLASHINFER_MOE_MXFP4_MXFP8", "VLLM_USE_FLASHINFER_MOE_MXFP4_BF16", "VLLM_XGRAMMAR_CACHE_MB", "VLLM_MSGPACK_ZERO_COPY_THRESHOLD", "VLLM_ALLOW_INSECURE_SERIALIZATION", "VLLM_NIXL_SIDE_CHANNEL_HOST", "VLLM_NIXL_SIDE_CHANNEL_PORT", "VLLM_ALL2ALL_BACKEND", "VLLM_FLASHINFER_MOE_BACKEND", "VLLM_MAX_TOKENS_PER_EXPERT_FP4_MOE", "VLLM_MOE_ROUTING_SIMULATION_STRATEGY", "VLLM_TOOL_PARSE_REGEX_TIMEOUT_SECONDS", "VLLM_SLEEP_WHEN_IDLE", "VLLM_MQ_MAX_CHUNK_BYTES_MB", "VLLM_EXECUTE_MODEL_TIMEOUT_SECONDS", "VLLM_KV_CACHE_LAYOUT", "VLLM_COMPUTE_NANS_IN_LOGITS", "VLLM_USE_NVFP4_CT_EMULATIONS", "VLLM_NIXL_ABORT_REQUEST_TIMEOUT", "VLLM_USE_CUDNN_PREFILL", "VLLM_USE_TRTLLM_ATTENTION", "VLLM_USE_TRTLLM_FP4_GEMM", "VLLM_ENABLE_CUDAGRAPH_GC", "VLLM_LOOPBACK_IP", "VLLM_PROCESS_NAME_PREFIX", "VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE", "VLLM_ENABLE_RESPONSES_API_STORE", "VLLM_TUNED_CONFIG_FOLDER"];
/** A vLLM environment variable name. */
export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];
/** Every variable's value as `vllm.envs.NAME` gives it. Python's `None` is `null`; ints beyond ±2^53 are `bigint`. */
export interface VllmEnv {
    /**
     * Target device of vLLM, supporting [cuda (by default),
     * rocm, neuron, cpu]
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 233.
     * @default "cuda"
     */
    readonly VLLM_TARGET_DEVICE: string;
    /**
     * Maximum number of compilation jobs to run in parallel.
     * By default this is the number of CPUs
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 238.
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
     * Source: envs.py line 244.
     * @default None
     */
    readonly NVCC_THREADS: string | null;
    /**
     * If set, vllm will use precompiled binaries (*.so)
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: VLLM_PRECOMPILED_WHEEL_LOCATION.
     * Source: envs.py line 248.
     * @default `bool($VLLM_PRECOMPILED_WHEEL_LOCATION)` if VLLM_PRECOMPILED_WHEEL_LOCATION is set, else `False`
     */
    readonly VLLM_USE_PRECOMPILED: boolean;
    /**
     * Used to mark that setup.py is running in a Docker build context,
     * in order to force the use of precompiled binaries.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 254.
     * @default False
     */
    readonly VLLM_DOCKER_BUILD_CONTEXT: boolean;
    /**
     * Whether to force using nightly wheel in python build.
     * This is used for testing the nightly wheel in python build.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 260.
     * @default False
     */
    readonly VLLM_TEST_USE_PRECOMPILED_NIGHTLY_WHEEL: boolean;
    /**
     * CMake build type
     * If not set, defaults to "Debug" or "RelWithDebInfo"
     * Available options: "Debug", "Release", "RelWithDebInfo"
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 267.
     * @default None
     */
    readonly CMAKE_BUILD_TYPE: string | null;
    /**
     * If set, vllm will print verbose logs during installation
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 271.
     * @default False
     */
    readonly VERBOSE: boolean;
    /**
     * Root directory for vLLM configuration files
     * Defaults to `~/.config/vllm` unless `XDG_CONFIG_HOME` is set
     * Note that this not only affects how vllm finds its configuration files
     * during runtime, but also affects how vllm installs its configuration
     * files during **installation**.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CONFIG_HOME.
     * Source: envs.py line 279.
     * @default `$XDG_CONFIG_HOME/vllm` if XDG_CONFIG_HOME is set, else `~/.config/vllm`
     */
    readonly VLLM_CONFIG_ROOT: string;
    /**
     * Root directory for vLLM cache files
     * Defaults to `~/.cache/vllm` unless `XDG_CACHE_HOME` is set
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 290.
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
     * Source: envs.py line 301.
     * @default ""
     */
    readonly VLLM_HOST_IP: string;
    /**
     * used in distributed environment to manually set the communication port
     * Note: if VLLM_PORT is set, and some code asks for multiple ports, the
     * VLLM_PORT will be used as the first port, and the rest will be generated
     * by incrementing the VLLM_PORT value.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 308.
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
     * Source: envs.py line 313.
     * @default `<temp dir>`
     */
    readonly VLLM_RPC_BASE_PATH: string;
    /**
     * If true, will load models from ModelScope instead of Hugging Face Hub.
     * note that the value is true or false, not numbers
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 318.
     * @default False
     */
    readonly VLLM_USE_MODELSCOPE: boolean;
    /**
     * Interval in seconds to log a warning message when the ring buffer is full
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 322.
     * @default 60
     */
    readonly VLLM_RINGBUFFER_WARNING_INTERVAL: number | bigint;
    /**
     * path to cudatoolkit home directory, under which should be bin, include,
     * and lib directories.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 327.
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
     * Source: envs.py line 332.
     * @default None
     */
    readonly VLLM_NCCL_SO_PATH: string | null;
    /**
     * when `VLLM_NCCL_SO_PATH` is not set, vllm will try to find the nccl
     * library file in the locations specified by `LD_LIBRARY_PATH`
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 337.
     * @default None
     */
    readonly LD_LIBRARY_PATH: string | null;
    /**
     * flag to control if vllm should use triton flash attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 341.
     * @default True
     */
    readonly VLLM_USE_TRITON_FLASH_ATTN: boolean;
    /**
     * Use separate prefill and decode kernels for V1 attention instead of
     * the unified triton kernel.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 347.
     * @default False
     */
    readonly VLLM_V1_USE_PREFILL_DECODE_ATTENTION: boolean;
    /**
     * Use AITER triton unified attention for V1 attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 353.
     * @default False
     */
    readonly VLLM_USE_AITER_UNIFIED_ATTENTION: boolean;
    /**
     * Force vllm to use a specific flash-attention version (2 or 3), only valid
     * when using the flash-attention backend.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 360.
     * @default None
     */
    readonly VLLM_FLASH_ATTN_VERSION: number | bigint | null;
    /**
     * Internal flag to enable Dynamo fullgraph capture
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 364.
     * Drift: has no TYPE_CHECKING declaration.
     * @default True
     */
    readonly VLLM_TEST_DYNAMO_FULLGRAPH_CAPTURE: boolean;
    /**
     * Feature flag to enable/disable Inductor standalone compile.
     * In torch <= 2.7 we ignore this flag; in torch >= 2.8 this is
     * enabled by default.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 371.
     * Drift: has no TYPE_CHECKING declaration.
     * @default True
     */
    readonly VLLM_USE_STANDALONE_COMPILE: boolean;
    /**
     * local rank of the process in the distributed setting, used to determine
     * the GPU device id
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 376.
     * @default 0
     */
    readonly LOCAL_RANK: number | bigint;
    /**
     * used to control the visible devices in the distributed setting
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 380.
     * @default None
     */
    readonly CUDA_VISIBLE_DEVICES: string | null;
    /**
     * timeout for each iteration in the engine
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 384.
     * @default 60
     */
    readonly VLLM_ENGINE_ITERATION_TIMEOUT_S: number | bigint;
    /**
     * API key for vLLM API server
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 388.
     * @default None
     */
    readonly VLLM_API_KEY: string | null;
    /**
     * Whether to log responses from API Server for debugging
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 392.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_DEBUG_LOG_API_SERVER_RESPONSE: boolean;
    /**
     * S3 access information, used for tensorizer to load model from S3
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 397.
     * @default None
     */
    readonly S3_ACCESS_KEY_ID: string | null;
    /**
     * S3_SECRET_ACCESS_KEY (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 399.
     * @default None
     */
    readonly S3_SECRET_ACCESS_KEY: string | null;
    /**
     * S3_ENDPOINT_URL (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 401.
     * @default None
     */
    readonly S3_ENDPOINT_URL: string | null;
    /**
     * Usage stats collection
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 405.
     * @default "https://stats.vllm.ai"
     */
    readonly VLLM_USAGE_STATS_SERVER: string;
    /**
     * VLLM_NO_USAGE_STATS (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 407.
     * @default False
     */
    readonly VLLM_NO_USAGE_STATS: boolean;
    /**
     * VLLM_DO_NOT_TRACK (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: DO_NOT_TRACK.
     * Source: envs.py line 409.
     * @default `$DO_NOT_TRACK == 1` or `False` if DO_NOT_TRACK is set, else `False`
     */
    readonly VLLM_DO_NOT_TRACK: boolean;
    /**
     * VLLM_USAGE_SOURCE (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 412.
     * Drift: declared default "" (line 35) but the getter's default is "production".
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
     * Source: envs.py line 419.
     * @default 1
     */
    readonly VLLM_CONFIGURE_LOGGING: number | bigint;
    /**
     * VLLM_LOGGING_CONFIG_PATH (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 421.
     * @default None
     */
    readonly VLLM_LOGGING_CONFIG_PATH: string | null;
    /**
     * this is used for configuring the default logging level
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 425.
     * @default "INFO"
     */
    readonly VLLM_LOGGING_LEVEL: string;
    /**
     * if set, VLLM_LOGGING_PREFIX will be prepended to all log messages
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 429.
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
     * Source: envs.py line 436.
     * @default None
     */
    readonly VLLM_LOGITS_PROCESSOR_THREADS: number | bigint | null;
    /**
     * If set, vllm will log stats at this interval in seconds
     * If not set, vllm will log stats every 10 seconds.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 442.
     * @default 10
     */
    readonly VLLM_LOG_STATS_INTERVAL: number;
    /**
     * Trace function calls
     * If set to 1, vllm will trace function calls
     * Useful for debugging
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 449.
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
     * - "FLASHMLA": use FlashMLA
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 460.
     * @default None
     */
    readonly VLLM_ATTENTION_BACKEND: string | null;
    /**
     * If set, vllm will use flashinfer sampler
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 464.
     * @default None
     */
    readonly VLLM_USE_FLASHINFER_SAMPLER: boolean | null;
    /**
     * If set, vllm will force flashinfer to use tensor cores;
     * otherwise will use heuristic based on model architecture.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 470.
     * @default False
     */
    readonly VLLM_FLASHINFER_FORCE_TENSOR_CORES: boolean;
    /**
     * Pipeline stage partition strategy
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 474.
     * @default None
     */
    readonly VLLM_PP_LAYER_PARTITION: string | null;
    /**
     * (CPU backend only) CPU key-value cache space.
     * default is None and will be set as 4 GB
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 479.
     * Drift: declared default 0 (line 47) but the getter's default is None.
     * @default None
     */
    readonly VLLM_CPU_KVCACHE_SPACE: number | bigint | null;
    /**
     * (CPU backend only) CPU core ids bound by OpenMP threads, e.g., "0-31",
     * "0,1,2", "0-31,33". CPU cores of different ranks are separated by '|'.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 485.
     * Drift: declared default "" (line 48) but the getter's default is "auto".
     * @default "auto"
     */
    readonly VLLM_CPU_OMP_THREADS_BIND: string;
    /**
     * (CPU backend only) CPU cores not used by OMP threads .
     * Those CPU cores will not be used by OMP threads of a rank.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 490.
     * @default None
     */
    readonly VLLM_CPU_NUM_OF_RESERVED_CPU: number | bigint | null;
    /**
     * (CPU backend only) whether to use prepack for MoE layer. This will be
     * passed to ipex.llm.modules.GatedMLPMOE. On unsupported CPUs, you might
     * need to set this to "0" (False).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 497.
     * @default True
     */
    readonly VLLM_CPU_MOE_PREPACK: boolean;
    /**
     * (CPU backend only) whether to use SGL kernels, optimized for small batch.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 501.
     * @default False
     */
    readonly VLLM_CPU_SGL_KERNEL: boolean;
    /**
     * If the env var is set, then all workers will execute as separate
     * processes from the engine, and we use the same mechanism to trigger
     * execution on all workers.
     * Run vLLM with VLLM_USE_RAY_SPMD_WORKER=1 to enable it.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 508.
     * @default False
     */
    readonly VLLM_USE_RAY_SPMD_WORKER: boolean;
    /**
     * If the env var is set, it uses the Ray's Compiled Graph
     * (previously known as ADAG) API which optimizes the
     * control plane overhead.
     * Run vLLM with VLLM_USE_RAY_COMPILED_DAG=1 to enable it.
     * Note that this variable is set to 1 in V1 by default
     * when ray distributed executor is used.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 517.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG: boolean;
    /**
     * If the env var is set, Ray Compiled Graph uses the specified
     * channel type to communicate between workers belonging to
     * different pipeline-parallel stages.
     * Available options:
     * - "auto": use the default channel type
     * - "nccl": use NCCL for communication
     * - "shm": use shared memory and gRPC for communication
     * This flag is ignored if VLLM_USE_RAY_COMPILED_DAG is not set.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 528.
     * @default "auto"
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE: string;
    /**
     * If the env var is set, it enables GPU communication overlap
     * (experimental feature) in Ray's Compiled Graph. This flag is ignored if
     * VLLM_USE_RAY_COMPILED_DAG is not set.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 534.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM: boolean;
    /**
     * If the env var is set, it uses a Ray Communicator wrapping
     * vLLM's pipeline parallelism communicator to interact with Ray's
     * Compiled Graph. Otherwise, it uses Ray's NCCL communicator.
     * This flag is ignored if VLLM_USE_RAY_COMPILED_DAG is not set.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 542.
     * @default True
     */
    readonly VLLM_USE_RAY_WRAPPED_PP_COMM: boolean;
    /**
     * Use dedicated multiprocess context for workers.
     * Both spawn and fork work
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 547.
     * @default "fork"
     */
    readonly VLLM_WORKER_MULTIPROC_METHOD: string;
    /**
     * Path to the cache for storing downloaded assets
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 551.
     * @default `$XDG_CACHE_HOME/vllm/assets` if XDG_CACHE_HOME is set, else `~/.cache/vllm/assets`
     */
    readonly VLLM_ASSETS_CACHE: string;
    /**
     * Timeout for fetching images when serving multimodal models
     * Default is 5 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 560.
     * @default 5
     */
    readonly VLLM_IMAGE_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching videos when serving multimodal models
     * Default is 30 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 565.
     * @default 30
     */
    readonly VLLM_VIDEO_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching audio when serving multimodal models
     * Default is 10 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 570.
     * @default 10
     */
    readonly VLLM_AUDIO_FETCH_TIMEOUT: number | bigint;
    /**
     * Max number of workers for the thread pool handling
     * media bytes loading. Set to 1 to disable parallel processing.
     * Default is 8
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 576.
     * @default 8
     */
    readonly VLLM_MEDIA_LOADING_THREAD_COUNT: number | bigint;
    /**
     * Maximum filesize in MB for a single audio file when processing
     * speech-to-text requests. Files larger than this will be rejected.
     * Default is 25 MB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 582.
     * @default 25
     */
    readonly VLLM_MAX_AUDIO_CLIP_FILESIZE_MB: number | bigint;
    /**
     * Backend for Video IO
     * - "opencv": Default backend that uses OpenCV stream buffered backend.
     *
     * Custom backend implementations can be registered
     * via `@VIDEO_LOADER_REGISTRY.register("my_custom_video_loader")` and
     * imported at runtime.
     * If a non-existing backend is used, an AssertionError will be thrown.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 592.
     * @default "opencv"
     */
    readonly VLLM_VIDEO_LOADER_BACKEND: string;
    /**
     * [DEPRECATED] Cache size (in GiB per process) for multimodal input cache
     * Default is 4 GiB per API process + 4 GiB per engine core process
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 597.
     * @default 4
     * @deprecated See the description.
     */
    readonly VLLM_MM_INPUT_CACHE_GIB: number | bigint;
    /**
     * Path to the XLA persistent cache directory.
     * Only used for XLA devices such as TPUs.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 602.
     * @default `$XDG_CACHE_HOME/vllm/xla_cache` if XDG_CACHE_HOME is set, else `~/.cache/vllm/xla_cache`
     */
    readonly VLLM_XLA_CACHE_PATH: string;
    /**
     * If set, assert on XLA recompilation after each execution step.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 610.
     * @default False
     */
    readonly VLLM_XLA_CHECK_RECOMPILATION: boolean;
    /**
     * Enable SPMD mode for TPU backend.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 614.
     * @default False
     */
    readonly VLLM_XLA_USE_SPMD: boolean;
    /**
     * VLLM_FUSED_MOE_CHUNK_SIZE (no description in envs.py).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 616.
     * @default 32768
     */
    readonly VLLM_FUSED_MOE_CHUNK_SIZE: number | bigint;
    /**
     * Control whether to use fused MoE activation chunking. Current chunking
     * logic is incompatible with torch.compile and causes IMA. See issue
     * https://github.com/vllm-project/vllm/issues/19631.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 621.
     * @default True
     */
    readonly VLLM_ENABLE_FUSED_MOE_ACTIVATION_CHUNKING: boolean;
    /**
     * If set, the OpenAI API server will stay alive even after the underlying
     * AsyncLLMEngine errors and stops serving requests
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 627.
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
     * Source: envs.py line 634.
     * @default False
     */
    readonly VLLM_ALLOW_LONG_MAX_MODEL_LEN: boolean;
    /**
     * If set, forces FP8 Marlin to be used for FP8 quantization regardless
     * of the hardware support for FP8 compute.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 641.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_TEST_FORCE_FP8_MARLIN: boolean;
    /**
     * VLLM_TEST_FORCE_LOAD_FORMAT (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 645.
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
     * Source: envs.py line 650.
     * @default 10000
     */
    readonly VLLM_RPC_TIMEOUT: number | bigint;
    /**
     * Timeout in seconds for keeping HTTP connections alive in API server
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 654.
     * @default 5
     */
    readonly VLLM_HTTP_TIMEOUT_KEEP_ALIVE: number | bigint;
    /**
     * a list of plugin names to load, separated by commas.
     * if this is not set, it means all plugins will be loaded
     * if this is set to an empty string, no plugins will be loaded
     *
     * Type: list[str] | None.
     * Accepts: any string.
     * Source: envs.py line 660.
     * @default None
     */
    readonly VLLM_PLUGINS: string[] | null;
    /**
     * a local directory to look in for unrecognized LoRA adapters.
     * only works if plugins are enabled and
     * VLLM_ALLOW_RUNTIME_LORA_UPDATING is enabled.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 667.
     * @default None
     */
    readonly VLLM_LORA_RESOLVER_CACHE_DIR: string | null;
    /**
     * Enables torch profiler if set. Path to the directory where torch profiler
     * traces are saved. Note that it must be an absolute path.
     *
     * Type: str | None.
     * Accepts: any string.
     * Also reads: HOME.
     * Source: envs.py line 672.
     * @default None
     */
    readonly VLLM_TORCH_PROFILER_DIR: string | null;
    /**
     * Enable torch profiler to record shapes if set
     * VLLM_TORCH_PROFILER_RECORD_SHAPES=1. If not set, torch profiler will
     * not record shapes.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 679.
     * @default False
     */
    readonly VLLM_TORCH_PROFILER_RECORD_SHAPES: boolean;
    /**
     * Enable torch profiler to profile memory if set
     * VLLM_TORCH_PROFILER_WITH_PROFILE_MEMORY=1. If not set, torch profiler
     * will not profile memory.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 685.
     * @default False
     */
    readonly VLLM_TORCH_PROFILER_WITH_PROFILE_MEMORY: boolean;
    /**
     * Enable torch profiler to profile stack if set
     * VLLM_TORCH_PROFILER_WITH_STACK=1. If not set, torch profiler WILL
     * profile stack by default.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 692.
     * @default True
     */
    readonly VLLM_TORCH_PROFILER_WITH_STACK: boolean;
    /**
     * Enable torch profiler to profile flops if set
     * VLLM_TORCH_PROFILER_WITH_FLOPS=1. If not set, torch profiler will
     * not profile flops.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 698.
     * @default False
     */
    readonly VLLM_TORCH_PROFILER_WITH_FLOPS: boolean;
    /**
     * If set, vLLM will use Triton implementations of AWQ.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 702.
     * @default False
     */
    readonly VLLM_USE_TRITON_AWQ: boolean;
    /**
     * If set, allow loading or unloading lora adapters in runtime,
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 706.
     * @default False
     */
    readonly VLLM_ALLOW_RUNTIME_LORA_UPDATING: boolean;
    /**
     * We assume drivers can report p2p status correctly.
     * If the program hangs when using custom allreduce,
     * potantially caused by a bug in the driver (535 series),
     * if might be helpful to set VLLM_SKIP_P2P_CHECK=0
     * so that vLLM can verify if p2p is actually working.
     * See https://github.com/vllm-project/vllm/blob/a9b15c606fea67a072416ea0ea115261a2756058/vllm/distributed/device_communicators/custom_all_reduce_utils.py#L101-L108 for details.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 717.
     * Drift: declared default False (line 92) but the getter's default is True.
     * @default True
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
     * Source: envs.py line 724.
     * @default []
     */
    readonly VLLM_DISABLED_KERNELS: string[];
    /**
     * If set, use the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 729.
     * @default True
     */
    readonly VLLM_USE_V1: boolean;
    /**
     * Disable aiter ops unless specifically enabled.
     * Acts as a parent switch to enable the rest of the other operations.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 734.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER: boolean;
    /**
     * Whether to use aiter paged attention.
     * By default is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 740.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_PAGED_ATTN: boolean;
    /**
     * use aiter linear op if aiter ops are enabled
     * The following list of related ops
     * - scaled_mm (per-tensor / rowwise)
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 747.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_LINEAR: boolean;
    /**
     * Whether to use aiter moe ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 753.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MOE: boolean;
    /**
     * use aiter rms norm op if aiter ops are enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 758.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_RMSNORM: boolean;
    /**
     * Whether to use aiter mla ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 764.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MLA: boolean;
    /**
     * Whether to use aiter mha ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 770.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MHA: boolean;
    /**
     * use rocm skinny gemms
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 775.
     * @default True
     */
    readonly VLLM_ROCM_USE_SKINNY_GEMM: boolean;
    /**
     * Pad the fp8 weights to 256 bytes for ROCm
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 780.
     * @default True
     */
    readonly VLLM_ROCM_FP8_PADDING: boolean;
    /**
     * Pad the weights for the moe kernel
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 784.
     * @default True
     */
    readonly VLLM_ROCM_MOE_PADDING: boolean;
    /**
     * custom paged attention kernel for MI3* cards
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 788.
     * @default True
     */
    readonly VLLM_ROCM_CUSTOM_PAGED_ATTN: boolean;
    /**
     * Custom quick allreduce kernel for MI3* cards
     * Choice of quantization level: FP, INT8, INT6, INT4 or NONE
     * Recommended for large models to get allreduce
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 795.
     * @default "NONE"
     */
    readonly VLLM_ROCM_QUICK_REDUCE_QUANTIZATION: string;
    /**
     * Custom quick allreduce kernel for MI3* cards
     * Due to the lack of the bfloat16 asm instruction, bfloat16
     * kernels are slower than fp16,
     * If environment variable is set to 1, the input is converted to fp16
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 802.
     * @default True
     */
    readonly VLLM_ROCM_QUICK_REDUCE_CAST_BF16_TO_FP16: boolean;
    /**
     * Custom quick allreduce kernel for MI3* cards.
     * Controls the maximum allowed number of data bytes(MB) for custom quick
     * allreduce communication.
     * Default: 2048 MB.
     * Data exceeding this size will use either custom allreduce or RCCL
     * communication.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 813.
     * @default None
     */
    readonly VLLM_ROCM_QUICK_REDUCE_MAX_SIZE_BYTES_MB: number | bigint | null;
    /**
     * Divisor for dynamic query scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 818.
     * @default 200
     */
    readonly Q_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic key scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 821.
     * @default 200
     */
    readonly K_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic value scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 824.
     * @default 100
     */
    readonly V_SCALE_CONSTANT: number | bigint;
    /**
     * If set, enable multiprocessing in LLM for the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 828.
     * @default True
     */
    readonly VLLM_ENABLE_V1_MULTIPROCESSING: boolean;
    /**
     * VLLM_LOG_BATCHSIZE_INTERVAL (no description in envs.py).
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 830.
     * @default -1
     */
    readonly VLLM_LOG_BATCHSIZE_INTERVAL: number;
    /**
     * VLLM_DISABLE_COMPILE_CACHE (no description in envs.py).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 832.
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
     * Source: envs.py line 838.
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
     * Source: envs.py line 848.
     * @default 128
     */
    readonly VLLM_V1_OUTPUT_PROC_CHUNK_SIZE: number | bigint;
    /**
     * If set, vLLM will disable the MLA attention optimizations.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 852.
     * @default False
     */
    readonly VLLM_MLA_DISABLE: boolean;
    /**
     * Number of GPUs per worker in Ray, if it is set to be a fraction,
     * it allows ray to schedule multiple actors on a single GPU,
     * so that users can colocate other actors on the same GPUs as vLLM.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 858.
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
     * Source: envs.py line 864.
     * @default ""
     */
    readonly VLLM_RAY_BUNDLE_INDICES: string;
    /**
     * In some system, find_loaded_library() may not work. So we allow users to
     * specify the path through environment variable VLLM_CUDART_SO_PATH.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 869.
     * @default None
     */
    readonly VLLM_CUDART_SO_PATH: string | null;
    /**
     * Rank of the process in the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 873.
     * @default 0
     */
    readonly VLLM_DP_RANK: number | bigint;
    /**
     * Rank of the process in the data parallel setting.
     * Defaults to VLLM_DP_RANK when not set.
     *
     * Type: int.
     * Accepts: an integer.
     * Also reads: VLLM_DP_RANK.
     * Source: envs.py line 878.
     * Drift: declared default -1 (line 119) but the getter's default is `$VLLM_DP_RANK` if VLLM_DP_RANK is set, else `0`.
     * @default `$VLLM_DP_RANK` if VLLM_DP_RANK is set, else `0`
     */
    readonly VLLM_DP_RANK_LOCAL: number | bigint;
    /**
     * World size of the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 883.
     * @default 1
     */
    readonly VLLM_DP_SIZE: number | bigint;
    /**
     * IP address of the master node in the data parallel setting
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 887.
     * Drift: declared default "" (line 121) but the getter's default is "127.0.0.1".
     * @default "127.0.0.1"
     */
    readonly VLLM_DP_MASTER_IP: string;
    /**
     * Port of the master node in the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 891.
     * @default 0
     */
    readonly VLLM_DP_MASTER_PORT: number | bigint;
    /**
     * In the context of executing MoE models with Data-Parallel, Expert-Parallel
     * and Batched All-to-All dispatch/combine kernels, VLLM_MOE_DP_CHUNK_SIZE
     * dictates the quantum of tokens that can be dispatched from a DP
     * rank. All DP ranks process the activations in VLLM_MOE_DP_CHUNK_SIZE
     * units.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 899.
     * @default 256
     */
    readonly VLLM_MOE_DP_CHUNK_SIZE: number | bigint;
    /**
     * Randomize inputs during dummy runs when using Data Parallel
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 903.
     * @default False
     */
    readonly VLLM_RANDOMIZE_DP_DUMMY_INPUTS: boolean;
    /**
     * Whether to use S3 path for model loading in CI via RunAI Streamer
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 907.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_CI_USE_S3: boolean;
    /**
     * Use model_redirect to redirect the model name to a local folder.
     * `model_redirect` can be a json file mapping the model between
     * repo_id and local folder:
     * {"meta-llama/Llama-3.2-1B": "/tmp/Llama-3.2-1B"}
     * or a space separated values table file:
     * meta-llama/Llama-3.2-1B   /tmp/Llama-3.2-1B
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 916.
     * @default None
     */
    readonly VLLM_MODEL_REDIRECT_PATH: string | null;
    /**
     * Whether to use atomicAdd reduce in gptq/awq marlin kernel.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 920.
     * @default False
     */
    readonly VLLM_MARLIN_USE_ATOMIC_ADD: boolean;
    /**
     * Whether to use marlin kernel in mxfp4 quantization method
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 924.
     * @default None
     */
    readonly VLLM_MXFP4_USE_MARLIN: boolean | null;
    /**
     * Whether to turn on the outlines cache for V0
     * This cache is unbounded and on disk, so it's not safe to use in
     * an environment with potentially malicious users.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 930.
     * @default False
     */
    readonly VLLM_V0_USE_OUTLINES_CACHE: boolean;
    /**
     * Whether to turn on the outlines cache for V1
     * This cache is unbounded and on disk, so it's not safe to use in
     * an environment with potentially malicious users.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 936.
     * @default False
     */
    readonly VLLM_V1_USE_OUTLINES_CACHE: boolean;
    /**
     * Gap between padding buckets for the forward pass. So we have
     * 8, we will run forward pass with [16, 24, 32, ...].
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 941.
     * @default 0
     */
    readonly VLLM_TPU_BUCKET_PADDING_GAP: number | bigint;
    /**
     * VLLM_TPU_MOST_MODEL_LEN (no description in envs.py).
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 944.
     * @default None
     */
    readonly VLLM_TPU_MOST_MODEL_LEN: number | bigint | null;
    /**
     * Whether using Pathways
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: JAX_PLATFORMS.
     * Source: envs.py line 948.
     * @default depends on $JAX_PLATFORMS if JAX_PLATFORMS is set, else `False`
     */
    readonly VLLM_TPU_USING_PATHWAYS: boolean;
    /**
     * Allow use of DeepGemm kernels for fused moe ops.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 952.
     * @default False
     */
    readonly VLLM_USE_DEEP_GEMM: boolean;
    /**
     * Whether to use E8M0 scaling when DeepGEMM is used on Blackwell GPUs.
     * E8M0 is faster on B200 but may reduce accuracy.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 957.
     * @default True
     */
    readonly VLLM_USE_DEEP_GEMM_E8M0: boolean;
    /**
     * DeepGemm JITs the kernels on-demand. The warmup attempts to make DeepGemm
     * JIT all the required kernels before model execution so there is no
     * JIT'ing in the hot-path. However, this warmup increases the engine
     * startup time by a couple of minutes.
     * Set `VLLM_SKIP_DEEP_GEMM_WARMUP` to disable the warmup.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 964.
     * @default False
     */
    readonly VLLM_SKIP_DEEP_GEMM_WARMUP: boolean;
    /**
     * Allow use of FlashInfer MoE kernels for fused moe ops.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 968.
     * @default False
     */
    readonly VLLM_USE_FLASHINFER_MOE_FP8: boolean;
    /**
     * Allow use of FlashInfer CUTLASS kernels for fused moe ops.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 972.
     * @default False
     */
    readonly VLLM_USE_FLASHINFER_MOE_FP4: boolean;
    /**
     * If set to 1, use the FlashInfer
     * MXFP8 (activation) x MXFP4 (weight) MoE backend.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 977.
     * @default False
     */
    readonly VLLM_USE_FLASHINFER_MOE_MXFP4_MXFP8: boolean;
    /**
     * If set to 1, use the FlashInfer
     * BF16 (activation) x MXFP4 (weight) MoE backend.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 982.
     * @default False
     */
    readonly VLLM_USE_FLASHINFER_MOE_MXFP4_BF16: boolean;
    /**
     * Control the cache sized used by the xgrammar compiler. The default
     * of 512 MB should be enough for roughly 1000 JSON schemas.
     * It can be changed with this variable if needed for some reason.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 988.
     * Drift: declared default 0 (line 138) but the getter's default is 512.
     * @default 512
     */
    readonly VLLM_XGRAMMAR_CACHE_MB: number | bigint;
    /**
     * Control the threshold for msgspec to use 'zero copy' for
     * serialization/deserialization of tensors. Tensors below
     * this limit will be encoded into the msgpack buffer, and
     * tensors above will instead be sent via a separate message.
     * While the sending side still actually copies the tensor
     * in all cases, on the receiving side, tensors above this
     * limit will actually be zero-copy decoded.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 998.
     * @default 256
     */
    readonly VLLM_MSGPACK_ZERO_COPY_THRESHOLD: number | bigint;
    /**
     * If set, allow insecure serialization using pickle.
     * This is useful for environments where it is deemed safe to use the
     * insecure method and it is needed for some reason.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1004.
     * @default False
     */
    readonly VLLM_ALLOW_INSECURE_SERIALIZATION: boolean;
    /**
     * IP address used for NIXL handshake between remote agents.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1008.
     * @default "localhost"
     */
    readonly VLLM_NIXL_SIDE_CHANNEL_HOST: string;
    /**
     * Port used for NIXL handshake between remote agents.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1012.
     * @default 5557
     */
    readonly VLLM_NIXL_SIDE_CHANNEL_PORT: number | bigint;
    /**
     * all2all backend for vllm's expert parallel communication
     * Available options:
     * - "naive": naive all2all implementation using all-reduce
     * - "pplx": use pplx kernels
     * - "deepep_high_throughput", use deepep high-throughput kernels
     * - "deepep_low_latency", use deepep low-latency kernels
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1021.
     * @default "naive"
     */
    readonly VLLM_ALL2ALL_BACKEND: string;
    /**
     * Flashinfer MoE backend for vLLM's fused Mixture-of-Experts support. Both
     * require compute capability 10.0 or above.
     * Available options:
     * - "throughput":  [default]
     *     Uses CUTLASS kernels optimized for high-throughput batch inference.
     * - "latency":
     *     Uses TensorRT-LLM kernels optimized for low-latency inference.
     * To set this backend, define the environment variable:
     *     export VLLM_FLASHINFER_MOE_BACKEND=latency.
     * If not set, defaults to "throughput".
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1034.
     * @default "throughput"
     */
    readonly VLLM_FLASHINFER_MOE_BACKEND: string;
    /**
     * Control the maximum number of tokens per expert supported by the
     * NVFP4 MoE CUTLASS Kernel. This value is used to create a buffer for
     * the blockscale tensor of activations NVFP4 Quantization.
     * This is used to prevent the kernel from running out of memory.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1042.
     * @default 163840
     */
    readonly VLLM_MAX_TOKENS_PER_EXPERT_FP4_MOE: number | bigint;
    /**
     * MoE routing strategy selector.
     * See `RoutingSimulator.get_available_strategies()` # for available
     * strategies.
     * Cutstom routing strategies can be registered by
     * RoutingSimulator.register_strategy()
     * Note: custom strategies may not produce correct model outputs
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1051.
     * Drift: has no TYPE_CHECKING declaration.
     * @default ""
     */
    readonly VLLM_MOE_ROUTING_SIMULATION_STRATEGY: string;
    /**
     * Regex timeout for use by the vLLM tool parsing plugins.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1055.
     * @default 1
     */
    readonly VLLM_TOOL_PARSE_REGEX_TIMEOUT_SECONDS: number | bigint;
    /**
     * Reduce CPU usage when vLLM is idle. Enabling this will incur small
     * latency penalty when a request eventually comes.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1060.
     * @default False
     */
    readonly VLLM_SLEEP_WHEN_IDLE: boolean;
    /**
     * Control the max chunk bytes (in MB) for the rpc message queue.
     * Object larger than this threshold will be broadcast to worker
     * processes via zmq.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1066.
     * @default 16
     */
    readonly VLLM_MQ_MAX_CHUNK_BYTES_MB: number | bigint;
    /**
     * Timeout in seconds for execute_model RPC calls in multiprocessing
     * executor (only applies when TP > 1).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1071.
     * @default 300
     */
    readonly VLLM_EXECUTE_MODEL_TIMEOUT_SECONDS: number | bigint;
    /**
     * KV Cache layout used throughout vllm.
     * Some common values are:
     * - NHD
     * - HND
     * Where N=num_blocks, H=num_heads and D=head_size. The default value will
     * leave the layout choice to the backend. Mind that backends may only
     * implement and support a subset of all possible layouts.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1081.
     * @default None
     */
    readonly VLLM_KV_CACHE_LAYOUT: string | null;
    /**
     * Enable checking whether the generated logits contain NaNs,
     * indicating corrupted output. Useful for debugging low level bugs
     * or bad hardware but it may add compute overhead.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1087.
     * @default False
     */
    readonly VLLM_COMPUTE_NANS_IN_LOGITS: boolean;
    /**
     * Controls whether or not emulations are used for NVFP4
     * generations on machines < 100 for compressed-tensors
     * models
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1093.
     * @default False
     */
    readonly VLLM_USE_NVFP4_CT_EMULATIONS: boolean;
    /**
     * Time (in seconds) after which the KV cache on the producer side is
     * automatically cleared if no READ notification is received from the
     * consumer. This is only applicable when using NixlConnector in a
     * disaggregated decode-prefill setup.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1100.
     * @default 120
     */
    readonly VLLM_NIXL_ABORT_REQUEST_TIMEOUT: number | bigint;
    /**
     * Controls whether or not to use cudnn prefill
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1104.
     * @default False
     */
    readonly VLLM_USE_CUDNN_PREFILL: boolean;
    /**
     * If set to 1, use the TRTLLM attention backend in flashinfer.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1108.
     * @default None
     */
    readonly VLLM_USE_TRTLLM_ATTENTION: string | null;
    /**
     * If set to 1, force the use of TRTLLM FP4 GEMM backend in flashinfer.
     * Otherwise, uses the first available of: flashinfer cutlass GEMM,
     * vllm cutlass GEMM, marlin GEMM.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1114.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_USE_TRTLLM_FP4_GEMM: boolean;
    /**
     * Controls garbage collection during CUDA graph capture.
     * If set to 0 (default), enables GC freezing to speed up capture time.
     * If set to 1, allows GC to run during capture.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1120.
     * @default False
     */
    readonly VLLM_ENABLE_CUDAGRAPH_GC: boolean;
    /**
     * Used to force set up loopback IP
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1124.
     * @default ""
     */
    readonly VLLM_LOOPBACK_IP: string;
    /**
     * Used to set the process name prefix for vLLM processes.
     * This is useful for debugging and monitoring purposes.
     * The default value is "VLLM".
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1130.
     * Drift: has no TYPE_CHECKING declaration.
     * @default "VLLM"
     */
    readonly VLLM_PROCESS_NAME_PREFIX: string;
    /**
     * Allow chunked local attention with hybrid kv cache manager.
     * Currently using the Hybrid KV cache manager with chunked local attention
     * in the Llama4 models (the only models currently using chunked local attn)
     * causes a latency regression. For this reason, we disable it by default.
     * This flag is used to allow users to enable it if they want to (to save on
     * kv-cache memory usage and enable longer contexts)
     * TODO(lucas): Remove this flag once latency regression is resolved.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1140.
     * @default False
     */
    readonly VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE: boolean;
    /**
     * Enables support for the "store" option in the OpenAI Responses API.
     * When set to 1, vLLM's OpenAI server will retain the input and output
     * messages for those requests in memory. By default, this is disabled (0),
     * and the "store" option is ignored.
     * NOTE/WARNING:
     * 1. Messages are kept in memory only (not persisted to disk) and will be
     *    lost when the vLLM server shuts down.
     * 2. Enabling this option will cause a memory leak, as stored messages are
     *    never removed from memory until the server terminates.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1153.
     * @default False
     */
    readonly VLLM_ENABLE_RESPONSES_API_STORE: boolean;
    /**
     * Allows vllm to find tuned config under customized folder
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1157.
     * @default None
     */
    readonly VLLM_TUNED_CONFIG_FOLDER: string | null;
}
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from. */
export declare const VLLM_ENVS_SOURCE: {
    readonly sha256: "ce3574af28475c861b7514e94fe6e3ab0fffff7dcfdb44d4dd4d617aa0c2039d";
    readonly variables: 164;
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
