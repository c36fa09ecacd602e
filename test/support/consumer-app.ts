/**
 * A consumer project of the packed bindings: the package written into a temporary folder,
 * `npm pack`ed, installed offline into a fresh project, compiled with the strictest options.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cli.js";

const ROOT = process.cwd();
/** The TypeScript compiler the consumer tests run. */
export const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** The strictest options a consumer may use; no ambient types (`types: []`), no skipped libraries. */
export const STRICT_CONSUMER = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  skipLibCheck: false,
  types: [],
  target: "es2022",
  lib: ["es2022"],
};

/** A fresh project with the packed bindings installed (and nothing else yet). */
export interface ConsumerApp {
  work: string;
  app: string;
  packed: { size: number; unpackedSize: number; entryCount: number };
}

/** Write the package with the CLI (`args`: `sync …` or `generate …`, without `--out`), pack it and install it offline. */
export function makeConsumerApp(args: string[]): ConsumerApp {
  const work = mkdtempSync(join(tmpdir(), "vllm-envs-consumer-"));
  const pkg = join(work, "generated");
  const made = runCli([...args, "--out", pkg]);
  if (made.code !== 0) throw new Error(made.err);
  const out = execFileSync("npm", ["pack", pkg, "--json", "--pack-destination", work], { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const packed = (JSON.parse(out) as ConsumerApp["packed"][])[0] as ConsumerApp["packed"];
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz")) as string;
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", join(work, tarball), "--ignore-scripts", "--no-audit", "--no-fund", "--offline"], { cwd: app, stdio: "ignore" });
  return { work, app, packed };
}

/** Copy a package the root project installed (a dev dependency) into the app: no network, same version. */
export function copyRootPackage(app: string, name: string): void {
  cpSync(join(ROOT, "node_modules", name), join(app, "node_modules", name), { recursive: true, dereference: true });
}

/** Compile `file` in the app with the strict options and `--listFiles`: the lines tsc printed. */
export function compileConsumer(app: string, file: string, module: string, resolution: string): string[] {
  const config = join(app, `tsconfig.${module}.${resolution}.${file}.json`);
  const compilerOptions = { ...STRICT_CONSUMER, module, moduleResolution: resolution, outDir: `out-${module}-${resolution}` };
  writeFileSync(config, JSON.stringify({ compilerOptions, files: [file] }));
  const r = spawnSync(process.execPath, [TSC, "-p", config, "--listFiles"], { cwd: app, encoding: "utf8" });
  return (r.stdout + r.stderr).split("\n").filter(Boolean);
}
