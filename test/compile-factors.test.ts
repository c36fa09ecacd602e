/**
 * Compile-cache factors (`VLLM_ENV_VARS[name].compileFactor`) against CPython running the real
 * `compile_factors()` / `compute_hash()` (scripts/cpython-factors.py): every corpus revision, and
 * inline snippets of the shapes the function takes (explicit list, ignore-set with "all others",
 * comprehensions, a branch on a value), including shapes the analysis must refuse to guess.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import type { Model } from "../src/ir/types.js";
import { revisions } from "./support/corpus.js";

interface PythonFactors {
  function: string | null;
  variables: string[];
  factors: string[] | null;
  error: string | null;
}

function runCPython(file: string): PythonFactors {
  const script = join(process.cwd(), "scripts", "cpython-factors.py");
  const out = execFileSync("python3", [script, file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return JSON.parse(out) as PythonFactors;
}

/** The model's factor names: variables with `compileFactor` true, then the extra environment names. */
function modelFactors(m: Model): string[] | null {
  if (!m.compileFactors?.known) return null;
  return [...m.variables.filter((v) => v.compileFactor).map((v) => v.name), ...m.compileFactors.extra].sort();
}

describe.each(revisions())("corpus $label", ({ label, file }) => {
  it("compileFactor agrees with CPython's compile_factors() / compute_hash()", () => {
    const py = runCPython(file);
    const m = extractModel(file, readFileSync(file, "utf8"));
    expect(m.compileFactors?.function ?? null).toBe(py.function);
    if (py.function === null) {
      expect(m.variables.every((v) => v.compileFactor === null)).toBe(true);
      return;
    }
    expect(py.error).toBeNull();
    expect(m.compileFactors?.known).toBe(true);
    const inDict = new Set(py.variables);
    for (const v of m.variables) expect([v.name, v.compileFactor]).toEqual([v.name, (py.factors ?? []).includes(v.name)]);
    expect(m.compileFactors?.extra).toEqual((py.factors ?? []).filter((n) => !inDict.has(n)).sort());
    console.log(`${label}: ${py.function}(), ${m.variables.filter((v) => v.compileFactor).length} of ${m.variables.length} variables are factors`);
  });
});

const MODULE = `import os
import hashlib
import logging
from typing import Any, Callable

logger = logging.getLogger(__name__)

environment_variables: dict[str, Callable[[], Any]] = {
    "VLLM_A": lambda: os.getenv("VLLM_A", "a"),
    "VLLM_B": lambda: int(os.getenv("VLLM_B", "0")),
    "VLLM_C": lambda: os.getenv("VLLM_C"),
    "VLLM_D": lambda: os.getenv("VLLM_D", "1") == "1",
}


def __getattr__(name: str):
    if name in environment_variables:
        return environment_variables[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

`;

/** A function body (after MODULE) and the factor names, or "unknown" where the analysis must not answer. */
const SHAPES: [string, { given: string; want: string[] | "unknown" }][] = [
  [
    "explicit list, factorize through __getattr__ with a branch on the value (v0.8.4)",
    {
      given: `def compute_hash() -> str:
    factors: list[Any] = []
    def factorize(name: str):
        if __getattr__(name):
            factors.append(__getattr__(name))
        else:
            factors.append("None")
    environment_variables_to_hash = ["VLLM_B", "VLLM_GONE", "VLLM_D"]
    for key in environment_variables_to_hash:
        if key in environment_variables:
            factorize(key)
    return hashlib.md5(str(factors).encode(), usedforsecurity=False).hexdigest()
`,
      want: ["VLLM_B", "VLLM_D"],
    },
  ],
  [
    "explicit list, assert, list comprehension of getters (v0.10.1)",
    {
      given: `def compute_hash() -> str:
    environment_variables_to_hash = ["VLLM_A", "VLLM_C"]
    for key in environment_variables_to_hash:
        assert key in environment_variables, "Please update"
    factors = [environment_variables[key]() for key in environment_variables_to_hash]
    return hashlib.md5(str(factors).encode()).hexdigest()
`,
      want: ["VLLM_A", "VLLM_C"],
    },
  ],
  [
    "a failing assert: the function always raises, so there is no answer",
    {
      given: `def compute_hash() -> str:
    for key in ["VLLM_A", "VLLM_GONE"]:
        assert key in environment_variables, "Please update"
    return hashlib.md5(b"").hexdigest()
`,
      want: "unknown",
    },
  ],
  [
    "ignore-set, every other variable, try/except that logs and skips, raw os.getenv extras (v0.12)",
    {
      given: `def compile_factors() -> dict[str, object]:
    ignored_factors: set[str] = {"VLLM_A", "VLLM_C", "NOT_A_VARIABLE"}
    from vllm.config.utils import normalize_value
    factors: dict[str, object] = {}
    for factor, getter in environment_variables.items():
        if factor in ignored_factors:
            continue
        try:
            raw = getter()
        except Exception as exc:
            logger.warning("Skipping %s: %s", factor, exc)
            continue
        factors[factor] = normalize_value(raw)
    for var in ["RAY_X", "RAY_Y"]:
        factors[var] = normalize_value(os.getenv(var))
    return factors
`,
      want: ["RAY_X", "RAY_Y", "VLLM_B", "VLLM_D"],
    },
  ],
  [
    "dict comprehension over environment_variables with a name filter",
    {
      given: `def compile_factors():
    skip = ("VLLM_B",)
    return {k: g() for k, g in environment_variables.items() if k not in skip and not k.endswith("_D")}
`,
      want: ["VLLM_A", "VLLM_C"],
    },
  ],
  [
    "a list built with +, .remove() and os.environ.get",
    {
      given: `def compute_hash():
    names = ["VLLM_A", "VLLM_B"] + ["VLLM_C"]
    names.remove("VLLM_B")
    values = [__getattr__(n) for n in names] + [os.environ.get("EXTRA_FLAG")]
    return hashlib.sha256(repr(values).encode()).hexdigest()
`,
      want: ["EXTRA_FLAG", "VLLM_A", "VLLM_C"],
    },
  ],
  [
    "whether a variable enters depends on another's value: no answer",
    {
      given: `def compute_hash():
    factors = [__getattr__("VLLM_A")]
    if __getattr__("VLLM_D"):
        factors.append(__getattr__("VLLM_B"))
    return hashlib.md5(str(factors).encode()).hexdigest()
`,
      want: "unknown",
    },
  ],
  [
    "a filter on a value in a comprehension: no answer",
    {
      given: `def compile_factors():
    return {k: g() for k, g in environment_variables.items() if g()}
`,
      want: "unknown",
    },
  ],
  [
    "a while loop: no answer",
    {
      given: `def compute_hash():
    i = 0
    while i < 2:
        i += 1
    return hashlib.md5(str(__getattr__("VLLM_A")).encode()).hexdigest()
`,
      want: "unknown",
    },
  ],
  [
    "a call of a wrong shape (CPython's TypeError): no answer",
    {
      given: `def compute_hash():
    factors = []
    factors.append()
    return hashlib.md5(str(factors).encode()).hexdigest()
`,
      want: "unknown",
    },
  ],
  [
    "a helper called under a condition on a value that makes another variable's value: no answer",
    {
      given: `def compute_hash():
    def add(n):
        factors.append(__getattr__(n))
    factors = []
    if __getattr__("VLLM_D"):
        add("VLLM_B")
    return hashlib.md5(str(factors).encode()).hexdigest()
`,
      want: "unknown",
    },
  ],
  [
    "a dict key set under a condition on a value: no answer",
    {
      given: `def compile_factors():
    factors = {}
    if __getattr__("VLLM_D"):
        factors["VLLM_A"] = 1
    return factors
`,
      want: "unknown",
    },
  ],
  [
    "recursion: no answer",
    {
      given: `def compute_hash(n=0):
    return compute_hash(n) + __getattr__("VLLM_A")
`,
      want: "unknown",
    },
  ],
];

describe("function shapes", () => {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-factors-"));
  it.each(SHAPES)("%s", (name, { given, want }) => {
    const file = join(dir, `${name.replace(/\W+/g, "-").slice(0, 40)}.py`);
    writeFileSync(file, MODULE + given);
    const m = extractModel(file, MODULE + given);
    expect(m.compileFactors).not.toBeNull();
    expect(modelFactors(m) ?? "unknown").toEqual(want);
    if (want === "unknown") {
      expect(m.variables.every((v) => v.compileFactor === null)).toBe(true);
      expect(m.diagnostics.some((d) => d.code === "compile-factors-unknown")).toBe(true);
      return;
    }
    const py = runCPython(file);
    expect([py.error, py.factors]).toEqual([null, want]);
  });
});
