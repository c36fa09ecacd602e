/**
 * Stage 2: syntax tree → lowered module. Locates the parts of `envs.py` that
 * matter: imports, helpers (`def maybe_convert_int(value): ...`), other module
 * bindings (`logger = logging.getLogger(__name__)`), the `if TYPE_CHECKING:`
 * declarations and the `environment_variables = {...}` entries with their comments.
 */
import type { PlainTree, SyntaxNode } from "../parse/syntax-node.js";
import type { Diagnostic, Expr, FunctionDef, ImportBinding, ModuleAssign, Pos } from "../ir/types.js";
import { excerpt, lowerExpr, posOf } from "./lower-expr.js";
import { lowerFunction, lowerImport, lowerStmt } from "./lower-stmt.js";
import { lowerAnnotation } from "./lower-annotation.js";
import { functionScope } from "../ir/scope.js";
import { collectComments, type CommentLine } from "./comments.js";

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
}

/** Everything stage 2 found, still close to the source. */
export interface LoweredModule {
  imports: ImportBinding[];
  helpers: FunctionDef[];
  assigns: ModuleAssign[];
  declarations: RawDeclaration[];
  entries: RawEntry[];
  diagnostics: Diagnostic[];
}

function diag(severity: Diagnostic["severity"], code: string, node: SyntaxNode, message: string): Diagnostic {
  const p = posOf(node);
  return { severity, code, message, line: p.line, col: p.col };
}

/** Lower the top level of an `envs.py` module. */
export function lowerModule(tree: PlainTree): LoweredModule {
  const out: LoweredModule = { imports: [], helpers: [], assigns: [], declarations: [], entries: [], diagnostics: [] };
  const dicts: SyntaxNode[] = [];
  for (const st of tree.rootNode.namedChildren) {
    switch (st.type) {
      case "import_statement":
      case "import_from_statement": {
        const b = lowerImport(st);
        if (typeof b === "string") out.diagnostics.push(diag("warning", "unsupported-import", st, b));
        else out.imports.push(...b);
        break;
      }
      case "future_import_statement":
        break;
      case "function_definition":
      case "decorated_definition":
        lowerTopLevelDef(st, out);
        break;
      case "if_statement":
        if (isTypeChecking(st)) out.declarations.push(...collectDeclarations(st));
        else {
          out.diagnostics.push(diag("info", "ignored-statement", st, "module-level if statement ignored"));
          bindUnmodelled(st, out, "bound by a module-level if statement, which is not modelled");
        }
        break;
      case "expression_statement":
        lowerTopLevelExpression(st, out, dicts);
        break;
      case "class_definition":
        bindUnmodelled(st, out, "bound by a class definition, which is not modelled");
        break;
      default:
        bindUnmodelled(st, out, `bound by a module-level ${st.type.replace(/_/g, " ")}, which is not modelled`);
        break;
    }
  }
  if (dicts.length === 0) out.diagnostics.push({ severity: "error", code: "no-dict", message: "no `environment_variables = {...}` dict found", line: 0, col: 0 });
  else if (dicts[dicts.length - 1].namedChildren.every((c) => c.type === "comment")) out.diagnostics.push(diag("warning", "empty-dict", dicts[dicts.length - 1], "`environment_variables` is empty"));
  if (dicts.length > 1) {
    for (const d of dicts.slice(0, -1)) out.diagnostics.push(diag("warning", "duplicate-dict", d, "`environment_variables` is assigned again later; Python keeps the last assignment"));
  }
  const dict = dicts[dicts.length - 1];
  if (dict) out.entries = collectEntries(dict, out.diagnostics);
  return out;
}

function lowerTopLevelDef(st: SyntaxNode, out: LoweredModule): void {
  const def = st.type === "decorated_definition" ? (st.childForFieldName("definition") as SyntaxNode) : st;
  if (def.type !== "function_definition") {
    bindUnmodelled(st, out, "bound by a class definition, which is not modelled");
    return;
  }
  const decorators = st.type === "decorated_definition" ? st.namedChildren.filter((c) => c.type === "decorator") : [];
  const fn = lowerFunction(def, decorators, 0);
  if (fn.problem) out.diagnostics.push(diag("warning", "unsupported-def", st, fn.problem));
  out.helpers.push(fn);
}

/**
 * Names a module-level statement binds that the model does not follow (`class X:`,
 * `try: import torch ...`, `a, b = ...`): Python binds them, so using one is
 * `unsupported`, never a NameError.
 */
function bindUnmodelled(st: SyntaxNode, out: LoweredModule, why: string): void {
  const names = new Set<string>();
  if (st.type === "class_definition" || st.type === "decorated_definition") {
    const def = st.type === "class_definition" ? st : st.childForFieldName("definition");
    const name = def?.childForFieldName("name");
    if (name) names.add(name.text);
  } else functionScope({ params: [], body: lowerStmt(st, 0) }, null).locals.forEach((n) => names.add(n));
  const pos = posOf(st);
  for (const name of names) {
    if (name === "environment_variables") continue;
    out.assigns.push({ name, value: { kind: "unsupported", reason: `${name} is ${why}`, text: excerpt(st), pos }, pos });
  }
}

function lowerTopLevelExpression(st: SyntaxNode, out: LoweredModule, dicts: SyntaxNode[]): void {
  const a = st.namedChildren[0];
  if (!a || (a.type !== "assignment" && a.type !== "augmented_assignment")) return;
  const left = a.childForFieldName("left") as SyntaxNode;
  const right = a.childForFieldName("right");
  if (a.type === "augmented_assignment" || left.type !== "identifier" || right?.type === "assignment") {
    bindUnmodelled(st, out, "bound by a module-level assignment form that is not modelled");
    return;
  }
  if (!right) return;
  if (left.text === "environment_variables") {
    if (right.type === "dictionary") dicts.push(right);
    else out.diagnostics.push(diag("error", "dict-not-literal", right, "`environment_variables` is not a dict display"));
    return;
  }
  out.assigns.push({ name: left.text, value: lowerExpr(right), pos: posOf(a) });
}

/** `if TYPE_CHECKING:` (also `typing.TYPE_CHECKING`). */
function isTypeChecking(st: SyntaxNode): boolean {
  const cond = st.childForFieldName("condition");
  return !!cond && (cond.text === "TYPE_CHECKING" || cond.text === "typing.TYPE_CHECKING");
}

/** `VLLM_X: int = 0` lines of the `TYPE_CHECKING` block (comments and docstrings between are skipped). */
function collectDeclarations(st: SyntaxNode): RawDeclaration[] {
  const out: RawDeclaration[] = [];
  const body = st.childForFieldName("consequence");
  for (const s of body ? body.namedChildren : []) {
    const a = s.type === "expression_statement" ? s.namedChildren[0] : null;
    if (!a || a.type !== "assignment") continue;
    const left = a.childForFieldName("left") as SyntaxNode;
    const type = a.childForFieldName("type");
    const right = a.childForFieldName("right");
    if (left.type !== "identifier" || !type) continue;
    out.push({
      name: left.text,
      annotation: type.text,
      annotationExpr: lowerAnnotation(type),
      value: right ? lowerExpr(right) : null,
      valueText: right ? right.text : null,
      line: a.startPosition.row + 1,
    });
  }
  return out;
}

/** The `pair`s of the dict; duplicate keys keep the first position and the last value, as a dict display does. */
function collectEntries(dict: SyntaxNode, diagnostics: Diagnostic[]): RawEntry[] {
  const comments = collectComments(dict);
  const entries: RawEntry[] = [];
  const byName = new Map<string, RawEntry>();
  let prevEnd = dict.startPosition.row;
  let next = 0;
  for (const child of dict.namedChildren) {
    if (child.type === "comment") continue;
    // Comments are in source order: walk them once (a filter per key would be quadratic).
    const above: CommentLine[] = [];
    while (next < comments.length && comments[next].row < child.startPosition.row) {
      if (comments[next].row > prevEnd) above.push(comments[next]);
      next += 1;
    }
    prevEnd = child.endPosition.row;
    if (child.type !== "pair") {
      diagnostics.push(diag("error", "dict-spread", child, `unsupported dict item ${child.type === "dictionary_splat" ? "**spread" : child.type}: its variables cannot be known statically`));
      continue;
    }
    const keyNode = child.childForFieldName("key") as SyntaxNode;
    const key = lowerExpr(keyNode);
    if (key.kind !== "const" || key.value.type !== "str") {
      diagnostics.push(diag("error", "non-string-key", keyNode, `dict key ${keyNode.text} is not a string literal`));
      continue;
    }
    const entry: RawEntry = { name: key.value.value, getter: lowerExpr(child.childForFieldName("value") as SyntaxNode), pos: posOf(keyNode), comments: above };
    const prev = byName.get(entry.name);
    if (prev) {
      diagnostics.push(diag("warning", "duplicate-key", keyNode, `duplicate key ${JSON.stringify(entry.name)} (first at line ${prev.pos.line}); Python keeps this later value`));
      prev.getter = entry.getter;
      continue;
    }
    byName.set(entry.name, entry);
    entries.push(entry);
  }
  return entries;
}
