/**
 * The write side: `VllmEnvInput`'s per-variable types never reject a raw string CPython accepts
 * (every accepted probe of every corpus revision type-checks), and the run-time half
 * (`defineVllmEnv`, the validators, the `.env` and Kubernetes serialisers) on inline snippets.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "dotenv";
import { beforeAll, describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { loadBindings } from "../src/cli/load-runtime.js";
import { inputForm, inputTypeAliases } from "../src/emit/emit-input-types.js";
import type { Acceptance } from "../src/ir/types.js";
import { revisions } from "./support/corpus.js";
import { probeWithCPython } from "./support/differential.js";
import { typecheck } from "./support/typecheck.js";

function isError(v: unknown): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && "$error" in v;
}

describe("inputForm", () => {
  it.each<[string, { given: Acceptance; want: string }]>([
    ["anything: string", { given: { kind: "any" }, want: "string" }],
    ["int(): a string with a decimal digit", { given: { kind: "int" }, want: "VllmEnvIntString" }],
    ["float(): a digit or an n", { given: { kind: "float" }, want: "VllmEnvFloatString" }],
    ["json.loads: string", { given: { kind: "json" }, want: "string" }],
    ["unknown: string", { given: { kind: "unknown", reason: "r" }, want: "string" }],
    ["case-sensitive choices: literals", { given: { kind: "choices", values: ["error", "warn"], caseSensitive: true, list: false, strip: false }, want: '"error" | "warn"' }],
    ["lowercased first: string (Python's lower() is not TypeScript's)", { given: { kind: "choices", values: ["a"], caseSensitive: false, list: false, strip: false }, want: "string" }],
    ["a comma list: string (empty items)", { given: { kind: "choices", values: ["a"], caseSensitive: true, list: true, strip: true }, want: "string" }],
    ["stripped first: containing the choice", { given: { kind: "choices", values: ["a`${b}"], caseSensitive: true, list: false, strip: true }, want: "`${string}a\\`\\${b}${string}`" }],
    ["no choice at all: never", { given: { kind: "choices", values: [], caseSensitive: true, list: false, strip: false }, want: "never" }],
    ["non-ASCII choices are escaped", { given: { kind: "choices", values: ["é\""], caseSensitive: true, list: false, strip: false }, want: '"\\u00e9\\u0022"' }],
  ])("%s", (_name, { given, want }) => {
    expect(inputForm(given)).toBe(want);
  });

  it("the aliases list CPython's decimal digits and reject what int() and float() always reject", () => {
    const aliases = inputTypeAliases();
    // Packed into lines of at most 120 columns: `  | "0" | "1" …`.
    const union = (/VllmEnvDecimalDigit =\s*([^;]*);/.exec(aliases)?.[1] ?? "").replace(/^\|\s*/, "");
    const listed = union.split(/\s*\|\s*/).map((l) => (JSON.parse(l) as string).codePointAt(0));
    const python = "print(','.join(str(c) for c in range(0x110000) if chr(c).isdecimal()))";
    expect(listed).toEqual(execFileSync("python3", ["-c", python], { encoding: "utf8" }).trim().split(",").map(Number));
    const file = join(process.cwd(), "test", ".input-aliases.ts");
    const text = `${aliases}
const a: VllmEnvIntString = " \\u0663_4 ";
// @ts-expect-error no digit
const b: VllmEnvIntString = "true";
const c: VllmEnvFloatString = "-Infinity";
// @ts-expect-error no digit, no n
const d: VllmEnvFloatString = "true";
export { a, b, c, d };
`;
    expect(typecheck([], { [file]: text })).toEqual([]);
  });
});

describe("VllmEnvInput vs CPython", () => {
  it("every raw value CPython accepts, in every revision, has the variable's input type", () => {
    const lines: string[] = [];
    for (const rev of revisions()) {
      const model = extractModel(rev.file, readFileSync(rev.file, "utf8"));
      const forms = new Map(model.variables.map((v) => [v.name, inputForm(v.accepts)]));
      const seen = new Set<string>();
      for (const probe of probeWithCPython(rev.file)) {
        const form = forms.get(probe.name);
        const raw = probe.env[probe.name];
        if (probe.stubbed || probe.nondeterministic || raw === undefined || isError(probe.result) || form === "string") continue;
        const line = `check<${form}>(${JSON.stringify(raw)}); // ${rev.label} ${probe.name}`;
        if (!seen.has(line)) lines.push(line);
        seen.add(line);
      }
    }
    const file = join(process.cwd(), "test", ".input-vs-cpython.ts");
    const text = `${inputTypeAliases()}declare function check<T>(value: T): void;\n${lines.join("\n")}\nexport {};\n`;
    expect(typecheck([], { [file]: text })).toEqual([]);
    expect(lines.length).toBeGreaterThan(1000);
  }, 300_000);
});

const SNIPPET = `
import os
environment_variables = {
    "PORT": lambda: int(os.getenv("PORT", "0")),
    "MODE": lambda: os.getenv("MODE", "a") if os.getenv("MODE", "a") in ("a", "b") else (_ for _ in ()).throw(ValueError("bad")),
    "ROOT": lambda: os.path.join(os.getenv("BASE", "/b"), os.getenv("ROOT", "r")),
    "STRICT": lambda: int(os.environ["STRICT"]),
}
`;

interface Api {
  defineVllmEnv(input: unknown): Record<string, string>;
  createVllmEnvSchema(env?: unknown): Record<string, { "~standard": { vendor: string; version: number; validate(v: unknown): unknown } }>;
  vllmEnvSchema: Record<string, unknown>;
  formatVllmEnvDotenv(env: unknown): string;
  formatVllmEnvKubernetes(env: unknown): unknown;
}

let api: Api;

beforeAll(async () => {
  api = (await loadBindings(extractModel("envs.py", SNIPPET))) as unknown as Api;
});

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return { [(e as Error).name]: (e as Error).message };
  }
}

describe("defineVllmEnv", () => {
  it.each([
    ["valid settings come back as a plain object", { given: { PORT: " 8 ", MODE: "b", STRICT: "1" }, want: { PORT: " 8 ", MODE: "b", STRICT: "1" } }],
    ["undefined is left out", { given: { PORT: undefined, STRICT: "0" }, want: { STRICT: "0" } }],
    ["int() raises: the VllmEnvError", { given: { PORT: "abc", STRICT: "1" }, want: { VllmEnvError: "PORT=\"abc\": ValueError: invalid literal for int() with base 10: 'abc'" } }],
    ["an unknown name, with a suggestion", { given: { PROT: "1" }, want: { TypeError: "PROT is not a vLLM environment variable of this version; did you mean PORT?" } }],
    ["a number", { given: { PORT: 1 }, want: { TypeError: "PORT is a number, not a string" } }],
    ["not an object", { given: "PORT=1", want: { TypeError: "defineVllmEnv takes an object of variable names and strings, not a string" } }],
    // STRICT raises KeyError whenever it is unset: not the settings' fault.
    ["a variable that raises in any environment is not blamed on the settings", { given: { MODE: "a" }, want: { MODE: "a" } }],
  ])("%s", (_name, { given, want }) => {
    expect(outcome(() => api.defineVllmEnv(given))).toEqual(want);
  });
});

describe("the Standard Schema validators", () => {
  const validate = (name: string, value: unknown, env?: unknown) => api.createVllmEnvSchema(env)[name]?.["~standard"].validate(value);

  it.each([
    ["a value", { name: "PORT", value: "8", env: {}, want: { value: 8 } }],
    ["unset: the default", { name: "PORT", value: undefined, env: { PORT: "9" }, want: { value: 0 } }],
    ["CPython's error as the issue", { name: "PORT", value: "x", env: {}, want: { issues: [{ message: "PORT=\"x\": ValueError: invalid literal for int() with base 10: 'x'" }] } }],
    ["not a string", { name: "PORT", value: 8, env: {}, want: { issues: [{ message: "PORT is a number, not a string" }] } }],
    ["the other variables it reads come from env", { name: "ROOT", value: "r2", env: { BASE: "/base" }, want: { value: "/base/r2" } }],
    ["a frozen env", { name: "ROOT", value: "r2", env: Object.freeze({ BASE: "/f" }), want: { value: "/f/r2" } }],
    ["an entry of env that is not a string", { name: "ROOT", value: "r2", env: { BASE: 5 }, want: { issues: [{ message: 'environment entry "BASE" is a number, not a string' }] } }],
  ])("%s", (_name, { name, value, env, want }) => {
    expect(validate(name, value, env)).toEqual(want);
  });

  it("implement Standard Schema v1, one per variable", () => {
    const s = api.vllmEnvSchema.PORT as { "~standard": { vendor: string; version: number } };
    expect([s["~standard"].version, s["~standard"].vendor, Object.keys(api.vllmEnvSchema)]).toEqual([1, "vllm-envs", ["PORT", "MODE", "ROOT", "STRICT"]]);
  });
});

describe("the serialisers", () => {
  it.each([
    ["bare", "8000"],
    ["empty", ""],
    ["spaces and a comment sign", " a # b "],
    ["a single quote", "it's $HOME"],
    ["both quotes", "it's \"x\""],
    ["a line break", "a\nb"],
    ["a backslash at the end", "a b\\"],
    ["Unicode", "ünï ✓"],
  ])("dotenv reads back %s exactly", (_name, value) => {
    const text = api.formatVllmEnvDotenv({ VLLM_X: value, VLLM_Y: "1" });
    expect(parse(text)).toEqual({ VLLM_X: value, VLLM_Y: "1" });
  });

  it.each([
    ["a carriage return", { VLLM_X: "a\rb" }, { TypeError: 'VLLM_X: the value "a\\rb" cannot be written to a .env file exactly' }],
    ["every kind of quote", { VLLM_X: "'`\"" }, { TypeError: "VLLM_X: the value \"'`\\\"\" cannot be written to a .env file exactly" }],
    ["a name that is not one word", { "VLLM X": "1" }, { TypeError: '"VLLM X" is not a name an environment file can hold' }],
    ["a value that is not a string", { VLLM_X: 1 }, { TypeError: "VLLM_X is a number, not a string" }],
  ])("dotenv refuses %s", (_name, given, want) => {
    expect(outcome(() => api.formatVllmEnvDotenv(given))).toEqual(want);
  });

  it("Kubernetes: the env: list in order", () => {
    expect(api.formatVllmEnvKubernetes({ VLLM_B: "2", VLLM_A: "a b" })).toEqual([{ name: "VLLM_B", value: "2" }, { name: "VLLM_A", value: "a b" }]);
    // The kubelet expands $(A) and turns $$ into $: each $ is escaped, so the container gets the checked string.
    expect(api.formatVllmEnvKubernetes({ VLLM_P: "$(A)-$$-$x" })).toEqual([{ name: "VLLM_P", value: "$$(A)-$$$$-$$x" }]);
  });
});
