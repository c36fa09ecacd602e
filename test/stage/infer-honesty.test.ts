/**
 * Stage table: statements the inference once made with confidence and CPython contradicts — each
 * row is now exact, or `unsupported` naming the construct. CPython's side is the fixture
 * `test/fixtures/constructs/honesty.py` (checked by constructs and model-vs-cpython tests).
 */
import { describe, expect, it } from "vitest";
import { inferredOf, variableOfGetter, type Inferred } from "../support/stage.js";

type Row = [string, { given: { getter: string; prelude?: string }; want: Partial<Inferred> }];

/** One test per row: what inference says of the getter (after the prelude) matches `want`. */
function checkRows(rows: Row[]): void {
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(inferredOf(variableOfGetter(given.getter, given.prelude))).toMatchObject(want);
  });
}

const EXCEPT_AS = `def exc():\n    e = "pre"\n    try:\n        int(os.getenv("E", "x"))\n    except ValueError as e:\n        pass\n    return e\n`;
const WITH_TUPLE = `def w():\n    with open(os.devnull) as (len, y):\n        pass\n    return len("ab")\n`;
const BARE = `def ann():\n    v = os.getenv("K", "1")\n    str: int\n    return str(v)\n`;
const AUG = `def aug():\n    if os.getenv("F"):\n        x = "set"\n    x += "a"\n    return x\n`;
const PICK = `def pick():\n    if (v := os.getenv("A")) is None:\n        return "none"\n    return v\n`;
const CAUGHT = `def caught():\n    try:\n        int(v := os.getenv("C", "x"))\n    except ValueError:\n        return "bad " + v\n    return v\n`;
const SHADOW_OUTER = `def outer():\n    x = "outer"\n    def inner():\n        if os.getenv("T"):\n            x = "inner"\n        return x\n    return inner()\n`;
const LATE = `def late():\n    def inner():\n        return n\n    n = "late"\n    return inner()\n`;
const BEFORE = `def f():\n    try:\n        x = "one"\n        int(os.environ["X"])\n    except (KeyError, ValueError):\n        pass\n    return x\n`;
const AFTER = `def f():\n    try:\n        int(os.environ["X"])\n        x = "one"\n    except (KeyError, ValueError):\n        pass\n    return x\n`;
const REBOUND = `def f():\n    z = os.getenv("Z", "a")\n    h = lambda: z\n    z = 5\n    return h() + 1\n`;
const DEF_REBOUND = `def f():\n    n = "a"\n    def inner():\n        return n\n    n = os.getenv("Z", "b")\n    return inner()\n`;
const LOOP = `def f():\n    out = "x"\n    for c in os.getenv("Z", "ab"):\n        h = lambda: c\n        out = h()\n    return out\n`;
const ONCE = `def f():\n    z = os.getenv("Z", "a")\n    h = lambda: z + "!"\n    return h()\n`;
const CAPTURE = `def f():\n    z = os.getenv("Z", "a")\n    h = lambda z=z: z\n    z = 5\n    return h()\n`;
const SELF = `def f():\n    h = 1\n    h = lambda: h\n    return h() is h\n`;
const ITEM = `def f():\n    d = {"k": "a"}\n    d["k"] = os.getenv("Z", "b")\n    return d["k"]\n`;
const ENVIRON = `def f():\n    v = os.getenv("Z")\n    if v is not None:\n        return v\n    os.environ["Z"] = "set"\n    return "set"\n`;
const MODULE_ITEM = `MODES = []\nMODES.append("a")\n`;
const SETTER = `def f():\n    x = "a"\n    g = lambda: x\n    def setx(v):\n        nonlocal x\n        x = v\n    setx("b")\n    return g()\n`;
const COMP_SHADOW = `def f():\n    i = "z"\n    def inner():\n        return [i for i in ["a"]][0]\n    i = "y"\n    return inner()\n`;
const SHADOW = `def shadow(flag):\n    if flag:\n        KeyError = ValueError\n    raise KeyError("x")\n`;

describe("infer: `:=` binds on its own path only", () => {
  const rows: Row[] = [
    ["a binding made before a raise is seen by the handler", { given: { prelude: CAUGHT, getter: `lambda: caught()` }, want: { default: "`$C` or `bad  + $C` if C is set, else `bad x`" } }],
    ["a `:=` in a comprehension is unsupported", { given: { getter: `lambda: [y := c for c in os.getenv("X", "ab")]` }, want: { type: "unknown", default: "unknown (unsupported: an assignment expression (:=) inside a comprehension)" } }],
    ["several outcomes: each path keeps its binding", { given: { prelude: PICK, getter: `lambda: pick()` }, want: { default: "`$A` if A is set, else `none`", type: "str", reads: "A" } }],
  ];
  checkRows(rows);
});

describe("infer: operand types of binary operators", () => {
  const rows: Row[] = [
    ["int + str raises TypeError (never a float)", { given: { getter: `lambda: int(os.getenv("X", "1")) + os.getenv("Y", "a")` }, want: { type: "unknown", default: "unknown (raises TypeError when unset)" } }],
    ["str - str raises TypeError", { given: { getter: `lambda: os.getenv("X", "a") - os.getenv("Y", "b")` }, want: { type: "unknown" } }],
    ["str + int raises TypeError (never a str)", { given: { getter: `lambda: os.getenv("X", "a") + 1` }, want: { type: "unknown" } }],
    ["int * float is a float; a huge int raises OverflowError, so no form is stated", {
      given: { getter: `lambda: int(os.getenv("X", "1")) * 2.5` },
      want: { type: "float", default: "2.5", accepts: "cannot be checked statically (* (line 7) may raise on some values (not modelled))" },
    }],
    ["x += v reads x first: unbound when the branch that assigns it did not run", {
      given: { prelude: AUG, getter: `lambda: aug()` },
      want: { default: "unknown (raises UnboundLocalError when unset)" },
    }],
    ["except E as e deletes e when the handler ends", {
      given: { prelude: EXCEPT_AS, getter: `lambda: exc()` },
      want: { default: "unknown (raises UnboundLocalError when unset)" },
    }],
    ["with … as (a, b) is a pattern, not a name: unsupported", {
      given: { prelude: WITH_TUPLE, getter: `lambda: w()` },
      want: { type: "unknown", default: "unknown (unsupported: with … as (len, y): only a plain name is modelled)" },
    }],
    ["a bare annotation in a function makes the name local: unsupported, not the builtin", {
      given: { prelude: BARE, getter: `lambda: ann()` },
      want: { type: "unknown" },
    }],
    ["a default's text keeps the parentheses Python needs", {
      given: { getter: `lambda: (int(os.getenv("A", "1")) + 1) * 2` },
      want: { default: "`($A + 1) * 2` if A is set, else `4`" },
    }],
    ["a unary operator's operand is parenthesised when it is an operation", {
      given: { getter: `lambda: -(int(os.getenv("A", "1")) - 3)` },
      want: { default: "`-($A - 3)` if A is set, else `2`" },
    }],
    ["no parentheses where precedence already groups", {
      given: { getter: `lambda: int(os.getenv("A", "1")) * 2 + 1` },
      want: { default: "`$A * 2 + 1` if A is set, else `3`" },
    }],
    ["a chained comparison with a later operand that is not a constant is unsupported", {
      given: { getter: `lambda: int(os.getenv("X", "5")) < 3 < int(os.environ["B"])` },
      want: { type: "unknown" },
    }],
    ["a chained comparison of constants after the first operand stays exact", {
      given: { getter: `lambda: 1 <= int(os.getenv("X", "5")) <= 10` },
      want: { type: "bool", default: "True" },
    }],
    ["int + int is an int", { given: { getter: `lambda: int(os.getenv("X", "1")) + int(os.getenv("Y", "2"))` }, want: { type: "int" } }],
    ["str * int is a str", { given: { getter: `lambda: os.getenv("Y", "a") * int(os.getenv("X", "2"))` }, want: { type: "str" } }],
    ["bool & bool is a bool", { given: { getter: `lambda: bool(os.getenv("Y")) & (os.getenv("X") is None)` }, want: { type: "bool" } }],
    ["x / 1000 cannot divide by zero", { given: { getter: `lambda: float(os.getenv("X", "1")) / 1000` }, want: { type: "float", accepts: "a number (also inf, nan)" } }],
    ["1 / x states no form: it raises ZeroDivisionError for 0", { given: { getter: `lambda: 1 / float(os.getenv("X", "1"))` }, want: { type: "float", accepts: "cannot be checked statically (/ (line 7) may raise on some values (not modelled))" } }],
    ["a float exponent may give a complex: unsupported", { given: { getter: `lambda: int(os.getenv("X", "1")) ** 0.5` }, want: { type: "unknown" } }],
    ["list + list is a list", { given: { getter: `lambda: os.getenv("X", "a").split(",") + ["b"]` }, want: { type: "list[str]" } }],
    ["-str raises TypeError", { given: { getter: `lambda: -os.getenv("X", "1")` }, want: { type: "unknown", default: "unknown (raises TypeError when unset)" } }],
    ["-bool is an int", { given: { getter: `lambda: -(os.getenv("X") is None)` }, want: { type: "int" } }],
    ["str < int raises TypeError (never a bool)", { given: { getter: `lambda: os.getenv("X", "1") < 5` }, want: { type: "unknown", default: "unknown (raises TypeError when unset)" } }],
    ["int < float is a bool", { given: { getter: `lambda: int(os.getenv("X", "1")) < 5.5` }, want: { type: "bool", default: "True" } }],
    ["str % anything is a str", { given: { getter: `lambda: "%s!" % os.getenv("X")` }, want: { type: "str" } }],
  ];
  checkRows(rows);
});

describe("infer: a name assigned on some paths is local on all of them", () => {
  const rows: Row[] = [
    ["the builtin is not used where the local is unbound", { given: { prelude: SHADOW, getter: `lambda: shadow(os.getenv("F"))` }, want: { default: "unknown (raises UnboundLocalError when unset)" } }],
    ["a nested function's local hides the enclosing one", { given: { prelude: SHADOW_OUTER, getter: `lambda: outer()` }, want: { default: "unknown (raises UnboundLocalError when unset)" } }],
    ["a name the enclosing function binds after the def is unknown, not a builtin", { given: { prelude: LATE, getter: `lambda: late()` }, want: { type: "unknown" } }],
    ["a handler sees what the try body bound before the raise", { given: { prelude: BEFORE, getter: `lambda: f()` }, want: { default: `"one"` } }],
    ["a name the try body binds after the raise is unbound in the handler", { given: { prelude: AFTER, getter: `lambda: f()` }, want: { default: "unknown (raises UnboundLocalError when unset)" } }],
    ["assigned on the path taken, the local is used", { given: { prelude: SHADOW, getter: `lambda: shadow(os.getenv("F", "1"))` }, want: { default: "unknown (raises ValueError when unset)" } }],
  ];
  checkRows(rows);
});

describe("infer: closures read their maker's variables when called (late binding)", () => {
  const rows: Row[] = [
    ["a name bound again after the lambda is made is unknown (CPython: 6, not TypeError)", {
      given: { prelude: REBOUND, getter: `lambda: f()` },
      want: { type: "unknown", default: "unknown (unsupported: + on a value of a type not known statically (`… + 1`))" },
    }],
    ["a nested def reads the later binding (never the first)", { given: { prelude: DEF_REBOUND, getter: `lambda: f()` }, want: { type: "unknown" } }],
    ["a lambda made in a loop reads the loop variable late", { given: { prelude: LOOP, getter: `lambda: f()` }, want: { type: "unknown" } }],
    ["a lambda made in a comprehension reads its target late", {
      given: { getter: `lambda: [g() for g in [lambda: j for j in os.getenv("Z", "ab")]]` },
      want: { type: "list[unknown]" },
    }],
    ["a lambda made after the last binding is exact", { given: { prelude: ONCE, getter: `lambda: f()` }, want: { type: "str", default: "`$Z + !` if Z is set, else `a!`" } }],
    ["a default is evaluated when the lambda is made: exact", { given: { prelude: CAPTURE, getter: `lambda: f()` }, want: { type: "str", default: "`$Z` if Z is set, else `a`" } }],
    ["a lambda reading the name it is assigned to sees itself, not the earlier value", {
      given: { prelude: SELF, getter: `lambda: f()` },
      want: { type: "bool", default: "`… is …`" },
    }],
  ];
  checkRows(rows);
});

describe("infer: changes in place and comprehension names are followed or unsupported, never ignored", () => {
  const rows: Row[] = [
    ["d[k] = v in a helper is unsupported (CPython: the new value, not the old)", {
      given: { prelude: ITEM, getter: `lambda: f()` },
      want: { type: "unknown", default: "unknown (unsupported: assignment to an item or attribute (`x[k] = …`, `x.a = …`) is not followed)" },
    }],
    ["os.environ[name] = value does not change what the getter returns: exact", {
      given: { prelude: ENVIRON, getter: `lambda: f()` },
      want: { type: "str", default: "`$Z` if Z is set, else `set`" },
    }],
    ["a module-level value changed by a function called at import is unsupported (CPython: 1, not 0)", {
      given: { prelude: `L = []\ndef add():\n    L.append(1)\ndef outer():\n    add()\nouter()\n`, getter: `lambda: len(L)` },
      want: { type: "unknown" },
    }],
    ["a function called at import that changes its default list is unsupported (CPython: 2, not 1)", {
      given: { prelude: `def h(acc=[]):\n    acc.append(1)\n    return len(acc)\nh()\n`, getter: `lambda: h()` },
      want: { type: "unknown" },
    }],
    ["a module-level value changed in place (MODES.append) is unsupported", {
      given: { prelude: MODULE_ITEM, getter: `lambda: MODES[0]` },
      want: { type: "unknown" },
    }],
    ["a closure made before a sibling def that rebinds the name with nonlocal reads it late", {
      given: { prelude: SETTER, getter: `lambda: f()` },
      want: { type: "unknown" },
    }],
    ["a comprehension's own target hides a late name of the maker: exact", { given: { prelude: COMP_SHADOW, getter: `lambda: f()` }, want: { type: "str", default: `"a"` } }],
    ["a tuple target is the comprehension's, never the module's name", {
      given: { prelude: `k = 5\n`, getter: `lambda: [k for k, v in [("a", 1)]]` },
      want: { type: "list[unknown]" },
    }],
    ["an element the analysis cannot follow makes the comprehension unsupported (no guessed str item)", {
      given: { getter: `lambda: [k + 1 for k, v in [("a", 1)]]` },
      want: { type: "unknown" },
    }],
  ];
  checkRows(rows);
});

describe("infer: a module name with more than one binding is not resolved to one of them", () => {
  const rows: Row[] = [
    ["a module name bound twice, read by code that ran at import between them (CPython: the first)", {
      given: { prelude: `X0 = "a"\nY0 = X0\nX0 = "b"\n`, getter: `lambda: Y0` },
      want: { type: "unknown", default: "unknown (unsupported: X0 is bound more than once at module level (line 5, line 7): which binding a read sees is not followed)" },
    }],
    ["a helper's default reads the binding made so far", { given: { prelude: `x = "a"\ndef f(d=x):\n    return d\nx = "b"\n`, getter: `lambda: f()` }, want: { type: "unknown" } }],
    ["a def bound twice: an alias made between them keeps the first", {
      given: { prelude: `def h():\n    return "a"\ng = h\ndef h():\n    return "b"\n`, getter: `lambda: g()` },
      want: { type: "unknown" },
    }],
    ["a function run by the getter rebinds a module name through global", {
      given: { prelude: `MODE = "a"\ndef setmode():\n    global MODE\n    MODE = "b"\n`, getter: `lambda: setmode() or MODE` },
      want: { type: "unknown" },
    }],
    ["global in a function the getter never runs changes nothing: exact", {
      given: { prelude: `MODE = "a"\ndef setmode():\n    global MODE\n    MODE = "b"\n`, getter: `lambda: MODE` },
      want: { type: "str", default: `"a"` },
    }],
  ];
  checkRows(rows);
});

describe("infer: finally, the environment changed, !a", () => {
  const rows: Row[] = [
    ["what finally binds is seen after the try (CPython 2, not 1)", {
      given: { prelude: `def f():\n    v = 1\n    try:\n        pass\n    finally:\n        v = 2\n    return v\n`, getter: `lambda: f()` },
      want: { type: "int", default: "2" },
    }],
    ["a return keeps the value computed before finally ran", {
      given: { prelude: `def f():\n    v = 1\n    try:\n        return v\n    finally:\n        v = 5\n`, getter: `lambda: f()` },
      want: { type: "int", default: "1" },
    }],
    ["a read after the getter set os.environ is unsupported (CPython: the value set)", {
      given: { prelude: `def f():\n    os.environ["Z"] = "g"\n    return os.getenv("Z", "d")\n`, getter: `lambda: f()` },
      want: { type: "unknown" },
    }],
    ["os.environ changed at import: reads are unsupported", {
      given: { prelude: `os.environ["Z"] = "set"\n`, getter: `lambda: os.getenv("Z", "d")` },
      want: { type: "unknown" },
    }],
    ["!a escapes non-ASCII characters", { given: { getter: `lambda: f"{'é'!a}"` }, want: { type: "str", default: String.raw`"'\\xe9'"` } }],
  ];
  checkRows(rows);
});

describe("infer: no accepted form where a raise is not enumerated", () => {
  const cannot = (why: string) => `cannot be checked statically (${why} may raise on some values (not modelled))`;
  const rows: Row[] = [
    ["int(float(x)): inf raises OverflowError, nan ValueError", {
      given: { getter: `lambda: int(float(os.getenv("X", "1.5")))` },
      want: { accepts: cannot("int() of a value of another type") },
    }],
    ["a list indexed by a value may raise IndexError", {
      given: { getter: `lambda: [1, 2, 3][int(os.getenv("X", "0"))]` },
      want: { accepts: cannot("a subscript of a value not known statically") },
    }],
    ["json.loads(x)[0] may raise TypeError, KeyError, IndexError", {
      given: { getter: `lambda: json.loads(os.getenv("X", "[1]"))[0]` },
      want: { accepts: cannot("a subscript of a value not known statically") },
    }],
    ["a format spec applied to a value may not suit it (f\"{v:d}\" of a str raises ValueError)", {
      given: { getter: `lambda: f"{os.getenv('X', '5'):>3}"` },
      want: { accepts: cannot("a format spec applied to a value not known statically"), default: `"  5"` },
    }],
    ["a replacement field inside a format spec is unsupported (it was never evaluated)", {
      given: { getter: `lambda: f"{'a':>{int(os.environ['X'])}}"` },
      want: { type: "unknown" },
    }],
    ["sorted() of a str and an int always raises TypeError: unsupported, never a list", {
      given: { getter: `lambda: sorted([os.getenv("X", "a"), 1])` },
      want: { type: "unknown" },
    }],
    ["unpacking a split may raise ValueError", {
      given: { prelude: `def f():\n    a, b = os.getenv("X", "a,b").split(",", 1)\n    return b\n`, getter: `lambda: f()` },
      want: { accepts: cannot("unpacking (line 6)") },
    }],
  ];
  checkRows(rows);
});
