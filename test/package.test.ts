/**
 * A consumer installs the packed tarball (`npm pack`) into a fresh project,
 * compiles code that uses it with `tsc --strict`, and runs it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

const CONSUMER = `
import { getVllmEnv, readVllmEnv, validateVllmEnv, VLLM_ENV_VARS, VLLM_ENV_NAMES, VllmEnvError, type VllmEnv } from "vllm-envs";
import { getVllmEnv as getOld, VLLM_ENV_NAMES as OLD_NAMES } from "vllm-envs/v0.4.2-dev-first";
import envSchema from "vllm-envs/env.schema.json" with { type: "json" };
import oldValues from "vllm-envs/v0.4.2-dev-first/values.schema.json" with { type: "json" };
import { createNodeHost } from "vllm-envs/node-host";

const port: VllmEnv["VLLM_HOST_IP"] = getOld("VLLM_HOST_IP", { HOST_IP: "10.1.2.3" });
const rank: number | bigint = getVllmEnv("LOCAL_RANK", { LOCAL_RANK: " 3 " });
let error = "";
try {
  getVllmEnv("LOCAL_RANK", { LOCAL_RANK: "1.5" });
} catch (e) {
  if (e instanceof VllmEnvError) error = e.pythonType;
}
const all = readVllmEnv({ HOME: "/home/u", TMPDIR: "/tmp" }, { host: createNodeHost("/opt/vllm/envs.py") });
console.log(JSON.stringify({
  port,
  rank: Number(rank),
  error,
  cacheRoot: all.VLLM_CACHE_ROOT,
  aot: "VLLM_USE_AOT_COMPILE" in all,
  typo: validateVllmEnv({ VLLM_LOGING_LEVEL: "x" })[0]?.suggestion,
  described: VLLM_ENV_VARS.VLLM_CACHE_ROOT.default.length > 0,
  names: VLLM_ENV_NAMES.length > OLD_NAMES.length,
  old: getOld("VLLM_USE_MODELSCOPE", {}),
  schemas: [typeof envSchema, typeof oldValues],
}));
`;

it("installs from the packed tarball and type-checks and runs under --strict", () => {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), "vllm-envs-consumer-"));
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", work], { cwd: root, stdio: "ignore" });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz")) as string;
  const app = join(work, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { "vllm-envs": `file:../${tarball}` } }));
  execFileSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: app, stdio: "ignore" });
  writeFileSync(join(app, "main.ts"), CONSUMER);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", resolveJsonModule: true, skipLibCheck: false, types: [], outDir: "out" }, files: ["main.ts"] }));
  const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  const run = spawnSync(process.execPath, [join(app, "out", "main.js")], { encoding: "utf8", cwd: app });
  expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, "")).toBe("");
  expect(JSON.parse(run.stdout)).toEqual({
    port: "10.1.2.3",
    rank: 3,
    error: "ValueError",
    cacheRoot: "/home/u/.cache/vllm",
    aot: false,
    typo: "VLLM_LOGGING_LEVEL",
    described: true,
    names: true,
    old: false,
    schemas: ["object", "object"],
  });
}, 300_000);
