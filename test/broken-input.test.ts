/**
 * Broken and hostile input, one row per case: a clear error (exit 2, one line per
 * problem, no stack trace) or a diagnostic with its line — never a crash or a hang.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli, BIN } from "./support/cli.js";
import { corpusDir, revisions } from "./support/corpus.js";
import { diffFile } from "./support/differential.js";

const WORK = mkdtempSync(join(tmpdir(), "vllm-broken-"));
const FIX = join(process.cwd(), "test", "fixtures", "broken");
const VALID = readFileSync(revisions()[0].file, "utf8");

function file(name: string, content: string | Buffer): string {
  const p = join(WORK, name);
  writeFileSync(p, content);
  return p;
}

/** `a0: &a0 [x × 9]`, then eight levels of nine aliases of the level below (9⁹ nodes when expanded). */
function aliasBomb(): string {
  let text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]\n`;
  return text;
}

const SHAPES = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: a
    - name: b
      env: notalist
      envFrom: 5
    - 7
    - name: d
      env: [ just-a-string ]
`;

interface Row {
  name: string;
  args: () => string[];
  code: number;
  stderr?: RegExp;
  check?: (out: string, err: string) => void;
}

const ROWS: Row[] = [
  { name: "missing file", args: () => ["extract", "--source", join(WORK, "nope.py")], code: 2, stderr: /^vllm-envs: \S+nope\.py: no such file\n$/ },
  { name: "a directory", args: () => ["extract", "--source", WORK], code: 2, stderr: /: is a directory, not a file\n$/ },
  { name: "empty file", args: () => ["extract", "--source", file("empty.py", "")], code: 2, stderr: /empty\.py: empty file\n$/ },
  { name: "binary file", args: () => ["extract", "--source", file("bin.py", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))], code: 2, stderr: /bin\.py: binary file/ },
  { name: "invalid UTF-8", args: () => ["extract", "--source", file("latin1.py", Buffer.concat([Buffer.from("import os\n# caf"), Buffer.from([0xe9]), Buffer.from("\n")]))], code: 2, stderr: /latin1\.py: invalid UTF-8 at byte \d+/ },
  { name: "syntax errors", args: () => ["extract", "--source", join(process.cwd(), "test", "fixtures", "bad", "syntax-error.py")], code: 2, stderr: /syntax-error\.py:\d+:\d+: syntax error/ },
  { name: "no environment_variables dict", args: () => ["extract", "--source", file("nodict.py", "import os\nX = 1\n")], code: 2, stderr: /nodict\.py: no `environment_variables = \{\.\.\.\}` dict found/ },
  { name: "a 20 MB file", args: () => ["extract", "--source", file("huge.py", VALID + "#".repeat(20 * 1024 * 1024) + "\n")], code: 2, stderr: /huge\.py: file is \d+ bytes; the limit is 1048576 bytes/ },
  {
    name: "a 10,000-level nested expression",
    args: () => ["extract", "--source", file("deep.py", `import os\nenvironment_variables = {\n    "X": lambda: ${"(".repeat(10000)}1${")".repeat(10000)},\n}\n`)],
    code: 0,
    check: (out, err) => {
      expect(JSON.parse(out).variables[0].unsupported[0].reason).toMatch(/nested more than 200 levels/);
      expect(err).toMatch(/deep\.py:3:1: warning: X: unsupported/);
    },
  },
  {
    name: "empty dict",
    args: () => ["extract", "--source", join(FIX, "empty-dict.py")],
    code: 0,
    check: (out) => expect(JSON.parse(out).diagnostics.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([["empty-dict", 3]]),
  },
  {
    name: "two dicts and duplicate keys",
    args: () => ["extract", "--source", join(FIX, "duplicates.py")],
    code: 0,
    check: (out) => {
      const m = JSON.parse(out);
      expect(m.variables.map((v: { name: string }) => v.name)).toEqual(["DUP", "OTHER"]);
      expect(m.diagnostics.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([["duplicate-dict", 4], ["duplicate-key", 12]]);
    },
  },
  {
    name: "non-string keys and **spread (errors with lines; --strict exits 1)",
    args: () => ["extract", "--source", join(FIX, "bad-keys.py"), "--strict"],
    code: 1,
    stderr: /bad-keys\.py:7:5: error: dict key 42 is not a string literal\n.*bad-keys\.py:8:5: error: unsupported dict item \*\*spread/s,
  },
  {
    name: "unsupported constructs (unknown module, eval) with reasons and lines; --strict exits 1",
    args: () => ["extract", "--source", join(FIX, "unsupported.py"), "--strict"],
    code: 1,
    check: (out, err) => {
      const m = JSON.parse(out);
      const by = Object.fromEntries(m.variables.map((v: { name: string; unsupported: unknown[] }) => [v.name, v.unsupported]));
      expect(by.U_TORCH).toEqual([{ reason: "imports torch, which is not part of the modelled standard library", line: 13 }]);
      expect(by.U_EVAL).toEqual([{ reason: "the builtin eval is not modelled", line: 14 }]);
      expect(by.U_FINE).toEqual([]);
      expect(err).toMatch(/unsupported\.py:13:1: warning: U_TORCH: unsupported: imports torch/);
    },
  },
  {
    name: "UTF-8 BOM (processed normally)",
    args: () => ["extract", "--source", file("bom.py", "\ufeff" + VALID)],
    code: 0,
    check: (out) => expect(JSON.parse(out).variables.length).toBe(revisions()[0].variables),
  },
  {
    name: "CRLF line endings (processed normally)",
    args: () => ["extract", "--source", file("crlf.py", VALID.replace(/\n/g, "\r\n"))],
    code: 0,
    check: (out) => {
      const lf = JSON.parse(runCli(["extract", "--source", revisions()[0].file]).out);
      const crlf = JSON.parse(out);
      expect(crlf.variables.map((v: { name: string; default: unknown; type: unknown; description: string }) => [v.name, v.default, v.type, v.description])).toEqual(
        lf.variables.map((v: { name: string; default: unknown; type: unknown; description: string }) => [v.name, v.default, v.type, v.description]),
      );
    },
  },
  { name: "a malformed .env file", args: () => ["validate", "--env-file", file("bad.env", "VLLM_PORT=1\nNOT A LINE\nX='open\n")], code: 2, stderr: /bad\.env:2:1: not a KEY=value line: "NOT A LINE"\n.*bad\.env:3:1: unterminated '-quoted value/s },
  { name: "a malformed YAML manifest", args: () => ["validate", "--manifest", file("bad.yaml", "spec:\n  containers: [\n")], code: 2, stderr: /bad\.yaml:\d+:\d+: YAML: / },
  {
    name: "a YAML alias bomb (nine levels of 9 aliases)",
    args: () => ["validate", "--manifest", file("bomb.yaml", aliasBomb())],
    code: 2,
    stderr: /^vllm-envs: .*bomb\.yaml: YAML: Excessive alias count indicates a resource exhaustion attack\n$/,
  },
  {
    name: "a compose file compose rejects: environment not a mapping or list, a service not a mapping",
    args: () => ["validate", "--manifest", file("compose.yaml", "services:\n  api:\n    environment: 5\n  w: 7\n")],
    code: 2,
    stderr: /compose\.yaml:3:18: services\.api\.environment is a YAML int.*\n.*compose\.yaml:4:6: services\.w is a YAML int/,
  },
  {
    name: "a manifest the API server rejects for its shape: env, envFrom, a container, an env item",
    args: () => ["validate", "--manifest", file("shape.yaml", SHAPES)],
    code: 2,
    stderr:
      /shape\.yaml:8:12: .*containers\[b\]: env is a YAML string, not a list.*\n.*shape\.yaml:9:16: .*envFrom is a YAML int, not a list.*\n.*shape\.yaml:10:7: .*containers\[2\] is a YAML int, not a container.*\n.*shape\.yaml:12:14: .*env\[0\] is a YAML string, not a mapping/,
  },
  { name: "unknown option", args: () => ["sync", "--frobnicate"], code: 2, stderr: /^vllm-envs: Unknown option '--frobnicate'/ },
];

describe("broken input", () => {
  it.each(ROWS.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const started = Date.now();
    const r = runCli(row.args());
    expect(r.code, r.err).toBe(row.code);
    if (row.stderr) expect(r.err).toMatch(row.stderr);
    expect(r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    row.check?.(r.out, r.err);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("an unreadable file: permission denied (as root: without the capability to override permissions)", (ctx) => {
    // In /tmp with a 0711 folder, so that another user can reach it wherever the checkout lives.
    const dir = mkdtempSync(join(existsSync("/tmp") ? "/tmp" : tmpdir(), "vllm-perm-"));
    chmodSync(dir, 0o711);
    const p = join(dir, "secret.py");
    writeFileSync(p, VALID);
    chmodSync(p, 0o000);
    const runner = unprivilegedRunner(p);
    if (!runner) {
      console.warn("skipped: running as root, and neither root without CAP_DAC_OVERRIDE nor user 65534 can both read the checkout and be refused the file");
      return ctx.skip();
    }
    const r = spawnSync(runner[0], [...runner.slice(1), "--", BIN, "extract", "--source", p], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`vllm-envs: ${p}: permission denied\n`);
  });

  it("duplicate keys and a reassigned dict evaluate as CPython evaluates them", async () => {
    const d = await diffFile(join(FIX, "duplicates.py"));
    expect(d.mismatches).toEqual([]);
    expect(d.compared).toBeGreaterThan(10);
  });
});

describe("the input is never run", () => {
  it("generate reads a file whose top level would write a marker and start a process, and neither happens", () => {
    const marker = join(WORK, "marker");
    const out = join(WORK, "never-run-out");
    const r = spawnSync(process.execPath, [BIN, "generate", "--source", join(FIX, "never-run.py"), "--out", out], { encoding: "utf8", env: { ...process.env, VLLM_ENVS_MARKER: marker } });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, "never-run-out", "index.js")) || existsSync(join(out, "latest", "index.js"))).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(marker + ".child")).toBe(false);
    expect(existsSync("/tmp/vllm-envs-was-executed")).toBe(false);
  });
});

describe("nothing lost", () => {
  it("a failing generate leaves the previous output whole", () => {
    const out = join(WORK, "keep");
    expect(runCli(["generate", "--source", revisions()[0].file, "--out", out]).code).toBe(0);
    // The output is a package: folders of files, compared whole.
    const tree = () => Object.fromEntries(readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), "utf8")]));
    const before = tree();
    const r = runCli(["generate", "--source", join(process.cwd(), "test", "fixtures", "bad", "syntax-error.py"), "--out", out]);
    expect(r.code).toBe(2);
    expect(tree()).toEqual(before);
    expect(readdirSync(WORK).filter((n) => n.startsWith(".keep."))).toEqual([]);
  });

  it("check, diff, eval and validate never write", () => {
    const cwd = join(WORK, "readonly-cwd");
    mkdirSync(cwd);
    const cases = file("cases.json", JSON.stringify({ cases: [{ name: "VLLM_HOST_IP", env: {} }] }));
    const envFile = file("ok.env", "VLLM_HOST_IP=1.2.3.4\n");
    const gen = join(process.cwd(), "generated");
    const listing = () => JSON.stringify(readdirSync(WORK).sort()) + JSON.stringify(readdirSync(cwd));
    const before = listing();
    expect(runCli(["eval", "--source", revisions()[0].file, "--cases", cases], cwd).code).toBe(0);
    expect(runCli(["diff", revisions()[0].file, revisions()[1].file], cwd).code).toBe(0);
    expect(runCli(["validate", "--env-file", envFile], cwd).code).toBe(0);
    expect(runCli(["sync", "--check", "--corpus", corpusDir(), "--out", join(WORK, "absent")], cwd).code).toBe(1);
    expect(listing()).toBe(before);
    expect(existsSync(join(WORK, "absent"))).toBe(false);
    expect(existsSync(gen)).toBe(true);
  }, 120_000);
});

/**
 * How to run node so that `file` is unreadable: as is for a normal user; as root, first root without the
 * capabilities that override file permissions (the checkout stays readable wherever root cloned it), else
 * user 65534. Each is probed (reads the CLI, is refused the file) so a failure of the test is the CLI's.
 */
function unprivilegedRunner(file: string): string[] | null {
  if (process.getuid?.() !== 0) return [process.execPath];
  const candidates = [
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", process.execPath],
    ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath],
  ];
  const main = join(process.cwd(), "dist", "src", "cli", "main.js");
  const probe = `const fs=require("fs");fs.accessSync(${JSON.stringify(BIN)},fs.constants.R_OK);fs.accessSync(${JSON.stringify(main)},fs.constants.R_OK);try{fs.closeSync(fs.openSync(${JSON.stringify(file)},"r"));process.exit(1)}catch(e){process.exit(e.code==="EACCES"?0:1)}`;
  return candidates.find((c) => spawnSync(c[0], [...c.slice(1), "-e", probe]).status === 0) ?? null;
}
