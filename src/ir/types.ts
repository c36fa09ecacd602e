/**
 * The one IR module every stage reads: a small Python-subset expression and
 * statement tree (lowered from tree-sitter), and the model built from it.
 * Plain data only, tagged by `kind`, so it serialises to `model.json` as is.
 */

/** A 1-based source position. */
export interface Pos {
  line: number;
  col: number;
}

/** A Python constant, decoded from its literal. Ints keep their digits as text (arbitrary precision). */
export type PyConst =
  | { type: "str"; value: string }
  | { type: "bytes"; value: string }
  | { type: "int"; value: string }
  | { type: "float"; value: number | "inf" | "-inf" | "nan" }
  | { type: "bool"; value: boolean }
  | { type: "none" };

/** A keyword argument of a call; `name` null is a `**mapping` argument. */
export interface Keyword {
  name: string | null;
  value: Expr;
}

/** One `for ... in ... if ...` clause of a comprehension. */
export interface Comprehension {
  target: Target;
  iter: Expr;
  ifs: Expr[];
}

/** A piece of an f-string: literal text, or a replacement field. */
export type FStringPart =
  | { kind: "text"; value: string }
  | { kind: "field"; expr: Expr; conversion: "r" | "s" | "a" | null; spec: FStringPart[] | null; debugText: string | null };

/**
 * A function parameter; defaults are expressions evaluated at definition time.
 * `kind` absent: positional-or-keyword; `posonly` (before `/`), `kwonly` (after `*`),
 * `star` (`*args`), `starstar` (`**kwargs`).
 */
export interface Param {
  name: string;
  default: Expr | null;
  kind?: "posonly" | "kwonly" | "star" | "starstar";
}

/** Binary operators of the subset. */
export type BinOp = "+" | "-" | "*" | "/" | "//" | "%" | "|" | "&";
/** Comparison operators of the subset. */
export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "is" | "is not";

/** An expression of the Python subset. */
export type Expr =
  | { kind: "const"; value: PyConst; pos: Pos }
  | { kind: "name"; id: string; pos: Pos }
  | { kind: "attr"; obj: Expr; attr: string; pos: Pos }
  | { kind: "call"; func: Expr; args: Expr[]; keywords: Keyword[]; pos: Pos }
  | { kind: "subscript"; obj: Expr; index: Expr; pos: Pos }
  | { kind: "slice"; lower: Expr | null; upper: Expr | null; step: Expr | null; pos: Pos }
  | { kind: "binop"; op: BinOp; left: Expr; right: Expr; pos: Pos }
  | { kind: "unary"; op: "not" | "-" | "+" | "~"; operand: Expr; pos: Pos }
  | { kind: "boolop"; op: "and" | "or"; values: Expr[]; pos: Pos }
  | { kind: "compare"; left: Expr; ops: CmpOp[]; comparators: Expr[]; pos: Pos }
  | { kind: "ifexp"; test: Expr; body: Expr; orelse: Expr; pos: Pos }
  | { kind: "lambda"; params: Param[]; body: Expr; pos: Pos }
  | { kind: "list" | "tuple" | "set"; elts: Expr[]; pos: Pos }
  | { kind: "dict"; keys: Expr[]; values: Expr[]; pos: Pos }
  | { kind: "comp"; type: "list" | "set" | "gen"; elt: Expr; generators: Comprehension[]; pos: Pos }
  | { kind: "dictcomp"; key: Expr; value: Expr; generators: Comprehension[]; pos: Pos }
  /** `*xs` in a call's arguments or a list/tuple/set display. */
  | { kind: "starred"; value: Expr; pos: Pos }
  | { kind: "fstring"; parts: FStringPart[]; pos: Pos }
  | { kind: "walrus"; target: string; value: Expr; pos: Pos }
  | Unsupported;

/** What the translator cannot follow: kept with its reason and source text, never guessed. */
export interface Unsupported {
  kind: "unsupported";
  reason: string;
  text: string;
  pos: Pos;
}

/** An assignment target. */
export type Target =
  | { kind: "name"; id: string; pos: Pos }
  | { kind: "subscript"; obj: Expr; index: Expr; pos: Pos }
  | { kind: "attr"; obj: Expr; attr: string; pos: Pos }
  | { kind: "tuple"; elts: Target[]; pos: Pos }
  /** `*rest` inside a tuple or list target. */
  | { kind: "starred"; target: Target; pos: Pos };

/** An `except` clause. */
export interface Handler {
  types: string[];
  name: string | null;
  body: Stmt[];
  pos: Pos;
}

/** A statement of the Python subset (inside helper functions). */
export type Stmt =
  | { kind: "return"; value: Expr | null; pos: Pos }
  | { kind: "expr"; value: Expr; pos: Pos }
  | { kind: "assign"; targets: Target[]; value: Expr; pos: Pos }
  | { kind: "augassign"; target: Target; op: BinOp; value: Expr; pos: Pos }
  | { kind: "if"; test: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos }
  | { kind: "for"; target: Target; iter: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos }
  | { kind: "while"; test: Expr; body: Stmt[]; orelse: Stmt[]; pos: Pos }
  | { kind: "break" | "continue" | "pass"; pos: Pos }
  | { kind: "raise"; exc: Expr | null; cause: Expr | null; pos: Pos }
  | { kind: "try"; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[]; pos: Pos }
  | { kind: "with"; items: { context: Expr; target: string | null }[]; body: Stmt[]; pos: Pos }
  | { kind: "def"; fn: FunctionDef; pos: Pos }
  | { kind: "import"; bindings: ImportBinding[]; pos: Pos }
  | { kind: "global" | "nonlocal"; names: string[]; pos: Pos }
  | { kind: "assert"; test: Expr; msg: Expr | null; pos: Pos }
  | { kind: "delete"; targets: Target[]; pos: Pos }
  | { kind: "match"; subject: Expr; cases: MatchCase[]; pos: Pos }
  | { kind: "unsupported"; reason: string; text: string; pos: Pos };

/** One `case PATTERN if GUARD:` of a `match` statement. */
export interface MatchCase {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
  pos: Pos;
}

/**
 * A `match` pattern: `_` (wildcard), `x` (capture), `1` / `"a"` / `None` (literal),
 * `Mod.X` (value), `a | b` (or), `[a, *rest]` (sequence), `{"k": v, **rest}` (mapping),
 * `p as x`. Class patterns are `unsupported`.
 */
export type Pattern =
  | { kind: "wildcard"; pos: Pos }
  | { kind: "capture"; name: string; pos: Pos }
  | { kind: "literal"; value: Expr; pos: Pos }
  | { kind: "value"; value: Expr; pos: Pos }
  | { kind: "or"; alternatives: Pattern[]; pos: Pos }
  | { kind: "sequence"; items: Pattern[]; star: { index: number; name: string | null } | null; pos: Pos }
  | { kind: "mapping"; keys: Expr[]; values: Pattern[]; rest: string | null; pos: Pos }
  | { kind: "as"; pattern: Pattern; name: string; pos: Pos }
  | { kind: "unsupported"; reason: string; text: string; pos: Pos };

/** A name bound by `import x` / `from x import y as z`. */
export interface ImportBinding {
  /** The local name. */
  local: string;
  /** Dotted module path, plus the imported attribute for `from` imports. */
  module: string;
  attr: string | null;
}

/** A function definition (module-level helper or nested function). */
export interface FunctionDef {
  name: string;
  params: Param[];
  body: Stmt[];
  decorators: Expr[];
  pos: Pos;
  /** Why the function could not be translated; its body is then one `unsupported` statement. */
  problem?: string;
}

/** A module-level binding other than a function: `logger = logging.getLogger(__name__)`. */
export interface ModuleAssign {
  name: string;
  value: Expr;
  pos: Pos;
}

/** The static type of a variable's value, as inferred from its getter. */
export type PyType =
  | { kind: "bool" }
  | { kind: "int" }
  | { kind: "float" }
  | { kind: "str" }
  | { kind: "none" }
  | { kind: "literal"; values: string[]; caseSensitive: boolean }
  | { kind: "list"; item: PyType }
  | { kind: "set"; item: PyType }
  | { kind: "tuple"; item: PyType }
  | { kind: "dict" }
  | { kind: "json" }
  | { kind: "union"; members: PyType[] }
  | { kind: "unknown"; reason: string };

/** A variable's default: what it is when the environment does not set it. */
export type DefaultValue =
  | { kind: "literal"; value: PyConstValue; text: string }
  | { kind: "symbolic"; text: string; parts: DefaultPart[]; reads: string[]; baseValue?: PyConstValue }
  | { kind: "unknown"; reason: string };

/** A piece of a symbolic default: a value shown as code, or connecting words. */
export type DefaultPart = { code: string } | { text: string };

/** A JSON-able Python value for defaults: null is None. */
export type PyConstValue = string | number | boolean | null | PyConstValue[];

/** Which raw strings a variable accepts (CPython raises on the others), as far as it can be said statically. */
export type Acceptance =
  | { kind: "any" }
  | { kind: "int" }
  | { kind: "float" }
  | { kind: "choices"; values: string[]; caseSensitive: boolean; list: boolean; strip: boolean }
  | { kind: "json" }
  | { kind: "unknown"; reason: string };

/** A `TYPE_CHECKING` declaration: `VLLM_X: int = 0`. */
export interface Declaration {
  annotation: string;
  type: PyType;
  default: PyConstValue | undefined;
  defaultText: string | null;
  line: number;
}

/** A diagnostic attached to the model. */
export interface Diagnostic {
  severity: "error" | "warning" | "info";
  code: string;
  message: string;
  line: number;
  col: number;
}

/** One environment variable of the dict. */
export interface Variable {
  name: string;
  line: number;
  section: string | null;
  description: string;
  deprecated: boolean;
  getter: Expr;
  type: PyType;
  default: DefaultValue;
  choices: { values: string[]; caseSensitive: boolean; list: boolean } | null;
  accepts: Acceptance;
  /** The environment string equivalent to unset (`os.getenv("X", "0")` → "0"), where there is one. */
  rawDefault: string | null;
  reads: string[];
  helpers: string[];
  declaration: Declaration | null;
  drift: Diagnostic[];
  unsupported: { reason: string; line: number }[];
  /**
   * Whether vLLM hashes this variable's value into its torch.compile cache key (`compile_factors()`,
   * earlier `compute_hash()`); null where the revision has neither function or its factors are unknown.
   */
  compileFactor: boolean | null;
  /** Spread in from the upstream `vllm/envs.py` (`{**vllm_envs, ...}`): its getter and line are upstream's. */
  inherited?: true;
}

/** The revision's compile-cache factor function (`compile_factors()` / `compute_hash()`), as analysed. */
export interface CompileFactorsInfo {
  function: string;
  line: number;
  /** Whether the analysis could follow the function (else every `compileFactor` is null). */
  known: boolean;
  reason: string | null;
  /** Environment names outside `environment_variables` whose raw values enter the hash (`os.getenv(var)`). */
  extra: string[];
}

/** The whole model of one `envs.py`. */
export interface Model {
  schemaVersion: 1;
  source: { file: string; sha256: string; lines: number };
  imports: ImportBinding[];
  helpers: FunctionDef[];
  assigns: ModuleAssign[];
  variables: Variable[];
  diagnostics: Diagnostic[];
  /** The compile-cache factor function; null where the revision has none. */
  compileFactors: CompileFactorsInfo | null;
  /** The dict of getters' name, when it is not `environment_variables` (a plugin's `env_variables`). */
  dictName?: string;
  /** The upstream `vllm/envs.py` that `from vllm.envs import ...` and `**` spreads were read from. */
  upstream?: { file: string; sha256: string };
  /**
   * Why names outside `variables` may be keys of the dict at run time (`**x` with unknown keys, a change
   * of the dict not followed): reading such a name is `unsupported`, not CPython's AttributeError.
   */
  openKeys?: { reason: string; line: number };
  /** Module-level code changes `os.environ` (`os.environ["X"] = …`): every read of the environment is unsupported. */
  environChanged?: { reason: string; line: number };
}

/** What earlier versions say about the variables of one version (from `sync`). */
export interface VersionHistory {
  /** Per current variable: the version it first appeared in, and later changes. */
  variables: Record<string, { addedIn: string; changes: { version: string; kind: string }[] }>;
  /** Variables of earlier versions that this one no longer has. */
  removed: Record<string, { removedAfter: string; lastSeenIn: string }>;
}

/**
 * In a platform plugin's model, what upstream code linked into it calls `__file__` (the upstream
 * `vllm/envs.py`'s path, not the plugin's): a global the runtime asks the host's `upstreamFile` for.
 */
export const UPSTREAM_FILE_NAME = "__vllm_envs_file__";

/** Exhaustiveness guard for `switch` over tagged unions. */
export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}
