/**
 * The zoo: envs.py-shaped files whose getters use constructs no corpus revision uses
 * (test/fixtures/zoo/*.py), run through the differential check against CPython. Every
 * compared probe agrees or is `unsupported`; at least 90% agree. The honesty rows check
 * that a real-but-unmodelled attribute is `unsupported` and a misspelt one is CPython's error.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffFile } from "./support/differential.js";

const DIR = join(process.cwd(), "test", "fixtures", "zoo");
const ZOO = readdirSync(DIR)
  .filter((f) => f.endsWith(".py"))
  .sort();

function isUnsupported(v: unknown): boolean {
  return v !== null && typeof v === "object" && "$unsupported" in v;
}

describe.each(ZOO)("zoo %s", (name) => {
  it("agrees with CPython on ≥ 90% of compared probes, the rest unsupported", async () => {
    const d = await diffFile(join(DIR, name));
    const wrong = d.mismatches.map((m) => ({
      name: m.probe.name,
      env: m.probe.env,
      python: m.probe.result,
      ours: m.ours,
    }));
    const share = d.compared ? d.agree / d.compared : 0;
    console.log(
      `zoo ${name}: ${d.probes} probes, ${d.compared} compared, ${d.agree} agree, ${d.unsupported} unsupported, ${wrong.length} disagree (${(share * 100).toFixed(1)}% agree)`,
    );
    expect(wrong.slice(0, 8)).toEqual([]);
    expect(d.compared).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("answers its honesty section (`*_HONEST_*` getters) with `unsupported` or CPython's own answer, never an invented error", async () => {
    const d = await diffFile(join(DIR, name));
    const honest = [...d.observed, ...d.stubbed].filter((o) => o.probe.name.includes("_HONEST_"));
    const invented = honest.filter((o) => !isUnsupported(o.ours) && JSON.stringify(o.ours) !== JSON.stringify(o.probe.result));
    const shown = invented.slice(0, 5).map((o) => ({ name: o.probe.name, env: o.probe.env, python: o.probe.result, ours: o.ours }));
    expect(shown).toEqual([]);
    if (honest.length) expect(honest.filter((o) => isUnsupported(o.ours)).length).toBeGreaterThan(0);
  });
});

/** Getter bodies with what CPython answers for the unset variable and what the runtime must say. */
const HONESTY: [string, { given: string; want: "unsupported" | { $error: string } }][] = [
  ["str.encode is real but not modelled", { given: 'len(os.getenv("H", "abc").encode())', want: "unsupported" }],
  ["str.expandtabs is real but not modelled", { given: 'os.getenv("H", "a\\tb").expandtabs(4)', want: "unsupported" }],
  ["os.getpid is real but not modelled", { given: "os.getpid() > 0", want: "unsupported" }],
  [
    "a keyword CPython accepts but the runtime does not model",
    { given: 'str(os.getenv("H", "ab").encode(), encoding="ascii")', want: "unsupported" },
  ],
  [
    "a misspelt str method is CPython's AttributeError",
    { given: 'os.getenv("H", "x").uper()', want: { $error: "AttributeError: 'str' object has no attribute 'uper'" } },
  ],
  [
    "a misspelt os.path function is CPython's AttributeError",
    {
      given: 'os.path.splitxt("a.b")',
      want: { $error: "AttributeError: module 'posixpath' has no attribute 'splitxt'" },
    },
  ],
  [
    "a keyword CPython rejects is CPython's TypeError",
    {
      given: 'sorted("ba", keys=len)',
      want: { $error: "TypeError: 'keys' is an invalid keyword argument for sort()" },
    },
  ],
  [
    "a type object's misspelt method",
    {
      given: 'sorted(["b"], key=str.lowr)',
      want: { $error: "AttributeError: type object 'str' has no attribute 'lowr'" },
    },
  ],
  [
    "an unknown keyword of a str method",
    {
      given: 'os.getenv("H", "ab").split(zz=2, yy=1)',
      want: { $error: "TypeError: 'zz' is an invalid keyword argument for split()" },
    },
  ],
  [
    "an unknown keyword where CPython first counts arguments",
    { given: 'os.getenv("H", "ab").split(",", 1, zz=2)', want: "unsupported" },
  ],
  [
    "a parameter given by position and by name",
    { given: 'os.getenv("H", "ab").split(",", sep=",")', want: "unsupported" },
  ],
  [
    "an unknown keyword of int()",
    { given: 'int("1", zz=1)', want: { $error: "TypeError: 'zz' is an invalid keyword argument for int()" } },
  ],
  [
    "an unknown keyword of os.path.join",
    { given: 'os.path.join("a", zz=1)', want: { $error: "TypeError: join() got an unexpected keyword argument 'zz'" } },
  ],
  [
    "a keyword to a method that takes none",
    {
      given: 'os.getenv("H", "ab").startswith("a", zz=1)',
      want: { $error: "TypeError: str.startswith() takes no keyword arguments" },
    },
  ],
  [
    "sorted() of a mix: CPython's comparison order is not modelled",
    { given: 'sorted([os.getenv("H", "a"), 1])', want: "unsupported" },
  ],
  [
    "Logger.warning_once is vLLM's, not the standard library's",
    {
      given: 'logging.getLogger("x").warning_once("w")',
      want: { $error: "AttributeError: 'Logger' object has no attribute 'warning_once'" },
    },
  ],
  ["OSError(errno, text) builds its own text", { given: 'str(OSError(2, "nope"))', want: "unsupported" }],
  ["OSError.errno is real but not modelled", { given: 'OSError("x").errno', want: "unsupported" }],
  // A set of two or more str iterates in an order that depends on the process's hash seed (PYTHONHASHSEED).
  ["list() of a set of str", { given: 'list({os.getenv("H", "a"), "b"})', want: "unsupported" }],
  ["tuple() of a set of str", { given: 'tuple({os.getenv("H", "a"), "b"})', want: "unsupported" }],
  ["str.join over a set of str", { given: '", ".join({os.getenv("H", "a"), "b"})', want: "unsupported" }],
  ["a for loop over a set of str", { given: '[x + "!" for x in {os.getenv("H", "a"), "b"}]', want: "unsupported" }],
  ["an f-string of a set of str", { given: "f'{({os.getenv(\"H\", \"a\"), \"b\"})}'", want: "unsupported" }],
  ["str.format of a set of str", { given: '"{}".format({os.getenv("H", "a"), "b"})', want: "unsupported" }],
  ["% of a set of str", { given: '"%s" % ({os.getenv("H", "a"), "b"},)', want: "unsupported" }],
  ["unpacking a set of str", { given: '(lambda a, b: a)(*{os.getenv("H", "a"), "b"})', want: "unsupported" }],
  ["enumerate() of a set of str", { given: 'list(enumerate({os.getenv("H", "a"), "b"}))', want: "unsupported" }],
  ["zip() over a set of str", { given: 'list(zip({os.getenv("H", "a"), "b"}, "xy"))', want: "unsupported" }],
  [
    "sorted() with key= ties keep a set's order",
    { given: 'sorted({os.getenv("H", "ab"), "cd"}, key=len)', want: "unsupported" },
  ],
  [
    "max() with key= ties keep a set's order",
    { given: 'max({os.getenv("H", "ab"), "cd"}, key=len)', want: "unsupported" },
  ],
  [
    "a set comprehension of str, listed",
    { given: 'list({x.upper() for x in os.getenv("H", "a,b").split(",")})', want: "unsupported" },
  ],
  // Beyond ints 0..7 CPython's order depends on collisions and the table's size: deterministic, not modelled.
  ["list() of a set of ints that collide", { given: 'list({int(os.getenv("H", "10")), 2})', want: "unsupported" }],
  ["list() of a set holding -1 (hash -2)", { given: 'list({int(os.getenv("H", "-1")), 0})', want: "unsupported" }],
  [
    "sum() of a set of floats rounds in a set's order",
    { given: 'sum({float(os.getenv("H", "0.1")), 0.2, 0.3})', want: "unsupported" },
  ],
];

describe("honesty", () => {
  const dir = mkdtempSync(join(tmpdir(), "zoo-honesty-"));
  it.each(HONESTY)("%s", async (label, { given, want }) => {
    const file = join(dir, `${label.replace(/\W+/g, "-")}.py`);
    writeFileSync(file, `import logging\nimport os\n\nenvironment_variables = {\n    "H": lambda: ${given},\n}\n`);
    const d = await diffFile(file);
    const unset = d.observed.find((o) => Object.keys(o.probe.env).length === 0);
    expect(unset).toBeDefined();
    if (want === "unsupported") {
      expect(isUnsupported(unset?.ours)).toBe(true);
    } else {
      expect(unset?.probe.result).toEqual(want);
      expect(unset?.ours).toEqual(want);
    }
    expect(d.mismatches).toEqual([]);
  });
});
