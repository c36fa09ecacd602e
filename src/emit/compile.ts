/**
 * TypeScript → JavaScript (ESM or CommonJS) and declarations, in memory, file by file
 * (generated modules are written for isolated transpilation), with the TypeScript that
 * ts-morph bundles (loading a second copy costs a cold run ~0.4 s). The full `tsc --strict`
 * check of generated code is the test suite's job (test/generated.test.ts).
 */
import { createRequire } from "node:module";
import type { ts as TS } from "ts-morph";
import type { transformSync as TransformSync } from "esbuild";

// Loaded on first use: a `sync` with nothing to do must not pay for TypeScript and esbuild (~0.4 s).
const load = createRequire(import.meta.url);
let tsModule: typeof TS | null = null;
let esbuildTransform: typeof TransformSync | null = null;
function typescript(): typeof TS {
  return (tsModule ??= (load("ts-morph") as { ts: typeof TS }).ts);
}
function transformSync(...args: Parameters<typeof TransformSync>): ReturnType<typeof TransformSync> {
  esbuildTransform ??= (load("esbuild") as { transformSync: typeof TransformSync }).transformSync;
  return esbuildTransform(...args);
}

/** A module format of the package. */
export type ModuleFormat = "esm" | "cjs";

function base(): TS.CompilerOptions {
  const ts = typescript();
  return { target: ts.ScriptTarget.ES2022, strict: true, newLine: ts.NewLineKind.LineFeed };
}

/** The compiled output, and the problems found while compiling (none for a valid model). */
export interface Compiled {
  text: string;
  diagnostics: string[];
}

function messages(ds: readonly TS.Diagnostic[] | undefined): string[] {
  return (ds ?? []).map((d) => typescript().flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Compile one module to JavaScript in the given format. */
export function transpile(source: string, format: ModuleFormat): Compiled {
  const ts = typescript();
  const module = format === "esm" ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS;
  const out = ts.transpileModule(source, { compilerOptions: { ...base(), module }, reportDiagnostics: true });
  return { text: out.outputText, diagnostics: messages(out.diagnostics) };
}

/** The declarations of one module (it must satisfy `isolatedDeclarations`). */
export function declare(source: string): Compiled {
  const ts = typescript();
  const out = ts.transpileDeclaration(source, { compilerOptions: { ...base(), module: ts.ModuleKind.ESNext, declaration: true, isolatedDeclarations: true }, reportDiagnostics: true });
  return { text: out.outputText, diagnostics: messages(out.diagnostics) };
}

/**
 * Compile a large module (the runtime, the pool) without whitespace, with esbuild: a third
 * of the bytes. Not for the version modules: esbuild drops `/*#__PURE__*\/` when minifying,
 * and bundlers need it there to leave out the interpreter.
 */
export function transpileCompact(source: string, format: ModuleFormat): Compiled {
  try {
    const out = transformSync(source, { loader: "ts", format, target: "es2022", minifyWhitespace: true, legalComments: "none" });
    return { text: out.code, diagnostics: out.warnings.map((w) => w.text) };
  } catch (e) {
    return { text: "", diagnostics: [(e as Error).message] };
  }
}
