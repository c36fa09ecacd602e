/**
 * Stage table: inference (lowered module → model), one rule a row. Each row is a getter in a
 * small `envs.py` written around it; the variable's inferred facts are compared as the text the
 * docs show (`test/support/stage.ts`). The corpus-wide tests stay the integration layer.
 */
import { describe, expect, it } from "vitest";
import { annotationType } from "../../src/infer/drift.js";
import { describeType } from "../../src/ir/describe-type.js";
import { extractModel } from "../../src/extract.js";
import { inferredOf, lowerSnippet, variableOfGetter, type Inferred } from "../support/stage.js";

const HELPERS = `
def env_with_choices(env_name, default, choices, case_sensitive=True):
    def _get_validated_env():
        value = os.getenv(env_name)
        if value is None:
            return default
        check_value = value if case_sensitive else value.lower()
        check_choices = choices if case_sensitive else [c.lower() for c in choices]
        if check_value not in check_choices:
            raise ValueError(f"Invalid value '{value}' for {env_name}. Valid options: {choices}.")
        return value
    return _get_validated_env

def maybe_convert_int(value):
    if value is None:
        return None
    return int(value)
`;

type Row = [string, { given: { getter: string; prelude?: string; declarations?: string[] }; want: Partial<Inferred> }];

describe("infer: getters", () => {
  const rows: Row[] = [
    ["getenv with a default is a str", { given: { getter: `lambda: os.getenv("X", "a")` }, want: { type: "str", default: `"a"`, accepts: "any string", raw: "a" } }],
    ["getenv without a default may be None", { given: { getter: `lambda: os.getenv("X")` }, want: { type: "str | None", default: "None", raw: null } }],
    ["environ.get", { given: { getter: `lambda: os.environ.get("X", "")` }, want: { type: "str", default: `""`, raw: "" } }],
    ["environ[...] raises KeyError when unset", { given: { getter: `lambda: os.environ["X"]` }, want: { type: "str", default: "unknown (raises KeyError when unset)" } }],
    ["int() accepts integers", { given: { getter: `lambda: int(os.getenv("X", "0"))` }, want: { type: "int", default: "0", accepts: "an integer", raw: "0" } }],
    ["negative default", { given: { getter: `lambda: int(os.getenv("X", "-1"))` }, want: { type: "int", default: "-1" } }],
    ["float() accepts numbers", { given: { getter: `lambda: float(os.getenv("X", "1.5"))` }, want: { type: "float", default: "1.5", accepts: "a number (also inf, nan)" } }],
    ["bool(int(...))", { given: { getter: `lambda: bool(int(os.getenv("X", "0")))` }, want: { type: "bool", default: "False", accepts: "an integer" } }],
    ["comparison is a bool", { given: { getter: `lambda: os.getenv("X", "1") != "0"` }, want: { type: "bool", default: "True", accepts: "any string" } }],
    ["lower() in a tuple", { given: { getter: `lambda: os.getenv("X", "False").lower() in ("true", "1")` }, want: { type: "bool", default: "False" } }],
    ["`or None` adds None", { given: { getter: `lambda: os.getenv("X", "").upper() or None` }, want: { type: "str | None", default: "None" } }],
    ["constants fold with the runtime's own code", { given: { getter: `lambda: int(os.getenv("X", "5000")) + 1` }, want: { type: "int", default: "5001" } }],
    ["membership narrows to a literal", { given: { getter: `lambda: os.getenv("X", "a") if os.getenv("X", "a") in ["a", "b"] else "a"` }, want: { type: `Literal["a", "b"]`, default: `"a"` } }],
    ["a helper is followed through its body", { given: { getter: `lambda: maybe_convert_int(os.getenv("X", None))`, prelude: HELPERS }, want: { type: "int | None", default: "None", accepts: "an integer", helpers: "maybe_convert_int" } }],
    [
      "`if value not in choices: raise` narrows to the choices",
      { given: { getter: `env_with_choices("X", "a", ["a", "b"])`, prelude: HELPERS }, want: { type: `Literal["a", "b"]`, default: `"a"`, accepts: `one of "a", "b"`, helpers: "env_with_choices" } },
    ],
    [
      "case-insensitive choices",
      { given: { getter: `env_with_choices("X", None, ["a", "b"], case_sensitive=False)`, prelude: HELPERS }, want: { type: `Literal["a", "b"] (any case) | None`, accepts: `one of "a", "b" (any case)` } },
    ],
    ["json.loads accepts JSON", { given: { getter: `lambda: json.loads(os.getenv("X", "{}"))` }, want: { type: "dict | JSON", accepts: "JSON", raw: "{}" } }],
    // json.loads of a constant folds through the runtime: the default is CPython's value, not a claimed raise.
    // The accepted forms are the union over the paths: a check that runs only when Y is set is not "any string".
    ["a check under another variable's condition", { given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("Y") else None` }, want: { accepts: "cannot be checked statically (depends on Y)" } }],
    ["a check on every path is its form", { given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("Y") else int(os.getenv("X", "1"))` }, want: { accepts: "an integer" } }],
    ["another variable's check is not this one's", { given: { getter: `lambda: os.getenv("X", "a") if int(os.getenv("Y", "0")) else "b"` }, want: { accepts: "any string" } }],
    ["int(x, 16) names no decimal form", { given: { getter: `lambda: int(os.getenv("X", "ff"), 16)` }, want: { accepts: "cannot be checked statically (raises ValueError on a path not recognised as a check of the value's form)" } }],
    ["a conversion on some paths only states no form", { given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("X", "0").isdigit() else -1` }, want: { accepts: "cannot be checked statically (the int check does not run on every path)" } }],
    ["a step whose raises are not modelled states no form", { given: { getter: `lambda: max(os.getenv("X", "a").split(","))` }, want: { accepts: "cannot be checked statically (max() (line 7) may raise on some values (not modelled))" } }],
    ["slice bounds are evaluated", { given: { getter: `lambda: [1, 2][int(os.getenv("X", "0")):]` }, want: { accepts: "an integer", reads: "" } }],
    ["an environment value is never None", { given: { getter: `lambda: None if os.getenv("X", "0") is None else int(os.getenv("X", "0"))` }, want: { type: "int", accepts: "an integer" } }],
    ["a raising comprehension element is kept", { given: { getter: `lambda: [int(p) for p in ["1", "x"]] if os.getenv("X") else 0` }, want: { default: "0" } }],
    [
      "a sequence pattern never matches None",
      { given: { prelude: `def f(raw):\n    match json.loads(raw):\n        case [*items]:\n            return "list"\n        case _:\n            return "other"\n`, getter: `lambda: f(os.getenv("X", "null"))` }, want: { default: `"other"` } },
    ],
    ["json.loads of a constant default folds", { given: { getter: `lambda: json.loads(os.getenv("X", "{}"))` }, want: { default: "`{}`" } }],
    ["json.loads of a constant list is a literal", { given: { getter: `lambda: json.loads(os.getenv("X", "[1, 2]"))` }, want: { default: "[1, 2]" } }],
    ["json.loads of a bad constant raises", { given: { getter: `lambda: json.loads(os.getenv("X", "{"))` }, want: { default: "unknown (raises JSONDecodeError when unset)" } }],
    ["os.path.dirname of a constant folds", { given: { getter: `lambda: os.path.dirname(os.getenv("X", "/a/b"))` }, want: { default: `"/a"` } }],
    [
      "a raise on some unset paths only is not claimed",
      { given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("X", "0").isdigit() else int(os.getenv("X", "0").strip() or "z")` }, want: { default: "0" } },
    ],
    ["a raise on some unset paths only is may-raise", { given: { getter: `lambda: json.loads(os.path.expandvars("$Y"))` }, want: { default: "unknown (may raise JSONDecodeError when unset)" } }],
    [
      "a default from another variable is symbolic",
      {
        given: { getter: `lambda: os.path.expanduser(os.getenv("X", os.path.join(os.getenv("XDG_CACHE_HOME", "~/.cache"), "vllm")))` },
        want: { type: "str", default: "`$XDG_CACHE_HOME/vllm` if XDG_CACHE_HOME is set, else `~/.cache/vllm`", reads: "HOME XDG_CACHE_HOME" },
      },
    ],
    ["a condition on another variable", { given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("Y") else None` }, want: { type: "int | None", default: "`0` or `None` if Y is set, else `None`", reads: "Y" } }],
    [
      "an import outside the modelled library is unsupported, never guessed",
      {
        given: { getter: `lambda: torch.cuda.is_available()`, prelude: "import torch\n" },
        want: { type: "unknown", unsupported: "imports torch, which is not part of the modelled standard library" },
      },
    ],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(inferredOf(variableOfGetter(given.getter, given.prelude, given.declarations))).toMatchObject(want);
  });
});

describe("infer: TYPE_CHECKING declarations and drift", () => {
  const types: [string, { given: string; want: string }][] = [
    ["a builtin name", { given: `int`, want: "int" }],
    ["Any is unknown", { given: `Any`, want: "unknown" }],
    ["Optional[...]", { given: `Optional[str]`, want: "str | None" }],
    ["typing.Optional[...]", { given: `typing.Optional[int]`, want: "int | None" }],
    ["name | None", { given: `bool | None`, want: "bool | None" }],
    ["Union[...]", { given: `Union[int, str]`, want: "int | str" }],
    ["list and List", { given: `Optional[List[str]]`, want: "list[str] | None" }],
    ["set", { given: `set[str]`, want: "set[str]" }],
    ["dict with parameters", { given: `dict[str, Any]`, want: "dict" }],
    ["Literal of strings, sorted", { given: `Literal["b", "a"]`, want: `Literal["a", "b"]` }],
    ["Literal of a non-string has no str type", { given: `Literal[1]`, want: "unknown" }],
    ["an unknown generic", { given: `Callable[[], str]`, want: "unknown" }],
    ["generic | None (a union_type)", { given: `list[str] | None`, want: "list[str] | None" }],
    ["Literal[...] | None", { given: `Literal["x", "y"] | None`, want: `Literal["x", "y"] | None` }],
    ["generic | unknown generic is unknown, not guessed", { given: `list[str] | Callable[[], str]`, want: "unknown" }],
  ];
  it.each(types)("annotation: %s", (_name, { given, want }) => {
    const [decl] = lowerSnippet(`if TYPE_CHECKING:\n    X: ${given} = None\n`).declarations;
    expect(describeType(annotationType(decl.annotationExpr))).toBe(want);
  });

  it.each([
    ["an unknown annotation keeps its text", { given: `Callable[[int], str]`, want: "annotation Callable[[int], str]" }],
    ["an unlowered part keeps its source", { given: `Literal["a"] | f(x)`, want: `annotation f(x)` }],
  ] as [string, { given: string; want: string }][])("reason: %s", (_name, { given, want }) => {
    const [decl] = lowerSnippet(`if TYPE_CHECKING:\n    X: ${given} = None\n`).declarations;
    expect(annotationType(decl.annotationExpr)).toEqual({ kind: "unknown", reason: want });
  });

  const drift: Row[] = [
    ["declaration agrees", { given: { getter: `lambda: os.getenv("X")`, declarations: ["X: Optional[str] = None"] }, want: { drift: "" } }],
    [
      "declared int, getter returns str",
      { given: { getter: `lambda: os.getenv("X", "0")`, declarations: ["X: int = 0"] }, want: { drift: `type-drift: X: declared int (line 6) but the getter returns str; default-drift: X: declared default 0 (line 6) but the getter's default is "0"` } },
    ],
    ["declared default differs", { given: { getter: `lambda: int(os.getenv("X", "1"))`, declarations: ["X: int = 0"] }, want: { drift: "default-drift: X: declared default 0 (line 6) but the getter's default is 1" } }],
    ["bool counts as int", { given: { getter: `lambda: bool(int(os.getenv("X", "0")))`, declarations: ["X: int = 0"] }, want: { drift: "" } }],
    ["a str is not a Literal", { given: { getter: `lambda: os.getenv("X", "a")`, declarations: [`X: Literal["a", "b"] = "a"`] }, want: { drift: `type-drift: X: declared Literal["a", "b"] (line 6) but the getter returns str` } }],
    [
      "Literal[...] | None (a union_type) against a bool getter",
      { given: { getter: `lambda: os.getenv("X", "0") == "1" if os.getenv("X") else None`, declarations: [`X: Literal["a", "b"] | None = None`] }, want: { drift: `type-drift: X: declared Literal["a", "b"] | None (line 6) but the getter returns bool | None` } },
    ],
    [
      "a case-insensitive literal is not a declared case-sensitive one",
      { given: { getter: `lambda: os.getenv("X", "a") if os.getenv("X", "a").lower() in ("a", "b") else "a"`, declarations: [`X: Literal["a", "b"] = "a"`] }, want: { drift: `type-drift: X: declared Literal["a", "b"] (line 6) but the getter returns Literal["a", "b"] (any case)` } },
    ],
    ["a JSON getter does not fit a declared dict", { given: { getter: `lambda: json.loads(os.getenv("X", "{}"))`, declarations: [`X: dict[str, int] = {}`] }, want: { drift: "type-drift: X: declared dict[str, int] (line 6) but the getter returns dict | JSON" } }],
    ["list[str] | None agrees", { given: { getter: `lambda: os.getenv("X").split(",") if os.getenv("X") else None`, declarations: [`X: list[str] | None = None`] }, want: { drift: "" } }],
    ["missing from an existing block", { given: { getter: `lambda: os.getenv("X")`, declarations: ["Y: int = 0"] }, want: { drift: "missing-declaration: X: has no TYPE_CHECKING declaration" } }],
    ["no block, no missing-declaration", { given: { getter: `lambda: os.getenv("X")` }, want: { drift: "" } }],
  ];
  it.each(drift)("drift: %s", (_name, { given, want }) => {
    expect(inferredOf(variableOfGetter(given.getter, given.prelude, given.declarations))).toMatchObject(want);
  });
});

describe("infer: sections and descriptions", () => {
  const rows: [string, { given: string; want: { section: string | null; description: string }[] }][] = [
    ["the comment block above a key is its description", { given: `    # Where to cache.\n    # Default: ~/.cache.\n    "A": lambda: 1,`, want: [{ section: null, description: "Where to cache.\nDefault: ~/.cache." }] }],
    [
      "a banner starts a section that carries over",
      {
        given: `    # ================== Installation Time Env Vars ==================\n\n    # Target device.\n    "A": lambda: 1,\n    "B": lambda: 2,`,
        want: [{ section: "Installation Time Env Vars", description: "Target device." }, { section: "Installation Time Env Vars", description: "" }],
      },
    ],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    const vars = extractModel("snippet.py", `import os\nenvironment_variables = {\n${given}\n}\n`).variables;
    expect(vars.map((v) => ({ section: v.section, description: v.description }))).toEqual(want);
  });
});
