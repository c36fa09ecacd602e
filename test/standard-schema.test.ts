/**
 * The Standard Schema validators and the typed write side as a consumer uses them: the newest
 * revision's package packed and installed into a fresh project beside t3-env (`@t3-oss/env-core`,
 * copied from the root's dev dependencies), compiled under the strictest options, then run.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { compileConsumer, copyRootPackage, makeConsumerApp } from "./support/consumer-app.js";

let app = "";

beforeAll(() => {
  const newest = revisions().at(-1);
  if (!newest) throw new Error("empty corpus");
  app = makeConsumerApp(["generate", "--source", newest.file, "--version", newest.label]).app;
  copyRootPackage(app, "@t3-oss/env-core");
  copyFileSync(join(process.cwd(), "test", "fixtures", "consumer", "standard-schema.ts"), join(app, "main.mts"));
}, 300_000);

describe("vllmEnvSchema with t3-env, and defineVllmEnv", () => {
  it.each([
    ["nodenext", "nodenext"],
    ["esnext", "bundler"],
  ])("compiles under strict %s/%s: typed values, and each @ts-expect-error (misspelled name, number, 'panic', 'true', 'abc') is an error", (module, resolution) => {
    const lines = compileConsumer(app, "main.mts", module, resolution);
    expect(lines.filter((l) => !l.startsWith("/"))).toEqual([]);
  }, 120_000);

  it("runs: t3-env gets the typed values and CPython's errors; defineVllmEnv throws where CPython raises", () => {
    const r = spawnSync(process.execPath, [join(app, "out-nodenext-nodenext", "main.mjs")], { cwd: app, encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      types: true,
      values: [8000, "warn", true],
      rejected: [
        // get_vllm_port's except block imports urllib3, then raises ValueError either way: the type is certain.
        "VLLM_PORT: VLLM_PORT=\"abc\": ValueError: <message depends on imports urllib3.util, which this runtime does not model (it is not part of the standard-library subset), not modelled (block from line 509)>",
        "VLLM_BATCH_INVARIANT: VLLM_BATCH_INVARIANT=\"true\": ValueError: invalid literal for int() with base 10: 'true'",
      ].join("\n"),
      accepted: "",
      thrown: [
        "VLLM_PORT: ValueError",
        "VLLM_PORT: ValueError",
        "TypeError: VLLM_PROT is not a vLLM environment variable of this version; did you mean VLLM_PORT?",
        "TypeError: VLLM_PORT is a number, not a string",
      ],
      settings: { VLLM_PORT: "8000", VLLM_GPU_SYNC_CHECK: "warn", VLLM_BATCH_INVARIANT: "1", VLLM_HOST_IP: "10.0.0.1 # x" },
      dotenv: "VLLM_PORT=8000\nVLLM_GPU_SYNC_CHECK=warn\nVLLM_BATCH_INVARIANT=1\nVLLM_HOST_IP='10.0.0.1 # x'\n",
      kubernetes: [
        { name: "VLLM_PORT", value: "8000" },
        { name: "VLLM_GPU_SYNC_CHECK", value: "warn" },
        { name: "VLLM_BATCH_INVARIANT", value: "1" },
        { name: "VLLM_HOST_IP", value: "10.0.0.1 # x" },
      ],
      cacheRoot: "/home/u/.cache/vllm",
    });
  });
});
