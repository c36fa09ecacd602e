/**
 * A set iterates in CPython's hash-table order, never insertion order: ints 0..7 (bools, floats equal to
 * them) ascending, exactly; two or more str in an order the hash seed decides, so `unsupported` at run time
 * and no literal default in the model. The differential rows are in constructs/set-order.py and the zoo's
 * honesty table; these check the rule itself and the inference's folding, without CPython.
 */
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { orderedSetItems } from "../templates/runtime/set-order.js";
import { PySet, PyUnsupported, type PyValue } from "../templates/runtime/values.js";

const ORDER: [string, { given: PyValue[]; want: PyValue[] | "unsupported" }][] = [
  ["ints 0..7 ascending, not insertion order", { given: [3n, 1n, 2n], want: [1n, 2n, 3n] }],
  ["an equal element already there stays", { given: [1n, true, 2, 2n, 0, false], want: [0, 1n, 2] }],
  ["-0.0 is 0", { given: [5n, -0], want: [-0, 5n] }],
  ["one str: one order", { given: ["b"], want: ["b"] }],
  ["empty", { given: [], want: [] }],
  ["two str: the hash seed decides", { given: ["b", "a"], want: "unsupported" }],
  ["8 collides with 0 in the smallest table", { given: [8n, 0n], want: "unsupported" }],
  ["-1 hashes to -2", { given: [-1n, 0n], want: "unsupported" }],
  ["a non-integral float", { given: [1.5, 0n], want: "unsupported" }],
  ["None's hash is an address before 3.12", { given: [null, 0n], want: "unsupported" }],
];

describe("orderedSetItems", () => {
  it.each(ORDER)("%s", (_name, { given, want }) => {
    const run = () => orderedSetItems(new PySet(given));
    if (want === "unsupported") expect(run).toThrow(PyUnsupported);
    else expect(run()).toEqual(want);
  });

  it("names the hash seed for a set of str", () => {
    expect(() => orderedSetItems(new PySet(["x", "y"]))).toThrow(/hash seed/);
  });
});

const DEFAULTS: [string, { given: string; want: unknown }][] = [
  ["list() of a set of str", { given: 'list({"b", "a"})', want: "not a literal" }],
  ["a list comprehension over a set of str", { given: '[x + "!" for x in {"b", "a"}]', want: "not a literal" }],
  ["join over a set of str", { given: '",".join({"b", "a"})', want: "not a literal" }],
  ["a set of str spread into a call", { given: 'os.path.join(*{"b", "a"})', want: "not a literal" }],
  ["list() of ints, one kept per equal pair", { given: "list({3, 1, True})", want: [1, 3] }],
  ["a comprehension over ints", { given: "[x * 2 for x in {3, 1, 2}]", want: [2, 4, 6] }],
  ["sorted() of a set of str", { given: 'sorted({"b", "a"})', want: ["a", "b"] }],
  ["a loop over a set of str", { given: "_loop()", want: "not a literal" }],
];

const HELPER = 'def _loop():\n    out = ""\n    for x in {"b", "a"}:\n        out += x\n    return out\n\n\n';

describe("the model's default of a getter over a set", () => {
  it.each(DEFAULTS)("%s", (_name, { given, want }) => {
    const text = `import os\n\n\n${HELPER}environment_variables = {\n    "S": lambda: ${given},\n}\n`;
    const v = extractModel("envs.py", text).variables.find((x) => x.name === "S");
    const d = v?.default as { kind: string; value?: unknown } | undefined;
    if (want === "not a literal") expect(d?.kind).not.toBe("literal");
    else expect(d).toMatchObject({ kind: "literal", value: want });
  });
});
