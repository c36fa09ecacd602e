/**
 * Stage table: the emitters (model → TypeScript, declarations, JSON Schema, text), one rule a row,
 * on inline snippets and small model values. The corpus-wide golden files stay the integration layer.
 */
import { describe, expect, it } from "vitest";
import type { Acceptance, DefaultValue, PyType } from "../../src/ir/types.js";
import { describeAccepted, describeDefault } from "../../src/ir/describe.js";
import { emitExpr, emitStmt, moduleCtx } from "../../src/emit/emit-python.js";
import type { EmitEnv } from "../../src/emit/emit-context.js";
import { emitTsType } from "../../src/emit/emit-ts-type.js";
import { acceptanceSchema, valueSchema } from "../../src/emit/emit-schema.js";
import { propertyPiece } from "../../src/emit/emit-declarations.js";
import { dotenvAssignment } from "../../src/emit/emit-dotenv.js";
import { mdCode, mdText, tsKey, tsString } from "../../src/emit/escape.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { lowerExprSnippet, lowerStmtsSnippet, variableOfGetter } from "../support/stage.js";

const ENV: EmitEnv = { moduleNames: new Set(["os", "a", "b", "c", "f", "x"]), builtins: new Set(Object.keys(BUILTINS)), module: { imports: [], helpers: [] } };
const STR: PyType = { kind: "str" };
const lit = (...values: string[]): PyType => ({ kind: "literal", values, caseSensitive: true });

describe("emit: Python expressions → runtime calls", () => {
  const rows: [string, { given: string; want: string }][] = [
    ["a module global", { given: `x`, want: `$G["x"]` }],
    ["a modelled builtin", { given: `len`, want: `BUILTINS["len"]` }],
    ["an unmodelled builtin is unsupported", { given: `eval`, want: `unsupportedNode("the builtin eval is not modelled")` }],
    ["an unbound name is CPython's NameError", { given: `torch`, want: `nameError("torch")` }],
    // os.getenv with constant arguments is a direct call (the runtime falls back unless it is the modelled os).
    ["os.getenv of constants is a direct call", { given: `os.getenv("X", "a")`, want: `osGetenv($G["os"], "X", "a")` }],
    ["a method call", { given: `os.path.join("a", "b")`, want: `callMethod(getattr($G["os"], "path"), "join", ["a", "b"])` }],
    ["a call with a keyword; ints are bigints", { given: `f(1, k=2)`, want: `call($G["f"], [1n], kwargs([["k", 2n]]))` }],
    ["an attribute", { given: `x.y`, want: `getattr($G["x"], "y")` }],
    ["or/and short-circuit", { given: `[a or b, a and b]`, want: `[or_($G["a"], () => $G["b"]), and_($G["a"], () => $G["b"])] as PyValue[]` }],
    ["displays", { given: `[(1, 2), {1}, {"a": 1}]`, want: `[new PyTuple([1n, 2n]), new PySet([1n]), dict([["a", 1n]])] as PyValue[]` }],
    ["subscript and slice", { given: `[a[0], a[1:]]`, want: `[getitem($G["a"], 0n), getitem($G["a"], slice(1n, null, null))] as PyValue[]` }],
    ["not and the conditional use Python truth", { given: `not a if b else c`, want: `(truthy($G["b"]) ? !truthy($G["a"]) : $G["c"])` }],
    ["operators go through the runtime", { given: `-a + 1`, want: `binop("+", unary("-", $G["a"]), 1n)` }],
    ["a comparison chain evaluates lazily", { given: `1 < a < 3`, want: `cmpChain(1n, [["<", () => $G["a"]], ["<", () => 3n]])` }],
    ["is None", { given: `a is None`, want: `cmp("is", $G["a"], null)` }],
    ["f-string conversion and spec", { given: `f"{a!r}{b:>3}"`, want: `(format(repr($G["a"]), "") + format($G["b"], ">3"))` }],
    ["a big int stays exact", { given: `10000000000000000000000`, want: `10000000000000000000000n` }],
    ["constants", { given: `[True, None, 1.5, "\\u2028"]`, want: `[true, null, 1.5, "\\u2028"] as PyValue[]` }],
    ["bytes are unsupported", { given: `b"x"`, want: `unsupportedNode("bytes literal at line 1")` }],
    ["an unsupported node keeps its reason and line", { given: `a @ b`, want: `unsupportedNode("unsupported operator @ (line 1: a @ b)")` }],
    ["a lambda's parameters start bound", { given: `lambda y: y`, want: `makeFunc("<lambda>", "<lambda>", ["y"], [undefined], ($a: PyValue[]): PyValue => { let v_y = $a[0]; return bound(v_y, "y", false); })` }],
  ];
  it.each(rows)("%s", (_name, { given, want }) => {
    expect(emitExpr(lowerExprSnippet(given), moduleCtx(ENV))).toBe(want);
  });

  const stmts: [string, { given: string; want: string }][] = [
    ["if", { given: `if a:\n    b = 1`, want: `if (truthy($G["a"])) { $G["b"] = 1n; }` }],
    ["raise", { given: `raise ValueError("m")`, want: `throw toException(call(BUILTINS["ValueError"], ["m"]));` }],
  ];
  it.each(stmts)("statement: %s", (_name, { given, want }) => {
    expect(emitStmt(lowerStmtsSnippet(given)[0], moduleCtx(ENV))).toBe(want);
  });
});

describe("emit: types and schemas", () => {
  const ts: [string, { given: PyType; want: string }][] = [
    ["int is number", { given: { kind: "int" }, want: "number" }],
    ["None is null", { given: { kind: "union", members: [STR, { kind: "none" }] }, want: "string | null" }],
    ["case-sensitive literal", { given: lit("a", "b"), want: `"a" | "b"` }],
    ["any-case literal is a string", { given: { kind: "literal", values: ["a"], caseSensitive: false }, want: "string" }],
    ["empty literal is never", { given: lit(), want: "never" }],
    ["list of a union", { given: { kind: "list", item: { kind: "union", members: [{ kind: "int" }, STR] } }, want: "(number | string)[]" }],
    ["set", { given: { kind: "set", item: STR }, want: "ReadonlySet<string>" }],
    ["JSON", { given: { kind: "json" }, want: "VllmEnvValue" }],
    ["unknown absorbs a union", { given: { kind: "union", members: [STR, { kind: "unknown", reason: "r" }] }, want: "VllmEnvValue" }],
  ];
  it.each(ts)("TS type: %s", (_name, { given, want }) => {
    expect(emitTsType(given)).toBe(want);
  });

  const values: [string, { given: PyType; want: Record<string, unknown> }][] = [
    ["literal or None", { given: { kind: "union", members: [lit("a", "b"), { kind: "none" }] }, want: { anyOf: [{ enum: ["a", "b"] }, { type: "null" }] } }],
    ["set of str", { given: { kind: "set", item: STR }, want: { type: "array", uniqueItems: true, items: { type: "string" } } }],
    ["unknown constrains nothing", { given: { kind: "unknown", reason: "r" }, want: {} }],
  ];
  it.each(values)("value schema: %s", (_name, { given, want }) => {
    expect(valueSchema(given)).toEqual(want);
  });

  const choices = (values: string[], o: Partial<{ caseSensitive: boolean; list: boolean; strip: boolean }> = {}): Acceptance => ({ kind: "choices", values, caseSensitive: true, list: false, strip: false, ...o });
  const accepts: [string, { given: { accepts: Acceptance; raw: string }; want: boolean }][] = [
    ["int() strips whitespace", { given: { accepts: { kind: "int" }, raw: " 3 " }, want: true }],
    ["int() takes single underscores", { given: { accepts: { kind: "int" }, raw: "1_0" }, want: true }],
    ["int() refuses double underscores", { given: { accepts: { kind: "int" }, raw: "1__0" }, want: false }],
    ["int() takes Unicode digits", { given: { accepts: { kind: "int" }, raw: "\u0663" }, want: true }],
    ["int() refuses a float", { given: { accepts: { kind: "int" }, raw: "1.5" }, want: false }],
    ["float() takes inf", { given: { accepts: { kind: "float" }, raw: "-Infinity" }, want: true }],
    ["float() takes a trailing dot", { given: { accepts: { kind: "float" }, raw: "1." }, want: true }],
    ["float() refuses a lone dot", { given: { accepts: { kind: "float" }, raw: "." }, want: false }],
    ["case-insensitive, stripped choices", { given: { accepts: choices(["a", "b"], { caseSensitive: false, strip: true }), raw: " B " }, want: true }],
    ["list choices: items may be empty", { given: { accepts: choices(["a.b"], { list: true }), raw: "a.b,,a.b" }, want: true }],
    ["list choices: a dot is literal", { given: { accepts: choices(["a.b"], { list: true }), raw: "axb" }, want: false }],
  ];
  it.each(accepts)("env schema: %s", (_name, { given, want }) => {
    const schema = acceptanceSchema(given.accepts) as { pattern?: string; enum?: string[] };
    const ok = schema.pattern !== undefined ? new RegExp(schema.pattern, "u").test(given.raw) : (schema.enum ?? [given.raw]).includes(given.raw);
    expect(ok).toBe(want);
  });

  it("case-sensitive choices are an enum; none accepted is an empty enum", () => {
    expect([acceptanceSchema(choices(["a", "b"])), acceptanceSchema(choices([]))]).toEqual([{ enum: ["a", "b"] }, { enum: [] }]);
  });
});

describe("emit: text", () => {
  const defaults: [string, { given: DefaultValue; want: string }][] = [
    ["a literal as Python writes it", { given: { kind: "literal", value: false, text: "False" }, want: "False" }],
    ["a string literal", { given: { kind: "literal", value: "cuda", text: "cuda" }, want: `"cuda"` }],
    ["symbolic", { given: { kind: "symbolic", text: "`$HOME/x`", parts: [], reads: ["HOME"] }, want: "`$HOME/x`" }],
    ["unknown with its reason", { given: { kind: "unknown", reason: "raises KeyError when unset" }, want: "unknown (raises KeyError when unset)" }],
  ];
  it.each(defaults)("default: %s", (_name, { given, want }) => {
    expect(describeDefault(given)).toBe(want);
  });

  const accepted: [string, { given: Acceptance; want: string }][] = [
    ["choices", { given: choicesOf(["a", "b"], false, false), want: `one of "a", "b" (any case)` }],
    ["list choices", { given: choicesOf(["x"], true, true), want: `a comma-separated list of "x"` }],
    ["unknown", { given: { kind: "unknown", reason: "r" }, want: "cannot be checked statically (r)" }],
  ];
  it.each(accepted)("accepted: %s", (_name, { given, want }) => {
    expect(describeAccepted(given)).toBe(want);
  });

  const docs: [string, { given: { getter: string; declarations?: string[] }; want: string[] }][] = [
    ["type, accepts, default", { given: { getter: `lambda: int(os.getenv("X", "0"))` }, want: ["   * Type: int.", "   * Accepts: an integer.", "   * @default 0", "  readonly X: number;"] }],
    [
      "reads and drift",
      {
        given: { getter: `lambda: int(os.getenv("X", "0")) if os.getenv("Y") else None`, declarations: ["X: int = 0"] },
        want: ["   * Also reads: Y.", "   * Drift: declared int (line 6) but the getter returns int | None.", "  readonly X: number | null;"],
      },
    ],
  ];
  it.each(docs)("TSDoc: %s", (_name, { given, want }) => {
    const lines = propertyPiece(variableOfGetter(given.getter, "", given.declarations)).code.split("\n");
    expect(lines).toEqual(expect.arrayContaining(want));
  });

  const dotenv: [string, { given: string; want: string | null }][] = [
    ["plain", { given: "a", want: "X=a" }],
    ["empty", { given: "", want: "X=" }],
    ["spaces are quoted", { given: "a b", want: "X='a b'" }],
    ["$ is single-quoted (no expansion)", { given: "$x", want: "X='$x'" }],
    ["a quote inside", { given: "it's", want: `X="it's"` }],
    ["a newline is escaped", { given: "a\nb", want: `X="a\\nb"` }],
  ];
  it.each(dotenv)(".env: %s", (_name, { given, want }) => {
    expect(dotenvAssignment("X", given)).toBe(want);
  });

  const escapes: [string, { given: string; want: { ts: string; key: string; md: string; code: string } }][] = [
    ["line separators are escaped in TS", { given: "a\u2028b", want: { ts: `"a\\u2028b"`, key: `"a\\u2028b"`, md: "a b", code: "`a b`" } }],
    ["__proto__ stays a property", { given: "__proto__", want: { ts: `"__proto__"`, key: `["__proto__"]`, md: "\\_\\_proto\\_\\_", code: "`__proto__`" } }],
    ["Markdown markup is escaped; backticks lengthen the span", { given: "*a* <b> `c`", want: { ts: '"*a* <b> `c`"', key: '"*a* <b> `c`"', md: "\\*a\\* \\<b\\> \\`c\\`", code: "`` *a* <b> `c` ``" } }],
    ["a snippet directive is broken", { given: "--8<-- x", want: { ts: `"--8<-- x"`, key: `"--8<-- x"`, md: "--8\\<-- x", code: "`--8<\u200b-- x`" } }],
  ];
  it.each(escapes)("escape: %s", (_name, { given, want }) => {
    expect({ ts: tsString(given), key: tsKey(given), md: mdText(given), code: mdCode(given) }).toEqual(want);
  });
});

function choicesOf(values: string[], caseSensitive: boolean, list: boolean): Acceptance {
  return { kind: "choices", values, caseSensitive, list, strip: false };
}
