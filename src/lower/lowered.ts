/**
 * What stage 2 (lowering) hands on: the lowered module, close to the source, and the diagnostic
 * maker its files share. Re-exported by lower-module.ts.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Diagnostic, Expr, FunctionDef, ImportBinding, ModuleAssign, Pos } from "../ir/types.js";
import type { CommentLine } from "./comments.js";
import { posOf } from "./lower-expr.js";

/** A `TYPE_CHECKING` declaration before interpretation of its annotation. */
export interface RawDeclaration {
  name: string;
  /** The annotation's source text (`Optional[str]`). */
  annotation: string;
  /** The annotation lowered to the expression IR (`Optional[str]` is a subscript of a name). */
  annotationExpr: Expr;
  value: Expr | null;
  valueText: string | null;
  line: number;
}

/** One `"NAME": getter` entry of the dict, with the comments above it. */
export interface RawEntry {
  name: string;
  getter: Expr;
  pos: Pos;
  comments: CommentLine[];
  /** Spread in from the upstream `vllm/envs.py` (`{**vllm_envs, ...}`). */
  inherited?: true;
}

/** Why names outside the dict of getters may exist at run time (an unknown spread or change of the dict). */
export interface OpenKeys {
  reason: string;
  line: number;
}

/** Everything stage 2 found, still close to the source. */
export interface LoweredModule {
  imports: ImportBinding[];
  /** Where each import binding's statement is (by local name; the last one wins, as in Python), for reasons. */
  importPos?: Record<string, Pos>;
  helpers: FunctionDef[];
  assigns: ModuleAssign[];
  declarations: RawDeclaration[];
  entries: RawEntry[];
  diagnostics: Diagnostic[];
  /** The name of the dict of getters (`environment_variables`; a plugin's `env_variables`). */
  dictName: string;
  /** Set where module-level code changes `os.environ` (`os.environ["X"] = …`): reads of it are `unsupported`. */
  environChanged?: { reason: string; line: number };
  /** Set where the dict's keys are not all known statically: a missing name is then `unsupported`. */
  openKeys?: OpenKeys;
}

/** A diagnostic at a node. */
export function diag(severity: Diagnostic["severity"], code: string, node: SyntaxNode, message: string): Diagnostic {
  const p = posOf(node);
  return { severity, code, message, line: p.line, col: p.col };
}

