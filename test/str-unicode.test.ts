/**
 * The runtime's Unicode-aware str methods against CPython 3.11 itself: case mappings
 * (incl. final sigma and title case), character classes and repr, on a sample of every
 * 13th code point plus the blocks where case is subtle, and on multi-character strings.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { STR_METHODS } from "../templates/runtime/str-methods.js";
import { repr } from "../templates/runtime/text.js";

const METHODS = [
  "lower", "upper", "title", "capitalize", "swapcase", "casefold", "isupper", "islower", "istitle",
  "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isidentifier", "isprintable", "isspace",
];

const STRINGS = [
  "ΣΑΣ", "Α'Σ'", "aΣ", "Σa", "ΣΣ", "ǆa ǆA ǅ", "ﬁx ﬃ", "they're bill's 3rd", "ß a", "İi", "ΌΣΟΣ ΌΣ.", "a\u0345Σ",
  "hello\u0301world", "ŉ ΐ ǰ", "Straße", "HELLO wORLD", "_x1", "1x", "", " \t\u2028", "٣²½Ⅻ", "ǈub", "a.Σ b",
];

const SCRIPT = `
import json, sys
methods, strings = json.loads(sys.stdin.read())
cps = set(range(0, 0x30000, 13)) | set(range(0x370, 0x530)) | set(range(0x1E00, 0x2000)) | set(range(0xFB00, 0xFB50))
cps |= set(range(0x1C80, 0x1CC0)) | set(range(0x10A0, 0x1100)) | set(range(0x13A0, 0x1400)) | set(range(0x2C00, 0x2D30))
cps |= set(range(0xA640, 0xA800)) | set(range(0x10400, 0x10450)) | set(range(0x1E900, 0x1E960))
chars = [chr(c) for c in sorted(cps) if not 0xD800 <= c <= 0xDFFF]
def row(s):
    return [getattr(s, m)() for m in methods] + [repr(s)]
print(json.dumps([[s, row(s)] for s in chars + strings]))
`;

type Row = [string, (string | boolean)[]];

function cpython(): Row[] {
  const out = execFileSync("python3", ["-c", SCRIPT], { input: JSON.stringify([METHODS, STRINGS]), encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as Row[];
}

describe("str methods vs CPython's Unicode database", () => {
  it("every sampled character and string gives CPython's answer", () => {
    const rows = cpython();
    const wrong: string[] = [];
    for (const [s, want] of rows) {
      METHODS.forEach((m, i) => {
        const got = STR_METHODS[m].run(s, [], {});
        if (got !== want[i]) wrong.push(`${JSON.stringify(s)}.${m}() = ${JSON.stringify(got)}, CPython ${JSON.stringify(want[i])}`);
      });
      if (repr(s) !== want[METHODS.length]) wrong.push(`repr(${JSON.stringify(s)}) = ${repr(s)}, CPython ${want[METHODS.length]}`);
    }
    expect(rows.length).toBeGreaterThan(15000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
