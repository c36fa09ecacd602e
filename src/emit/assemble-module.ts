/**
 * The one module assembler: every JavaScript module of the package that holds data from
 * envs.py (a version's `index.js`/`.cjs`, `versions/`) is written here, in ESM or CommonJS,
 * from a list of statements and the compiled functions of a template (templates/module/).
 * Nothing is compiled at generation time: the text is final, in the layout TypeScript's
 * emitter gives (four-space indents; in CommonJS the `exports.x = void 0` prologue, hoisted
 * function exports, and exported names read as `exports.x`).
 */
import type { ModuleFormat, TemplateFunction } from "./compile.js";
import { tsString } from "./escape.js";

/** How a statement's value names things, which differs between the formats. */
export interface ModuleRefs {
  /** A module-level name (`exports.X` in CommonJS when `X` is exported). */
  name(name: string): string;
  /** A piece of the pool (`p…`, `m…`, `a…`, `d…`) imported from a chunk. */
  piece(id: string): string;
}

/** A `const` of the module: exported or not, with a doc comment, `/*#__PURE__*\/` for bundlers. */
export interface ModuleConst {
  name: string;
  value: (refs: ModuleRefs) => string;
  doc?: string;
  exported?: boolean;
  pure?: boolean;
}

/** One module to assemble. */
export interface ModuleSpec {
  /** The generated-file banner (one `//` line, with its newline). */
  banner: string;
  /** The runtime's specifier, the names taken from it, and the names re-exported from it. */
  runtime: { specifier: string; names: readonly string[]; reexports: readonly string[] };
  /** Pool chunks: specifier and the piece ids taken from each, in order of first use. */
  chunks: readonly { specifier: string; ids: readonly string[] }[];
  /** JavaScript placed after the imports (ESM only: the pieces of a standalone module). */
  prelude?: string;
  consts: readonly ModuleConst[];
  /** The template's functions, after the consts. */
  functions: readonly TemplateFunction[];
  /**
   * ESM: import each chunk as a namespace (`P0.p…`) instead of by name: a smaller module (each id written once,
   * not twice), a slower import. For versions other than the newest.
   */
  namespaces?: boolean;
}

function esmModule(spec: ModuleSpec): string {
  const { runtime } = spec;
  const chunkOf = new Map<string, number>();
  spec.chunks.forEach((c, i) => c.ids.forEach((id) => chunkOf.set(id, i)));
  const piece = spec.namespaces ? (id: string) => `P${chunkOf.get(id) ?? 0}.${id}` : (id: string) => id;
  const refs: ModuleRefs = { name: (n) => n, piece };
  const lines = spec.banner ? [spec.banner.trimEnd()] : [];
  if (runtime.names.length) lines.push(`import { ${runtime.names.join(", ")} } from ${tsString(runtime.specifier)};`);
  spec.chunks.forEach((c, i) =>
    lines.push(
      spec.namespaces
        ? `import * as P${i} from ${tsString(c.specifier)};`
        : `import { ${c.ids.join(", ")} } from ${tsString(c.specifier)};`,
    ),
  );
  if (runtime.reexports.length) lines.push(`export { ${runtime.reexports.join(", ")} } from ${tsString(runtime.specifier)};`);
  if (spec.prelude) lines.push(spec.prelude.trimEnd());
  for (const c of spec.consts) {
    if (c.doc) lines.push(`/** ${c.doc} */`);
    lines.push(`${c.exported ? "export " : ""}const ${c.name} = ${c.pure ? "/*#__PURE__*/ " : ""}${c.value(refs)};`);
  }
  for (const f of spec.functions) lines.push(f.esm);
  return lines.join("\n") + "\n";
}

function cjsModule(spec: ModuleSpec): string {
  const { runtime } = spec;
  if (spec.prelude) throw new Error("a module with a prelude is ESM only");
  const exported = new Set(spec.consts.filter((c) => c.exported).map((c) => c.name));
  const chunkOf = new Map<string, number>();
  spec.chunks.forEach((c, i) => c.ids.forEach((id) => chunkOf.set(id, i)));
  const refs: ModuleRefs = {
    name: (n) => (exported.has(n) ? `exports.${n}` : n),
    piece: (id) => `P${chunkOf.get(id) ?? 0}.${id}`,
  };
  // TypeScript's prologue: every exported binding set to `void 0` (last first), then the hoisted functions.
  const names = [...runtime.reexports, ...spec.consts.filter((c) => c.exported).map((c) => c.name)];
  const lines = ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
  if (names.length) lines.push(`${[...names].reverse().map((n) => `exports.${n} = `).join("")}void 0;`);
  for (const f of spec.functions) if (f.exported) lines.push(`exports.${f.name} = ${f.name};`);
  if (spec.banner) lines.push(spec.banner.trimEnd());
  // Written as CommonJS: TypeScript's interop helpers for `import *` would be most of the file.
  if (runtime.names.length || runtime.reexports.length) lines.push(`const R = require(${tsString(runtime.specifier)});`);
  spec.chunks.forEach((c, i) => lines.push(`const P${i} = require(${tsString(c.specifier)});`));
  if (runtime.names.length) lines.push(`const { ${runtime.names.join(", ")} } = R;`);
  for (const n of runtime.reexports) lines.push(`exports.${n} = R.${n};`);
  for (const c of spec.consts) {
    if (c.doc) lines.push(`/** ${c.doc} */`);
    // TypeScript drops the pure annotation of an exported `const`'s initialiser in CommonJS.
    const value = `${c.pure && !c.exported ? "/*#__PURE__*/ " : ""}${c.value(refs)}`;
    lines.push(c.exported ? `exports.${c.name} = ${value};` : `const ${c.name} = ${value};`);
  }
  for (const f of spec.functions) lines.push(f.cjs);
  return lines.join("\n") + "\n";
}

/** The module's JavaScript in one format. */
export function assembleModule(spec: ModuleSpec, format: ModuleFormat): string {
  return format === "esm" ? esmModule(spec) : cjsModule(spec);
}
