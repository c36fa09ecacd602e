/**
 * `TYPE_CHECKING` declarations (`VLLM_X: int = 0`) and where they disagree with the getter.
 */
import type { Declaration, Diagnostic } from "../ir/types.js";
import type { RawDeclaration } from "../lower/lower-module.js";
import type { GetterAnalysis } from "./analyze.js";

/** Interpret a raw declaration: its annotation as a type, its value as a default. */
export function interpretDeclaration(d: RawDeclaration): Declaration {
  return { annotation: d.annotation, type: { kind: "unknown", reason: "not interpreted" }, default: undefined, defaultText: d.valueText, line: d.line };
}

/** Diagnostics where the declaration and the getter disagree. */
export function checkDrift(name: string, line: number, analysis: GetterAnalysis, decl: Declaration | null): Diagnostic[] {
  void analysis;
  if (!decl) return [{ severity: "warning", code: "missing-declaration", message: `${name} has no TYPE_CHECKING declaration`, line, col: 1 }];
  return [];
}
