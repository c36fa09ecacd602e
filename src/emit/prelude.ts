/**
 * The shared runtime: the Python-semantics library in `templates/runtime/`, joined into
 * one module that every version module of the package imports (not one copy per version).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

/** Template files in dependency order. */
const RUNTIME_FILES = [
  "values", "context", "numbers", "python-names", "unicode-data", "unicode", "text", "honest", "str-format",
  "str-methods", "json", "os-path", "modules", "ops", "iter-builtins", "builtins", "container-methods", "methods",
  "args", "syntax", "glue", "env-view", "api", "validate", "bindings", "standard-schema", "plugins",
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

let cached: { source: string; exports: string[] } | null = null;

/** The runtime module's TypeScript: template imports removed (one module), every export kept. */
export function runtimeSource(): { source: string; exports: string[] } {
  if (cached !== null) return cached;
  const exports: string[] = [];
  const parts = RUNTIME_FILES.map((name) => {
    const text = readFileSync(join(packageRoot(), "templates", "runtime", `${name}.ts`), "utf8");
    const lines = text.split("\n").filter((line) => !/^import .* from "\.\/[a-z-]+\.js";$/.test(line));
    for (const line of lines) {
      const m = /^export (?:declare )?(?:abstract )?(class|function|const|let) ([A-Za-z_$][\w$]*)/.exec(line);
      if (m) exports.push(m[2]);
    }
    return `// ---- runtime: ${name} ----\n${lines.join("\n").trim()}\n`;
  });
  cached = { source: ["/* eslint-disable */", ...parts].join("\n"), exports };
  return cached;
}
