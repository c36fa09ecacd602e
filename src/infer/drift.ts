/**
 * `TYPE_CHECKING` declarations (`VLLM_X: int = 0`) and where they disagree with
 * what the getter really returns.
 */
import type { Declaration, Diagnostic, Expr, PyConstValue, PyType } from "../ir/types.js";
import type { RawDeclaration } from "../lower/lower-module.js";
import type { GetterAnalysis } from "./analyze.js";
import { unionOf } from "./sym.js";
import { annotationText, describeType } from "../ir/describe-type.js";
import { describeDefault } from "../ir/describe.js";

const SIMPLE: Readonly<Record<string, PyType>> = {
  int: { kind: "int" },
  bool: { kind: "bool" },
  str: { kind: "str" },
  float: { kind: "float" },
  None: { kind: "none" },
  Any: { kind: "unknown", reason: "declared Any" },
  dict: { kind: "dict" },
  Dict: { kind: "dict" },
};

/** `Optional`, `typing.Optional`: the name an annotation's head refers to, or "" for anything else. */
function headName(e: Expr): string {
  if (e.kind === "name") return e.id;
  if (e.kind === "attr" && e.obj.kind === "name" && e.obj.id === "typing") return e.attr;
  return "";
}

function unknownAnnotation(e: Expr): PyType {
  return { kind: "unknown", reason: `annotation ${annotationText(e)}` };
}

/** `Literal["a", "b"]`: the strings, or null when a member is not a string (`Literal[1]` has no str type). */
function literalValues(params: Expr[]): string[] | null {
  const values = params.map((p) => (p.kind === "const" && p.value.type === "str" ? p.value.value : null));
  return values.every((v): v is string => v !== null) ? values : null;
}

function subscriptType(e: Expr & { kind: "subscript" }): PyType {
  const head = headName(e.obj);
  const params = e.index.kind === "tuple" ? e.index.elts : [e.index];
  if (head === "Literal") {
    const values = literalValues(params);
    return values ? { kind: "literal", values: values.sort(), caseSensitive: true } : unknownAnnotation(e);
  }
  const inner = params.map(annotationType);
  if (head === "Optional" && inner[0]) return unionOf([inner[0], { kind: "none" }]);
  if (head === "Union") return unionOf(inner);
  if ((head === "list" || head === "List") && inner[0]) return { kind: "list", item: inner[0] };
  if ((head === "set" || head === "Set") && inner[0]) return { kind: "set", item: inner[0] };
  if (head === "dict" || head === "Dict") return { kind: "dict" };
  return unknownAnnotation(e);
}

/** An annotation (`Optional[int]`, `int | None`, `list[str]`, `Literal["a", "b"]`), lowered to IR, as a type. */
export function annotationType(e: Expr): PyType {
  if (e.kind === "name") return SIMPLE[e.id] ?? unknownAnnotation(e);
  if (e.kind === "const" && e.value.type === "none") return { kind: "none" };
  if (e.kind === "binop" && e.op === "|") return unionOf([annotationType(e.left), annotationType(e.right)]);
  if (e.kind === "subscript") return subscriptType(e);
  return unknownAnnotation(e);
}

function constValue(d: RawDeclaration): PyConstValue | undefined {
  const v = d.value;
  if (!v) return undefined;
  if (v.kind === "const") {
    const c = v.value;
    if (c.type === "str" || c.type === "bool") return c.value;
    if (c.type === "none") return null;
    if (c.type === "int") return Number(c.value);
    if (c.type === "float") return typeof c.value === "number" ? c.value : undefined;
  }
  if (v.kind === "unary" && v.op === "-" && v.operand.kind === "const" && (v.operand.value.type === "int" || v.operand.value.type === "float")) {
    return -Number(v.operand.value.value);
  }
  if (v.kind === "list" && v.elts.every((e) => e.kind === "const" && e.value.type === "str")) return v.elts.map((e) => (e.kind === "const" && e.value.type === "str" ? e.value.value : ""));
  return undefined;
}

/** Interpret a raw declaration: its annotation as a type, its value as a default. */
export function interpretDeclaration(d: RawDeclaration): Declaration {
  return { annotation: d.annotation, type: annotationType(d.annotationExpr), default: constValue(d), defaultText: d.valueText, line: d.line };
}

/** Can every value of `inner` be a value of `outer`? (bool counts as int, int as float, a literal as str.) */
function fits(inner: PyType, outer: PyType): boolean {
  // Member by member, a type that is no union being its one member (no array made for it: once per variable).
  if (inner.kind !== "union") return fitsSome(inner, outer);
  for (const m of inner.members) if (!fitsSome(m, outer)) return false;
  return true;
}

/** Can every value of `m` (no union) be a value of some member of `outer`? */
function fitsSome(m: PyType, outer: PyType): boolean {
  if (outer.kind !== "union") return fitsMember(m, outer);
  for (const o of outer.members) if (fitsMember(m, o)) return true;
  return false;
}

function fitsMember(m: PyType, o: PyType): boolean {
  if (o.kind === "unknown" || m.kind === "unknown" || o.kind === m.kind && m.kind !== "literal" && m.kind !== "list" && m.kind !== "set") return true;
  // A case-insensitive literal (`env_with_choices(..., case_sensitive=False)`) returns "HIGHEST" as given.
  if (m.kind === "literal") {
    if (o.kind === "str") return true;
    return o.kind === "literal" && (m.caseSensitive || !o.caseSensitive) && m.values.every((v) => o.values.includes(v));
  }
  if ((m.kind === "list" || m.kind === "set") && o.kind === m.kind) return fits(m.item, o.item);
  if (m.kind === "bool") return o.kind === "int" || o.kind === "float";
  if (m.kind === "int") return o.kind === "float";
  // `json.loads(...)` returns whatever the JSON holds (`0` as well as a dict): only JSON or unknown admits it.
  if (m.kind === "json") return false;
  return false;
}

function sameDefault(a: PyConstValue, b: PyConstValue): boolean {
  if (typeof a === "boolean" && typeof b === "number") return Number(a) === b;
  if (typeof b === "boolean" && typeof a === "number") return Number(b) === a;
  // Two strings serialise alike exactly when they are equal: the common case, without building the JSON.
  if (typeof a === "string" && typeof b === "string") return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Diagnostics where the declaration and the getter disagree. A missing declaration is
 * reported only when the file has a `TYPE_CHECKING` block (`hasBlock`) to be missing from.
 */
export function checkDrift(name: string, line: number, analysis: GetterAnalysis, decl: Declaration | null, hasBlock: boolean): Diagnostic[] {
  if (!decl) {
    const message = `${name}: has no TYPE_CHECKING declaration`;
    return hasBlock ? [{ severity: "warning", code: "missing-declaration", message, line, col: 1 }] : [];
  }
  const at = (code: string, message: string): Diagnostic => ({ severity: "warning", code, message: `${name}: ${message}`, line, col: 1 });
  const out: Diagnostic[] = [];
  if (analysis.type.kind !== "unknown" && decl.type.kind !== "unknown" && !fits(analysis.type, decl.type)) {
    out.push(at("type-drift", `declared ${decl.annotation} (line ${decl.line}) but the getter returns ${describeType(analysis.type)}`));
  }
  if (decl.default !== undefined && analysis.default.kind === "literal" && !sameDefault(decl.default, analysis.default.value)) {
    out.push(at("default-drift", `declared default ${decl.defaultText} (line ${decl.line}) but the getter's default is ${describeDefault(analysis.default)}`));
  }
  if (decl.default !== undefined && analysis.default.kind === "symbolic" && !(analysis.default.baseValue !== undefined && sameDefault(decl.default, analysis.default.baseValue))) {
    out.push(at("default-drift", `declared default ${decl.defaultText} (line ${decl.line}) but the getter's default is ${analysis.default.text}`));
  }
  return out;
}
