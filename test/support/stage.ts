/**
 * One pipeline stage at a time, on inline Python snippets (griffe's `temporary_visited_module`
 * idea): lower a snippet, build the model of a small `envs.py` written around a getter, and
 * summarise a variable as the few strings a stage-table row compares.
 */
import { parseSource } from "../../src/parse/parse-source.js";
import { lowerModule, type LoweredModule } from "../../src/lower/lower-module.js";
import { lowerExpr } from "../../src/lower/lower-expr.js";
import { lowerStmt } from "../../src/lower/lower-stmt.js";
import { extractModel } from "../../src/extract.js";
import type { Expr, Model, Stmt, Variable } from "../../src/ir/types.js";
import { describeType } from "../../src/ir/describe-type.js";
import { describeAccepted, describeDefault } from "../../src/ir/describe.js";

/** Parse and lower a whole snippet module (stage 2's output). */
export function lowerSnippet(py: string): LoweredModule {
  return lowerModule(parseSource("snippet.py", py).tree);
}

/** Lower a snippet that is one expression. */
export function lowerExprSnippet(py: string): Expr {
  const stmt = parseSource("snippet.py", py).tree.rootNode.namedChildren[0];
  if (stmt?.type !== "expression_statement") throw new Error(`not an expression: ${py}`);
  return lowerExpr(stmt.namedChildren[0]);
}

/** Lower a snippet of top-level statements. */
export function lowerStmtsSnippet(py: string): Stmt[] {
  return parseSource("snippet.py", py).tree.rootNode.namedChildren.flatMap((n) => lowerStmt(n, 0));
}

/** What goes around the getters of a snippet `envs.py`. */
export interface EnvsParts {
  /** Module code before the dict (imports are added: `os`, `json`). */
  prelude?: string;
  /** Lines of the `if TYPE_CHECKING:` block (without indentation). */
  declarations?: string[];
  /** `NAME: getter source` entries, in order. */
  getters: Record<string, string>;
}

/** A small `envs.py` around some getters. */
export function envsSource(parts: EnvsParts): string {
  const lines = (parts.declarations ?? []).map((d) => `    ${d}\n`).join("");
  const decls = lines ? `if TYPE_CHECKING:\n${lines}\n` : "";
  const entries = Object.entries(parts.getters).map(([name, getter]) => `    ${JSON.stringify(name)}: ${getter},\n`);
  const head = "import json\nimport os\nfrom typing import TYPE_CHECKING\n\n";
  return `${head}${decls}${parts.prelude ?? ""}\nenvironment_variables = {\n${entries.join("")}}\n`;
}

/** The model of a snippet `envs.py` (stages 1 to 3). */
export function modelOfSnippet(parts: EnvsParts): Model {
  return extractModel("snippet.py", envsSource(parts));
}

/** The one variable `X` of a snippet whose getter is `getter`. */
export function variableOfGetter(getter: string, prelude = "", declarations: string[] = []): Variable {
  return modelOfSnippet({ prelude, declarations, getters: { X: getter } }).variables[0];
}

/** What inference says about a variable, as the text the docs show. */
export interface Inferred {
  type: string;
  default: string;
  accepts: string;
  reads: string;
  raw: string | null;
  helpers: string;
  unsupported: string;
  drift: string;
}

/** A variable's inferred facts as strings (`type: "int | None"`, `default: "None"`). */
export function inferredOf(v: Variable): Inferred {
  return {
    type: describeType(v.type),
    default: describeDefault(v.default),
    accepts: describeAccepted(v.accepts),
    reads: v.reads.join(" "),
    raw: v.rawDefault,
    helpers: v.helpers.join(" "),
    unsupported: v.unsupported.map((u) => u.reason).join("; "),
    drift: v.drift.map((d) => `${d.code}: ${d.message}`).join("; "),
  };
}
