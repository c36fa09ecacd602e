/**
 * `index.ts` → `index.js` + `index.d.ts`, in memory, so a consumer imports a
 * generated revision without a TypeScript build.
 */
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  declaration: true,
  skipLibCheck: true,
  lib: ["lib.es2022.d.ts"],
  types: [],
  newLine: ts.NewLineKind.LineFeed,
};

/** The compiled outputs, and the type errors found while compiling (none for a valid model). */
export interface Compiled {
  js: string;
  dts: string;
  diagnostics: string[];
}

/** Compile one generated module (type-checked under --strict). */
export function compileIndex(source: string): Compiled {
  const fileName = "/virtual/index.ts";
  const out: Record<string, string> = {};
  const host = ts.createCompilerHost(OPTIONS);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => (name === fileName ? ts.createSourceFile(name, source, lang, true) : original(name, lang, onError, create));
  host.fileExists = ((orig) => (name: string) => name === fileName || orig(name))(host.fileExists.bind(host));
  host.readFile = ((orig) => (name: string) => (name === fileName ? source : orig(name)))(host.readFile.bind(host));
  host.writeFile = (name, text) => {
    out[name.endsWith(".d.ts") ? "dts" : "js"] = text;
  };
  const program = ts.createProgram([fileName], OPTIONS, host);
  const emit = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emit.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { js: out.js ?? "", dts: out.dts ?? "", diagnostics };
}
