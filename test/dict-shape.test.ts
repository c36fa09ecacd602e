/**
 * The dict of getters as module-level code leaves it: changes after the display that the model
 * follows, and those it cannot (then the entries they may change, and every name outside the dict,
 * are `unsupported`, never a value or an AttributeError CPython might not raise). Plus what a name
 * outside the dict gives: the file's own `__getattr__`, or an AttributeError whose text is unknown.
 */
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { loadRuntime } from "../src/cli/load-runtime.js";
import { evaluateCase } from "../src/cli/cmd-eval.js";

const HEAD = `import os\nd = {\n    "P_A": lambda: os.getenv("P_A", "a"),\n    "P_B": lambda: "b",\n}\n`;
const GETATTR = `def __getattr__(name):\n    if name in d:\n        return d[name]()\n    raise AttributeError(f"no {name}")\n`;

/** What each name gives: a value, `unsupported`, or the error text (`?` where its message is unknown). */
async function read(text: string, names: string[]): Promise<Record<string, unknown>> {
  const model = extractModel("p.py", text, { dict: "d" });
  const rt = await loadRuntime(model);
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const r = evaluateCase(rt, { name, env: {} }, {}) as unknown;
    const o = r as { $unsupported?: string; $error?: string; messageUnknown?: boolean };
    out[name] = o?.$unsupported !== undefined ? "unsupported" : o?.$error !== undefined ? (o.messageUnknown ? "?" + o.$error.split(":")[0] : o.$error) : r;
  }
  return out;
}

const U = "unsupported";
const CASES: [string, { given: string; want: Record<string, unknown> }][] = [
  ["followed: replace, update, del", { given: `${HEAD}d["P_A"] = lambda: "r"\nd.update({"P_C": lambda: 3})\ndel d["P_B"]\n${GETATTR}`, want: { P_A: "r", P_B: "AttributeError: no P_B", P_C: 3 } }],
  ["a value read from the dict at import", { given: `${HEAD}d["P_A"] = d["P_B"]\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["a value that reads the dict later", { given: `${HEAD}d["P_A"] = lambda: d["P_B"]() + "!"\n${GETATTR}`, want: { P_A: "b!", P_X: "AttributeError: no P_X" } }],
  ["a value that changes the dict", { given: `${HEAD}d["P_C"] = d.pop("P_B")\n${GETATTR}`, want: { P_A: U, P_C: U } }],
  ["d.pop", { given: `${HEAD}d.pop("P_B")\n${GETATTR}`, want: { P_A: U, P_B: U, P_X: U } }],
  ["d.update(non-literal)", { given: `${HEAD}extra = dict(P_X=lambda: 1)\nd.update(extra)\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["d.setdefault", { given: `${HEAD}d.setdefault("P_X", lambda: 1)\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["d.clear", { given: `${HEAD}d.clear()\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["passed to a function", { given: `${HEAD}import extra_mod\nextra_mod.register(d)\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["a def that mutates, called at module level", { given: `${HEAD}def add():\n    d["P_X"] = lambda: 1\nadd()\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["a def that mutates, never called", { given: `${HEAD}def add():\n    d["P_X"] = lambda: 1\n${GETATTR}`, want: { P_A: "a", P_X: "AttributeError: no P_X" } }],
  ["a def calling one that mutates, called at module level", { given: `${HEAD}def add():\n    d.pop("P_A")\ndef setup():\n    add()\nsetup()\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["a decorator given the dict", { given: `${HEAD}import reg\n@reg.into(d)\ndef f():\n    pass\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["inside a module-level if", { given: `${HEAD}if os.getenv("Z"):\n    d["P_A"] = lambda: "z"\n${GETATTR}`, want: { P_A: U, P_B: U, P_X: U } }],
  ["rebound to another dict", { given: `${HEAD}d = dict(d)\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["aliased, then changed", { given: `${HEAD}e = d\ne["P_X"] = lambda: 1\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["globals()[...]", { given: `${HEAD}globals()["d"]["P_A"] = lambda: 1\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["del of a missing key (KeyError at import)", { given: `${HEAD}del d["P_X"]\n${GETATTR}`, want: { P_A: U, P_X: U } }],
  ["reads change nothing", { given: `${HEAD}NAMES = sorted(d)\nfor k in d:\n    pass\n${GETATTR}`, want: { P_A: "a", P_X: "AttributeError: no P_X" } }],
  ["spread of unknown keys", { given: `import os\nfrom vllm.envs import environment_variables as up\nd = {"P_A": lambda: "a", **up, "P_X": lambda: "x"}\n`, want: { P_A: U, P_X: "x", VLLM_HOST_IP: U } }],
  ["spread of a local display", { given: `import os\n_own = {"P_Y": lambda: "y"}\nd = {"P_A": lambda: "a", **_own}\n${GETATTR}`, want: { P_A: "a", P_Y: "y", P_X: "AttributeError: no P_X" } }],
  ["spread of a local display changed unknowably", { given: `import os\n_own = {"P_Y": lambda: "y"}\n_own.pop("P_Y")\nd = {"P_A": lambda: "a", **_own}\n${GETATTR}`, want: { P_A: "a", P_Y: U, P_X: U } }],
  ["d.update(a display of this file)", { given: `${HEAD}_own = {"P_B": lambda: "own-b", "P_Y": lambda: "y"}\nd.update(_own)\n${GETATTR}`, want: { P_A: "a", P_B: "own-b", P_Y: "y", P_X: "AttributeError: no P_X" } }],
  ["d.update(a display changed unknowably)", { given: `${HEAD}_own = {"P_Y": lambda: "y"}\n_own.clear()\nd.update(_own)\n${GETATTR}`, want: { P_A: U, P_Y: U, P_X: U } }],
  ["no __getattr__: the module's name is not known", { given: `${HEAD}`, want: { P_A: "a", P_X: "?AttributeError" } }],
];

describe("the dict of getters after module-level changes", () => {
  it.each(CASES)("%s", async (_name, { given, want }) => {
    expect(await read(given, Object.keys(want))).toEqual(want);
  });
});

// A plugin's `__getattr__` says `module {__name__!r}`: its own module's name, never vllm.envs.
const PLUGIN = `${HEAD}def __getattr__(name):\n    if name in d:\n        return d[name]()\n    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n`;
const MODULES: [string, { given: string | null | undefined; want: unknown }][] = [
  ["named by its path", { given: "vllm_gaudi.envs", want: { $error: "AttributeError: module 'vllm_gaudi.envs' has no attribute 'P_X'" } }],
  ["not known", { given: null, want: { $error: expect.stringMatching(/^AttributeError: <message depends on/), messageUnknown: true } }],
  ["vLLM's own", { given: undefined, want: { $error: "AttributeError: module 'vllm.envs' has no attribute 'P_X'" } }],
];

describe("a name outside a plugin's dict", () => {
  it.each(MODULES)("module %s", async (_name, { given, want }) => {
    const model = extractModel("p.py", PLUGIN, { dict: "d" });
    const rt = await loadRuntime(model, given === undefined ? undefined : { name: "p", module: given });
    expect(evaluateCase(rt, { name: "P_X", env: {} }, {})).toEqual(want);
  });
});
