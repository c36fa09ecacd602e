/**
 * Browser bundles leave CPython's tables out (package.json `browser` maps `runtime/index` to
 * `runtime/browser`, where they are null): the runtime's ASCII answers must then be the tables' own,
 * and what needs a table must be `unsupported`, never a guess (test/package.test.ts runs such a bundle).
 */
import { describe, expect, it } from "vitest";
import { ASCII_CLASSES } from "../templates/runtime/unicode.js";
import { type UnicodeClass, unicodeClass, unicodeMapping } from "../templates/runtime/unicode-decode.js";
import { browserRuntimeSource, runtimeSource } from "../src/emit/prelude.js";

const ASCII = Array.from({ length: 128 }, (_, c) => c);

describe("ASCII without tables", () => {
  it.each(Object.keys(ASCII_CLASSES) as UnicodeClass[])("class %s: the tables' answer for every ASCII code point", (kind) => {
    const fromTables = ASCII.filter((c) => unicodeClass?.(kind, c));
    const withoutTables = ASCII.filter((c) => ASCII_CLASSES[kind].test(String.fromCodePoint(c)));
    expect(withoutTables).toEqual(fromTables);
  });

  it.each([
    ["lower", { up: false }],
    ["fold", { up: false }],
    ["upper", { up: true }],
    ["title", { up: true }],
  ] as const)("mapping %s: the tables' answer for every ASCII code point", (kind, { up }) => {
    for (const c of ASCII) {
      const ch = String.fromCodePoint(c);
      expect(up ? ch.toUpperCase() : ch.toLowerCase()).toBe(unicodeMapping?.(kind, c) ?? ch);
    }
  });
});

describe("the browser runtime", () => {
  it.each(["unicode-data", "unicode-decode", "python-names"])("leaves %s out: each of its exports null", (name) => {
    const template = runtimeSource().parts.get(name) as string;
    const names = Array.from(template.matchAll(/^export const ([A-Za-z_$][\w$]*)/gm), (m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    const browser = browserRuntimeSource();
    for (const n of names) expect(browser).toContain(`export const ${n}: any = null;`);
    expect(browser).not.toContain(`// ---- runtime: ${name} ----`);
  });
});
