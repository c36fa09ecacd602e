/**
 * Literal decoding against CPython: each snippet is evaluated by Python's own
 * `ast.literal_eval` and by our lowering; the results must be identical.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseSource } from "../src/parse/parse-source.js";
import { lowerExpr } from "../src/lower/lower-expr.js";
import type { SyntaxNode } from "../src/parse/syntax-node.js";

const SNIPPETS = [
  String.raw`"plain"`,
  String.raw`'single'`,
  String.raw`"tab\there"`,
  String.raw`"\x41\101\u00e9\U0001F600"`,
  String.raw`"unknown \q escape"`,
  String.raw`r"raw\n\d"`,
  String.raw`R'raw'`,
  String.raw`"a" 'b' """c"""`,
  String.raw`"""multi
line"""`,
  String.raw`"back\\slash"`,
  String.raw`"quote\"inside"`,
  String.raw`"\0\7\77\777"`,
  String.raw`"line \
continued"`,
  // The plain-literal fast paths: runs between escapes, an escape first or last, prefixes mixed in one concatenation.
  String.raw`"\n starts, ends \x41"`,
  String.raw`"run \t run \\ run"`,
  String.raw`"a" r"\d" u'c' R"\\"`,
  String.raw`U"upper prefix"`,
  // tree-sitter folds a raw body's trailing backslashes into the closing token (`string_end` is `\""`).
  String.raw`r"\""`,
  String.raw`r'\\'`,
  String.raw`"x" r"""a\""""`,
  "1_000",
  "0x1F",
  // Plain decimals of up to 15 digits are read as doubles; longer ones as big integers.
  "0",
  "999999999999999",
  "1000000000000000",
  "9007199254740993",
  "0o17",
  "0b101",
  "000",
  "10.",
  ".5",
  "1e3",
  "1_0.2_5",
  "1e400",
  "True",
  "None",
];

function pythonValues(): string[] {
  const script = "import ast, json, sys\nprint(json.dumps([repr(ast.literal_eval(s)) for s in json.load(sys.stdin)]))";
  return JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify(SNIPPETS), encoding: "utf8" }));
}

function pyRepr(e: ReturnType<typeof lowerExpr>): string {
  const script = "import json, sys\nv = json.load(sys.stdin)\nprint(repr(v['s']) if v['t'] == 'str' else v['r'])";
  if (e.kind !== "const") return `not a constant: ${e.kind}`;
  const c = e.value;
  const r = c.type === "int" ? c.value : c.type === "float" ? (c.value === "inf" ? "inf" : String(c.value)) : c.type === "bool" ? (c.value ? "True" : "False") : "None";
  return execFileSync("python3", ["-c", script], { input: JSON.stringify({ t: c.type, s: c.type === "str" ? c.value : null, r }), encoding: "utf8" }).trim();
}

describe("literal decoding", () => {
  const expected = pythonValues();
  it.each(SNIPPETS.map((s, i) => [s, i] as const))("%s decodes as CPython does", (snippet, i) => {
    const { tree } = parseSource("snippet.py", `x = (${snippet})\n`);
    const assign = tree.rootNode.namedChildren[0].namedChildren[0];
    const value = lowerExpr(assign.childForFieldName("right") as SyntaxNode);
    let got = pyRepr(value);
    if (expected[i] === "inf" && got === "inf") got = "inf";
    else if (/^[\d.e+-]+$/.test(expected[i]) && /^[\d.e+-]+$/.test(got)) got = String(Number(got)) === String(Number(expected[i])) ? expected[i] : got;
    expect(got).toBe(expected[i]);
  });
});

describe("literals Python rejects", () => {
  it.each(["007", "1__0", "0x"])("%s is unsupported, not guessed", (snippet) => {
    const { tree } = parseSource("snippet.py", `x = (${snippet})\n`, { allowSyntaxErrors: true });
    const assign = tree.rootNode.namedChildren[0]?.namedChildren[0];
    const right = assign?.childForFieldName("right");
    const value = right ? lowerExpr(right) : null;
    expect(value === null || value.kind !== "const").toBe(true);
  });
});

