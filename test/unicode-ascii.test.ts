/**
 * Browser bundles leave CPython's tables out (package.json `browser` maps `runtime/unicode-data` and
 * `runtime/python-names` to modules of nulls): the runtime's ASCII answers must then be the tables'
 * own, and what needs a table must be `unsupported`, never a guess.
 */
import { describe, expect, it } from "vitest";
import { ASCII_CLASSES } from "../templates/runtime/unicode.js";
import { type UnicodeClass, unicodeClass, unicodeMapping } from "../templates/runtime/unicode-decode.js";
import { apartSource, packageRuntimeSource, RUNTIME_APART } from "../src/emit/prelude.js";

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

describe("the package's runtime imports its tables", () => {
  it.each(Object.keys(RUNTIME_APART))("%s: imported by name from its own module; the browser module exports the same names as null", (name) => {
    const esm = packageRuntimeSource(".js");
    expect(esm).toContain(`from "./${name}.js";`);
    expect(packageRuntimeSource(".cjs")).toContain(`from "./${name}.cjs";`);
    const real = apartSource(name, false);
    const none = apartSource(name, true);
    const exported = (text: string) => Array.from(text.matchAll(/^export const ([A-Za-z_$][\w$]*)/gm), (m) => m[1]).sort();
    expect(exported(none)).toEqual(exported(real));
    expect(none).not.toMatch(/= (?!null;)/);
  });
});
