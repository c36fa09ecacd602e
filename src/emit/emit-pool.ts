/**
 * The pool (`shared/<label>.js` / `.cjs`): every translated piece of every version once,
 * named by content, in the chunk of the newest version that uses it (importing the newest
 * version reads only its own chunk). ESM pieces are pure `export const`s (a bundler keeps only those the
 * imported version uses); CommonJS pieces are `exports.<id> = ...` (no interop helpers).
 */
import type { ModuleFormat } from "./compile.js";
import type { Piece } from "./emit-runtime.js";
import { tsString } from "./escape.js";

/** Pieces other pieces refer to by name (descriptions and accepted-value texts, from metadata records): they need a local binding. */
function referenced(p: Piece): boolean {
  return p.id.startsWith("d") || p.id.startsWith("a");
}

function sorted(pieces: readonly Piece[]): Piece[] {
  // Sorted by id, so `a…` and `d…` come before the `m…` records that use them.
  return [...pieces].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The names that occur in `text` as identifiers (a name inside a string is harmlessly over-counted). */
export function mentioned(names: readonly string[], text: string): string[] {
  return names.filter((name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text));
}

/** The runtime imports of translated code (every runtime export: a piece may use any; unused ones are elided in ESM). */
export function runtimeImports(runtimeExports: readonly string[], runtime: string, format: ModuleFormat): string {
  const names = runtimeExports.join(", ");
  const types = `import type { Globals, PyValue } from ${tsString(runtime)};`;
  return format === "esm" ? `import { ${names} } from ${tsString(runtime)};\n${types}` : `const { ${names} } = require(${tsString(runtime)});\n${types}`;
}

/** Pieces of another chunk that this chunk's pieces name. */
export interface ChunkImport {
  specifier: string;
  ids: string[];
}

/** A pool chunk's TypeScript (`runtime`: the runtime's specifier in the same format). */
export function poolSource(pieces: readonly Piece[], format: ModuleFormat, runtime: string, runtimeExports: readonly string[], imports: readonly ChunkImport[] = []): string {
  const head = imports.map((c) => (format === "esm" ? `import { ${c.ids.join(", ")} } from ${tsString(c.specifier)};` : `const { ${c.ids.join(", ")} } = require(${tsString(c.specifier)});`));
  const body = sorted(pieces).map((p) => {
    if (format === "esm") return `export const ${p.id} = ${p.code};`;
    return referenced(p) ? `const ${p.id} = (exports.${p.id} = ${p.code});` : `exports.${p.id} = ${p.code};`;
  });
  // Only the runtime names the chunk mentions (a CommonJS destructuring is never elided).
  const text = body.join("\n");
  return [runtimeImports(mentioned(runtimeExports, text), runtime, format), ...head, text].join("\n") + "\n";
}

/** The pieces inside one module, as an object `P` (a standalone version module, as `eval` loads it). */
export function inlinePool(pieces: readonly Piece[]): string {
  const list = sorted(pieces);
  return `${list.map((p) => `const ${p.id} = ${p.code};`).join("\n")}\nconst P = { ${list.map((p) => p.id).join(", ")} };\n`;
}
