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

/** The package manifest; `newest` is the version the bare `vllm-envs` import and the top-level schemas mean. */
export function packageJson(newest: string | null): string {
  const schemas = newest === null ? {} : { "./env.schema.json": `./${newest}/env.schema.json`, "./values.schema.json": `./${newest}/values.schema.json` };
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
    typesVersions: { "*": { "latest/index.d.ts": ["./latest/index.d.ts"], "*": ["./*/index.d.ts"] } },
    // Browser bundles leave out CPython's tables (~8 KB gzipped): the runtime is exact on ASCII without them,
    // and answers `unsupported` where it would need one (a non-ASCII character, a missing attribute).
    browser: { "./runtime/index.js": "./runtime/browser.js", "./runtime/index.cjs": "./runtime/browser.cjs" },
    files: ["runtime/*.js", "runtime/*.cjs", "shared/*.js", "shared/*.cjs", "shared/*.d.cts", "*/index.js", "*/index.cjs", "*/index.d.ts", "*/index.d.cts", "*/types.d.cts", "*/env.schema.json", "*/values.schema.json", "versions.json", "README.md"],
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The README consumers see on npm. */
export function packageReadme(versions: readonly PackageVersion[]): string {
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
- \`VLLM_ENV_NAMES\`, \`VLLM_ENV_VARS\` (type, default, choices, description, source line),
  \`VLLM_ENVS_SOURCE\` (\`version\`, \`vllmVersion\`, \`sha256\`, \`variables\`).
- \`VLLM_ENVS_VERSIONS\` and \`resolveVllmEnvsVersion("0.9.2")\` (also from \`vllm-envs/versions\`; raw data in
  \`vllm-envs/versions.json\`): which bindings to import for a vLLM version.
- JSON Schemas: \`vllm-envs/env.schema.json\` (the raw environment) and \`vllm-envs/values.schema.json\` (the
  values), and \`vllm-envs/<label>/…\` for a given version.

## Ints

Python ints are JS \`number\`s. An int beyond ±2^53 (\`Number.MAX_SAFE_INTEGER\`) has no exact \`number\`, so
it is never rounded: \`getVllmEnv\` throws \`VllmEnvUnsupportedError\` whose \`reason\` gives the exact value,
and \`readVllmEnv\` lists it under \`unsupported\`.

## Module systems

ESM (\`import\`) and CommonJS (\`require\`, every Node ≥ 20) load separate copies: an error class from one is
not \`instanceof\` the other's. TypeScript: \`nodenext\`, \`node16\`, \`bundler\` and \`node10\` resolution.
\`sideEffects: false\`: a bundle of \`VLLM_ENV_NAMES\` alone does not include the interpreter.
`;
}
