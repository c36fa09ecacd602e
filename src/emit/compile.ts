/**
 * TypeScript → JavaScript (ESM or CommonJS) and declarations, in memory, file by file
 * (generated modules are written for isolated transpilation), with the TypeScript that
 * ts-morph bundles (loading a second copy costs a cold run ~0.4 s). The TypeScript compiler
 * is only used for the generator's own sources, normally at build time (generator-assets.ts);
 * translated code goes through esbuild. The full `tsc --strict` check of generated code is
 * the test suite's job (test/generated.test.ts).
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

/** The text of a compilation that must succeed (the generator's own code): an Error naming `what` otherwise. */
export function compiledText(out: Compiled, what: string): string {
  if (out.diagnostics.length) throw new Error(`${what} does not compile: ${out.diagnostics.slice(0, 3).join("; ")}`);
  return out.text;
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

/** A top-level function of a module template, compiled to both formats (doc comment included). */
export interface TemplateFunction {
  name: string;
  exported: boolean;
  /** As TypeScript compiles it to ESM (`export function …` when exported). */
  esm: string;
  /** As TypeScript compiles it to CommonJS (no `export`; exported names read as `exports.x`). */
  cjs: string;
}

function topLevelFunctions(text: string): Map<string, { text: string; exported: boolean }> {
  const ts = typescript();
  const file = ts.createSourceFile("template.js", text, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, { text: string; exported: boolean }>();
  for (const st of file.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name) continue;
    const exported = (st.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    out.set(st.name.text, { text: text.slice(st.getStart(file, true), st.end), exported });
  }
  return out;
}

/**
 * The top-level functions of a module template (templates/module/), compiled to ESM and to
 * CommonJS; its imports, `declare`s and placeholder constants are the assembler's business.
 */
export function compileTemplateFunctions(source: string, what: string): TemplateFunction[] {
  const [esm, cjs] = (["esm", "cjs"] as const).map((format) => {
    return topLevelFunctions(compiledText(transpile(source, format), what));
  });
  return Array.from(esm, ([name, f]) => ({ name, exported: f.exported, esm: f.text, cjs: cjs.get(name)?.text ?? "" }));
}

/**
 * One module of the page as plain script (comments removed): its imports are the other
 * modules, concatenated before it, so `import` lines and `export` keywords go.
 */
export function transpileScript(source: string, what: string): string {
  const ts = typescript();
  const out = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      newLine: ts.NewLineKind.LineFeed,
      removeComments: true,
    },
  }).outputText;
  const body = out
    .replace(/^import\s[^;]*;\n/gm, "")
    .replace(/^export \{\};\n/gm, "")
    .replace(/^export (?=(?:async )?(?:function|const|let|class)\b)/gm, "");
  if (/^\s*(?:import|export)\b/m.test(body)) throw new Error(`${what}: an import or export the page bundler does not handle`);
  return body;
}

/** Declarations in the style of the sources: TypeScript's emitter indents by four spaces, the sources by two. */
export function reindentDeclarations(text: string): string {
  return text.replace(/^ +/gm, (s) => " ".repeat((s.length >> 2) * 2 + (s.length & 3)));
}
