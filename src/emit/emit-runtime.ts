/**
 * The translated part of a version: envs.py's module globals and getters as pieces of
 * TypeScript, each a function of the import's globals (`$G`). Reads only the model.
 * Pieces are content-addressed, so versions that share a getter share its code.
 */
import { createHash } from "node:crypto";
import { UPSTREAM_FILE_NAME, type Model, type Param } from "../ir/types.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { emitDef, emitExpr, moduleCtx } from "./emit-python.js";
import type { EmitEnv } from "./emit-context.js";
import { emitImportValue } from "./emit-stmt.js";

/** The module-level names the file binds (the emitter resolves names against these). */
export function moduleNames(model: Model): Set<string> {
  const names = new Set<string>(["__name__", "__file__", model.dictName ?? "environment_variables"]);
  if (model.upstream) names.add(UPSTREAM_FILE_NAME);
  model.imports.forEach((b) => names.add(b.local));
  model.helpers.forEach((h) => names.add(h.name));
  model.assigns.forEach((a) => names.add(a.name));
  return names;
}

function hasComputedDefault(params: Param[]): boolean {
  return params.some((p) => p.default !== null && p.default.kind !== "const");
}

/**
 * What an import makes before any getter runs: definitions whose parameter defaults are computed
 * (`def f(x=os.getenv("A"))`, `lambda x=os.getenv("A", "t"): x`), since Python evaluates those once,
 * at import, in source order. A name is a module global to touch; a number, an entry to make.
 */
export function importTimeDefaults(model: Model): (string | number)[] {
  const out: { line: number; what: string | number }[] = [];
  for (const h of model.helpers) if (hasComputedDefault(h.params)) out.push({ line: h.pos.line, what: h.name });
  model.variables.forEach((v, i) => {
    if (v.getter.kind === "lambda" && hasComputedDefault(v.getter.params)) out.push({ line: v.line, what: i });
  });
  return out.sort((a, b) => a.line - b.line).map((x) => x.what);
}

/** One piece: its pool name and its TypeScript (a function of `$G`). */
export interface Piece {
  id: string;
  code: string;
  /** The pieces its code names (a metadata record names its description and accepted-values text). */
  refs?: string[];
}

/** The translated module: globals in source order and the entries of `environment_variables`. */
export interface ModulePieces {
  globals: { name: string; piece: Piece }[];
  entries: { name: string; piece: Piece }[];
}

/**
 * A piece named by its content (the same code in two versions is one export of the pool). 42 bits: ~6,000
 * pieces collide with odds ~4e-6, and the pool builder checks; each id is written ~3 times per version module.
 */
export function makePiece(prefix: string, code: string): Piece {
  const id = prefix + createHash("sha256").update(code).digest("base64url").slice(0, 7).replace(/-/g, "$");
  return { id, code };
}

function piece(expr: string): Piece {
  return makePiece("p", `($G: Globals): PyValue => ${expr}`);
}

/** Translate the model's globals and getters into pieces. */
export function emitPieces(model: Model): ModulePieces {
  const env: EmitEnv = {
    moduleNames: moduleNames(model),
    builtins: new Set(Object.keys(BUILTINS)),
    module: { imports: model.imports, helpers: model.helpers },
  };
  const ctx = moduleCtx(env);
  const globals: { line: number; name: string; piece: Piece }[] = [];
  for (const b of model.imports) globals.push({ line: 0, name: b.local, piece: piece(emitImportValue(b.module, b.attr)) });
  for (const a of model.assigns) globals.push({ line: a.pos.line, name: a.name, piece: piece(emitExpr(a.value, ctx)) });
  for (const h of model.helpers) globals.push({ line: h.pos.line, name: h.name, piece: piece(emitDef(h, ctx)) });
  globals.sort((x, y) => x.line - y.line);
  const entries = model.variables.map((v) => ({ name: v.name, piece: piece(emitExpr(v.getter, ctx)) }));
  return { globals: globals.map(({ name, piece: p }) => ({ name, piece: p })), entries };
}
