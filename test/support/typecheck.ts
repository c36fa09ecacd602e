/**
 * Type-check TypeScript files with `tsc --strict` semantics, in process.
 */
import ts from "typescript";

/** Diagnostics of a strict, no-emit compile of `files` (extra in-memory files allowed). */
export function typecheck(files: string[], virtual: Record<string, string> = {}): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: false,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => (Object.hasOwn(virtual, name) ? ts.createSourceFile(name, virtual[name], lang, true) : getSourceFile(name, lang, onError, create));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => Object.hasOwn(virtual, name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (Object.hasOwn(virtual, name) ? virtual[name] : readFile(name));
  const program = ts.createProgram([...files, ...Object.keys(virtual)], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}
