/**
 * Stage 3: lowered module → model. Each variable gets its section, description,
 * inferred type, default, choices, reads and declaration drift.
 */
import type { Diagnostic, Model, Variable } from "../ir/types.js";
import type { LoweredModule, RawEntry } from "../lower/lower-module.js";
import { extractDescription, findSection } from "../lower/comments.js";
import { analyzeGetter } from "./analyze.js";
import { interpretDeclaration, checkDrift } from "./drift.js";
import { inferCompileFactors } from "./compile-factors.js";

/** The source identity recorded in the model. */
export interface SourceInfo {
  file: string;
  sha256: string;
  lines: number;
}

/** Build the model of one file. */
export function buildModel(lowered: LoweredModule, source: SourceInfo): Model {
  const declarations = new Map(lowered.declarations.map((d) => [d.name, d]));
  const diagnostics: Diagnostic[] = [...lowered.diagnostics];
  const variables: Variable[] = [];
  let section: string | null = null;
  for (const entry of lowered.entries) {
    section = findSection(entry.comments) ?? section;
    variables.push(buildVariable(entry, section, lowered, declarations.get(entry.name) ?? null));
  }
  for (const v of variables) for (const d of v.drift) diagnostics.push(d);
  const factors = inferCompileFactors(lowered);
  for (const v of variables) v.compileFactor = factors.factors ? factors.factors.has(v.name) : null;
  diagnostics.push(...factors.diagnostics);
  return {
    schemaVersion: 1,
    source,
    imports: lowered.imports,
    helpers: lowered.helpers,
    assigns: lowered.assigns,
    variables,
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.col - b.col),
    compileFactors: factors.info,
    ...(lowered.dictName !== "environment_variables" ? { dictName: lowered.dictName } : {}),
    ...(lowered.openKeys ? { openKeys: lowered.openKeys } : {}),
    ...(lowered.environChanged ? { environChanged: lowered.environChanged } : {}),
  };
}

function buildVariable(entry: RawEntry, section: string | null, lowered: LoweredModule, decl: LoweredModule["declarations"][number] | null): Variable {
  const description = extractDescription(entry.comments, entry.pos.line - 1);
  const analysis = analyzeGetter(entry.name, entry.getter, lowered);
  const declaration = decl ? interpretDeclaration(decl) : null;
  const variable: Variable = {
    name: entry.name,
    line: entry.pos.line,
    section,
    description,
    deprecated: /\bdeprecated\b/i.test(description),
    getter: entry.getter,
    type: analysis.type,
    default: analysis.default,
    choices: analysis.choices,
    accepts: analysis.accepts,
    rawDefault: analysis.rawDefault,
    reads: analysis.reads,
    helpers: analysis.helpers,
    declaration,
    drift: checkDrift(entry.name, entry.pos.line, analysis, declaration, lowered.declarations.length > 0),
    unsupported: analysis.unsupported,
    compileFactor: null,
  };
  // Set after the literal, still last: a literal that spreads after its members is V8's slow path.
  if (entry.inherited) variable.inherited = true;
  return variable;
}
