/**
 * Lowering of statements (the bodies of helpers such as `def env_with_choices(...)`)
 * into the statement IR, one function per node type.
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { FunctionDef, Handler, Stmt } from "../ir/types.js";
import { MAX_DEPTH, excerpt, lowerExpr, lowerParams, lowerTarget, named, posOf } from "./lower-expr.js";
import { firstPart, isPart, onlyPart } from "./node-parts.js";
import { lowerMatch } from "./lower-match.js";
import { lowerImport } from "./lower-import.js";

type StmtLowerer = (node: SyntaxNode, depth: number) => Stmt[];

function bad(node: SyntaxNode, reason: string): Stmt[] {
  return [{ kind: "unsupported", reason, text: excerpt(node), pos: posOf(node) }];
}

/** Lower a `block` (or any list of statement nodes). */
export function lowerBlock(node: SyntaxNode | null, depth: number): Stmt[] {
  if (!node) return [];
  if (depth > MAX_DEPTH) return bad(node, `statements nested more than ${MAX_DEPTH} levels deep`);
  const out: Stmt[] = [];
  for (const s of node.children) if (isPart(s)) out.push(...lowerStmt(s, depth + 1));
  return out;
}

/** Lower one statement node. */
export function lowerStmt(node: SyntaxNode, depth: number): Stmt[] {
  const lower = STMT_LOWERERS[node.type];
  return lower ? lower(node, depth) : bad(node, `unsupported statement: ${node.type}`);
}

/**
 * Lower `def name(params): body` (decorators come from the wrapping node). A
 * function that cannot be lowered is still bound (Python binds it): it takes any
 * arguments and calling it is `unsupported`, never a NameError.
 */
// How many function bodies are being lowered around the current statement (lowering is synchronous): in a
// body, `x: int` without a value makes `x` local to the function (reading it is UnboundLocalError).
let functionBodies = 0;

export function lowerFunction(node: SyntaxNode, decorators: SyntaxNode[], depth: number): FunctionDef {
  const name = (node.childForFieldName("name") as SyntaxNode).text;
  const params = lowerParams(node.childForFieldName("parameters"), depth);
  const async = node.children.some((c) => c.type === "async");
  const body = node.childForFieldName("body");
  // A function with `yield` returns a generator without running its body: not modelled.
  const problem = async ? "async functions are not supported" : body && yields(body) ? "generator functions (yield) are not supported" : typeof params === "string" ? params : null;
  if (problem !== null || typeof params === "string") {
    const pos = posOf(node);
    const reason = `the function ${name} could not be translated: ${problem}`;
    return {
      name,
      params: [{ name: "args", default: null, kind: "star" }, { name: "kwargs", default: null, kind: "starstar" }],
      body: [{ kind: "unsupported", reason, text: excerpt(node), pos }],
      decorators: [],
      pos,
      problem: reason,
    };
  }
  functionBodies++;
  let lowered: Stmt[];
  try {
    lowered = lowerBlock(node.childForFieldName("body"), depth);
  } finally {
    functionBodies--;
  }
  return {
    name,
    params,
    body: lowered,
    decorators: decorators.map((d) => lowerExpr(firstPart(d) as SyntaxNode, depth)),
    pos: posOf(node),
  };
}

/** Does a function body contain `yield` (outside nested functions, lambdas and classes)? */
function yields(body: SyntaxNode): boolean {
  // A `yield` node's text starts with `yield`: a body without the word has none, and needs no walk.
  if (!body.text.includes("yield")) return false;
  // An explicit stack: a body may nest thousands of levels deep.
  const stack = [...body.namedChildren];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "yield") return true;
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") continue;
    // `children` with `isNamed`, not `namedChildren`: no array made and kept for each node walked.
    for (const c of n.children) if (c.isNamed) stack.push(c);
  }
  return false;
}

function lowerExpressionStatement(node: SyntaxNode, depth: number): Stmt[] {
  const e = onlyPart(node);
  if (!e) return bad(node, "malformed expression statement");
  if (e.type === "assignment") return lowerAssignment(e, depth);
  if (e.type === "augmented_assignment") return lowerAugmented(e, depth);
  if (e.type === "string" || e.type === "concatenated_string") return []; // docstring
  return [{ kind: "expr", value: lowerExpr(e, depth), pos: posOf(node) }];
}

/** `a = b = value` nests as assignment(right: assignment); an annotation alone (`x: int`) binds nothing. */
function lowerAssignment(node: SyntaxNode, depth: number): Stmt[] {
  const targets = [];
  let cur: SyntaxNode = node;
  for (;;) {
    const left = cur.childForFieldName("left") as SyntaxNode;
    const t = lowerTarget(left, depth);
    if (!t) return bad(node, `unsupported assignment target ${left.text}`);
    targets.push(t);
    const right = cur.childForFieldName("right");
    // At module level a bare annotation binds nothing; in a function it makes the name local, unbound.
    if (!right) return functionBodies > 0 ? bad(node, `an annotation without a value in a function (${left.text} is local)`) : [];
    if (right.type !== "assignment") {
      return [{ kind: "assign", targets, value: lowerExpr(right, depth), pos: posOf(node) }];
    }
    cur = right;
  }
}

function lowerAugmented(node: SyntaxNode, depth: number): Stmt[] {
  const t = lowerTarget(node.childForFieldName("left") as SyntaxNode, depth);
  const opText = (node.childForFieldName("operator") as SyntaxNode).type.replace(/=$/, "");
  const ops = ["+", "-", "*", "/", "//", "%", "|", "&"] as const;
  const op = ops.find((o) => o === opText);
  if (!t || !op) return bad(node, "unsupported augmented assignment");
  return [{ kind: "augassign", target: t, op, value: lowerExpr(node.childForFieldName("right") as SyntaxNode, depth), pos: posOf(node) }];
}

function lowerIf(node: SyntaxNode, depth: number): Stmt[] {
  const test = lowerExpr(node.childForFieldName("condition") as SyntaxNode, depth);
  const body = lowerBlock(node.childForFieldName("consequence"), depth);
  const alternatives = node.childrenForFieldName("alternative");
  let orelse: Stmt[] = [];
  for (let i = alternatives.length - 1; i >= 0; i--) {
    const alt = alternatives[i];
    if (alt.type === "else_clause") orelse = lowerBlock(alt.childForFieldName("body"), depth);
    else {
      const t = lowerExpr(alt.childForFieldName("condition") as SyntaxNode, depth);
      orelse = [{ kind: "if", test: t, body: lowerBlock(alt.childForFieldName("consequence"), depth), orelse, pos: posOf(alt) }];
    }
  }
  return [{ kind: "if", test, body, orelse, pos: posOf(node) }];
}

function lowerFor(node: SyntaxNode, depth: number): Stmt[] {
  const target = lowerTarget(node.childForFieldName("left") as SyntaxNode, depth);
  if (!target || node.children.some((c) => c.type === "async")) return bad(node, "unsupported for loop");
  const alt = node.childForFieldName("alternative");
  return [{
    kind: "for",
    target,
    iter: lowerExpr(node.childForFieldName("right") as SyntaxNode, depth),
    body: lowerBlock(node.childForFieldName("body"), depth),
    orelse: alt ? lowerBlock(alt.childForFieldName("body"), depth) : [],
    pos: posOf(node),
  }];
}

function lowerWhile(node: SyntaxNode, depth: number): Stmt[] {
  const alt = node.childForFieldName("alternative");
  return [{
    kind: "while",
    test: lowerExpr(node.childForFieldName("condition") as SyntaxNode, depth),
    body: lowerBlock(node.childForFieldName("body"), depth),
    orelse: alt ? lowerBlock(alt.childForFieldName("body"), depth) : [],
    pos: posOf(node),
  }];
}

function lowerRaise(node: SyntaxNode, depth: number): Stmt[] {
  const exprs = named(node);
  const cause = node.childForFieldName("cause");
  const exc = exprs.find((c) => c.id !== cause?.id);
  return [{ kind: "raise", exc: exc ? lowerExpr(exc, depth) : null, cause: cause ? lowerExpr(cause, depth) : null, pos: posOf(node) }];
}

function lowerTry(node: SyntaxNode, depth: number): Stmt[] {
  const handlers: Handler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  for (const c of named(node)) {
    if (c.type === "except_clause") {
      const h = lowerHandler(c, depth);
      if (typeof h === "string") return bad(c, h);
      handlers.push(h);
    } else if (c.type === "else_clause") orelse = lowerBlock(c.childForFieldName("body"), depth);
    else if (c.type === "finally_clause") finalbody = lowerBlock(named(c).find((b) => b.type === "block") ?? null, depth);
    else if (c.type === "except_group_clause") return bad(c, "except* is not supported");
    if (c.type === "except_clause" && c.children.some((x) => x.type === "*")) return bad(c, "except* is not supported");
  }
  return [{ kind: "try", body: lowerBlock(node.childForFieldName("body"), depth), handlers, orelse, finalbody, pos: posOf(node) }];
}

/** `except ValueError as err:` / `except (A, B):` / bare `except:`. */
function lowerHandler(node: SyntaxNode, depth: number): Handler | string {
  const block = named(node).find((c) => c.type === "block") ?? null;
  const parts = named(node).filter((c) => c.type !== "block");
  let typeNode: SyntaxNode | undefined = parts[0];
  let name: string | null = null;
  if (typeNode?.type === "as_pattern") {
    const alias = typeNode.childForFieldName("alias");
    name = alias ? alias.text : null;
    typeNode = named(typeNode)[0];
  } else if (parts.length === 2 && parts[1].type === "identifier") name = parts[1].text;
  const types: string[] = [];
  const typeNodes = !typeNode ? [] : typeNode.type === "tuple" || typeNode.type === "parenthesized_expression" ? named(typeNode) : [typeNode];
  for (const t of typeNodes) {
    if (t.type !== "identifier") return `unsupported exception type ${t.text}`;
    types.push(t.text);
  }
  return { types, name, body: lowerBlock(block, depth), pos: posOf(node) };
}

function lowerWith(node: SyntaxNode, depth: number): Stmt[] {
  const clause = named(node).find((c) => c.type === "with_clause");
  const items: { context: ReturnType<typeof lowerExpr>; target: string | null }[] = [];
  for (const item of clause ? named(clause) : []) {
    let value = named(item)[0];
    let target: string | null = null;
    if (value?.type === "as_pattern") {
      const alias = value.childForFieldName("alias");
      // `with f() as (a, b)` / `as x.y`: a pattern, not a name; binding its text as a name would be wrong.
      const id = alias?.type === "identifier" ? alias : alias && named(alias).length === 1 ? named(alias)[0] : null;
      if (alias && id?.type !== "identifier") return bad(node, `with … as ${alias.text}: only a plain name is modelled`);
      target = id ? id.text : null;
      value = named(value)[0];
    }
    if (!value) return bad(node, "malformed with statement");
    items.push({ context: lowerExpr(value, depth), target });
  }
  return [{ kind: "with", items, body: lowerBlock(node.childForFieldName("body"), depth), pos: posOf(node) }];
}

function lowerImportStmt(node: SyntaxNode): Stmt[] {
  const b = lowerImport(node);
  return typeof b === "string" ? bad(node, b) : [{ kind: "import", bindings: b, pos: posOf(node) }];
}

function lowerDef(node: SyntaxNode, depth: number, decorators: SyntaxNode[] = []): Stmt[] {
  return [{ kind: "def", fn: lowerFunction(node, decorators, depth), pos: posOf(node) }];
}

function lowerAssert(node: SyntaxNode, depth: number): Stmt[] {
  const [test, msg] = named(node);
  if (!test) return bad(node, "malformed assert");
  return [{ kind: "assert", test: lowerExpr(test, depth), msg: msg ? lowerExpr(msg, depth) : null, pos: posOf(node) }];
}

/** `del a, b[k]`: a name unbinds, an item is removed. */
function lowerDelete(node: SyntaxNode, depth: number): Stmt[] {
  const inner = named(node);
  const list = inner.length === 1 && inner[0].type === "expression_list" ? named(inner[0]) : inner;
  const targets = list.map((c) => lowerTarget(c, depth));
  if (!targets.every((t) => t !== null && (t.kind === "name" || t.kind === "subscript"))) return bad(node, "unsupported del target");
  return [{ kind: "delete", targets: targets as NonNullable<(typeof targets)[number]>[], pos: posOf(node) }];
}

const STMT_LOWERERS: Readonly<Record<string, StmtLowerer>> = {
  expression_statement: lowerExpressionStatement,
  return_statement: (n, d) => {
    const v = firstPart(n);
    return [{ kind: "return", value: v ? lowerExpr(v, d) : null, pos: posOf(n) }];
  },
  if_statement: lowerIf,
  for_statement: lowerFor,
  while_statement: lowerWhile,
  raise_statement: lowerRaise,
  try_statement: lowerTry,
  with_statement: lowerWith,
  pass_statement: (n) => [{ kind: "pass", pos: posOf(n) }],
  break_statement: (n) => [{ kind: "break", pos: posOf(n) }],
  continue_statement: (n) => [{ kind: "continue", pos: posOf(n) }],
  import_statement: lowerImportStmt,
  import_from_statement: lowerImportStmt,
  global_statement: (n) => [{ kind: "global", names: named(n).map((c) => c.text), pos: posOf(n) }],
  nonlocal_statement: (n) => [{ kind: "nonlocal", names: named(n).map((c) => c.text), pos: posOf(n) }],
  assert_statement: lowerAssert,
  delete_statement: lowerDelete,
  match_statement: (n, d) => lowerMatch(n, d, lowerBlock),
  function_definition: (n, d) => lowerDef(n, d),
  decorated_definition: (n, d) => {
    const def = n.childForFieldName("definition") as SyntaxNode;
    if (def.type !== "function_definition") return bad(n, "decorated class");
    return lowerDef(def, d, named(n).filter((c) => c.type === "decorator"));
  },
};
