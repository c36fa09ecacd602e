/**
 * Kubernetes' `$(VAR)` expansion against expand.go's rules: earlier variables replace
 * `$(NAME)`, `$$` is one `$`, an undefined reference stays literal, and a reference to a
 * value the input does not determine makes the value unknown.
 */
import { describe, expect, it } from "vitest";
import { expandKubernetes, UNKNOWN, type Lookup } from "../src/validate/expand-kubernetes.js";

const defined: Record<string, string | typeof UNKNOWN> = { A: "1", PORT: "8000", EMPTY: "", POD_IP: UNKNOWN, "": "x" };
const lookup: Lookup = (name) => (Object.hasOwn(defined, name) ? defined[name] : undefined);

const cases: [string, { given: string; openEnded?: boolean; want: string | { unknown: string } }][] = [
  ["a reference", { given: "$(A)", want: "1" }],
  ["references inside text", { given: "tcp://h:$(PORT)/$(A)$(A)", want: "tcp://h:8000/11" }],
  ["an empty value", { given: "x$(EMPTY)y", want: "xy" }],
  ["$$ escapes a reference", { given: "$$(A)", want: "$(A)" }],
  ["$$ alone", { given: "a$$b", want: "a$b" }],
  ["$$$ then a reference", { given: "$$$(A)", want: "$1" }],
  ["an undefined name stays literal", { given: "$(NOPE)", want: "$(NOPE)" }],
  ["an unclosed reference", { given: "$(A", want: "$(A" }],
  ["a trailing $", { given: "a$", want: "a$" }],
  ["$ before another character", { given: "$A $é", want: "$A $é" }],
  ["nested parentheses end at the first )", { given: "$((A))", want: "$((A))" }],
  ["the empty name is a name", { given: "$()", want: "x" }],
  ["shell syntax is not expanded", { given: "${A} $A", want: "${A} $A" }],
  ["a value not known", { given: "ip=$(POD_IP)", want: { unknown: "POD_IP" } }],
  ["undefined but sources outside the input", { given: "$(NOPE)", openEnded: true, want: { unknown: "NOPE" } }],
  ["no reference is never unknown", { given: "plain", openEnded: true, want: "plain" }],
];

describe("expandKubernetes", () => {
  it.each(cases)("%s", (_name, { given, openEnded, want }) => {
    const got = expandKubernetes(given, lookup, openEnded);
    expect(got).toEqual(typeof want === "string" ? { value: want } : { unknownReference: want.unknown });
  });
});
