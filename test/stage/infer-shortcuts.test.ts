/**
 * Stage table: the shortcuts inference takes for speed (frames shared by branches when no `:=` can
 * change them, marker keys looked up only once `nonlocal` or `del` made one, builtins resolved once per
 * module, paths extended by copy-then-set, keyword records shared) give what the plain evaluation gave.
 * Each row's `want` is what the build before the shortcuts inferred.
 */
import { describe, expect, it } from "vitest";
import { modelOfSnippet, inferredOf, variableOfGetter, type Inferred } from "../support/stage.js";

type Row = [string, { given: { getter: string; prelude?: string }; want: Partial<Inferred> }];

const rows: Row[] = [
  [
    "a branch binds, the other keeps the value",
    {
      given: { getter: `lambda: mode()`, prelude: `def mode():\n    m = "x"\n    if os.getenv("A"):\n        m = "y"\n    return m\n` },
      want: { type: "str", default: "`y` or `x` if A is set, else `x`", reads: "A" },
    },
  ],
  [
    "reading a deleted local raises UnboundLocalError",
    {
      given: { getter: `lambda: gone()`, prelude: `def gone():\n    v = os.getenv("A", "a")\n    del v\n    return v\n` },
      want: { type: "unknown", default: "unknown (raises UnboundLocalError when unset)", reads: "A" },
    },
  ],
  [
    "a local rebound by nonlocal is unknown",
    {
      given: {
        getter: `lambda: counter()`,
        prelude: `def counter():\n    n = 0\n    def bump():\n        nonlocal n\n        n = n + 1\n    bump()\n    return n\n`,
      },
      // `n = n + 1` on the unknown `n`: the operand's type is not known, so neither is whether `+` raises.
      want: { type: "unknown", default: "unknown (unsupported: + on a value of a type not known statically (`… + 1`))" },
    },
  ],
  [
    "a parameter named like a builtin is the argument",
    {
      given: { getter: `lambda: conv(str, os.getenv("Y", "2")) + str(int(os.getenv("X", "1")))`, prelude: `def conv(int, x):\n    return int(x)\n` },
      want: { type: "str", default: "`$Y + 1` if Y is set, else `21`", accepts: "an integer", reads: "Y", raw: "1" },
    },
  ],
  [
    "a parameter named like an exception is the argument",
    {
      given: { getter: `lambda: fail(KeyError) if os.getenv("A") else "ok"`, prelude: `def fail(ValueError):\n    raise ValueError("x")\n` },
      want: { type: "str", default: "`ok`", reads: "A" },
    },
  ],
  [
    "a variable named __proto__ is a name",
    {
      given: { getter: `lambda: os.getenv("__proto__") or os.getenv("X", "b")` },
      want: { type: "str", default: "`$__proto__` or `b` if __proto__ is set, else `b`", reads: "__proto__", raw: "b" },
    },
  ],
  [
    "a fact about the machine",
    { given: { getter: `lambda: os.getenv("X", "a") if os.path.exists("/x") else "b"` }, want: { type: "str", default: "`a` or `b`", raw: "a" } },
  ],
  [
    "keyword arguments, then none",
    {
      given: { getter: `lambda: os.getenv(key="X", default="a") + os.getenv("Y", "b")` },
      want: { type: "str", default: "`a + $Y` if Y is set, else `ab`", reads: "Y", raw: "a" },
    },
  ],
];

describe("infer: shortcuts give the plain evaluation's facts", () => {
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(inferredOf(variableOfGetter(given.getter, given.prelude))).toMatchObject(want);
  });

  it("a builtin resolved for one getter is still shadowed by another's local", () => {
    const model = modelOfSnippet({
      prelude: `def conv(int, x):\n    return int(x)\n`,
      getters: { A: `lambda: int(os.getenv("A", "1"))`, B: `lambda: conv(str, os.getenv("B", "2"))` },
    });
    expect(model.variables.map((v) => inferredOf(v).type)).toEqual(["int", "str"]);
  });

  it("a raise of a parameter named like an exception raises the argument", () => {
    const model = modelOfSnippet({
      prelude: `def fail(ValueError):\n    raise ValueError("x")\n`,
      getters: { A: `lambda: fail(KeyError) if os.getenv("A") else "ok"` },
    });
    expect(model.variables[0].type).toEqual({ kind: "str" });
    expect(model.variables[0].default).toMatchObject({ kind: "literal", value: "ok" });
  });
});
