/**
 * The command line as a user meets it: help, exit codes, one-line errors, the
 * `eval` contract, and `validate --env-file` through the real bin.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "./support/cli.js";

const FIX = join(process.cwd(), "test", "fixtures");

describe("vllm-envs CLI", () => {
  it("prints help with exit 0, and usage with exit 2 when no command is given", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: vllm-envs <command>/);
    expect(help.out).toMatch(/eval --source FILE --cases FILE/);
    expect(runCli([]).code).toBe(2);
  });

  it("rejects an unknown command or option with exit 2 and one line, no stack trace", () => {
    for (const args of [["frobnicate"], ["extract", "--nope"]]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("reports unusable sources as `vllm-envs: FILE: reason` with exit 2", () => {
    const missing = runCli(["extract", "--source", "/nonexistent/envs.py"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("vllm-envs: /nonexistent/envs.py: no such file\n");
    const dir = runCli(["extract", "--source", FIX]);
    expect(dir.code).toBe(2);
    expect(dir.err).toMatch(/is a directory/);
  });

  it("reports syntax errors as FILE:LINE:COL with exit 2", () => {
    const file = join(FIX, "bad", "syntax-error.py");
    const r = runCli(["extract", "--source", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^vllm-envs: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+:\\d+: syntax error`));
    const lenient = runCli(["extract", "--source", file, "--allow-syntax-errors"]);
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.out).diagnostics.some((d: { code: string }) => d.code === "syntax-error")).toBe(true);
  });

  it("extract prints the model; a file without the dict is unusable input", () => {
    const ok = runCli(["extract", "--source", join(FIX, "constructs", "booleans.py")]);
    expect(ok.code).toBe(0);
    const model = JSON.parse(ok.out);
    expect(model.variables.map((v: { name: string }) => v.name)).toContain("B_INT");
    const noDict = runCli(["extract", "--source", join(FIX, "bad", "no-dict.py"), "--strict"]);
    expect(noDict.code).toBe(2);
    expect(noDict.err).toMatch(/no `environment_variables = \{\.\.\.\}` dict found/);
  });

  it("eval follows the contract: results in case order, errors as $error", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-cli-"));
    const cases = join(dir, "cases.json");
    writeFileSync(
      cases,
      JSON.stringify({
        cases: [
          { name: "N_INT", env: { N_INT: " 3 " } },
          { name: "N_INT", env: { N_INT: "1.5" }, note: "other fields are ignored" },
          { name: "N_BIG", env: {} },
          { name: "N_INF", env: {} },
          { name: "N_OPTIONAL", env: {} },
        ],
      }),
    );
    const r = runCli(["eval", "--source", join(FIX, "constructs", "numbers.py"), "--cases", cases]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      results: [3, { $error: "ValueError: invalid literal for int() with base 10: '1.5'" }, { $int: "99999999999999999999" }, { $float: "inf" }, null],
    });
  });

  it("eval exits 2 with one line for an unreadable cases file", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-cli-"));
    const bad = join(dir, "cases.json");
    writeFileSync(bad, "{not json");
    const r = runCli(["eval", "--source", join(FIX, "constructs", "numbers.py"), "--cases", bad]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(runCli(["eval", "--source", join(FIX, "constructs", "numbers.py"), "--cases", join(dir, "missing.json")]).code).toBe(2);
  });

  it("eval reads a case file over 1 MiB (that limit is for envs.py sources)", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-cli-"));
    const cases = join(dir, "big-cases.json");
    writeFileSync(cases, JSON.stringify({ cases: [{ name: "N_INT", env: { N_INT: "3", PAD: "x".repeat(3 * 1024 * 1024) } }] }));
    const r = runCli(["eval", "--source", join(FIX, "constructs", "numbers.py"), "--cases", cases]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ results: [3] });
  });
});

describe("validate --env-file through the real bin (node's own --env-file, nodejs/node#54232)", () => {
  const dir = mkdtempSync(join(tmpdir(), "vllm-envs-envfile-"));
  const marker = join(dir, "marker");
  const hook = join(dir, "hook.cjs");
  writeFileSync(hook, `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran");\n`);
  const envFile = join(dir, "app.env");
  writeFileSync(envFile, `NODE_OPTIONS=--require=${hook}\nVLLM_HOST_IP=1.2.3.4\n`);
  const asUser = (args: string[]) => spawnSync(BIN, args, { encoding: "utf8" });

  it("a missing file exits 2 with our message, not node's exit 9", () => {
    const r = asUser(["validate", "--env-file", join(dir, "missing.env")]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`vllm-envs: ${join(dir, "missing.env")}: no such file\n`);
  });

  it("the validated file's NODE_OPTIONS never reaches the CLI's own process", () => {
    const r = asUser(["validate", "--env-file", envFile]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/no errors in 1 environment/);
    expect(existsSync(marker)).toBe(false);
  });

  it.runIf(existsSync("/proc/self/cmdline"))("`node bin/vllm-envs.js … --env-file F` (node read F itself) is refused with exit 2", () => {
    const r = spawnSync(process.execPath, [BIN, "validate", "--env-file", join(dir, "plain.env")], { encoding: "utf8" });
    writeFileSync(join(dir, "plain.env"), "VLLM_HOST_IP=1.2.3.4\n");
    expect(r.status).toBe(9); // node's own failure, before any of our code: the reason the bin passes `--`
    const s = spawnSync(process.execPath, [BIN, "validate", "--env-file", join(dir, "plain.env")], { encoding: "utf8" });
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/^vllm-envs: node read --env-file \S+plain\.env itself before vllm-envs started \(nodejs\/node#54232\)/);
  });
});
