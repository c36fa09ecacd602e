/**
 * validateVllmEnv of the newest generated revision: invalid values exactly where
 * CPython raises, typos with a suggestion, Kubernetes service links recognised.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
