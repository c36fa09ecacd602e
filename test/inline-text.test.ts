/**
 * Summaries are whole first sentences; RST and Markdown code spans are code in the
 * Markdown pages (no stray backticks).
 */
import { describe, expect, it } from "vitest";
import { firstSentence, splitInline } from "../src/emit/inline-text.js";
import { mdLine, mdParagraph } from "../src/emit/escape.js";

const SENTENCES: [string, { given: string; want: string }][] = [
  ["joins a sentence broken over lines", { given: "Target device of vLLM, supporting [cuda (by default),\nrocm, cpu]", want: "Target device of vLLM, supporting [cuda (by default), rocm, cpu]" }],
  ["stops at the first full stop", { given: "Deprecated: renamed to X.  Kept registered so it does\nnot warn.", want: "Deprecated: renamed to X." }],
  ["skips e.g. and dots in code", { given: "Cutoff (e.g. 5. or 6.) for `a. b` tokens, e.g. many. Next one.", want: "Cutoff (e.g. 5. or 6.) for `a. b` tokens, e.g. many." }],
  ["stops before a list", { given: "Available options:\n- \"a\": one\n- \"b\": two", want: "Available options:" }],
  ["a line opening with Note starts a sentence", { given: "used to set the port\nNote: if set, it is used", want: "used to set the port." }],
  ["a proper noun at a line start does not", { given: "enabling PDL on SM100 causes\nTriton compilation to fail", want: "enabling PDL on SM100 causes Triton compilation to fail" }],
  ["a line ending in a function word continues", { given: "interact with the\nIf-converter", want: "interact with the If-converter" }],
  ["keeps RST code as one span", { given: "``1`` forces TD on. ``0`` forces it off.", want: "`1` forces TD on." }],
  ["no sentence end: the whole lead", { given: "GC debug config\n\nmore", want: "GC debug config" }],
];

const MARKDOWN: [string, { given: string; want: string }][] = [
  ["RST double backticks are code", { given: "TD on; ``1`` forces", want: "TD on; `1` forces" }],
  ["Markdown code stays code", { given: "at `POST /x` now", want: "at `POST /x` now" }],
  ["an unmatched backtick is text", { given: "a ` b", want: "a \\` b" }],
  ["a code span across a line break", { given: "mixed ``cpu:gloo,\ncuda:nccl`` backend", want: "mixed `cpu:gloo, cuda:nccl` backend" }],
  ["markup in code is shown, not live", { given: "``<script>`` <b>", want: "`<script>` \\<b\\>" }],
  ["a line starting like a list stays text", { given: "- no\n1. no", want: "\\- no  \n1\\. no" }],
];

describe("first sentence", () => {
  it.each(SENTENCES)("%s", (_n, { given, want }) => expect(firstSentence(given)).toBe(want));
});

describe("Markdown inline code", () => {
  it.each(MARKDOWN)("%s", (_n, { given, want }) => expect(mdParagraph(given)).toBe(want));
  it("escapes pipes in table cells, code included", () => expect(mdLine("a | `b|c`", true)).toBe("a \\| `b\\|c`"));
  it("splits CommonMark-style", () => expect(splitInline("``a`b`` `c`")).toEqual([{ code: "a`b" }, { text: " " }, { code: "c" }]));
});
