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
export declare const VLLM_ENV_NAMES: readonly ["VLLM_TARGET_DEVICE", "VLLM_MAIN_CUDA_VERSION", "VLLM_FLOAT32_MATMUL_PRECISION", "VLLM_BATCH_INVARIANT", "VLLM_TRITON_ATTN_USE_TD", "MAX_JOBS", "NVCC_THREADS", "VLLM_USE_PRECOMPILED", "VLLM_USE_PRECOMPILED_RUST", "VLLM_SKIP_PRECOMPILED_VERSION_SUFFIX", "VLLM_DOCKER_BUILD_CONTEXT", "CMAKE_BUILD_TYPE", "VERBOSE", "VLLM_CONFIG_ROOT", "VLLM_CACHE_ROOT", "VLLM_HOST_IP", "VLLM_PORT", "VLLM_RPC_BASE_PATH", "VLLM_USE_MODELSCOPE", "VLLM_USE_FASTOKENS", "VLLM_RINGBUFFER_WARNING_INTERVAL", "CUDA_HOME", "VLLM_NCCL_SO_PATH", "LD_LIBRARY_PATH", "VLLM_ROCM_SLEEP_MEM_CHUNK_SIZE", "VLLM_USE_STANDALONE_COMPILE", "VLLM_ENABLE_PREGRAD_PASSES", "VLLM_USE_BREAKABLE_CUDAGRAPH", "VLLM_PATTERN_MATCH_DEBUG", "VLLM_DEBUG_DUMP_PATH", "VLLM_USE_AOT_COMPILE", "VLLM_USE_BYTECODE_HOOK", "VLLM_FORCE_AOT_LOAD", "VLLM_USE_MEGA_AOT_ARTIFACT", "LOCAL_RANK", "CUDA_VISIBLE_DEVICES", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "VLLM_ENGINE_READY_TIMEOUT_S", "VLLM_API_KEY", "VLLM_DEBUG_LOG_API_SERVER_RESPONSE", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_ENDPOINT_URL", "VLLM_USAGE_STATS_SERVER", "VLLM_NO_USAGE_STATS", "VLLM_DO_NOT_TRACK", "VLLM_USAGE_SOURCE", "VLLM_CONFIGURE_LOGGING", "VLLM_LOGGING_CONFIG_PATH", "VLLM_LOGGING_LEVEL", "VLLM_LOGGING_STREAM", "VLLM_LOGGING_PREFIX", "VLLM_LOGGING_COLOR", "NO_COLOR", "VLLM_LOG_STATS_INTERVAL", "VLLM_TRACE_FUNCTION", "VLLM_USE_FLASHINFER_SAMPLER", "VLLM_PP_LAYER_PARTITION", "VLLM_CPU_KVCACHE_SPACE", "VLLM_CPU_OMP_THREADS_BIND", "VLLM_CPU_NUM_OF_RESERVED_CPU", "VLLM_CPU_SGL_KERNEL", "VLLM_CPU_ATTN_SPLIT_KV", "VLLM_ZENTORCH_WEIGHT_PREPACK", "VLLM_CPU_INT4_W4A8", "VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE", "VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM", "VLLM_USE_RAY_WRAPPED_PP_COMM", "VLLM_USE_RAY_V2_EXECUTOR_BACKEND", "VLLM_DISTRIBUTED_USE_SPLIT_GROUP", "VLLM_WORKER_MULTIPROC_METHOD", "VLLM_ASSETS_CACHE", "VLLM_ASSETS_CACHE_MODEL_CLEAN", "VLLM_IMAGE_FETCH_TIMEOUT", "VLLM_VIDEO_FETCH_TIMEOUT", "VLLM_AUDIO_FETCH_TIMEOUT", "VLLM_MEDIA_CACHE", "VLLM_MEDIA_CACHE_MAX_SIZE_MB", "VLLM_MEDIA_CACHE_TTL_HOURS", "VLLM_MEDIA_FETCH_MAX_RETRIES", "VLLM_MEDIA_URL_ALLOW_REDIRECTS", "VLLM_MEDIA_LOADING_THREAD_COUNT", "VLLM_MAX_AUDIO_CLIP_FILESIZE_MB", "VLLM_MAX_AUDIO_DECODE_DURATION_S", "VLLM_VIDEO_LOADER_BACKEND", "VLLM_MEDIA_CONNECTOR", "VLLM_MM_HASHER_ALGORITHM", "VLLM_XLA_CACHE_PATH", "VLLM_XLA_CHECK_RECOMPILATION", "VLLM_XLA_USE_SPMD", "VLLM_SPARSE_INDEXER_MAX_LOGITS_MB", "VLLM_KEEP_ALIVE_ON_ENGINE_DEATH", "VLLM_ALLOW_LONG_MAX_MODEL_LEN", "VLLM_TEST_FORCE_FP8_MARLIN", "VLLM_TEST_FORCE_LOAD_FORMAT", "VLLM_HTTP_TIMEOUT_KEEP_ALIVE", "VLLM_MAX_N_SEQUENCES", "VLLM_PLUGINS", "VLLM_PREFIX_CACHE_RETENTION_INTERVAL", "VLLM_LORA_RESOLVER_CACHE_DIR", "VLLM_LORA_RESOLVER_HF_REPO_LIST", "VLLM_USE_TRITON_AWQ", "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "VLLM_SKIP_P2P_CHECK", "VLLM_DISABLED_KERNELS", "VLLM_ENABLE_FLA_PACKED_RECURRENT_DECODE", "VLLM_DISABLE_PYNCCL", "VLLM_USE_OINK_OPS", "VLLM_ROCM_USE_AITER", "VLLM_ROCM_USE_AITER_PAGED_ATTN", "VLLM_ROCM_USE_AITER_LINEAR", "VLLM_ROCM_USE_AITER_LINEAR_HIPBMM", "VLLM_ROCM_USE_AITER_MOE", "VLLM_ROCM_AITER_MOE_DISPATCH_POLICY", "VLLM_ROCM_USE_AITER_RMSNORM", "VLLM_ROCM_USE_AITER_MLA", "VLLM_ROCM_USE_AITER_MHA", "VLLM_ROCM_USE_AITER_FP4_ASM_GEMM", "VLLM_ROCM_USE_AITER_TRITON_ROPE", "VLLM_ROCM_USE_AITER_FP8BMM", "VLLM_ROCM_USE_AITER_FP4BMM", "VLLM_ROCM_USE_AITER_UNIFIED_ATTENTION", "VLLM_ROCM_USE_AITER_FUSION_SHARED_EXPERTS", "VLLM_ROCM_USE_AITER_TRITON_GEMM", "VLLM_ROCM_USE_SKINNY_GEMM", "VLLM_ROCM_FP8_PADDING", "VLLM_ROCM_MOE_PADDING", "VLLM_ROCM_SHUFFLE_KV_CACHE_LAYOUT", "VLLM_ROCM_QUICK_REDUCE_QUANTIZATION", "VLLM_ROCM_QUICK_REDUCE_CAST_BF16_TO_FP16", "VLLM_ROCM_QUICK_REDUCE_MAX_SIZE_BYTES_MB", "VLLM_ROCM_QUICK_REDUCE_MIN_SIZE_BYTES_MB", "VLLM_ROCM_QUICK_REDUCE_QUANTIZATION_MIN_SIZE_KB", "Q_SCALE_CONSTANT", "K_SCALE_CONSTANT", "V_SCALE_CONSTANT", "VLLM_ENABLE_V1_MULTIPROCESSING", "VLLM_LOG_BATCHSIZE_INTERVAL", "VLLM_DISABLE_COMPILE_CACHE", "VLLM_USE_LAYERNAME", "VLLM_USE_RUST_FRONTEND", "VLLM_RUST_FRONTEND_PATH", "VLLM_SERVER_DEV_MODE", "VLLM_V1_OUTPUT_PROC_CHUNK_SIZE", "VLLM_MLA_DISABLE", "VLLM_RAY_PER_WORKER_GPUS", "VLLM_RAY_BUNDLE_INDICES", "VLLM_CUDART_SO_PATH", "VLLM_DP_RANK", "VLLM_DP_RANK_LOCAL", "VLLM_DP_SIZE", "VLLM_DP_MASTER_IP", "VLLM_DP_MASTER_PORT", "VLLM_RANDOMIZE_DP_DUMMY_INPUTS", "VLLM_RAY_DP_PACK_STRATEGY", "VLLM_RAY_DP_PLACEMENT_NODE_IPS", "VLLM_RAY_EXTRA_ENV_VAR_PREFIXES_TO_COPY", "VLLM_RAY_EXTRA_ENV_VARS_TO_COPY", "VLLM_CI_USE_S3", "VLLM_MODEL_REDIRECT_PATH", "VLLM_MARLIN_USE_ATOMIC_ADD", "VLLM_MARLIN_INPUT_DTYPE", "VLLM_HUMMING_ONLINE_QUANT_CONFIG", "VLLM_HUMMING_INPUT_QUANT_CONFIG", "VLLM_HUMMING_USE_F16_ACCUM", "VLLM_HUMMING_MOE_GEMM_TYPE", "VLLM_DEEPEPLL_NVFP4_DISPATCH", "VLLM_V1_USE_OUTLINES_CACHE", "VLLM_TPU_BUCKET_PADDING_GAP", "VLLM_TPU_MOST_MODEL_LEN", "VLLM_TPU_USING_PATHWAYS", "VLLM_USE_DEEP_GEMM", "VLLM_MOE_USE_DEEP_GEMM", "VLLM_USE_DEEP_GEMM_E8M0", "VLLM_USE_DEEP_GEMM_TMA_ALIGNED_SCALES", "VLLM_DEEP_GEMM_WARMUP", "VLLM_USE_FUSED_MOE_GROUPED_TOPK", "VLLM_BLOCKSCALE_FP8_GEMM_FLASHINFER", "VLLM_USE_FLASHINFER_MOE_INT4", "VLLM_XGRAMMAR_CACHE_MB", "VLLM_MSGPACK_ZERO_COPY_THRESHOLD", "VLLM_ALLOW_INSECURE_SERIALIZATION", "VLLM_DISABLE_REQUEST_ID_RANDOMIZATION", "VLLM_NIXL_SIDE_CHANNEL_HOST", "VLLM_NIXL_SIDE_CHANNEL_PORT", "VLLM_MOONCAKE_BOOTSTRAP_PORT", "VLLM_MOONCAKE_STORE_TIER_LOG", "VLLM_MOONCAKE_DISK_STAGING_USABLE_RATIO", "MOONCAKE_PREFERRED_SEGMENT", "MOONCAKE_REQUESTER_LOCAL_HOSTNAME", "VLLM_FLASHINFER_AUTOTUNE_CACHE_DIR", "VLLM_FLASHINFER_ALLREDUCE_BACKEND", "VLLM_FLASHINFER_WORKSPACE_BUFFER_SIZE", "VLLM_MAX_TOKENS_PER_EXPERT_FP4_MOE", "VLLM_FLASHINFER_ALLREDUCE_FUSION_THRESHOLDS_MB", "VLLM_MOE_ROUTING_SIMULATION_STRATEGY", "VLLM_TOOL_PARSE_REGEX_TIMEOUT_SECONDS", "VLLM_MQ_MAX_CHUNK_BYTES_MB", "VLLM_EXECUTE_MODEL_TIMEOUT_SECONDS", "VLLM_KV_CACHE_LAYOUT", "VLLM_SSM_CONV_STATE_LAYOUT", "VLLM_COMPUTE_NANS_IN_LOGITS", "VLLM_MOONCAKE_ABORT_REQUEST_TIMEOUT", "VLLM_HAS_FLASHINFER_CUBIN", "VLLM_ENABLE_CUDAGRAPH_GC", "VLLM_LOOPBACK_IP", "VLLM_PROCESS_NAME_PREFIX", "VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE", "VLLM_ENABLE_RESPONSES_API_STORE", "VLLM_ROCM_FP8_MFMA_PAGE_ATTN", "VLLM_ALLREDUCE_USE_SYMM_MEM", "VLLM_ALLREDUCE_USE_FLASHINFER", "VLLM_USE_EXPERIMENTAL_PARSER_CONTEXT", "VLLM_TUNED_CONFIG_FOLDER", "VLLM_GPT_OSS_SYSTEM_TOOL_MCP_LABELS", "VLLM_GPT_OSS_HARMONY_SYSTEM_INSTRUCTIONS", "VLLM_SYSTEM_START_DATE", "VLLM_TOOL_JSON_ERROR_AUTOMATIC_RETRY", "VLLM_ENFORCE_STRICT_TOOL_CALLING", "VLLM_CUSTOM_SCOPES_FOR_PROFILING", "VLLM_NVTX_SCOPES_FOR_PROFILING", "VLLM_KV_EVENTS_USE_INT_BLOCK_HASHES", "VLLM_OBJECT_STORAGE_SHM_BUFFER_NAME", "VLLM_DEEPEP_BUFFER_SIZE_MB", "VLLM_DEEPEP_HIGH_THROUGHPUT_FORCE_INTRA_NODE", "VLLM_DEEPEP_LOW_LATENCY_USE_MNNVL", "VLLM_DEEPEP_V2_ALLOW_HYBRID_MODE", "VLLM_DEEPEP_V2_PREFER_OVERLAP", "VLLM_DEEPEP_V2_ALLOW_MULTIPLE_REDUCTION", "VLLM_DBO_COMM_SMS", "VLLM_ENABLE_INDUCTOR_MAX_AUTOTUNE", "VLLM_ENABLE_INDUCTOR_COORDINATE_DESCENT_TUNING", "VLLM_USE_NCCL_SYMM_MEM", "VLLM_NCCL_INCLUDE_PATH", "VLLM_GC_DEBUG", "VLLM_DEBUG_WORKSPACE", "VLLM_DISABLE_SHARED_EXPERTS_STREAM", "VLLM_SHARED_EXPERTS_STREAM_TOKEN_THRESHOLD", "VLLM_MULTI_STREAM_GEMM_TOKEN_THRESHOLD", "VLLM_COMPILE_CACHE_SAVE_FORMAT", "VLLM_USE_V2_MODEL_RUNNER", "VLLM_LOG_MODEL_INSPECTION", "VLLM_DEBUG_MFU_METRICS", "VLLM_WEIGHT_OFFLOADING_DISABLE_PIN_MEMORY", "VLLM_WEIGHT_OFFLOADING_DISABLE_UVA", "VLLM_DISABLE_LOG_LOGO", "VLLM_LORA_DISABLE_PDL", "VLLM_ENABLE_CUDA_COMPATIBILITY", "VLLM_CUDA_COMPATIBILITY_PATH", "VLLM_SKIP_MODEL_NAME_VALIDATION", "VLLM_ELASTIC_EP_SCALE_UP_LAUNCH", "VLLM_ELASTIC_EP_DRAIN_REQUESTS", "VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS", "VLLM_NIXL_EP_MAX_NUM_RANKS", "VLLM_XPU_ENABLE_XPU_GRAPH", "VLLM_XPU_USE_SAMPLER_KERNEL", "VLLM_USE_SIMPLE_KV_OFFLOAD", "VLLM_LORA_ENABLE_DUAL_STREAM", "VLLM_USE_SPINLOOP_EXT", "VLLM_GPU_NIC_PCIE_MAPPING", "VLLM_NIC_SELECTION_VARS"];
/** A vLLM environment variable name. */
export type VllmEnvName = (typeof VLLM_ENV_NAMES)[number];
/** Every variable's value as `vllm.envs.NAME` gives it. Python's `None` is `null`; ints beyond ±2^53 are `bigint`. */
export interface VllmEnv {
    /**
     * Target device of vLLM, supporting [cuda (by default),
     * rocm, cpu]
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 552.
     * @default "cuda"
     */
    readonly VLLM_TARGET_DEVICE: string;
    /**
     * Main CUDA version of vLLM. This follows PyTorch but can be overridden.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 554.
     * @default "13.0"
     */
    readonly VLLM_MAIN_CUDA_VERSION: string;
    /**
     * Controls PyTorch float32 matmul precision mode within vLLM workers.
     * Valid options mirror torch.set_float32_matmul_precision
     *
     * Type: Literal["high", "highest", "medium"] (any case).
     * Accepts: one of "high", "highest", "medium" (any case).
     * Source: envs.py line 559.
     * @default "highest"
     */
    readonly VLLM_FLOAT32_MATMUL_PRECISION: string;
    /**
     * Enable batch-invariant mode: deterministic results regardless of
     * batch composition. Requires NVIDIA GPU with compute capability >= 9.0.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 567.
     * @default False
     */
    readonly VLLM_BATCH_INVARIANT: boolean;
    /**
     * Use tensor descriptors for Q/K/V loads and output stores in the
     * Triton unified-attention kernel.  Enables HW 2D block reads on
     * Intel Xe2/Xe3; the non-TD branch is dead-code-eliminated at Triton
     * compile time so other platforms see no overhead.  Tri-state override:
     * unset (default) lets the `triton_attn` backend auto-select per
     * platform (currently auto-enabled on XPU only); ``1`` forces TD on;
     * ``0`` forces TD off.  Useful for A/B benchmarking the TD path.
     *
     * Type: bool | None.
     * Accepts: any string.
     * Source: envs.py line 575.
     * @default None
     */
    readonly VLLM_TRITON_ATTN_USE_TD: boolean | null;
    /**
     * Maximum number of compilation jobs to run in parallel.
     * By default this is the number of CPUs
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 580.
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
     * Source: envs.py line 584.
     * @default None
     */
    readonly NVCC_THREADS: string | null;
    /**
     * If set, vllm will use precompiled native binaries (*.so and vllm-rs).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: VLLM_PRECOMPILED_WHEEL_LOCATION.
     * Source: envs.py line 586.
     * @default `bool($VLLM_PRECOMPILED_WHEEL_LOCATION)` if VLLM_PRECOMPILED_WHEEL_LOCATION is set, else `False`
     */
    readonly VLLM_USE_PRECOMPILED: boolean;
    /**
     * If set, vllm will use the precompiled Rust frontend binary (vllm-rs).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 591.
     * @default False
     */
    readonly VLLM_USE_PRECOMPILED_RUST: boolean;
    /**
     * If set, skip adding +precompiled suffix to version string
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 595.
     * @default False
     */
    readonly VLLM_SKIP_PRECOMPILED_VERSION_SUFFIX: boolean;
    /**
     * Used to mark that setup.py is running in a Docker build context,
     * in order to force the use of precompiled binaries.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 600.
     * @default False
     */
    readonly VLLM_DOCKER_BUILD_CONTEXT: boolean;
    /**
     * CMake build type
     * If not set, defaults to "Debug" or "RelWithDebInfo"
     * Available options: "Debug", "Release", "RelWithDebInfo"
     *
     * Type: Literal["Debug", "RelWithDebInfo", "Release"] | None.
     * Accepts: one of "Debug", "RelWithDebInfo", "Release".
     * Source: envs.py line 606.
     * @default None
     */
    readonly CMAKE_BUILD_TYPE: "Debug" | "RelWithDebInfo" | "Release" | null;
    /**
     * If set, vllm will print verbose logs during installation
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 610.
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
     * Source: envs.py line 616.
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
     * Source: envs.py line 625.
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
     * Source: envs.py line 635.
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
     * Accepts: not known statically (imports urllib3.util, which is not part of the modelled standard library).
     * Source: envs.py line 640.
     * Unsupported (line 474): imports urllib3.util, which is not part of the modelled standard library.
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
     * Source: envs.py line 643.
     * @default `<temp dir>`
     */
    readonly VLLM_RPC_BASE_PATH: string;
    /**
     * If true, will load models from ModelScope instead of Hugging Face Hub.
     * note that the value is true or false, not numbers
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 648.
     * @default False
     */
    readonly VLLM_USE_MODELSCOPE: boolean;
    /**
     * If true, replace the Rust BPE backend that powers HF fast tokenizers
     * with the `fastokens` (https://github.com/crusoecloud/fastokens) shim.
     * Applies to any tokenizer mode that loads an HF fast tokenizer
     * (`hf`, `deepseek_v32`, `deepseek_v4`, …). The `fastokens`
     * Python package must be installed.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 656.
     * @default False
     */
    readonly VLLM_USE_FASTOKENS: boolean;
    /**
     * Interval in seconds to log a warning message when the ring buffer is full
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 658.
     * @default 60
     */
    readonly VLLM_RINGBUFFER_WARNING_INTERVAL: number | bigint;
    /**
     * path to cudatoolkit home directory, under which should be bin, include,
     * and lib directories.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 663.
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
     * Source: envs.py line 666.
     * @default None
     */
    readonly VLLM_NCCL_SO_PATH: string | null;
    /**
     * when `VLLM_NCCL_SO_PATH` is not set, vllm will try to find the nccl
     * library file in the locations specified by `LD_LIBRARY_PATH`
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 669.
     * @default None
     */
    readonly LD_LIBRARY_PATH: string | null;
    /**
     * flag to control the chunk size (in MB) for sleeping memory allocations under ROCm
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 671.
     * @default 256
     */
    readonly VLLM_ROCM_SLEEP_MEM_CHUNK_SIZE: number | bigint;
    /**
     * Feature flag to enable/disable Inductor standalone compile.
     * In torch <= 2.7 we ignore this flag; in torch >= 2.9 this is
     * enabled by default.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 677.
     * @default True
     */
    readonly VLLM_USE_STANDALONE_COMPILE: boolean;
    /**
     * Inductor's pre-grad passes don't do anything for vLLM.
     * The pre-grad passes get run even on cache-hit and negatively impact
     * vllm cold compile times by O(1s)
     * Can remove this after the following issue gets fixed
     * TODO(luka): maybe_inplace requires this
     * https://github.com/pytorch/pytorch/issues/174502
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 686.
     * @default True
     */
    readonly VLLM_ENABLE_PREGRAD_PASSES: boolean;
    /**
     * Experimental: breakable cudagraph does not rely on torch.compile
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 690.
     * @default False
     */
    readonly VLLM_USE_BREAKABLE_CUDAGRAPH: boolean;
    /**
     * Debug pattern matching inside custom passes.
     * Should be set to the fx.Node name (e.g. 'getitem_34' or 'scaled_mm_3').
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 695.
     * @default None
     */
    readonly VLLM_PATTERN_MATCH_DEBUG: string | null;
    /**
     * Dump fx graphs to the given directory.
     * It will override CompilationConfig.debug_dump_path if set.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 700.
     * @default None
     */
    readonly VLLM_DEBUG_DUMP_PATH: string | null;
    /**
     * Feature flag to enable/disable AOT compilation. This will ensure
     * compilation is done in warmup phase and the compilation will be
     * reused in subsequent calls.
     *
     * Type: unknown.
     * Accepts: not known statically (imports vllm.utils.torch_utils, which is not part of the modelled standard library).
     * Source: envs.py line 704.
     * Unsupported (line 318): imports vllm.utils.torch_utils, which is not part of the modelled standard library.
     * @default unknown (unsupported: imports vllm.utils.torch_utils, which is not part of the modelled standard library)
     */
    readonly VLLM_USE_AOT_COMPILE: VllmEnvValue;
    /**
     * Feature flag to enable/disable bytecode in
     * TorchCompileWithNoGuardsWrapper.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 707.
     * @default True
     */
    readonly VLLM_USE_BYTECODE_HOOK: boolean;
    /**
     * Force vllm to always load AOT compiled models from disk. Failure
     * to load will result in a hard error when this is enabled.
     * Will be ignored when VLLM_USE_AOT_COMPILE is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 713.
     * @default False
     */
    readonly VLLM_FORCE_AOT_LOAD: boolean;
    /**
     * Enable loading compiled models directly from cached standalone compile artifacts
     * without re-splitting graph modules. This reduces overhead during model
     * loading by using reconstruct_serializable_fn_from_mega_artifact.
     *
     * Type: unknown.
     * Accepts: not known statically (imports vllm.utils.torch_utils, which is not part of the modelled standard library).
     * Source: envs.py line 717.
     * Unsupported (line 330): imports vllm.utils.torch_utils, which is not part of the modelled standard library.
     * @default unknown (unsupported: imports vllm.utils.torch_utils, which is not part of the modelled standard library)
     */
    readonly VLLM_USE_MEGA_AOT_ARTIFACT: VllmEnvValue;
    /**
     * local rank of the process in the distributed setting, used to determine
     * the GPU device id
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 720.
     * @default 0
     */
    readonly LOCAL_RANK: number | bigint;
    /**
     * used to control the visible devices in the distributed setting
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 722.
     * @default None
     */
    readonly CUDA_VISIBLE_DEVICES: string | null;
    /**
     * timeout for each iteration in the engine
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 724.
     * @default 60
     */
    readonly VLLM_ENGINE_ITERATION_TIMEOUT_S: number | bigint;
    /**
     * Timeout in seconds for waiting for engine cores to become ready
     * during startup. Default is 600 seconds (10 minutes).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 729.
     * @default 600
     */
    readonly VLLM_ENGINE_READY_TIMEOUT_S: number | bigint;
    /**
     * API key for vLLM API server
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 733.
     * @default None
     */
    readonly VLLM_API_KEY: string | null;
    /**
     * Whether to log responses from API Server for debugging
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 735.
     * @default False
     */
    readonly VLLM_DEBUG_LOG_API_SERVER_RESPONSE: boolean;
    /**
     * S3 access information, used for tensorizer to load model from S3
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 739.
     * @default None
     */
    readonly S3_ACCESS_KEY_ID: string | null;
    /**
     * S3_SECRET_ACCESS_KEY (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 740.
     * @default None
     */
    readonly S3_SECRET_ACCESS_KEY: string | null;
    /**
     * S3_ENDPOINT_URL (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 741.
     * @default None
     */
    readonly S3_ENDPOINT_URL: string | null;
    /**
     * Usage stats collection
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 743.
     * @default "https://stats.vllm.ai"
     */
    readonly VLLM_USAGE_STATS_SERVER: string;
    /**
     * VLLM_NO_USAGE_STATS (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 746.
     * @default False
     */
    readonly VLLM_NO_USAGE_STATS: boolean;
    /**
     * VLLM_DO_NOT_TRACK (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: DO_NOT_TRACK.
     * Source: envs.py line 747.
     * @default `$DO_NOT_TRACK == 1` or `False` if DO_NOT_TRACK is set, else `False`
     */
    readonly VLLM_DO_NOT_TRACK: boolean;
    /**
     * VLLM_USAGE_SOURCE (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 755.
     * @default "production"
     */
    readonly VLLM_USAGE_SOURCE: string;
    /**
     * Logging configuration
     * If set to 0, vllm will not configure logging
     * If set to 1, vllm will configure logging using the default configuration
     *    or the configuration file specified by VLLM_LOGGING_CONFIG_PATH
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 760.
     * @default True
     */
    readonly VLLM_CONFIGURE_LOGGING: boolean;
    /**
     * VLLM_LOGGING_CONFIG_PATH (no description in envs.py).
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 763.
     * @default None
     */
    readonly VLLM_LOGGING_CONFIG_PATH: string | null;
    /**
     * this is used for configuring the default logging level
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 765.
     * @default "INFO"
     */
    readonly VLLM_LOGGING_LEVEL: string;
    /**
     * this is used for configuring the default logging stream
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 767.
     * @default "ext://sys.stdout"
     */
    readonly VLLM_LOGGING_STREAM: string;
    /**
     * if set, VLLM_LOGGING_PREFIX will be prepended to all log messages
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 769.
     * @default ""
     */
    readonly VLLM_LOGGING_PREFIX: string;
    /**
     * Controls colored logging output. Options: "auto" (default, colors when terminal),
     * "1" (always use colors), "0" (never use colors)
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 772.
     * @default "auto"
     */
    readonly VLLM_LOGGING_COLOR: string;
    /**
     * Standard unix flag for disabling ANSI color codes
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 774.
     * @default False
     */
    readonly NO_COLOR: boolean;
    /**
     * If set, vllm will log stats at this interval in seconds
     * If not set, vllm will log stats every 10 seconds.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 777.
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
     * Source: envs.py line 785.
     * @default 0
     */
    readonly VLLM_TRACE_FUNCTION: number | bigint;
    /**
     * Whether to use the FlashInfer top-k / top-p sampler on CUDA. Enabled
     * by default when the hardware supports it — set to 0 to opt out
     * explicitly, which forces the PyTorch-native (Triton for bs>=8) path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 789.
     * @default True
     */
    readonly VLLM_USE_FLASHINFER_SAMPLER: boolean;
    /**
     * Pipeline stage partition strategy
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 795.
     * @default None
     */
    readonly VLLM_PP_LAYER_PARTITION: string | null;
    /**
     * (CPU backend only) CPU key-value cache space.
     * default is None and will be set as 4 GB
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 798.
     * Drift: declared default 0 (line 51) but the getter's default is None.
     * @default None
     */
    readonly VLLM_CPU_KVCACHE_SPACE: number | bigint | null;
    /**
     * (CPU backend only) CPU core ids bound by OpenMP threads, e.g., "0-31",
     * "0,1,2", "0-31,33". CPU cores of different ranks are separated by '|'.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 805.
     * @default "auto"
     */
    readonly VLLM_CPU_OMP_THREADS_BIND: string;
    /**
     * (CPU backend only) CPU cores not used by OMP threads .
     * Those CPU cores will not be used by OMP threads of a rank.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 808.
     * @default None
     */
    readonly VLLM_CPU_NUM_OF_RESERVED_CPU: number | bigint | null;
    /**
     * (CPU backend only) whether to use SGL kernels, optimized for small batch.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 814.
     * @default False
     */
    readonly VLLM_CPU_SGL_KERNEL: boolean;
    /**
     * (CPU backend only) whether to enable attention spilt KV.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 816.
     * @default True
     */
    readonly VLLM_CPU_ATTN_SPLIT_KV: boolean;
    /**
     * (Zen CPU backend) eagerly prepack weights into ZenDNN blocked layout
     * at model load time. Eliminates per-inference layout conversion overhead.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 821.
     * @default True
     */
    readonly VLLM_ZENTORCH_WEIGHT_PREPACK: boolean;
    /**
     * (CPU backend only) whether to use SGLang INT4 W4A8 kernels for AWQ.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 825.
     * @default True
     */
    readonly VLLM_CPU_INT4_W4A8: boolean;
    /**
     * If the env var is set, Ray Compiled Graph uses the specified
     * channel type to communicate between workers belonging to
     * different pipeline-parallel stages.
     * Available options:
     * - "auto": use the default channel type
     * - "nccl": use NCCL for communication
     * - "shm": use shared memory and gRPC for communication
     *
     * Type: Literal["auto", "nccl", "shm"].
     * Accepts: one of "auto", "nccl", "shm".
     * Source: envs.py line 833.
     * @default "auto"
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_CHANNEL_TYPE: "auto" | "nccl" | "shm";
    /**
     * If the env var is set, it enables GPU communication overlap
     * (experimental feature) in Ray's Compiled Graph.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 838.
     * @default False
     */
    readonly VLLM_USE_RAY_COMPILED_DAG_OVERLAP_COMM: boolean;
    /**
     * If the env var is set, it uses a Ray Communicator wrapping
     * vLLM's pipeline parallelism communicator to interact with Ray's
     * Compiled Graph. Otherwise, it uses Ray's NCCL communicator.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 844.
     * @default True
     */
    readonly VLLM_USE_RAY_WRAPPED_PP_COMM: boolean;
    /**
     * When True and distributed_executor_backend="ray", use RayExecutorV2
     * (MQ-based) instead of RayDistributedExecutor (compiled-graph backend).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 849.
     * Drift: declared default False (line 64) but the getter's default is True.
     * @default True
     */
    readonly VLLM_USE_RAY_V2_EXECUTOR_BACKEND: boolean;
    /**
     * When True, GroupCoordinator constructs its CPU/device subgroups via
     * ``torch.distributed.split_group(backend=...)``
     * and ``init_distributed_environment`` initializes the default PG with
     * mixed ``cpu:gloo,cuda:nccl`` backend + eager ``device_id`` binding.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 856.
     * @default False
     */
    readonly VLLM_DISTRIBUTED_USE_SPLIT_GROUP: boolean;
    /**
     * Use dedicated multiprocess context for workers.
     * Both spawn and fork work
     *
     * Type: Literal["fork", "spawn"].
     * Accepts: one of "fork", "spawn".
     * Source: envs.py line 861.
     * @default "fork"
     */
    readonly VLLM_WORKER_MULTIPROC_METHOD: "fork" | "spawn";
    /**
     * Path to the cache for storing downloaded assets
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 865.
     * @default `$XDG_CACHE_HOME/vllm/assets` if XDG_CACHE_HOME is set, else `~/.cache/vllm/assets`
     */
    readonly VLLM_ASSETS_CACHE: string;
    /**
     * If the env var is set, we will clean model file in
     * this path $VLLM_ASSETS_CACHE/model_streamer/$model_name
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 873.
     * @default False
     */
    readonly VLLM_ASSETS_CACHE_MODEL_CLEAN: boolean;
    /**
     * Timeout for fetching images when serving multimodal models
     * Default is 5 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 878.
     * @default 5
     */
    readonly VLLM_IMAGE_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching videos when serving multimodal models
     * Default is 30 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 881.
     * @default 30
     */
    readonly VLLM_VIDEO_FETCH_TIMEOUT: number | bigint;
    /**
     * Timeout for fetching audio when serving multimodal models
     * Default is 10 seconds
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 886.
     * @default 10
     */
    readonly VLLM_AUDIO_FETCH_TIMEOUT: number | bigint;
    /**
     * Directory for caching media downloads (images, video, audio fetched
     * from URLs during inference). Empty string disables caching.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 891.
     * @default ""
     */
    readonly VLLM_MEDIA_CACHE: string;
    /**
     * Maximum cache size in MB. When exceeded, least-recently-used entries
     * are evicted. Default is 5120 (5 GB).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 894.
     * @default 5120
     */
    readonly VLLM_MEDIA_CACHE_MAX_SIZE_MB: number | bigint;
    /**
     * Time-to-live in hours for cached media files. Entries older than this
     * are evicted regardless of cache size. Default is 24 hours.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 899.
     * @default 24
     */
    readonly VLLM_MEDIA_CACHE_TTL_HOURS: number;
    /**
     * Maximum number of retries for fetching media (images, audio, video)
     * from URLs. Each retry quadruples the timeout. Default is 3.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 904.
     * @default 3
     */
    readonly VLLM_MEDIA_FETCH_MAX_RETRIES: number | bigint;
    /**
     * Whether to allow HTTP redirects when fetching from media URLs.
     * Default to True
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 909.
     * @default True
     */
    readonly VLLM_MEDIA_URL_ALLOW_REDIRECTS: boolean;
    /**
     * Max number of workers for the thread pool handling
     * media bytes loading. Set to 1 to disable parallel processing.
     * Default is 8
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 915.
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
     * Source: envs.py line 921.
     * @default 25
     */
    readonly VLLM_MAX_AUDIO_CLIP_FILESIZE_MB: number | bigint;
    /**
     * Maximum decoded audio duration in seconds.  Compressed audio files
     * (e.g. OPUS at very low bitrate) can expand into gigabytes of float32
     * PCM.  This limit is enforced *during* decoding so the memory is never
     * allocated.  Default is 600s (10 minutes).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 928.
     * @default 600
     */
    readonly VLLM_MAX_AUDIO_DECODE_DURATION_S: number | bigint;
    /**
     * Backend for Video IO — selects the frame-sampling algorithm.
     * - "opencv": uniform sampling.
     * - "opencv_dynamic": duration-aware dynamic sampling.
     * - "identity": returns raw video bytes for model processor to handle.
     *
     * Custom backend implementations can be registered
     * via `@VIDEO_LOADER_REGISTRY.register("my_custom_video_loader")` and
     * imported at runtime.
     * If a non-existing backend is used, an AssertionError will be thrown.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 940.
     * @default "opencv"
     */
    readonly VLLM_VIDEO_LOADER_BACKEND: string;
    /**
     * Media connector implementation.
     * - "http": Default connector that supports fetching media via HTTP.
     *
     * Custom implementations can be registered
     * via `@MEDIA_CONNECTOR_REGISTRY.register("my_custom_media_connector")` and
     * imported at runtime.
     * If a non-existing backend is used, an AssertionError will be thrown.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 950.
     * @default "http"
     */
    readonly VLLM_MEDIA_CONNECTOR: string;
    /**
     * Hash algorithm for multimodal content hashing.
     * - "blake3": Default, fast cryptographic hash (not FIPS 140-3 compliant)
     * - "sha256": FIPS 140-3 compliant, widely supported
     * - "sha512": FIPS 140-3 compliant, faster on 64-bit systems
     * Use sha256 or sha512 for FIPS compliance in government/enterprise deployments
     *
     * Type: Literal["blake3", "sha256", "sha512"] (any case).
     * Accepts: one of "blake3", "sha256", "sha512" (any case).
     * Source: envs.py line 956.
     * @default "blake3"
     */
    readonly VLLM_MM_HASHER_ALGORITHM: string;
    /**
     * Path to the XLA persistent cache directory.
     * Only used for XLA devices such as TPUs.
     *
     * Type: str.
     * Accepts: any string.
     * Also reads: HOME, XDG_CACHE_HOME.
     * Source: envs.py line 964.
     * @default `$XDG_CACHE_HOME/vllm/xla_cache` if XDG_CACHE_HOME is set, else `~/.cache/vllm/xla_cache`
     */
    readonly VLLM_XLA_CACHE_PATH: string;
    /**
     * If set, assert on XLA recompilation after each execution step.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 971.
     * @default False
     */
    readonly VLLM_XLA_CHECK_RECOMPILATION: boolean;
    /**
     * Enable SPMD mode for TPU backend.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 975.
     * @default False
     */
    readonly VLLM_XLA_USE_SPMD: boolean;
    /**
     * Maximum size (in MB) for logits tensor in sparse MLA indexer prefill chunks.
     * Bounds the [M, N] float32 logits tensor to prevent CUDA OOM.
     * Default: 512 MB
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 979.
     * @default 512
     */
    readonly VLLM_SPARSE_INDEXER_MAX_LOGITS_MB: number | bigint;
    /**
     * If set, the OpenAI API server will stay alive even after the underlying
     * AsyncLLMEngine errors and stops serving requests
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 984.
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
     * Source: envs.py line 991.
     * @default False
     */
    readonly VLLM_ALLOW_LONG_MAX_MODEL_LEN: boolean;
    /**
     * If set, forces FP8 Marlin to be used for FP8 quantization regardless
     * of the hardware support for FP8 compute.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 997.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_TEST_FORCE_FP8_MARLIN: boolean;
    /**
     * VLLM_TEST_FORCE_LOAD_FORMAT (no description in envs.py).
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1001.
     * Drift: has no TYPE_CHECKING declaration.
     * @default "dummy"
     */
    readonly VLLM_TEST_FORCE_LOAD_FORMAT: string;
    /**
     * Timeout in seconds for keeping HTTP connections alive in API server
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1005.
     * @default 5
     */
    readonly VLLM_HTTP_TIMEOUT_KEEP_ALIVE: number | bigint;
    /**
     * Maximum allowed value for the `n` sampling parameter (number of output
     * sequences per request). Limits resource consumption to prevent
     * denial-of-service via excessively large fan-out. Default: 16384.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1011.
     * @default 16384
     */
    readonly VLLM_MAX_N_SEQUENCES: number | bigint;
    /**
     * a list of plugin names to load, separated by commas.
     * if this is not set, it means all plugins will be loaded
     * if this is set to an empty string, no plugins will be loaded
     *
     * Type: list[str] | None.
     * Accepts: any string.
     * Source: envs.py line 1017.
     * @default None
     */
    readonly VLLM_PLUGINS: string[] | null;
    /**
     * Retain local sliding-window KV checkpoints for prefix caching.
     * Unset (default) preserves the dense local checkpointing behavior. `0`
     * retains only the latest completed prompt boundary. Positive values retain
     * checkpoints at the specified interval boundaries (rounded up to the
     * prefix-cache alignment).
     * Applies to sliding-window attention for now but not yet Mamba/linear attention.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 1028.
     * @default None
     */
    readonly VLLM_PREFIX_CACHE_RETENTION_INTERVAL: number | bigint | null;
    /**
     * a local directory to look in for unrecognized LoRA adapters.
     * only works if plugins are enabled and
     * VLLM_ALLOW_RUNTIME_LORA_UPDATING is enabled.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1036.
     * @default None
     */
    readonly VLLM_LORA_RESOLVER_CACHE_DIR: string | null;
    /**
     * A remote HF repo(s) containing one or more LoRA adapters, which
     * may be downloaded and leveraged as needed. Only works if plugins
     * are enabled and VLLM_ALLOW_RUNTIME_LORA_UPDATING is enabled.
     * Values should be comma separated.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1043.
     * @default None
     */
    readonly VLLM_LORA_RESOLVER_HF_REPO_LIST: string | null;
    /**
     * If set, vLLM will use Triton implementations of AWQ.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1047.
     * @default False
     */
    readonly VLLM_USE_TRITON_AWQ: boolean;
    /**
     * If set, allow loading or unloading lora adapters in runtime,
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1049.
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
     * Source: envs.py line 1059.
     * Drift: declared default False (line 110) but the getter's default is True.
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
     * Source: envs.py line 1064.
     * @default []
     */
    readonly VLLM_DISABLED_KERNELS: string[];
    /**
     * VLLM_ENABLE_FLA_PACKED_RECURRENT_DECODE (no description in envs.py).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1069.
     * @default True
     */
    readonly VLLM_ENABLE_FLA_PACKED_RECURRENT_DECODE: boolean;
    /**
     * Disable pynccl (using torch.distributed instead)
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1073.
     * @default False
     */
    readonly VLLM_DISABLE_PYNCCL: boolean;
    /**
     * Optional: enable external Oink custom ops (e.g., Blackwell RMSNorm).
     * Disabled by default.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1078.
     * @default False
     */
    readonly VLLM_USE_OINK_OPS: boolean;
    /**
     * Disable aiter ops unless specifically enabled.
     * Acts as a parent switch to enable the rest of the other operations.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1083.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER: boolean;
    /**
     * Whether to use aiter paged attention.
     * By default is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1088.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_PAGED_ATTN: boolean;
    /**
     * use aiter linear op if aiter ops are enabled
     * The following list of related ops
     * - scaled_mm (per-tensor / rowwise)
     * - use aiter tuned gemms for unquantized gemms
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1095.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_LINEAR: boolean;
    /**
     * VLLM_ROCM_USE_AITER_LINEAR_HIPBMM (no description in envs.py).
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1098.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_LINEAR_HIPBMM: boolean;
    /**
     * Whether to use aiter moe ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1103.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MOE: boolean;
    /**
     * MoE sorting dispatch policy for AITER fused MoE kernels.
     *   0 = auto (default): single-pass for small batches, multi-pass
     *       for large batches
     *   1 = always single-pass: one kernel launch, no workspace,
     *       may be preferred for low-concurrency decode workloads
     *   2 = always multi-pass: can be faster for MoE-heavy models
     *       (e.g., +2-5% on Qwen3-Next, +1.5% on DeepSeek-V3 at TP4,
     *       see PR #39177 for benchmarks)
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1114.
     * @default 0
     */
    readonly VLLM_ROCM_AITER_MOE_DISPATCH_POLICY: number | bigint;
    /**
     * use aiter rms norm op if aiter ops are enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1118.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_RMSNORM: boolean;
    /**
     * Whether to use aiter mla ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1123.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MLA: boolean;
    /**
     * Whether to use aiter mha ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1128.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_MHA: boolean;
    /**
     * Whether to use aiter fp4 gemm asm.
     * By default is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1133.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_FP4_ASM_GEMM: boolean;
    /**
     * Whether to use aiter rope.
     * By default is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1138.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_TRITON_ROPE: boolean;
    /**
     * Whether to use aiter triton fp8 bmm kernel
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1143.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_FP8BMM: boolean;
    /**
     * Whether to use aiter triton fp4 bmm kernel
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1148.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_FP4BMM: boolean;
    /**
     * Use AITER triton unified attention for V1 attention
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1152.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_UNIFIED_ATTENTION: boolean;
    /**
     * Whether to use aiter fusion shared experts ops.
     * By default is disabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1158.
     * @default False
     */
    readonly VLLM_ROCM_USE_AITER_FUSION_SHARED_EXPERTS: boolean;
    /**
     * Whether to use aiter triton kernels for gemm ops.
     * By default is enabled.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1164.
     * @default True
     */
    readonly VLLM_ROCM_USE_AITER_TRITON_GEMM: boolean;
    /**
     * use rocm skinny gemms
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1168.
     * @default True
     */
    readonly VLLM_ROCM_USE_SKINNY_GEMM: boolean;
    /**
     * Pad the fp8 weights to 256 bytes for ROCm
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1172.
     * @default True
     */
    readonly VLLM_ROCM_FP8_PADDING: boolean;
    /**
     * Pad the weights for the moe kernel
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1174.
     * @default True
     */
    readonly VLLM_ROCM_MOE_PADDING: boolean;
    /**
     * Whether to use the shuffled kv cache layout
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1176.
     * @default False
     */
    readonly VLLM_ROCM_SHUFFLE_KV_CACHE_LAYOUT: boolean;
    /**
     * Custom quick allreduce kernel for MI3* cards
     * Choice of quantization level: FP, INT8, INT6, INT4 or NONE
     * Recommended for large models to get allreduce
     *
     * Type: Literal["FP", "INT4", "INT6", "INT8", "NONE"].
     * Accepts: one of "FP", "INT4", "INT6", "INT8", "NONE".
     * Source: envs.py line 1182.
     * @default "NONE"
     */
    readonly VLLM_ROCM_QUICK_REDUCE_QUANTIZATION: "FP" | "INT4" | "INT6" | "INT8" | "NONE";
    /**
     * Custom quick allreduce kernel for MI3* cards
     * Due to the lack of the bfloat16 asm instruction, bfloat16
     * kernels are slower than fp16,
     * If environment variable is set to 1, the input is converted to fp16
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1191.
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
     * Source: envs.py line 1201.
     * @default None
     */
    readonly VLLM_ROCM_QUICK_REDUCE_MAX_SIZE_BYTES_MB: number | bigint | null;
    /**
     * Custom quick allreduce kernel for MI3* cards.
     * Controls the minimum allowed number of data bytes(MB) required to use
     * custom quick allreduce communication.
     * If unset, use the built-in threshold table.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 1208.
     * @default None
     */
    readonly VLLM_ROCM_QUICK_REDUCE_MIN_SIZE_BYTES_MB: number | bigint | null;
    /**
     * Controls the minimum tensor size (KB, where 1 KB = 1024 bytes) required
     * to use the configured QuickReduce codec. Smaller tensors use FP
     * QuickReduce. This does not affect QuickReduce eligibility.
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 1214.
     * @default None
     */
    readonly VLLM_ROCM_QUICK_REDUCE_QUANTIZATION_MIN_SIZE_KB: number | bigint | null;
    /**
     * Divisor for dynamic query scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1218.
     * @default 200
     */
    readonly Q_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic key scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1220.
     * @default 200
     */
    readonly K_SCALE_CONSTANT: number | bigint;
    /**
     * Divisor for dynamic value scale factor calculation for FP8 KV Cache
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1222.
     * @default 100
     */
    readonly V_SCALE_CONSTANT: number | bigint;
    /**
     * If set, enable multiprocessing in LLM for the V1 code path.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1224.
     * @default True
     */
    readonly VLLM_ENABLE_V1_MULTIPROCESSING: boolean;
    /**
     * VLLM_LOG_BATCHSIZE_INTERVAL (no description in envs.py).
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 1227.
     * @default -1
     */
    readonly VLLM_LOG_BATCHSIZE_INTERVAL: number;
    /**
     * VLLM_DISABLE_COMPILE_CACHE (no description in envs.py).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1230.
     * @default False
     */
    readonly VLLM_DISABLE_COMPILE_CACHE: boolean;
    /**
     * If set to "0", disable LayerName opaque type for layer_name
     * parameters in custom ops.  Defaults to enabled on torch >= 2.11.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1233.
     * @default True
     */
    readonly VLLM_USE_LAYERNAME: boolean;
    /**
     * If set, use the Rust frontend binary instead of the Python API server
     * process(es).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1236.
     * @default False
     */
    readonly VLLM_USE_RUST_FRONTEND: boolean;
    /**
     * Path to the Rust frontend binary. Defaults to "auto" which discovers
     * the binary installed with the vllm package. Only used when
     * VLLM_USE_RUST_FRONTEND=1.
     *
     * Type: str | None.
     * Accepts: any string.
     * Also reads: VLLM_USE_RUST_FRONTEND.
     * Source: envs.py line 1242.
     * Drift: declared default "auto" (line 143) but the getter's default is `dirname(<vllm install>/envs.py)/vllm-rs` or `None` if VLLM_USE_RUST_FRONTEND is set, else `None`.
     * @default `dirname(<vllm install>/envs.py)/vllm-rs` or `None` if VLLM_USE_RUST_FRONTEND is set, else `None`
     */
    readonly VLLM_RUST_FRONTEND_PATH: string | null;
    /**
     * If set, vllm will run in development mode, which will enable
     * some additional endpoints for developing and debugging,
     * e.g. `/reset_prefix_cache`
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1246.
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
     * Source: envs.py line 1254.
     * @default 128
     */
    readonly VLLM_V1_OUTPUT_PROC_CHUNK_SIZE: number | bigint;
    /**
     * If set, vLLM will disable the MLA attention optimizations.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1258.
     * @default False
     */
    readonly VLLM_MLA_DISABLE: boolean;
    /**
     * If set, vLLM will pick up the provided Flash Attention MLA
     * Number of GPUs per worker in Ray, if it is set to be a fraction,
     * it allows ray to schedule multiple actors on a single GPU,
     * so that users can colocate other actors on the same GPUs as vLLM.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 1263.
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
     * Source: envs.py line 1269.
     * @default ""
     */
    readonly VLLM_RAY_BUNDLE_INDICES: string;
    /**
     * In some system, find_loaded_library() may not work. So we allow users to
     * specify the path through environment variable VLLM_CUDART_SO_PATH.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1272.
     * @default None
     */
    readonly VLLM_CUDART_SO_PATH: string | null;
    /**
     * Rank of the process in the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1274.
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
     * Source: envs.py line 1277.
     * Drift: declared default -1 (line 151) but the getter's default is `$VLLM_DP_RANK` if VLLM_DP_RANK is set, else `0`.
     * @default `$VLLM_DP_RANK` if VLLM_DP_RANK is set, else `0`
     */
    readonly VLLM_DP_RANK_LOCAL: number | bigint;
    /**
     * World size of the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1281.
     * @default 1
     */
    readonly VLLM_DP_SIZE: number | bigint;
    /**
     * IP address of the master node in the data parallel setting
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1283.
     * Drift: declared default "" (line 156) but the getter's default is "127.0.0.1".
     * @default "127.0.0.1"
     */
    readonly VLLM_DP_MASTER_IP: string;
    /**
     * Port of the master node in the data parallel setting
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1285.
     * @default 0
     */
    readonly VLLM_DP_MASTER_PORT: number | bigint;
    /**
     * Randomize inputs during dummy runs when using Data Parallel
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1287.
     * @default False
     */
    readonly VLLM_RANDOMIZE_DP_DUMMY_INPUTS: boolean;
    /**
     * Strategy to pack the data parallel ranks for Ray.
     * Available options:
     * - "fill":
     *   for DP master node, allocate exactly data-parallel-size-local DP ranks,
     *   for non-master nodes, allocate as many DP ranks as can fit;
     * - "strict":
     *   allocate exactly data-parallel-size-local DP ranks to each picked node;
     * - "span":
     *   Should be used only when a single DP rank requires multiple nodes.
     *   allocate one DP rank over as many nodes as required for set world_size;
     * This environment variable is ignored if data-parallel-backend is not Ray.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1301.
     * Drift: declared Literal["strict", "fill", "span"] (line 159) but the getter returns str.
     * @default "strict"
     */
    readonly VLLM_RAY_DP_PACK_STRATEGY: string;
    /**
     * Optional comma-separated list of node IPs that Ray data-parallel
     * placement groups may use. When set, create_dp_placement_groups only
     * considers these nodes (the DP master node is always included).
     * This environment variable is ignored if data-parallel-backend is not Ray.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1308.
     * @default ""
     */
    readonly VLLM_RAY_DP_PLACEMENT_NODE_IPS: string;
    /**
     * Comma-separated *additional* prefixes of env vars to copy from the
     * driver to Ray workers.  These are merged with the built-in defaults
     * defined in ``vllm.ray.ray_env`` (VLLM_, etc.).  Example: "MYLIB_,OTHER_"
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1314.
     * @default ""
     */
    readonly VLLM_RAY_EXTRA_ENV_VAR_PREFIXES_TO_COPY: string;
    /**
     * Comma-separated *additional* individual env var names to copy from
     * the driver to Ray workers.  Merged with the built-in defaults
     * defined in ``vllm.ray.ray_env`` (PYTHONHASHSEED).
     * Example: "MY_SECRET,MY_FLAG"
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1321.
     * @default ""
     */
    readonly VLLM_RAY_EXTRA_ENV_VARS_TO_COPY: string;
    /**
     * Whether to use S3 path for model loading in CI via RunAI Streamer
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1325.
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
     * Source: envs.py line 1332.
     * @default None
     */
    readonly VLLM_MODEL_REDIRECT_PATH: string | null;
    /**
     * Whether to use atomicAdd reduce in gptq/awq marlin kernel.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1336.
     * @default False
     */
    readonly VLLM_MARLIN_USE_ATOMIC_ADD: boolean;
    /**
     * The activation dtype for marlin kernel
     *
     * Type: Literal["fp8", "int8"] | None.
     * Accepts: one of "fp8", "int8".
     * Source: envs.py line 1340.
     * @default None
     */
    readonly VLLM_MARLIN_INPUT_DTYPE: "fp8" | "int8" | null;
    /**
     * The online quantization dtype for humming kernel
     *
     * Type: JSON | None.
     * Accepts: JSON.
     * Source: envs.py line 1344.
     * @default None
     */
    readonly VLLM_HUMMING_ONLINE_QUANT_CONFIG: VllmEnvValue;
    /**
     * The activation dtype config for humming kernel
     *
     * Type: JSON | None.
     * Accepts: JSON.
     * Source: envs.py line 1348.
     * @default None
     */
    readonly VLLM_HUMMING_INPUT_QUANT_CONFIG: VllmEnvValue;
    /**
     * Whether to use fp16 accumulator mma
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 1352.
     * Drift: declared bool (line 167) but the getter returns bool | None.
     * @default False
     */
    readonly VLLM_HUMMING_USE_F16_ACCUM: boolean | null;
    /**
     * Whether to use indexed gemm for humming moe
     * if 1, force use indexed gemm
     * if 0, force use grouped gemm
     * if None, choose better gemm type automatically
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1359.
     * @default None
     */
    readonly VLLM_HUMMING_MOE_GEMM_TYPE: string | null;
    /**
     * Whether to use DeepEPLL kernels for NVFP4 quantization and dispatch method
     * only supported on Blackwell GPUs and with
     * https://github.com/deepseek-ai/DeepEP/pull/341
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1365.
     * @default False
     */
    readonly VLLM_DEEPEPLL_NVFP4_DISPATCH: boolean;
    /**
     * Whether to turn on the outlines cache for V1
     * This cache is unbounded and on disk, so it's not safe to use in
     * an environment with potentially malicious users.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1371.
     * @default False
     */
    readonly VLLM_V1_USE_OUTLINES_CACHE: boolean;
    /**
     * Gap between padding buckets for the forward pass. So we have
     * 8, we will run forward pass with [16, 24, 32, ...].
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1376.
     * @default 0
     */
    readonly VLLM_TPU_BUCKET_PADDING_GAP: number | bigint;
    /**
     * VLLM_TPU_MOST_MODEL_LEN (no description in envs.py).
     *
     * Type: int | None.
     * Accepts: an integer.
     * Source: envs.py line 1381.
     * @default None
     */
    readonly VLLM_TPU_MOST_MODEL_LEN: number | bigint | null;
    /**
     * Whether using Pathways
     *
     * Type: bool.
     * Accepts: any string.
     * Also reads: JAX_PLATFORMS.
     * Source: envs.py line 1385.
     * @default depends on $JAX_PLATFORMS if JAX_PLATFORMS is set, else `False`
     */
    readonly VLLM_TPU_USING_PATHWAYS: boolean;
    /**
     * Allow use of DeepGemm kernels for fused moe ops.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1389.
     * @default True
     */
    readonly VLLM_USE_DEEP_GEMM: boolean;
    /**
     * Allow use of DeepGemm specifically for MoE fused ops (overrides only MoE).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1391.
     * @default True
     */
    readonly VLLM_MOE_USE_DEEP_GEMM: boolean;
    /**
     * Whether to use E8M0 scaling when DeepGEMM is used on Blackwell GPUs.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1395.
     * @default True
     */
    readonly VLLM_USE_DEEP_GEMM_E8M0: boolean;
    /**
     * Whether to create TMA-aligned scale tensor when DeepGEMM is used.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1399.
     * @default True
     */
    readonly VLLM_USE_DEEP_GEMM_TMA_ALIGNED_SCALES: boolean;
    /**
     * DeepGemm JITs the kernels on-demand. The warmup attempts to make DeepGemm
     * JIT all the required kernels before model execution so there is no
     * JIT'ing in the hot-path. However, this warmup increases the engine
     * startup time by a couple of minutes.
     * Available options:
     *  - "skip"  : Skip warmup.
     *  - "full"  : Warmup deepgemm by running all possible gemm shapes the
     *   engine could encounter.
     *  - "relax" : Select gemm shapes to run based on some heuristics. The
     *   heuristic aims to have the same effect as running all possible gemm
     *   shapes, but provides no guarantees.
     *
     * Type: Literal["full", "relax", "skip"].
     * Accepts: one of "full", "relax", "skip".
     * Source: envs.py line 1413.
     * @default "relax"
     */
    readonly VLLM_DEEP_GEMM_WARMUP: "full" | "relax" | "skip";
    /**
     * Whether to use fused grouped_topk used for MoE expert selection.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1423.
     * @default True
     */
    readonly VLLM_USE_FUSED_MOE_GROUPED_TOPK: boolean;
    /**
     * Allow use of FlashInfer FP8 block-scale GEMM for linear layers.
     * This uses TensorRT-LLM kernels and requires SM90+ (Hopper).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1428.
     * @default True
     */
    readonly VLLM_BLOCKSCALE_FP8_GEMM_FLASHINFER: boolean;
    /**
     * Allow use of FlashInfer MxInt4 MoE kernels for fused moe ops.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1432.
     * @default False
     */
    readonly VLLM_USE_FLASHINFER_MOE_INT4: boolean;
    /**
     * Control the cache sized used by the xgrammar compiler. The default
     * of 512 MB should be enough for roughly 1000 JSON schemas.
     * It can be changed with this variable if needed for some reason.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1438.
     * Drift: declared default 0 (line 189) but the getter's default is 512.
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
     * Source: envs.py line 1446.
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
     * Source: envs.py line 1452.
     * @default False
     */
    readonly VLLM_ALLOW_INSECURE_SERIALIZATION: boolean;
    /**
     * Temporary: skip adding random suffix to internal request IDs. May be
     * needed for KV connectors that match request IDs across instances.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1457.
     * @default False
     */
    readonly VLLM_DISABLE_REQUEST_ID_RANDOMIZATION: boolean;
    /**
     * IP address used for NIXL handshake between remote agents.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1461.
     * @default "localhost"
     */
    readonly VLLM_NIXL_SIDE_CHANNEL_HOST: string;
    /**
     * Port used for NIXL handshake between remote agents.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1465.
     * @default 5600
     */
    readonly VLLM_NIXL_SIDE_CHANNEL_PORT: number | bigint;
    /**
     * Port used for Mooncake handshake between remote agents.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1469.
     * @default 8998
     */
    readonly VLLM_MOONCAKE_BOOTSTRAP_PORT: number | bigint;
    /**
     * Log per-batch memory/disk tier breakdown on external GETs.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1473.
     * @default False
     */
    readonly VLLM_MOONCAKE_STORE_TIER_LOG: boolean;
    /**
     * Fraction of the owner's DirectIO staging buffer to fill per GET batch.
     *
     * Type: float.
     * Accepts: a number (also inf, nan).
     * Source: envs.py line 1477.
     * @default 0.9
     */
    readonly VLLM_MOONCAKE_DISK_STAGING_USABLE_RATIO: number;
    /**
     * Pin this rank to a specific owner segment ("host:port").
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1481.
     * @default None
     */
    readonly MOONCAKE_PREFERRED_SEGMENT: string | null;
    /**
     * Override the hostname the rank registers as a Mooncake requester.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1483.
     * @default None
     */
    readonly MOONCAKE_REQUESTER_LOCAL_HOSTNAME: string | null;
    /**
     * Override the directory for the FlashInfer autotune config cache.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1487.
     * @default None
     */
    readonly VLLM_FLASHINFER_AUTOTUNE_CACHE_DIR: string | null;
    /**
     * Flashinfer fused allreduce backend.
     *
     * Type: Literal["auto", "mnnvl", "trtllm"].
     * Accepts: one of "auto", "mnnvl", "trtllm".
     * Source: envs.py line 1491.
     * @default "auto"
     */
    readonly VLLM_FLASHINFER_ALLREDUCE_BACKEND: "auto" | "mnnvl" | "trtllm";
    /**
     * Control the workspace buffer size for the FlashInfer backend.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1497.
     * @default 413138944
     */
    readonly VLLM_FLASHINFER_WORKSPACE_BUFFER_SIZE: number | bigint;
    /**
     * Control the maximum number of tokens per expert supported by the
     * NVFP4 MoE CUTLASS Kernel. This value is used to create a buffer for
     * the blockscale tensor of activations NVFP4 Quantization.
     * This is used to prevent the kernel from running out of memory.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1504.
     * @default 163840
     */
    readonly VLLM_MAX_TOKENS_PER_EXPERT_FP4_MOE: number | bigint;
    /**
     * Specifies the thresholds of the communicated tensor sizes under which
     * vllm should use flashinfer fused allreduce. The variable should be a
     * JSON with the following format:
     *     { <world size>: <max size in mb> }
     * Unspecified world sizes will fall back to
     *     { 2: 64, 4: 1, <everything else>: 0.5 }
     *
     * Type: JSON.
     * Accepts: JSON.
     * Source: envs.py line 1513.
     * Drift: has no TYPE_CHECKING declaration.
     * @default unknown (raises JSONDecodeError when unset)
     */
    readonly VLLM_FLASHINFER_ALLREDUCE_FUSION_THRESHOLDS_MB: VllmEnvValue;
    /**
     * MoE routing strategy selector.
     * See `RoutingSimulator.get_available_strategies()` # for available
     * strategies.
     * Custom routing strategies can be registered by
     * RoutingSimulator.register_strategy()
     * Note: custom strategies may not produce correct model outputs
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1522.
     * Drift: has no TYPE_CHECKING declaration.
     * @default ""
     */
    readonly VLLM_MOE_ROUTING_SIMULATION_STRATEGY: string;
    /**
     * Regex timeout for use by the vLLM tool parsing plugins.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1526.
     * @default 1
     */
    readonly VLLM_TOOL_PARSE_REGEX_TIMEOUT_SECONDS: number | bigint;
    /**
     * Control the max chunk bytes (in MB) for the rpc message queue.
     * Object larger than this threshold will be broadcast to worker
     * processes via zmq.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1532.
     * @default 16
     */
    readonly VLLM_MQ_MAX_CHUNK_BYTES_MB: number | bigint;
    /**
     * Timeout in seconds for execute_model RPC calls in multiprocessing
     * executor (only applies when TP > 1).
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1537.
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
     * Type: Literal["HND", "NHD"] | None.
     * Accepts: one of "HND", "NHD".
     * Source: envs.py line 1547.
     * @default None
     */
    readonly VLLM_KV_CACHE_LAYOUT: "HND" | "NHD" | null;
    /**
     * SSM conv state layout used for Mamba models.
     * - SD: (state_len, dim) — dim contiguous (default)
     * - DS: (dim, state_len) — TP-sharded dim on dim1,
     *   consistent with SSM temporal state and HND KV cache layout.
     *
     * Type: Literal["DS", "SD"] | None.
     * Accepts: one of "DS", "SD".
     * Source: envs.py line 1554.
     * @default None
     */
    readonly VLLM_SSM_CONV_STATE_LAYOUT: "DS" | "SD" | null;
    /**
     * Enable checking whether the generated logits contain NaNs,
     * indicating corrupted output. Useful for debugging low level bugs
     * or bad hardware but it may add compute overhead.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1560.
     * @default False
     */
    readonly VLLM_COMPUTE_NANS_IN_LOGITS: boolean;
    /**
     * Timeout (in seconds) for MooncakeConnector in PD disaggregated setup.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1564.
     * @default 480
     */
    readonly VLLM_MOONCAKE_ABORT_REQUEST_TIMEOUT: number | bigint;
    /**
     * If set, it means we pre-downloaded cubin files and flashinfer will
     * read the cubin files directly.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1569.
     * @default False
     */
    readonly VLLM_HAS_FLASHINFER_CUBIN: boolean;
    /**
     * Controls garbage collection during CUDA graph capture.
     * If set to 0 (default), enables GC freezing to speed up capture time.
     * If set to 1, allows GC to run during capture.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1575.
     * @default False
     */
    readonly VLLM_ENABLE_CUDAGRAPH_GC: boolean;
    /**
     * Used to force set up loopback IP
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1579.
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
     * Source: envs.py line 1583.
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
     * Source: envs.py line 1591.
     * @default True
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
     * Source: envs.py line 1603.
     * @default False
     */
    readonly VLLM_ENABLE_RESPONSES_API_STORE: boolean;
    /**
     * If set, use the fp8 mfma in rocm paged attention.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1607.
     * @default False
     */
    readonly VLLM_ROCM_FP8_MFMA_PAGE_ATTN: boolean;
    /**
     * Whether to use pytorch symmetric memory for allreduce
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1611.
     * @default True
     */
    readonly VLLM_ALLREDUCE_USE_SYMM_MEM: boolean;
    /**
     * Whether to use FlashInfer allreduce
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1615.
     * @default False
     */
    readonly VLLM_ALLREDUCE_USE_FLASHINFER: boolean;
    /**
     * Experimental: use this to enable MCP tool calling for non harmony models
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1619.
     * @default False
     */
    readonly VLLM_USE_EXPERIMENTAL_PARSER_CONTEXT: boolean;
    /**
     * User override folder for tuned Triton-kernel configs. Shared by MoE,
     * Mamba SSU, and LoRA. Filenames are distinct so one folder can hold all.
     * Each component first checks this folder, then the configs shipped with
     * vLLM (if any). If no JSON matches, it uses a hard-coded heuristic.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1626.
     * @default None
     */
    readonly VLLM_TUNED_CONFIG_FOLDER: string | null;
    /**
     * Valid values are container,code_interpreter,web_search_preview
     * ex VLLM_GPT_OSS_SYSTEM_TOOL_MCP_LABELS=container,code_interpreter
     * If the server_label of your mcp tool is not in this list it will
     * be completely ignored.
     *
     * Type: set[Literal["code_interpreter", "container", "web_search_preview"]].
     * Accepts: a comma-separated list of "code_interpreter", "container", "web_search_preview".
     * Source: envs.py line 1631.
     * @default []
     */
    readonly VLLM_GPT_OSS_SYSTEM_TOOL_MCP_LABELS: ReadonlySet<"code_interpreter" | "container" | "web_search_preview">;
    /**
     * Allows harmony instructions to be injected on system messages
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1637.
     * @default False
     */
    readonly VLLM_GPT_OSS_HARMONY_SYSTEM_INSTRUCTIONS: boolean;
    /**
     * Pin the conversation start date injected into the Harmony system
     * message. When unset the current date is used, which introduces
     * non-determinism (different tokens -> different model behaviour at
     * temperature=0). Set to an ISO date string, e.g. "2023-09-12",
     * for reproducible inference or testing.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1645.
     * @default None
     */
    readonly VLLM_SYSTEM_START_DATE: string | null;
    /**
     * Enable automatic retry when tool call JSON parsing fails
     * If enabled, returns an error message to the model to retry
     * If disabled (default), raises an exception and fails the request
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1649.
     * @default False
     */
    readonly VLLM_TOOL_JSON_ERROR_AUTOMATIC_RETRY: boolean;
    /**
     * When 1,the model structural tags will be used to enforce the model
     * output conforming to the model's tool-calling format and schema.
     * Default 0 (off).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1655.
     * @default False
     */
    readonly VLLM_ENFORCE_STRICT_TOOL_CALLING: boolean;
    /**
     * Add optional custom scopes for profiling, disable to avoid overheads
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1659.
     * @default False
     */
    readonly VLLM_CUSTOM_SCOPES_FOR_PROFILING: boolean;
    /**
     * Add optional nvtx scopes for profiling, disable to avoid overheads
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1663.
     * @default False
     */
    readonly VLLM_NVTX_SCOPES_FOR_PROFILING: boolean;
    /**
     * Represent block hashes in KV cache events as 64-bit integers instead of
     * raw bytes. Defaults to True for backward compatibility.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1668.
     * @default True
     */
    readonly VLLM_KV_EVENTS_USE_INT_BLOCK_HASHES: boolean;
    /**
     * Name of the shared memory buffer used for object storage.
     * Only effective when mm_config.mm_processor_cache_type == "shm".
     * Automatically generates a unique UUID-based name per process tree
     * if not explicitly set.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1675.
     * Drift: declared default "VLLM_OBJECT_STORAGE_SHM_BUFFER" (line 233) but the getter's default is `VLLM_OBJECT_STORAGE_SHM_BUFFER_{<random hex>}`.
     * @default `VLLM_OBJECT_STORAGE_SHM_BUFFER_{<random hex>}`
     */
    readonly VLLM_OBJECT_STORAGE_SHM_BUFFER_NAME: string;
    /**
     * The size in MB of the buffers (NVL and RDMA) used by DeepEP
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1680.
     * @default 1024
     */
    readonly VLLM_DEEPEP_BUFFER_SIZE_MB: number | bigint;
    /**
     * Force DeepEP to use intranode kernel for inter-node communication in
     * high throughput mode. This is useful archive higher prefill throughput
     * on system supports multi-node nvlink (e.g GB200).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1686.
     * @default False
     */
    readonly VLLM_DEEPEP_HIGH_THROUGHPUT_FORCE_INTRA_NODE: boolean;
    /**
     * Allow DeepEP to use MNNVL (multi-node nvlink) for internode_ll kernel,
     * turn this for better latency on GB200 like system
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1691.
     * @default False
     */
    readonly VLLM_DEEPEP_LOW_LATENCY_USE_MNNVL: boolean;
    /**
     * DeepEP v2: enable two-tier NVLink+RDMA hybrid mode
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1695.
     * Drift: declared default True (line 237) but the getter's default is False.
     * @default False
     */
    readonly VLLM_DEEPEP_V2_ALLOW_HYBRID_MODE: boolean;
    /**
     * DeepEP v2: use fewer SMs at slight throughput cost
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1699.
     * @default False
     */
    readonly VLLM_DEEPEP_V2_PREFER_OVERLAP: boolean;
    /**
     * DeepEP v2: trade precision for transfer size in combine
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1703.
     * @default False
     */
    readonly VLLM_DEEPEP_V2_ALLOW_MULTIPLE_REDUCTION: boolean;
    /**
     * The number of SMs/CUs to allocate for communication kernels when
     * running DBO; the rest will be allocated to compute.
     * Default: 20 on CUDA (SMs), 64 on ROCm (CUs).
     *
     * Type: unknown.
     * Accepts: not known statically (__import__(torch) loads a module at run time).
     * Source: envs.py line 1709.
     * Unsupported (line 1713): __import__(torch) loads a module at run time.
     * @default unknown (unsupported: __import__(torch) loads a module at run time)
     */
    readonly VLLM_DBO_COMM_SMS: VllmEnvValue;
    /**
     * Enable max_autotune & coordinate_descent_tuning in inductor_config
     * to compile static shapes passed from compile_sizes in compilation_config
     * If set to 1, enable max_autotune; By default, this is enabled (1)
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1721.
     * @default True
     */
    readonly VLLM_ENABLE_INDUCTOR_MAX_AUTOTUNE: boolean;
    /**
     * If set to 1, enable coordinate_descent_tuning;
     * By default, this is enabled (1)
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1726.
     * @default True
     */
    readonly VLLM_ENABLE_INDUCTOR_COORDINATE_DESCENT_TUNING: boolean;
    /**
     * Flag to enable NCCL symmetric memory allocation and registration
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1730.
     * @default False
     */
    readonly VLLM_USE_NCCL_SYMM_MEM: boolean;
    /**
     * NCCL header path
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1734.
     * @default None
     */
    readonly VLLM_NCCL_INCLUDE_PATH: string | null;
    /**
     * GC debug config
     * - VLLM_GC_DEBUG=0: disable GC debugger
     * - VLLM_GC_DEBUG=1: enable GC debugger with gc.collect elpased times
     * - VLLM_GC_DEBUG='{"top_objects":5}': enable GC debugger with
     *                                      top 5 collected objects
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1740.
     * @default ""
     */
    readonly VLLM_GC_DEBUG: string;
    /**
     * Debug workspace allocations.
     * logging of workspace resize operations.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1743.
     * @default False
     */
    readonly VLLM_DEBUG_WORKSPACE: boolean;
    /**
     * Disables parallel execution of shared_experts via separate cuda stream
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1745.
     * @default False
     */
    readonly VLLM_DISABLE_SHARED_EXPERTS_STREAM: boolean;
    /**
     * Limits when we run shared_experts in a separate stream.
     * We found out that for large batch sizes, the separate stream
     * execution is not beneficial (most likely because of the input clone)
     * TODO(alexm-redhat): Tune to be more dynamic based on GPU type
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1752.
     * @default 256
     */
    readonly VLLM_SHARED_EXPERTS_STREAM_TOKEN_THRESHOLD: number | bigint;
    /**
     * Token-count cutoff for multi-stream overlap of the attention input
     * GEMM with auxiliary GEMMs (e.g. fused_wqa_wkv overlapped with indexer
     * weights / kv-score projections in DeepSeek-V4). At or below this many
     * tokens the FP8 main GEMM has idle SMs to share with the bf16 aux GEMMs
     * and overlap is a 5-45% win; above it the FP8 GEMM saturates the device
     * and the cross-stream sync becomes pure overhead. Set to 0 to disable
     * the multi-stream path entirely. See #PR 41526 for the empirical result
     * for the default value of 1024 tokens.
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1763.
     * @default 1024
     */
    readonly VLLM_MULTI_STREAM_GEMM_TOKEN_THRESHOLD: number | bigint;
    /**
     * Format for saving torch.compile cache artifacts
     * - "binary": saves as binary file
     *     Safe for multiple vllm serve processes accessing the same torch compile cache.
     * - "unpacked": saves as directory structure (for inspection/debugging)
     *     NOT multiprocess safe - race conditions may occur with multiple processes.
     *     Allows viewing and setting breakpoints in Inductor's code output files.
     *
     * Type: Literal["binary", "unpacked"].
     * Accepts: one of "binary", "unpacked".
     * Source: envs.py line 1772.
     * @default "binary"
     */
    readonly VLLM_COMPILE_CACHE_SAVE_FORMAT: "binary" | "unpacked";
    /**
     * Flag to control the v2 model runner. If unset, use config defaults.
     *
     * Type: bool | None.
     * Accepts: an integer.
     * Source: envs.py line 1776.
     * @default None
     */
    readonly VLLM_USE_V2_MODEL_RUNNER: boolean | null;
    /**
     * Log model inspection after loading.
     * If enabled, logs a transformers-style hierarchical view of the model
     * with quantization methods and attention backends.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1782.
     * @default False
     */
    readonly VLLM_LOG_MODEL_INSPECTION: boolean;
    /**
     * Debug logging for --enable-mfu-metrics
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1786.
     * @default False
     */
    readonly VLLM_DEBUG_MFU_METRICS: boolean;
    /**
     * Disable using pytorch's pin memory for CPU offloading.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1790.
     * @default False
     */
    readonly VLLM_WEIGHT_OFFLOADING_DISABLE_PIN_MEMORY: boolean;
    /**
     * Disable using UVA (Unified Virtual Addressing) for CPU offloading.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1794.
     * @default False
     */
    readonly VLLM_WEIGHT_OFFLOADING_DISABLE_UVA: boolean;
    /**
     * Disable logging of vLLM logo at server startup time.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1798.
     * @default False
     */
    readonly VLLM_DISABLE_LOG_LOGO: boolean;
    /**
     * Disable PDL for LoRA, as enabling PDL with LoRA on SM100 causes
     * Triton compilation to fail.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1801.
     * @default False
     */
    readonly VLLM_LORA_DISABLE_PDL: boolean;
    /**
     * Enable CUDA compatibility mode for datacenter GPUs with older
     * driver versions than the CUDA toolkit major version of vLLM.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1804.
     * @default False
     */
    readonly VLLM_ENABLE_CUDA_COMPATIBILITY: boolean;
    /**
     * Path to the CUDA compatibility libraries when CUDA compatibility is enabled.
     *
     * Type: str | None.
     * Accepts: any string.
     * Source: envs.py line 1809.
     * @default None
     */
    readonly VLLM_CUDA_COMPATIBILITY_PATH: string | null;
    /**
     * Skip model name validation in OpenAI API requests.
     * When set to 1, any model name will be accepted in the 'model' field
     * of API requests. This is useful for proxy/gateway scenarios where
     * the actual model is served but different names may be used in requests.
     *
     * Type: bool.
     * Accepts: any string.
     * Source: envs.py line 1816.
     * @default False
     */
    readonly VLLM_SKIP_MODEL_NAME_VALIDATION: boolean;
    /**
     * Whether it is a scale up launch engine for elastic EP,
     * Should only be set by EngineCoreClient.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1822.
     * @default False
     */
    readonly VLLM_ELASTIC_EP_SCALE_UP_LAUNCH: boolean;
    /**
     * Whether to wait for all requests to drain before sending the
     * scaling command in elastic EP.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1827.
     * @default False
     */
    readonly VLLM_ELASTIC_EP_DRAIN_REQUESTS: boolean;
    /**
     * If set to 1, enable CUDA graph memory estimation during memory profiling.
     * This profiles CUDA graph memory usage to provide more accurate KV cache
     * memory allocation. Enabled by default as of v0.21.0
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1833.
     * @default True
     */
    readonly VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS: boolean;
    /**
     * NIXL EP environment variables
     *
     * Type: int.
     * Accepts: an integer.
     * Source: envs.py line 1837.
     * @default 32
     */
    readonly VLLM_NIXL_EP_MAX_NUM_RANKS: number | bigint;
    /**
     * Whether enable XPU graph on Intel GPU
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1841.
     * @default False
     */
    readonly VLLM_XPU_ENABLE_XPU_GRAPH: boolean;
    /**
     * whether use xpu specific sample kernel
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1845.
     * @default True
     */
    readonly VLLM_XPU_USE_SAMPLER_KERNEL: boolean;
    /**
     * Enable simple KV offload.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1849.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_USE_SIMPLE_KV_OFFLOAD: boolean;
    /**
     * Whether to enable dual cuda streams for LoRA computation
     * (used by both BaseLinearLayerWithLoRA and FusedMoEWithLoRA to
     * overlap the base layer compute with the LoRA fast path).
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1855.
     * @default False
     */
    readonly VLLM_LORA_ENABLE_DUAL_STREAM: boolean;
    /**
     * If set to 1, use Python spinloop extension to poll in a more efficient
     * way when using the mp backend.
     *
     * Type: bool.
     * Accepts: an integer.
     * Source: envs.py line 1860.
     * Drift: has no TYPE_CHECKING declaration.
     * @default False
     */
    readonly VLLM_USE_SPINLOOP_EXT: boolean;
    /**
     * Comma-separated GPU_BDF=NIC_BDF pairs for RDMA NIC selection.
     * Must be set together with VLLM_NIC_SELECTION_VARS.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1863.
     * @default ""
     */
    readonly VLLM_GPU_NIC_PCIE_MAPPING: string;
    /**
     * Comma-separated list of env vars to set from the GPU-NIC mapping.
     * Each entry is VAR_NAME or VAR_NAME:<suffix> (suffix appended to
     * RDMA device name). Must be set together with VLLM_GPU_NIC_PCIE_MAPPING.
     *
     * Type: str.
     * Accepts: any string.
     * Source: envs.py line 1867.
     * @default ""
     */
    readonly VLLM_NIC_SELECTION_VARS: string;
}
/** Metadata of every variable: type, default, choices, description, section, reads, source line. */
export declare const VLLM_ENV_VARS: Readonly<Record<VllmEnvName, VllmEnvVarInfo>>;
/** The envs.py these bindings were generated from. */
export declare const VLLM_ENVS_SOURCE: {
    readonly sha256: "f49282224a21b75dd9b6fbb52cba50872ce2dc80e72dc42654ccdef129ddc311";
    readonly variables: 261;
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
