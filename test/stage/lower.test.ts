/**
 * Stage table: lowering (tree-sitter syntax → Python-subset IR), one rule a row, on inline
 * snippets. The IR is compared as S-expression text (`test/support/ir-text.ts`); the corpus-wide
 * tests stay the integration layer.
 */
import { describe, expect, it } from "vitest";
import { exprText, stmtText } from "../support/ir-text.js";
import { lowerExprSnippet, lowerSnippet, lowerStmtsSnippet } from "../support/stage.js";

type Row = [string, { given: string; want: string }];

describe("lower: expressions", () => {
  const rows: Row[] = [
    ["call with positional arguments", { given: `os.getenv("X", "1")`, want: `(call os.getenv "X" "1")` }],
    ["call with a keyword", { given: `os.environ.get("X", default=None)`, want: `(call os.environ.get "X" default=None)` }],
    ["call with *args and **kwargs", { given: `f(*xs, **kw)`, want: `(call f *xs **kw)` }],
    ["positional after keyword is refused", { given: `f(k=1, *xs)`, want: `(unsupported "positional argument after keyword argument")` }],
    ["attribute of a call result", { given: `f()[0].a`, want: `(attr (sub (call f) 0)).a` }],
    ["subscript with a slice", { given: `a[1:2]`, want: `(sub a (slice 1 2 _))` }],
    ["slice with a step only", { given: `a[::-1]`, want: `(sub a (slice _ _ (- 1)))` }],
    ["multi-dimensional subscript is refused", { given: `a[1, 2]`, want: `(unsupported "multi-dimensional subscript")` }],
    ["binary operators keep precedence", { given: `a + b * c`, want: `(+ a (* b c))` }],
    ["unmodelled operator @", { given: `a @ b`, want: `(unsupported "unsupported operator @")` }],
    ["unmodelled operator <<", { given: `a << b`, want: `(unsupported "unsupported operator <<")` }],
    ["unary minus and invert", { given: `[-x, ~x]`, want: `[(- x) (~ x)]` }],
    ["not", { given: `not x`, want: `(not x)` }],
    ["a run of `or` is one node", { given: `a or b or c`, want: `(or a b c)` }],
    ["mixed `and`/`or` nest", { given: `a and (b or c)`, want: `(and a (or b c))` }],
    ["comparison chain", { given: `1 < x <= 3`, want: `(cmp 1 < x <= 3)` }],
    ["not in a tuple", { given: `x not in ("a", "b")`, want: `(cmp x not in (tuple "a" "b"))` }],
    ["is not None", { given: `x is not None`, want: `(cmp x is not None)` }],
    ["conditional expression", { given: `a if c else b`, want: `(if c a b)` }],
    ["lambda with every parameter kind", { given: `lambda x, *a, k=1, **kw: x`, want: `(lambda (x *a kw:k=1 **kw) x)` }],
    ["lambda with positional-only parameters", { given: `lambda a, /, b: a`, want: `(lambda (pos:a b) a)` }],
    ["displays", { given: `[[1, 2], (1,), {1}, {"a": 1}, {}]`, want: `[[1 2] (tuple 1) {1} (dict "a": 1) (dict)]` }],
    ["starred in a display", { given: `[*a, 1]`, want: `[*a 1]` }],
    ["list comprehension with a condition", { given: `[x for x in y if x]`, want: `(listcomp x (for x y (if x)))` }],
    ["dict comprehension with a tuple target", { given: `{k: v for k, v in d.items()}`, want: `(dictcomp k: v (for (tuple k v) (call d.items)))` }],
    ["generator and set comprehensions", { given: `[(x for x in y), {x for x in y}]`, want: `[(gencomp x (for x y)) (setcomp x (for x y))]` }],
    ["f-string with conversion and nested spec", { given: `f"a{x!r:>{w}}b"`, want: `(f "a" {x!r:">"{w}} "b")` }],
    ["walrus", { given: `(y := 3)`, want: `(:= y 3)` }],
    ["implicit string concatenation", { given: `"a" 'b'`, want: `"ab"` }],
    ["escapes are decoded", { given: String.raw`"\x41\n"`, want: `"A\\n"` }],
    ["bytes", { given: `b"x"`, want: `b"x"` }],
    ["integers keep exact digits", { given: `[0x1F, 1_000, 10**30]`, want: `[31 1000 (unsupported "unsupported operator **")]` }],
    ["floats, overflow to inf", { given: `[1.5, 1e400]`, want: `[1.5 float(inf)]` }],
    ["True and None", { given: `(True, None)`, want: `(tuple True None)` }],
    ["await is refused", { given: `await x`, want: `(unsupported "unsupported expression: await")` }],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(exprText(lowerExprSnippet(given))).toBe(want);
  });
});

describe("lower: statements", () => {
  const rows: Row[] = [
    ["chained assignment", { given: `x = y = 1`, want: `(= x y 1)` }],
    ["augmented assignment", { given: `x += 1`, want: `(+= x 1)` }],
    ["starred target", { given: `a, *b = c`, want: `(= (tuple a *b) c)` }],
    ["annotated assignment keeps the value", { given: `x: int = 1`, want: `(= x 1)` }],
    ["elif nests in else", { given: `if a:\n    pass\nelif b:\n    x = 1\nelse:\n    x = 2`, want: `(if a (pass) ((if b ((= x 1)) ((= x 2)))))` }],
    ["for with else", { given: `for i in x:\n    break\nelse:\n    pass`, want: `(for i x (break) (pass))` }],
    ["while", { given: `while x:\n    continue`, want: `(while x (continue))` }],
    [
      "try with handlers, else and finally",
      {
        given: `try:\n    x = 1\nexcept (ValueError, KeyError) as e:\n    raise\nexcept Exception:\n    pass\nelse:\n    y = 2\nfinally:\n    z = 3`,
        want: `(try ((= x 1)) (except (ValueError KeyError) e ((raise))) (except (Exception) _ (pass)) (else ((= y 2))) (finally ((= z 3))))`,
      },
    ],
    ["raise from", { given: `raise ValueError("x") from e`, want: `(raise (call ValueError "x") from e)` }],
    ["with as", { given: `with open(p) as f:\n    pass`, want: `(with (call open p) as f (pass))` }],
    ["def with a default", { given: `def f(a, b=1):\n    return a`, want: `(def f (a b=1) ((return a)))` }],
    ["decorators are kept for inference", { given: `@functools.cache\ndef f():\n    return 1`, want: `(def @functools.cache f () ((return 1)))` }],
    ["async def is bound but unsupported", { given: `async def f():\n    pass`, want: `(def f (*args **kwargs) ((unsupported "the function f could not be translated: async functions are not supported")))` }],
    ["import a.b binds a", { given: `import os.path`, want: `(import os@os)` }],
    ["from-import with alias", { given: `from a.b import c as d, e`, want: `(import a.b:c@d a.b:e@e)` }],
    ["global", { given: `global x`, want: `(global x)` }],
    ["assert with a message", { given: `assert x, "m"`, want: `(assert x "m")` }],
    ["del of several targets", { given: `del x[0], y`, want: `(del (sub x 0) y)` }],
    ["class is refused", { given: `class A:\n    pass`, want: `(unsupported "unsupported statement: class_definition")` }],
    [
      "match: or, sequence with star and guard, mapping with rest, value as, class, wildcard",
      {
        given: `match x:\n    case 1 | 2:\n        pass\n    case [a, *rest] if a:\n        pass\n    case {"k": v, **r}:\n        pass\n    case Color.RED as c:\n        pass\n    case Point(x=1):\n        pass\n    case _:\n        pass`,
        want: `(match x (case (| 1 2) (pass)) (case [?a *rest] (if a) (pass)) (case (map "k": ?v **r) (pass)) (case (as Color.RED c) (pass)) (case (unsupported "class pattern is not modelled") (pass)) (case _ (pass)))`,
      },
    ],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(lowerStmtsSnippet(given).map(stmtText).join(" ; ")).toBe(want);
  });
});

describe("lower: TYPE_CHECKING annotations become IR", () => {
  const rows: Row[] = [
    ["a name", { given: `int`, want: `int` }],
    ["Optional[...]", { given: `Optional[str]`, want: `(sub Optional str)` }],
    ["typing.Optional[...] (an ordinary subscript)", { given: `typing.Optional[int]`, want: `(sub typing.Optional int)` }],
    ["nested generics", { given: `Optional[List[str]]`, want: `(sub Optional (sub List str))` }],
    ["several parameters are a tuple", { given: `dict[str, Any]`, want: `(sub dict (tuple str Any))` }],
    ["name | None", { given: `str | None`, want: `(| str None)` }],
    ["Literal of strings", { given: `Literal["a", 'b']`, want: `(sub Literal (tuple "a" "b"))` }],
    ["Callable's parameter list", { given: `Callable[[int], str]`, want: `(sub Callable (tuple [int] str))` }],
    ["a string annotation stays a string", { given: `"int"`, want: `"int"` }],
    // tree-sitter parses `generic | X` as `union_type`, not a binary operator: lowered as the same `|`.
    ["generic | None (a union_type)", { given: `list[str] | None`, want: `(| (sub list str) None)` }],
    ["Literal[...] | None | int", { given: `Literal["a"] | None | int`, want: `(| (sub Literal "a") (| None int))` }],
    ["a call is not an annotation", { given: `f(x)`, want: `(unsupported "unsupported annotation: call")` }],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    const [decl] = lowerSnippet(`if TYPE_CHECKING:\n    X: ${given} = None\n`).declarations;
    expect({ annotation: decl.annotation, ir: exprText(decl.annotationExpr) }).toEqual({ annotation: given, ir: want });
  });
});

describe("lower: the module", () => {
  const summary = (py: string) => {
    const m = lowerSnippet(py);
    return {
      imports: m.imports.map((b) => `${b.module}${b.attr ? `:${b.attr}` : ""}@${b.local}`).join(" "),
      helpers: m.helpers.map((h) => h.name).join(" "),
      assigns: m.assigns.map((a) => `${a.name}=${exprText(a.value)}`).join(" "),
      declarations: m.declarations.map((d) => `${d.name}:${d.annotation}=${d.valueText}`).join(" "),
      entries: m.entries.map((e) => `${e.name}=${exprText(e.getter)}`).join(" "),
      diagnostics: m.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`).join("; "),
    };
  };
  const dict = (body: string) => `environment_variables = {\n${body}\n}\n`;
  const rows: [string, { given: string; want: Partial<ReturnType<typeof summary>> }][] = [
    ["imports, helpers and other bindings", { given: `import os\nfrom a import b as c\nlogger = f(__name__)\ndef g():\n    return 1\n${dict("")}`, want: { imports: "os@os a:b@c", helpers: "g", assigns: "logger=(call f __name__)" } }],
    ["TYPE_CHECKING declarations", { given: `if TYPE_CHECKING:\n    A: int = 0\n    B: Optional[str] = None\n    C: bool\n${dict("")}`, want: { declarations: "A:int=0 B:Optional[str]=None C:bool=null" } }],
    ["entries in source order", { given: dict(`  "A": lambda: 1,\n  "B": lambda: 2,`), want: { entries: "A=(lambda () 1) B=(lambda () 2)", diagnostics: "" } }],
    ["a duplicate key keeps the first position and the last value", { given: dict(`  "A": lambda: 1,\n  "A": lambda: 2,`), want: { entries: "A=(lambda () 2)", diagnostics: "warning duplicate-key 3:3" } }],
    ["a **spread is an error", { given: dict(`  **other,`), want: { entries: "", diagnostics: "error dict-spread 2:3" } }],
    ["a non-string key is an error", { given: dict(`  KEY: lambda: 1,`), want: { entries: "", diagnostics: "error non-string-key 2:3" } }],
    ["no dict", { given: `x = 1\n`, want: { diagnostics: "error no-dict 0:0" } }],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(summary(given)).toMatchObject(want);
  });

  it("hands on plain data only: the lowered module survives JSON (no syntax node leaves lower/)", () => {
    const m = lowerSnippet(`import os\nif TYPE_CHECKING:\n    A: Optional[int] = None\n${dict(`  "A": lambda: int(os.getenv("A", "0")),`)}`);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
