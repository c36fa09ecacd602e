/**
 * The differential test's machinery: CPython's results for a file's probes
 * (scripts/cpython-probe.py) against the generated runtime's, via `eval`'s code path.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
 * Compare CPython with the generated runtime over every probe of a file (memoised per file). With
 * `plugin`, the file is a platform plugin's: the probe reads the dict the model found (`--dict`) and
 * the same upstream file.
 */
export function diffFile(file: string, plugin?: PluginRead): Promise<DiffReport> {
  const key = JSON.stringify([file, plugin ?? null]);
  let p = cache.get(key);
  if (!p) {
    p = computeDiff(file, plugin);
    cache.set(key, p);
  }
  return p;
}

async function computeDiff(file: string, plugin: PluginRead | undefined): Promise<DiffReport> {
  const upstream = plugin?.upstream;
  const model = extractModel(file, readFileSync(file, "utf8"), upstream ? { upstream: { file: upstream, text: readFileSync(upstream, "utf8") } } : {});
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
