/**
 * validateVllmEnv of the newest generated revision: invalid values exactly where
 * CPython raises, typos with a suggestion, Kubernetes service links recognised.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";

interface Diagnostic {
  severity: string;
  code: string;
  variable: string;
  value?: string;
  message: string;
  suggestion?: string;
}

async function latest(): Promise<{ validateVllmEnv(env: Record<string, string>): Diagnostic[] }> {
  return import(join(process.cwd(), "generated", "latest", "index.js"));
}

describe("validateVllmEnv", () => {
  it("accepts a clean environment", async () => {
    const { validateVllmEnv } = await latest();
    expect(validateVllmEnv({ HOME: "/h", PATH: "/bin", VLLM_PORT: "8000", VLLM_LOGGING_LEVEL: "DEBUG" })).toEqual([]);
  });

  it("reports invalid values with the variable, the value and the accepted forms", async () => {
    const { validateVllmEnv } = await latest();
    const d = validateVllmEnv({ VLLM_ENGINE_ITERATION_TIMEOUT_S: "1.5", VLLM_WORKER_MULTIPROC_METHOD: "thread" });
    expect(d.map((x) => [x.code, x.variable, x.value])).toEqual([
      ["invalid-value", "VLLM_ENGINE_ITERATION_TIMEOUT_S", "1.5"],
      ["invalid-value", "VLLM_WORKER_MULTIPROC_METHOD", "thread"],
    ]);
    expect(d[0].message).toMatch(/invalid literal for int\(\).*accepted: an integer/);
    expect(d[1].message).toMatch(/accepted: one of "fork", "spawn"/);
  });

  it("suggests the known name for a typo, including a misspelled prefix", async () => {
    const { validateVllmEnv } = await latest();
    const d = validateVllmEnv({ VLLM_LOGING_LEVEL: "INFO", VLLLM_USE_MODELSCOPE: "1", vllm_port: "1" });
    expect(d.map((x) => [x.variable, x.suggestion])).toEqual([
      ["VLLLM_USE_MODELSCOPE", "VLLM_USE_MODELSCOPE"],
      ["VLLM_LOGING_LEVEL", "VLLM_LOGGING_LEVEL"],
      ["vllm_port", "VLLM_PORT"],
    ]);
    expect(d.every((x) => x.code === "unknown-variable" && x.severity === "warning")).toBe(true);
  });

  it("recognises Kubernetes service links instead of calling them typos", async () => {
    const { validateVllmEnv } = await latest();
    const d = validateVllmEnv({
      VLLM_ROUTER_SERVICE_HOST: "10.0.0.1",
      VLLM_ROUTER_SERVICE_PORT: "80",
      VLLM_ROUTER_SERVICE_PORT_HTTP: "80",
      VLLM_ROUTER_PORT: "tcp://10.0.0.1:80",
      VLLM_ROUTER_PORT_80_TCP: "tcp://10.0.0.1:80",
      VLLM_ROUTER_PORT_80_TCP_ADDR: "10.0.0.1",
    });
    expect(d.map((x) => x.code)).toEqual(Array(6).fill("service-link"));
    expect(d[0].message).toMatch(/Service named vllm-router/);
  });

  it("says when a variable was removed, and since when", async () => {
    const { validateVllmEnv } = await latest();
    const history = JSON.parse(readFileSync(join(process.cwd(), "generated", "history.json"), "utf8")) as Record<string, { removedAfter?: string; lastSeenIn: string }>;
    const [name, h] = Object.entries(history).find(([, e]) => e.removedAfter) ?? [];
    if (!name || !h) return; // a corpus whose variables were never removed has nothing to show
    const d = validateVllmEnv({ [name]: "1" });
    expect(d).toHaveLength(1);
    expect(d[0].code).toBe("removed-variable");
    expect(d[0].message).toBe(`${name} was removed after ${h.removedAfter} (last seen in ${h.lastSeenIn}); it has no effect in this version`);
  });
});

describe("vllm-envs validate", () => {
  const FIX = join(process.cwd(), "test", "fixtures", "validate");

  it("reports invalid values, typos, removed variables and service links in a .env file; exit 1", () => {
    const r = runCli(["validate", "--env-file", join(FIX, "sample.env"), "--json"]);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.out).results[0].diagnostics as Diagnostic[];
    const by = Object.fromEntries(d.map((x) => [x.variable, x.code]));
    expect(by).toMatchObject({
      VLLM_ENGINE_ITERATION_TIMEOUT_S: "invalid-value",
      VLLM_WORKER_MULTIPROC_METHOD: "invalid-value",
      VLLM_LOGING_PREFIX: "unknown-variable",
      VLLLM_CACHE_ROOT: "unknown-variable",
      VLLM_ROUTER_SERVICE_HOST: "service-link",
    });
    expect(d.find((x) => x.variable === "VLLLM_CACHE_ROOT")?.suggestion).toBe("VLLM_CACHE_ROOT");
    const removed = d.find((x) => x.variable === "VLLM_CPU_SGL_KERNEL");
    if (removed) expect(removed.code).toBe("removed-variable");
    expect(by.VLLM_LOGGING_LEVEL).toBeUndefined();
  });

  it("checks every container of every document of a manifest; a valueFrom it cannot resolve is not checked", () => {
    const r = runCli(["validate", "--manifest", join(FIX, "deployment.yaml"), "--json"]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.out).results as { source: string; diagnostics: Diagnostic[] }[];
    expect(results.map((x) => x.source.replace(/^.*deployment\.yaml: /, ""))).toEqual([
      "document 1.spec.template.spec.initContainers[warmup]",
      "document 1.spec.template.spec.containers[server]",
      "document 2.spec.containers[ok]",
    ]);
    expect(results[1].diagnostics.map((x) => [x.variable, x.code])).toEqual([
      ["VLLM_DP_SIZE", "invalid-value"],
      ["VLLM_ROUTER_PORT_8000_TCP_ADDR", "service-link"],
      ["VLLM_API_KEY", "unchecked"],
    ]);
    expect(results[0].diagnostics).toEqual([]);
    expect(results[2].diagnostics).toEqual([]);
  });

  it("validates this process's environment with --process-env; human output ends with a summary", () => {
    const r = runCli(["validate", "--process-env"], process.cwd(), { ...process.env, VLLM_DP_SIZE: "x" });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/process environment: error: VLLM_DP_SIZE="x": ValueError: invalid literal for int\(\)/);
    expect(r.out.trim().split("\n").pop()).toMatch(/^1 error in 1 environment \(\d+ vLLM variables? checked, \d+ not checked\) against bindings v\S+/);
  });

  it("returns diagnostics, not exceptions, for values that are not strings", async () => {
    const { validateVllmEnv } = (await latest()) as unknown as { validateVllmEnv(env: unknown): Diagnostic[] };
    expect(validateVllmEnv({ VLLM_DP_SIZE: 3 }).map((x) => x.message)).toEqual(["VLLM_DP_SIZE is a number, not a string"]);
  });

  it("takes --version as a label or a vLLM version, and a miss lists the versions that exist", () => {
    const env = join(process.cwd(), "test", "fixtures", "validate", "sample.env");
    const versions = JSON.parse(readFileSync(join(process.cwd(), "generated", "versions.json"), "utf8")) as { version: string }[];
    const mid = versions.find((v) => /^v\d+\.\d+\.\d+-approx$/.test(v.version))?.version as string;
    expect(runCli(["validate", "--version", mid.replace(/^v|-approx$/g, ""), "--env-file", env]).code).not.toBe(2);
    const miss = runCli(["validate", "--version", "0.0.1", "--env-file", env]);
    expect(miss.code).toBe(2);
    expect(miss.err).toContain(`available: ${versions.map((v) => v.version).join(", ")}`);
  });
});
