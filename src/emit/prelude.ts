/**
 * The shared runtime: the Python-semantics library in `templates/runtime/`, joined into
 * one module that every version module of the package imports (not one copy per version).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

/** Template files in dependency order. */
const RUNTIME_FILES = [
  "values", "set-order", "context", "numbers", "python-names", "unicode-data", "unicode-decode", "unicode", "text", "honest", "str-format",
  "str-methods", "json", "os-path", "modules", "ops", "iter-builtins", "builtins", "container-methods", "methods",
  "args", "syntax", "glue", "fast", "env-view", "api", "validate", "bindings", "standard-schema", "plugins",
] as const;

/** Names a version module re-exports from the runtime as part of the public API. */
export const PUBLIC_RUNTIME_NAMES: readonly string[] = ["VllmEnvError", "VllmEnvUnsupportedError", "formatVllmEnvDotenv", "formatVllmEnvKubernetes"];

/** Public types a version's declarations import from the runtime. */
export const PUBLIC_RUNTIME_TYPES: readonly string[] = ["VllmEnvHost", "VllmEnvOptions", "VllmEnvSource", "VllmEnvValue", "VllmEnvDiagnostic", "VllmEnvVarInfo", "VllmEnvReading",
  "VllmEnvStandardSchema", "VllmEnvSchemaResult", "VllmEnvSchemaIssue", "VllmEnvKubernetesVar", "VllmEnvSchemas", "VllmEnvInputOf",
  "VllmEnvPlugin", "VllmEnvValidateOptions"];

/**
 * The runtime source for its declarations: every export but the public ones made module-private,
 * so consumers' declarations hold the API, not the interpreter's internals.
 */
export function publicRuntimeSource(): string {
  const keep = new Set([...PUBLIC_RUNTIME_NAMES, ...PUBLIC_RUNTIME_TYPES]);
  return runtimeSource()
    .source.split("\n")
    .map((line) => {
      const m = /^export (?:declare )?(?:abstract )?(?:class|function|const|type|interface|let) ([A-Za-z_$][\w$]*)/.exec(line);
      return m && !keep.has(m[1] as string) ? line.slice("export ".length) : line;
    })
    .join("\n");
}

/**
 * Templates a browser bundle goes without (package.json `browser` maps `runtime/index` to `runtime/browser`):
 * CPython's Unicode tables with their decoder, and its attribute and keyword tables (~8 KB gzipped). The
 * runtime is exact on ASCII without them and answers `unsupported` where it would need one. Node loads the
 * one-module runtime with every table (one module: each module more is a file to find and read at import).
 */
const BROWSER_LEAVES_OUT: readonly string[] = ["unicode-data", "unicode-decode", "python-names"];

let cached: { source: string; exports: string[]; parts: Map<string, string> } | null = null;

function exportedNames(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^export (?:declare )?(?:abstract )?(class|function|const|let) ([A-Za-z_$][\w$]*)/.exec(line);
    if (m) out.push(m[2] as string);
  }
  return out;
}

/** The runtime module's TypeScript: template imports removed (one module), every export kept; `parts` by template. */
export function runtimeSource(): { source: string; exports: string[]; parts: ReadonlyMap<string, string> } {
  if (cached !== null) return cached;
  const exports: string[] = [];
  const parts = new Map<string, string>();
  for (const name of RUNTIME_FILES) {
    const text = readFileSync(join(packageRoot(), "templates", "runtime", `${name}.ts`), "utf8");
    const lines = text.split("\n").filter((line) => !/^import .* from "\.\/[a-z-]+\.js";$/.test(line));
    exports.push(...exportedNames(lines));
    parts.set(name, `// ---- runtime: ${name} ----\n${lines.join("\n").trim()}\n`);
  }
  cached = { source: ["/* eslint-disable */", ...parts.values()].join("\n"), exports, parts };
  return cached;
}

/** The runtime for browser bundles: every template but those it leaves out, whose exports are null. */
export function browserRuntimeSource(): string {
  const { parts } = runtimeSource();
  const left = BROWSER_LEAVES_OUT.map((name) => parts.get(name) as string);
  const nulls = exportedNames(left.join("\n").split("\n")).map((n) => `export const ${n}: any = null;`);
  const types = left.flatMap((t) => t.split("\n").filter((l) => /^export type /.test(l) || /^type /.test(l)));
  const rest = Array.from(parts).filter(([name]) => !BROWSER_LEAVES_OUT.includes(name)).map(([, text]) => text);
  const head = `// CPython's tables left out (${BROWSER_LEAVES_OUT.join(", ")}): a browser bundle.`;
  return ["/* eslint-disable */", head, ...nulls, ...types, ...rest].join("\n");
}
