/**
 * Honest failure for syntax the translator does not follow: inline envs.py
 * snippets, each with what the runtime must answer, what the model must say,
 * and `extract --strict`'s exit code. Never an invented error.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { loadRuntime } from "../src/cli/load-runtime.js";
import { evaluateCase } from "../src/cli/cmd-eval.js";
import { runCli } from "./support/cli.js";

const HEAD = "import os\nimport functools\n";
const dict = (getter: string) => `\nenvironment_variables = {\n    "ZOO_X": ${getter},\n}\n`;

interface Want {
  /** The eval result for `ZOO_X` with ZOO_X=abc: a prefix of `$unsupported`, or the exact `$error`. */
  result: { unsupported: string } | { error: string; messageUnknown?: boolean };
  /** Exit code of `extract --strict`. */
  strict: 0 | 1;
}

const CASES: [string, { given: string; want: Want }][] = [
  ["an async helper is bound: calling it is unsupported, not a NameError", {
    given: `${HEAD}async def helper(v):\n    return v\n${dict("lambda: helper(os.getenv('ZOO_X'))")}`,
    want: { result: { unsupported: "the function helper could not be translated: async functions" }, strict: 1 },
  }],
  ["a generator helper is unsupported where called", {
    given: `${HEAD}def helper(v):\n    if v:\n        return v\n    yield 1\n${dict("lambda: helper(os.getenv('ZOO_X'))")}`,
    want: { result: { unsupported: "the function helper could not be translated: generator functions" }, strict: 1 },
  }],
  ["an unknown decorator is unsupported at use", {
    given: `${HEAD}def deco(f):\n    return f\n@deco\ndef helper(v):\n    return v\n${dict("lambda: helper(os.getenv('ZOO_X'))")}`,
    want: { result: { unsupported: "helper: the decorator at line 5 is not modelled" }, strict: 1 },
  }],
  ["a cached helper that reads the environment is unsupported", {
    given: `${HEAD}@functools.cache\ndef helper():\n    return os.getenv('ZOO_X')\n${dict("lambda: helper()")}`,
    want: { result: { unsupported: "helper is cached and reads the module os" }, strict: 1 },
  }],
  ["a name bound by a module-level try is unsupported, not a NameError", {
    given: `${HEAD}try:\n    import torch\nexcept ImportError:\n    torch = None\n${dict("lambda: torch")}`,
    want: { result: { unsupported: "torch is bound by a module-level try statement" }, strict: 1 },
  }],
  ["keyword-only parameters are modelled", {
    given: `${HEAD}def helper(value, *, name, maximum=3):\n    return int(value)\n${dict("lambda: helper(os.getenv('ZOO_X'), name='x')")}`,
    want: { result: { error: "ValueError: invalid literal for int() with base 10: 'abc'" }, strict: 0 },
  }],
  ["every path of the handler raises ValueError: its type is certain", {
    given: `${HEAD}def helper(v):\n    try:\n        return int(v)\n    except ValueError:\n        import textwrap\n        raise ValueError(textwrap.shorten(v, 5)) from None\n${dict("lambda: helper(os.getenv('ZOO_X', '0'))")}`,
    want: { result: { error: "ValueError: <message depends on", messageUnknown: true }, strict: 0 },
  }],
];

describe("unmodelled syntax fails honestly", () => {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-honesty-"));
  it.each(CASES)("%s", async (_name, { given, want }) => {
    const file = join(dir, `${_name.replace(/\W+/g, "-")}.py`);
    writeFileSync(file, given);
    const rt = await loadRuntime(extractModel(file, given));
    const got = evaluateCase(rt, { name: "ZOO_X", env: { ZOO_X: "abc" } }, {}) as Record<string, unknown>;
    if ("unsupported" in want.result) expect(String(got.$unsupported)).toContain(want.result.unsupported);
    else {
      expect(String(got.$error).startsWith(want.result.error)).toBe(true);
      expect(got.messageUnknown).toBe(want.result.messageUnknown);
    }
    expect(runCli(["extract", "--strict", "--source", file]).code).toBe(want.strict);
  });
});
