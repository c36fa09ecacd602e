/**
 * The API of a version module as the package ships it (shared runtime, version module):
 * ints at the ±2^53 boundary, readVllmEnv's contract (one import, every value it can
 * compute, the rest reported), and an environment read on demand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { loadBindings, loadRuntime, type RuntimeModule } from "../src/cli/load-runtime.js";

const FILE = join(process.cwd(), "test", "fixtures", "bindings", "envs.py");

interface Api {
  getVllmEnv(name: string, env?: unknown): unknown;
  readVllmEnv(env?: unknown): { values: Record<string, unknown>; errors: { variable: string; pythonType: string }[]; unsupported: { variable: string; reason: string }[] };
}

let api: Api;
let exact: RuntimeModule;

beforeAll(async () => {
  const model = extractModel("envs.py", readFileSync(FILE, "utf8"));
  api = (await loadBindings(model)) as unknown as Api;
  exact = await loadRuntime(model);
});

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return { [(e as Error).name]: (e as Error).message };
  }
}

describe("ints are numbers, exactly", () => {
  it.each([
    ["2^53 - 1 is a number", { given: { BIG: "9007199254740991" }, name: "BIG", want: 9007199254740991 }],
    ["-(2^53 - 1) is a number", { given: { BIG: "-9007199254740991" }, name: "BIG", want: -9007199254740991 }],
    ["2^53 is unsupported, with the exact value", { given: { BIG: "9007199254740992" }, name: "BIG", want: { VllmEnvUnsupportedError: "BIG: cannot be computed statically: the int 9007199254740992 is beyond ±2^53 (Number.MAX_SAFE_INTEGER), where a JS number is not exact" } }],
    ["inside a list too", { given: { BIG: "-9007199254740993" }, name: "NESTED", want: { VllmEnvUnsupportedError: "NESTED: cannot be computed statically: the int -9007199254740993 is beyond ±2^53 (Number.MAX_SAFE_INTEGER), where a JS number is not exact" } }],
  ])("%s", (_name, { given, name, want }) => {
    expect(outcome(() => api.getVllmEnv(name, given))).toEqual(want);
  });

  it("the toolchain's exact getter (eval, differential test) keeps them as bigint", () => {
    expect(exact.getVllmEnv("BIG", { BIG: "9007199254740992" })).toBe(9007199254740992n);
  });
});

describe("readVllmEnv", () => {
  it("returns every value it can compute and reports the rest", () => {
    const r = api.readVllmEnv({ BAD: "x" });
    expect(r.values).toEqual({ BIG: 0, MARK: "ok", MARKED: "1", NESTED: [0] });
    expect(r.errors.map((e) => [e.variable, e.pythonType])).toEqual([["BAD", "ValueError"]]);
    expect(r.unsupported.map((e) => e.variable)).toEqual(["PATHY"]);
  });

  it("is one import: what a getter writes to os.environ, a later getter sees (getVllmEnv is its own import)", () => {
    expect(api.readVllmEnv({}).values.MARKED).toBe("1");
    expect(api.getVllmEnv("MARKED", {})).toBe(null);
  });
});

describe("the environment is read on demand", () => {
  it.each([
    ["an unrelated entry that is not a string is never read", { given: { BIG: "1", OTHER: 5 }, want: 1 }],
    ["an entry read that is not a string is a TypeError", { given: { BIG: 5 }, want: { TypeError: 'environment entry "BIG" is a number, not a string' } }],
    ["an accessor is never invoked", { given: Object.defineProperty({}, "BIG", { enumerable: true, get: () => "7" }), want: { TypeError: 'environment entry "BIG" is an accessor, not a string value' } }],
  ])("%s", (_name, { given, want }) => {
    expect(outcome(() => api.getVllmEnv("BIG", given))).toEqual(want);
  });
});
