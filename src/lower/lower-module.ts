/**
 * Stage 2: syntax tree → lowered module. Locates the parts of `envs.py` that
 * matter: imports, helpers (`def maybe_convert_int(value): ...`), other module
 * bindings (`logger = logging.getLogger(__name__)`), the `if TYPE_CHECKING:`
 * declarations and the `environment_variables = {...}` entries with their comments.
 */
import type { PlainTree, SyntaxNode } from "../parse/syntax-node.js";
import type { Expr, ModuleAssign, Pos } from "../ir/types.js";
import { diag, type LoweredModule, type RawDeclaration } from "./lowered.js";
import { excerpt, lowerExpr, posOf } from "./lower-expr.js";
import { firstNamed } from "./node-parts.js";
import { lowerFunction, lowerStmt } from "./lower-stmt.js";
import { lowerImport } from "./lower-import.js";
import { lowerAnnotation } from "./lower-annotation.js";
import { functionScope } from "../ir/scope.js";
import { chooseDict, DEFAULT_DICT, type DictDisplay } from "./find-dict.js";
import { findMerges, resolveSpread } from "./plugin-shapes.js";
import { collectEntries, type SpreadResult } from "./collect-entries.js";
import { followMutations, type DictState } from "./dict-mutations.js";
import { linkUpstream } from "./link-upstream.js";
import { type Changed, type HelperCall, bindChangedInPlace, noteChangeInPlace, noteHelperCalls } from "./module-changes.js";

// The lowered module's types live in lowered.ts, so that lowering's helpers (collect-entries.ts,
// plugin-shapes.ts, link-upstream.ts) need not import this file back.
export type { LoweredModule, RawDeclaration, RawEntry } from "./lowered.js";

/** Options of {@link lowerModule}: plain parameters, whatever the caller took them from. */
export interface LowerOptions {
  /** The name of the dict of getters, instead of finding it. */
  dict?: string;
  /** The upstream `vllm/envs.py`, already lowered: what `from vllm.envs import ...` names. */
  upstream?: LoweredModule;
}

/** The value of a dict display's assignment until it is known not to be the dict of getters. */
const PENDING: Expr = { kind: "unsupported", reason: "not lowered", text: "", pos: { line: 0, col: 0 } };

/** Lower the top level of an `envs.py` module. */
export function lowerModule(tree: PlainTree, options: LowerOptions = {}): LoweredModule {
  const out: LoweredModule = { imports: [], helpers: [], assigns: [], declarations: [], entries: [], diagnostics: [], dictName: DEFAULT_DICT };
  const displays: DictDisplay[] = [];
  const changed: Changed[] = [];
  const calls: HelperCall[] = [];
  let getattr: SyntaxNode | null = null;
  for (const st of tree.rootNode.namedChildren) {
    // `environment_variables.update(plugin_vars)`, `setattr(envs, ...)`: a plugin merging into upstream.
    for (const m of findMerges(st, out.imports)) out.diagnostics.push(diag("info", "merges-into-upstream", m.node, m.message));
    switch (st.type) {
      case "import_statement":
      case "import_from_statement": {
        const b = lowerImport(st);
        if (typeof b === "string") out.diagnostics.push(diag("warning", "unsupported-import", st, b));
        else {
          out.imports.push(...b);
          // Plain data (the lowered module must survive JSON); no prototype, so any local name is a key.
          for (const x of b) (out.importPos ??= Object.create(null) as Record<string, Pos>)[x.local] = posOf(st);
        }
        break;
      }
      case "future_import_statement":
        break;
      case "function_definition":
      case "decorated_definition":
        lowerTopLevelDef(st, out);
        if (definedName(st) === "__getattr__") getattr = st;
        break;
      case "if_statement":
        if (isTypeChecking(st)) out.declarations.push(...collectDeclarations(st));
        else {
          out.diagnostics.push(diag("info", "ignored-statement", st, "module-level if statement ignored"));
          bindUnmodelled(st, out, "bound by a module-level if statement, which is not modelled");
        }
        break;
      case "expression_statement":
        lowerTopLevelExpression(st, out, displays);
        noteChangeInPlace(st, changed);
        noteHelperCalls(st, calls);
        break;
      case "class_definition":
        bindUnmodelled(st, out, "bound by a class definition, which is not modelled");
        break;
      default:
        bindUnmodelled(st, out, `bound by a module-level ${st.type.replace(/_/g, " ")}, which is not modelled`);
        if (st.type === "delete_statement") noteChangeInPlace(st, changed);
        break;
    }
  }
  readDict(out, displays, getattr, options, tree.rootNode.namedChildren);
  bindChangedInPlace(changed, calls, out);
  return out;
}


/**
 * Choose the dict of getters among the module's dict displays and read its entries; the other displays
 * are ordinary assignments. Then bind what the file takes from the upstream `vllm/envs.py`, if given.
 */
function readDict(
  out: LoweredModule,
  displays: DictDisplay[],
  getattr: SyntaxNode | null,
  options: LowerOptions,
  stmts: SyntaxNode[],
): void {
  const names = { functions: new Set(out.helpers.map((h) => h.name)), imported: new Set(out.imports.map((b) => b.local)), getattr };
  const choice = chooseDict(displays, names, options.dict);
  const chosen = "error" in choice ? null : choice.name;
  for (const d of displays) if (d.name !== chosen) d.assign.value = lowerExpr(d.node);
  if ("error" in choice) {
    out.diagnostics.push({ severity: "error", code: choice.code, message: choice.error, line: choice.line ?? 0, col: choice.col ?? 0 });
    return;
  }
  const name = choice.name;
  out.dictName = name;
  const dicts = displays.filter((d) => d.name === name).map((d) => d.node);
  // The dict is the runtime's own global, not an assignment like the others.
  out.assigns = out.assigns.filter((a) => a.name !== name);
  const last = dicts[dicts.length - 1];
  if (last.namedChildren.every((c) => c.type === "comment")) out.diagnostics.push(diag("warning", "empty-dict", last, `\`${name}\` is empty`));
  for (const d of dicts.slice(0, -1)) {
    out.diagnostics.push(diag("warning", "duplicate-dict", d, `\`${name}\` is assigned again later; Python keeps the last assignment`));
  }
  const spread = (node: SyntaxNode): SpreadResult =>
    resolveLocalSpread(node, displays, stmts, out, spread) ?? resolveSpread(node, out, options.upstream);
  const state = collectEntries(last, out.diagnostics, spread);
  // `env_variables["P_A"] = lambda: ...`, `del env_variables["P_B"]` after the display: CPython's dict is
  // the changed one.
  const resolve = (id: SyntaxNode) => resolveLocalDict(id, displays, stmts, out, spread);
  followMutations(name, state, stmts, statementOf(stmts, last).endIndex, Infinity, out.diagnostics, resolve);
  out.entries = state.entries;
  if (state.open) out.openKeys = state.open;
  // Only after the display's own `**` items are read (`environment_variables = {**environment_variables, ...}`
  // after importing it): the display is the binding, as for any other assignment of the dict's name.
  out.imports = out.imports.filter((b) => b.local !== name);
  if (options.upstream) linkUpstream(out, options.upstream);
}

/**
 * `**_own` where `_own = {...}` is a module-level dict display earlier in the file: its entries, as the
 * statements between the two displays leave them (`_own["P_Y"] = ...`). Null when `node` spreads anything else.
 */
function resolveLocalSpread(
  node: SyntaxNode,
  displays: DictDisplay[],
  stmts: SyntaxNode[],
  out: LoweredModule,
  spread: (node: SyntaxNode) => SpreadResult,
): SpreadResult | null {
  const inner = node.namedChildren[0];
  const got = inner ? resolveLocalDict(inner, displays, stmts, out, spread) : null;
  return got && { entries: got.entries, local: true, ...(got.open ? { open: got.open } : {}) };
}

/**
 * The dict a name holds where it is used (`**_own`, `d.update(_own)`), when that is a module-level dict
 * display earlier in the file, with what the statements in between did to it; else null.
 */
function resolveLocalDict(
  inner: SyntaxNode,
  displays: DictDisplay[],
  stmts: SyntaxNode[],
  out: LoweredModule,
  spread: (node: SyntaxNode) => SpreadResult,
): DictState | null {
  if (inner.type !== "identifier") return null;
  const before = displays.filter((d) => d.name === inner.text && d.node.endIndex <= inner.startIndex).pop();
  if (!before) return null;
  const [from, to] = [statementOf(stmts, before.node), statementOf(stmts, inner)];
  // A later binding of the name (an import, `_own = dict(...)`) is not this display's dict.
  const [first, lastLine] = [from.startPosition.row + 1, to.startPosition.row + 1];
  const rebound = out.assigns.some(
    (a) => a.name === inner.text && a !== before.assign && a.pos.line > first && a.pos.line <= lastLine,
  );
  if (rebound) return null;
  const state = collectEntries(before.node, out.diagnostics, spread);
  const resolve = (id: SyntaxNode) => resolveLocalDict(id, displays, stmts, out, spread);
  followMutations(inner.text, state, stmts, from.endIndex, to.startIndex, out.diagnostics, resolve);
  return state;
}

/** The module-level statement holding `node`. */
function statementOf(stmts: SyntaxNode[], node: SyntaxNode): SyntaxNode {
  return stmts.find((s) => s.startIndex <= node.startIndex && node.endIndex <= s.endIndex) ?? node;
}

/** The name a (decorated) `def` binds. */
function definedName(st: SyntaxNode): string | undefined {
  const def = st.type === "decorated_definition" ? st.childForFieldName("definition") : st;
  return def?.type === "function_definition" ? def.childForFieldName("name")?.text : undefined;
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
    out.assigns.push({ name, value: { kind: "unsupported", reason: `${name} is ${why}`, text: excerpt(st), pos }, pos });
  }
}

function lowerTopLevelExpression(st: SyntaxNode, out: LoweredModule, displays: DictDisplay[]): void {
  const a = firstNamed(st);
  if (!a || (a.type !== "assignment" && a.type !== "augmented_assignment")) return;
  const left = a.childForFieldName("left") as SyntaxNode;
  const right = a.childForFieldName("right");
  if (a.type === "augmented_assignment" || left.type !== "identifier" || right?.type === "assignment") {
    bindUnmodelled(st, out, "bound by a module-level assignment form that is not modelled");
    return;
  }
  if (!right) return;
  if (right.type === "dictionary") {
    // Lowered once the dict of getters is known (it is not an assignment; lowering it twice is slow).
    const assign: ModuleAssign = { name: left.text, value: PENDING, pos: posOf(a) };
    displays.push({ name: left.text, node: right, assign });
    out.assigns.push(assign);
    return;
  }
  if (left.text === DEFAULT_DICT) {
    out.diagnostics.push(diag("error", "dict-not-literal", right, "`environment_variables` is not a dict display"));
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
    const a = s.type === "expression_statement" ? firstNamed(s) : null;
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
