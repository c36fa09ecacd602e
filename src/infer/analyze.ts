/**
 * Static analysis of one getter: type, default, choices, reads, helpers used.
 */
import type { DefaultValue, Expr, PyType } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";

/** What the analysis learns about one getter. */
export interface GetterAnalysis {
  type: PyType;
  default: DefaultValue;
  choices: { values: string[]; caseSensitive: boolean; list: boolean } | null;
  reads: string[];
  helpers: string[];
  unsupported: { reason: string; line: number }[];
}

/** Analyse the getter of variable `name`. */
export function analyzeGetter(name: string, getter: Expr, lowered: LoweredModule): GetterAnalysis {
  void name;
  void getter;
  void lowered;
  return { type: { kind: "unknown", reason: "not analysed" }, default: { kind: "unknown", reason: "not analysed" }, choices: null, reads: [], helpers: [], unsupported: [] };
}
