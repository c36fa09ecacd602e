/**
 * `generated/package.json` and the npm README of the bindings package `vllm-envs`:
 * no dependencies, no install scripts; conditional exports for ESM and CommonJS with
 * their own declarations, and `typesVersions` for TypeScript's `node10` resolution.
 */
import type { PackageVersion } from "../emit/emit-versions.js";
import { toolVersion } from "../util/package-root.js";

const entry = (dir: string) => ({
  import: { types: `./${dir}/index.d.ts`, default: `./${dir}/index.js` },
  require: { types: `./${dir}/index.d.cts`, default: `./${dir}/index.cjs` },
});

/**
 * The subpaths of a platform plugin's tree (`plugins/<name>/`): its newest bindings, each version, its
 * versions helper and list, its schemas; its pool is internal. Explicit per plugin: a subpath pattern has one `*`.
 */
function pluginExports(name: string): Record<string, unknown> {
  const at = `./plugins/${name}`;
  return {
    [at]: entry(`plugins/${name}/latest`),
    [`${at}/versions`]: entry(`plugins/${name}/versions`),
    [`${at}/versions.json`]: `${at}/versions.json`,
    [`${at}/shared`]: null,
    [`${at}/*/env.schema.json`]: `${at}/*/env.schema.json`,
    [`${at}/*/values.schema.json`]: `${at}/*/values.schema.json`,
    [`${at}/*`]: entry(`plugins/${name}/*`),
  };
}

/** Published files of the plugin trees (`files` globs do not reach two folders down). */
const PLUGIN_FILES = [
  "plugins/*/shared/*.js", "plugins/*/shared/*.cjs", "plugins/*/shared/*.d.cts", "plugins/*/*/index.js", "plugins/*/*/index.cjs",
  "plugins/*/*/index.d.ts", "plugins/*/*/index.d.cts", "plugins/*/*/types.d.cts", "plugins/*/*/env.schema.json",
  "plugins/*/*/values.schema.json", "plugins/*/versions.json",
];

/**
 * The package manifest; `newest` is the version the bare `vllm-envs` import and the top-level schemas mean;
 * `plugins` the names of the plugin trees under `plugins/` (`vllm-envs/plugins/<name>`).
 */
export function packageJson(newest: string | null, plugins: readonly string[] = []): string {
  const schemas = newest === null ? {} : { "./env.schema.json": `./${newest}/env.schema.json`, "./values.schema.json": `./${newest}/values.schema.json` };
  const pluginTypes = Object.fromEntries(plugins.map((p) => [`plugins/${p}`, [`./plugins/${p}/latest/index.d.ts`]]));
  const pkg = {
    name: "vllm-envs",
    version: toolVersion(),
    description: "Typed bindings for vLLM's environment variables (vllm/envs.py), evaluated exactly as CPython would. No dependencies.",
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    main: "./latest/index.cjs",
    module: "./latest/index.js",
    types: "./latest/index.d.ts",
    exports: {
      ".": entry("latest"),
      "./versions": entry("versions"),
      "./node-host": entry("node-host"),
      ...Object.assign({}, ...plugins.map(pluginExports)),
      "./versions.json": "./versions.json",
      ...schemas,
      "./package.json": "./package.json",
      "./runtime": null,
      "./shared": null,
      "./*/env.schema.json": "./*/env.schema.json",
      "./*/values.schema.json": "./*/values.schema.json",
      "./*": entry("*"),
    },
    // node10 resolution: subpaths to their declarations; TypeScript maps the `types` path through these
    // too, so it needs its own entry (else it would look for latest/index.d.ts/index.d.ts).
    typesVersions: { "*": { "latest/index.d.ts": ["./latest/index.d.ts"], ...pluginTypes, "*": ["./*/index.d.ts"] } },
    // Browser bundles leave out CPython's tables (~8 KB gzipped): the runtime is exact on ASCII without them,
    // and answers `unsupported` where it would need one (a non-ASCII character, a missing attribute).
    browser: { "./runtime/index.js": "./runtime/browser.js", "./runtime/index.cjs": "./runtime/browser.cjs" },
    files: ["runtime/*.js", "runtime/*.cjs", "shared/*.js", "shared/*.cjs", "shared/*.d.cts", "*/index.js", "*/index.cjs", "*/index.d.ts", "*/index.d.cts", "*/types.d.cts", "*/env.schema.json", "*/values.schema.json", "versions.json", "README.md", ...(plugins.length ? PLUGIN_FILES : [])],
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The README's paragraph on platform plugins, when the package has any. */
function pluginsSection(plugins: readonly string[]): string {
  if (!plugins.length) return "";
  const list = plugins.map((p) => `\`vllm-envs/plugins/${p}\``).join(", ");
  return `
## Platform plugins

vLLM's platform plugins keep their own variables in a file shaped like \`vllm/envs.py\`. Their bindings: ${list}
(the newest; \`…/<label>\` a given version, \`…/versions\` the list). Each exports the same calls for its own
variables and \`VLLM_ENVS_PLUGIN\`; pass it to vLLM's validation so the plugin's variables are checked by its rules:

\`\`\`ts
import { validateVllmEnv } from "vllm-envs";
import { VLLM_ENVS_PLUGIN as gaudi } from "vllm-envs/plugins/vllm-gaudi";
validateVllmEnv(process.env, { plugins: [gaudi] });
\`\`\`

A variable both define is reported as \`shared-variable\` with what each definition computes: vLLM's code reads
\`vllm.envs.NAME\` (vLLM's getter), the plugin's code its own module's (the plugin's), both from the same environment.
`;
}

/** The README consumers see on npm. */
export function packageReadme(versions: readonly PackageVersion[], plugins: readonly string[] = []): string {
  const newest = versions[versions.length - 1];
  const list = versions.map((v) => `\`${v.label}\``).join(", ");
  return `# vllm-envs

Typed bindings for [vLLM](https://github.com/vllm-project/vllm)'s environment variables, generated
statically from \`vllm/envs.py\`: every value is computed exactly as CPython computes \`vllm.envs.NAME\`,
or reported as not computable here. No dependencies; ESM and CommonJS; declarations included.

\`\`\`sh
npm install vllm-envs
\`\`\`

\`\`\`ts
import { getVllmEnv, readVllmEnv, validateVllmEnv, VLLM_ENV_NAMES, VllmEnvError } from "vllm-envs";
const port = getVllmEnv("VLLM_PORT", process.env); // number | null
const { values, errors, unsupported } = readVllmEnv(process.env);
\`\`\`

- \`vllm-envs\` is the newest version${newest ? ` (\`${newest.label}\`)` : ""}; \`vllm-envs/<label>\` is a given one: ${list}.
- \`getVllmEnv(name, env?, options?)\`: one variable, in its own import of envs.py. Throws \`VllmEnvError\`
  where Python raises (\`pythonType\`, \`reason\`; \`messageUnknown\` when only the type is certain),
  \`VllmEnvUnsupportedError\` where the value depends on
  more than the environment (pass \`{ host: createNodeHost() }\` from \`vllm-envs/node-host\` for the filesystem,
  CPU count and user database), \`TypeError\` for an unknown name or an entry that is not a string.
- \`readVllmEnv(env?, options?)\`: every variable, as one import of envs.py followed by reading each attribute in
  source order. It never throws for a variable's value (only a \`TypeError\` for an entry that is not a string):
  it returns \`{ values, errors, unsupported }\` — every value it could compute, every \`VllmEnvError\` and
  every \`VllmEnvUnsupportedError\`.
- \`validateVllmEnv(env?, options?)\`: diagnostics (invalid values, unknown or removed \`VLLM_*\` names with a
  suggestion, Kubernetes service links); never throws.
- \`vllmEnvSchema\`, \`VllmEnvInput\`, \`defineVllmEnv\` and the \`.env\` and Kubernetes serialisers: typed
  settings (below).
- \`VLLM_ENV_NAMES\`, \`VLLM_ENV_VARS\` (type, default, choices, description, source line),
  \`VLLM_ENVS_SOURCE\` (\`version\`, \`vllmVersion\`, \`sha256\`, \`variables\`).
- \`VLLM_ENVS_VERSIONS\` and \`resolveVllmEnvsVersion("0.9.2")\` (also from \`vllm-envs/versions\`; raw data in
  \`vllm-envs/versions.json\`): which bindings to import for a vLLM version (\`exact: false\` when a snapshot, an
  older release or the release before a pre-release stands in).
- \`vllm-envs/env.schema.json\`, \`vllm-envs/values.schema.json\` (and per version): JSON Schema 2020-12 (Ajv:
  \`Ajv2020\` from \`ajv/dist/2020\`).
- JSON Schemas: \`vllm-envs/env.schema.json\` (the raw environment) and \`vllm-envs/values.schema.json\` (the
  values), and \`vllm-envs/<label>/…\` for a given version.

## Typed settings: Standard Schema validators and \`defineVllmEnv\`

\`\`\`ts
import { createEnv } from "@t3-oss/env-core";
import { vllmEnvSchema, defineVllmEnv, formatVllmEnvDotenv, formatVllmEnvKubernetes } from "vllm-envs";

const env = createEnv({
  server: { VLLM_PORT: vllmEnvSchema.VLLM_PORT, VLLM_GPU_SYNC_CHECK: vllmEnvSchema.VLLM_GPU_SYNC_CHECK },
  runtimeEnv: process.env,
}); // env.VLLM_PORT: number | null; VLLM_PORT="abc" is rejected: CPython raises ValueError

const settings = defineVllmEnv({ VLLM_PORT: "8000", VLLM_GPU_SYNC_CHECK: "warn" }); // Record<string, string>
formatVllmEnvDotenv(settings); // "VLLM_PORT=8000\\nVLLM_GPU_SYNC_CHECK=warn\\n"
formatVllmEnvKubernetes(settings); // [{ name: "VLLM_PORT", value: "8000" }, ...]
\`\`\`

- \`vllmEnvSchema.NAME\`: a [Standard Schema](https://standardschema.dev) v1 validator (t3-env, envin, tRPC, and
  anything else that takes one): raw \`string | undefined\` in, exactly \`VllmEnv[NAME]\` out, synchronous; where
  CPython raises, one issue whose message is CPython's error; where the value cannot be computed here, one issue
  saying why. The other variables a getter reads come from \`process.env\` when it validates;
  \`createVllmEnvSchema(env?, options?)\` gives validators over another environment or with a host.
- \`type VllmEnvInput\`: every variable optional, each typed by the raw strings it accepts — literal unions for
  case-sensitive choices (\`"error" | "warn"\`), \`VllmEnvIntString\` (a string holding a decimal digit) where the
  getter calls \`int()\`, \`string\` otherwise. It never rejects a string CPython accepts; a misspelled name, a
  number, \`"panic"\` for \`VLLM_GPU_SYNC_CHECK\` or \`"true"\` for an \`int()\` flag are compile errors.
- \`defineVllmEnv(input, options?)\`: checks the settings as CPython reads them (the settings alone are the
  environment) and returns them as a plain object; throws \`VllmEnvError\` where Python raises (\`"1.5"\` for
  \`VLLM_PORT\`), \`TypeError\` for an unknown name or a value that is not a string.
- \`formatVllmEnvDotenv(settings)\`: \`.env\` text that dotenv reads back exactly (bare, else in single quotes,
  backticks or double quotes; a value none can hold, or with a carriage return, throws).
  \`formatVllmEnvKubernetes(settings)\`: a container's \`env:\` list, \`[{ name, value }]\`, each \`$\` written \`$$\`
  (the kubelet expands \`$(VAR)\` and \`$$\`: the container sees the checked string).

## Ints

Python ints are JS \`number\`s. An int beyond ±2^53 (\`Number.MAX_SAFE_INTEGER\`) has no exact \`number\`, so
it is never rounded: \`getVllmEnv\` throws \`VllmEnvUnsupportedError\` whose \`reason\` gives the exact value,
and \`readVllmEnv\` lists it under \`unsupported\`.

## Module systems

ESM (\`import\`) and CommonJS (\`require\`, every Node ≥ 20) load separate copies: an error class from one is
not \`instanceof\` the other's. TypeScript: \`nodenext\`, \`node16\`, \`bundler\` and \`node10\` resolution.
\`sideEffects: false\`: a bundle of \`VLLM_ENV_NAMES\` alone does not include the interpreter, and one of
\`validateVllmEnv\` does not include the validators or the write side.
${pluginsSection(plugins)}`;
}
