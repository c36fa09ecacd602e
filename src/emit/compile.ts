/**
 * `index.ts` → `index.js` + `index.d.ts`, in memory, so a consumer imports a
 * generated revision without a TypeScript build. Both are transpiled file by file
 * (the module is written for isolated declarations) with the TypeScript that
 * ts-morph bundles (loading a second copy costs a cold run ~0.4 s); the full `tsc --strict`
 * check of generated code is the test suite's job (test/generated.test.ts).
 */
import { ts } from "ts-morph";

const JS_OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, newLine: ts.NewLineKind.LineFeed };
const DTS_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

/** The compiled outputs, and the problems found while compiling (none for a valid model). */
export interface Compiled {
  js: string;
  dts: string;
  diagnostics: string[];
}

/** Compile one generated module. */
export function compileIndex(source: string): Compiled {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, reportDiagnostics: true });
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { js: js.outputText, dts: dts.outputText, diagnostics };
}
