/**
 * TypeScript → JavaScript (ESM or CommonJS) and declarations, in memory, file by file
 * (generated modules are written for isolated transpilation), with the TypeScript that
 * ts-morph bundles (loading a second copy costs a cold run ~0.4 s). The full `tsc --strict`
 * check of generated code is the test suite's job (test/generated.test.ts).
 */
import { ts } from "ts-morph";

/** A module format of the package. */
export type ModuleFormat = "esm" | "cjs";

const BASE: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, strict: true, newLine: ts.NewLineKind.LineFeed };

/** The compiled output, and the problems found while compiling (none for a valid model). */
export interface Compiled {
  text: string;
  diagnostics: string[];
}

function messages(ds: readonly ts.Diagnostic[] | undefined): string[] {
  return (ds ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Compile one module to JavaScript in the given format. */
export function transpile(source: string, format: ModuleFormat): Compiled {
  const module = format === "esm" ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS;
  const out = ts.transpileModule(source, { compilerOptions: { ...BASE, module }, reportDiagnostics: true });
  return { text: out.outputText, diagnostics: messages(out.diagnostics) };
}

/** The declarations of one module (it must satisfy `isolatedDeclarations`). */
export function declare(source: string): Compiled {
  const out = ts.transpileDeclaration(source, { compilerOptions: { ...BASE, module: ts.ModuleKind.ESNext, declaration: true, isolatedDeclarations: true }, reportDiagnostics: true });
  return { text: out.outputText, diagnostics: messages(out.diagnostics) };
}
