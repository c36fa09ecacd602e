/**
 * The shared runtime: the Python-semantics library in `templates/runtime/`, joined into
 * one module that every version module of the package imports (not one copy per version).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

/** Template files in dependency order. */
const RUNTIME_FILES = [
  "values", "context", "numbers", "python-names", "unicode-data", "unicode-decode", "unicode", "text", "honest", "str-format",
  "str-methods", "json", "os-path", "modules", "ops", "iter-builtins", "builtins", "container-methods", "methods",
  "args", "syntax", "glue", "fast", "env-view", "api", "validate", "bindings",
] as const;

/** Names a version module re-exports from the runtime as part of the public API. */
export const PUBLIC_RUNTIME_NAMES: readonly string[] = ["VllmEnvError", "VllmEnvUnsupportedError"];

/** Public types a version's declarations import from the runtime. */
export const PUBLIC_RUNTIME_TYPES: readonly string[] = ["VllmEnvHost", "VllmEnvOptions", "VllmEnvSource", "VllmEnvValue", "VllmEnvDiagnostic", "VllmEnvVarInfo", "VllmEnvReading"];

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
 * Tables the package ships beside its runtime as modules of their own (`runtime/<name>`), by the templates
 * each joins: CPython's Unicode tables with their decoder, and its attribute and keyword tables. A browser
 * bundle swaps each for nulls (package.json `browser`, ~8 KB gzipped): the runtime is then exact on ASCII and
 * answers `unsupported` where it would need a table it lacks.
 */
export const RUNTIME_APART: Readonly<Record<string, readonly string[]>> = {
  "unicode-data": ["unicode-data", "unicode-decode"],
  "python-names": ["python-names"],
};

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

/** The package's runtime: every template but the tables apart, which it imports from `./<name><ext>`. */
export function packageRuntimeSource(ext: ".js" | ".cjs"): string {
  const { parts } = runtimeSource();
  const apart = new Set(Object.values(RUNTIME_APART).flat());
  const heads = Object.keys(RUNTIME_APART).map((name) => {
    const lines = apartSource(name, false).split("\n");
    const types = lines.map((l) => /^export type ([A-Za-z_$][\w$]*)/.exec(l)?.[1]).filter((t) => t !== undefined);
    return `import { ${[...exportedNames(lines), ...types.map((t) => `type ${t}`)].join(", ")} } from "./${name}${ext}";`;
  });
  const rest = Array.from(parts).filter(([name]) => !apart.has(name)).map(([, text]) => text);
  return ["/* eslint-disable */", ...heads, ...rest].join("\n");
}

/** A module of tables apart (`asNulls`: every export null, what browser bundles get instead). */
export function apartSource(name: string, asNulls: boolean): string {
  const text = (RUNTIME_APART[name] ?? []).map((t) => runtimeSource().parts.get(t) as string).join("\n");
  if (!asNulls) return text;
  const names = exportedNames(text.split("\n"));
  return `// Left out of browser bundles: the runtime answers what it can without these tables.\n${names.map((n) => `export const ${n} = null;`).join("\n")}\n`;
}
