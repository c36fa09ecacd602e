/**
 * The runtime prelude: the Python-semantics library in `templates/runtime/`,
 * joined into one self-contained block for each generated module.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

/** Template files in dependency order. */
const PRELUDE_FILES = [
  "values", "context", "numbers", "python-names", "unicode-data", "unicode", "text", "honest", "str-format",
  "str-methods", "json", "os-path", "modules", "ops", "iter-builtins", "builtins", "container-methods", "methods",
  "args", "syntax", "glue", "api", "validate",
] as const;

/** Names the generated module exports from the prelude; every other prelude `export` is internal. */
export const PUBLIC_PRELUDE_NAMES: ReadonlySet<string> = new Set(["VllmEnvError", "VllmEnvUnsupportedError", "VllmEnvHost", "VllmEnvOptions", "VllmEnvSource", "VllmEnvValue", "VllmEnvDiagnostic", "VllmEnvVarInfo"]);

let cached: string | null = null;

/** The prelude text: template imports removed, internal exports made module-private. */
export function loadPrelude(): string {
  if (cached !== null) return cached;
  const parts = PRELUDE_FILES.map((name) => {
    const text = readFileSync(join(packageRoot(), "templates", "runtime", `${name}.ts`), "utf8");
    const body = text
      .split("\n")
      .filter((line) => !/^import .* from "\.\/[a-z-]+\.js";$/.test(line))
      .map((line) => {
        const m = /^export (?:declare )?(?:abstract )?(?:class|function|const|type|interface|let) ([A-Za-z_$][\w$]*)/.exec(line);
        return m && !PUBLIC_PRELUDE_NAMES.has(m[1]) ? line.slice("export ".length) : line;
      })
      .join("\n");
    return `// ---- runtime: ${name} ----\n${body.trim()}\n`;
  });
  cached = parts.join("\n");
  return cached;
}
