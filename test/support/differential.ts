/**
 * The differential test's machinery: CPython's results for a file's probes
 * (scripts/cpython-probe.py) against the generated runtime's, via `eval`'s code path.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { inject } from "vitest";
import { extractModel } from "../../src/index.js";
import { loadRuntime } from "../../src/cli/load-runtime.js";
import { evaluateCase } from "../../src/cli/cmd-eval.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Encoded } from "../../src/cli/eval-encode.js";

/** One probe with CPython's answer. */
export interface Probe {
  name: string;
  env: Record<string, string>;
  result: Encoded;
  stubbed: boolean;
  nondeterministic: boolean;
}

/** A probe whose answers differ. */
export interface Mismatch {
  probe: Probe;
  ours: Encoded;
}

/** The outcome of one file. */
export interface DiffReport {
  probes: number;
  compared: number;
  agree: number;
  unsupported: number;
  excludedStubbed: number;
  excludedNondeterministic: number;
  mismatches: Mismatch[];
  /** Every compared probe with our answer (for the type and schema tests). */
  observed: { probe: Probe; ours: Encoded }[];
  /** Probes whose CPython result touched a stub, with our answer. */
  stubbed: { probe: Probe; ours: Encoded }[];
  /** Probes CPython answered differently twice (uuid4), with our answer. */
  nondeterministic: { probe: Probe; ours: Encoded }[];
}

/** How a platform plugin's env file is read: its upstream `vllm/envs.py`, if any. */
export interface PluginRead {
  upstream?: string;
}

/** Run the CPython probe script on a file (extra arguments: `--dict NAME`, `--upstream FILE`). */
export function probeWithCPython(file: string, args: string[] = []): Probe[] {
  const script = join(process.cwd(), "scripts", "cpython-probe.py");
  const out = execFileSync("python3", [script, file, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  return (JSON.parse(out) as { cases: Probe[] }).cases;
}

/**
 * "Type known, message unknown" (`{"$error": "ValueError: <message depends on …>", "messageUnknown": true}`)
 * agrees with any CPython error of that exact type.
 */
export function sameResult(ours: Encoded, python: Encoded): boolean {
  if (ours && typeof ours === "object" && !Array.isArray(ours) && ours.messageUnknown === true && typeof ours.$error === "string") {
    const theirs = python && typeof python === "object" && !Array.isArray(python) ? python.$error : undefined;
    return typeof theirs === "string" && theirs.split(":")[0] === ours.$error.split(":")[0];
  }
  return canonical(ours) === canonical(python);
}

function canonical(v: Encoded): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
}

const cache = new Map<string, Promise<DiffReport>>();

/**
 * Compare CPython with the generated runtime over every probe of a file: memoised per file in
 * this worker, and shared with the other test files of the run through the folder of
 * test/support/global-setup.ts (the first to need a file computes it; the others wait for it).
 * With `plugin`, the file is a platform plugin's: the probe reads the dict the model found
 * (`--dict`) and the same upstream file.
 */
export function diffFile(file: string, plugin?: PluginRead): Promise<DiffReport> {
  const id = JSON.stringify([file, plugin ?? null]);
  let p = cache.get(id);
  if (!p) {
    p = sharedDiff(file, plugin);
    cache.set(id, p);
  }
  return p;
}

/** How long a test file waits for another one computing the same comparison. */
const WAIT_MS = 600_000;

async function sharedDiff(file: string, plugin: PluginRead | undefined): Promise<DiffReport> {
  const dir = inject("diffCacheDir");
  if (!dir) return computeDiff(file, plugin);
  // The path matters as well as the text: the probe script runs the file from where it is.
  const hash = createHash("sha256").update(resolve(file)).update("\0").update(readFileSync(file));
  if (plugin) hash.update("\0plugin\0").update(plugin.upstream ? readFileSync(plugin.upstream) : "");
  const key = hash.digest("hex");
  const done = join(dir, `${key}.json`);
  const lock = join(dir, `${key}.lock`);
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await delay(100)) {
    if (existsSync(done)) return JSON.parse(readFileSync(done, "utf8")) as DiffReport;
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch {
      continue; // Another test file is computing it.
    }
    closeSync(fd);
    try {
      const report = await computeDiff(file, plugin);
      writeFileSync(`${done}.tmp`, JSON.stringify(report));
      renameSync(`${done}.tmp`, done);
      // The waiting files read the stored JSON; this one too, so every file sees the same data.
      return JSON.parse(readFileSync(done, "utf8")) as DiffReport;
    } finally {
      unlinkSync(lock);
    }
  }
  throw new Error(`timed out waiting for the comparison of ${file}`);
}

async function computeDiff(file: string, plugin: PluginRead | undefined): Promise<DiffReport> {
  const upstream = plugin?.upstream;
  const read = upstream ? { upstream: { file: upstream, text: readFileSync(upstream, "utf8") } } : {};
  const model = extractModel(file, readFileSync(file, "utf8"), read);
  const args = plugin ? ["--dict", model.dictName ?? "environment_variables", ...(upstream ? ["--upstream", upstream] : [])] : [];
  const probes = probeWithCPython(file, args);
  const rt = await loadRuntime(model);
  const host = createNodeHost(resolve(file), undefined, upstream === undefined ? undefined : resolve(upstream));
  const report: DiffReport = { probes: probes.length, compared: 0, agree: 0, unsupported: 0, excludedStubbed: 0, excludedNondeterministic: 0, mismatches: [], observed: [], stubbed: [], nondeterministic: [] };
  for (const probe of probes) {
    const ours = evaluateCase(rt, probe, host);
    if (probe.stubbed) {
      report.excludedStubbed += 1;
      report.stubbed.push({ probe, ours });
      continue;
    }
    if (probe.nondeterministic) {
      report.excludedNondeterministic += 1;
      report.nondeterministic.push({ probe, ours });
      continue;
    }
    report.compared += 1;
    report.observed.push({ probe, ours });
    if (sameResult(ours, probe.result)) report.agree += 1;
    else if (ours && typeof ours === "object" && "$unsupported" in ours) report.unsupported += 1;
    else report.mismatches.push({ probe, ours });
  }
  return report;
}
