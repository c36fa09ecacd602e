/**
 * `vllm-envs validate` on real deployment files of public vLLM projects (sources in
 * test/fixtures/deploy/README.md): every `VLLM_*` entry is read (checked, or reported as
 * not checked with the reason), with the exit code and findings each file really has.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeArgs } from "./support/cli.js";

interface Report {
  results: { source: string; checked: string[]; diagnostics: { variable: string; code: string; severity: string }[] }[];
}

const DIR = join(process.cwd(), "test", "fixtures", "deploy");

function validate(file: string, extra: string[] = []): { code: number | null; report: Report } {
  const r = spawnSync(process.execPath, nodeArgs(["validate", "--manifest", join(DIR, file), "--json", ...extra]), {
    encoding: "utf8",
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return { code: r.status, report: JSON.parse(r.stdout) as Report };
}

/** Every `VLLM_*` name the file sets: `- name: VLLM_X` (Kubernetes) or `VLLM_X: …` / `- VLLM_X=…` (compose). */
function namesInFile(file: string): Set<string> {
  const text = readFileSync(join(DIR, file), "utf8");
  return new Set(Array.from(text.matchAll(/^\s*(?:- name: |-?\s*)(VLLM_[A-Z0-9_]+)(?=[:=]|\s*$)/gm), (m) => m[1]));
}

interface Case {
  /** Environments found. */
  environments: number;
  /** `[variable, code]` per finding, over all environments (latest bindings). */
  findings: string[];
  /** Exit code with `--strict`. */
  strictCode: number;
  /** A vLLM version matching the file's image, under which `--strict` passes. */
  version?: string;
}

const cases: [string, Case][] = [
  [
    "production-stack-gpu-deployment.yaml",
    { environments: 2, findings: ["VLLM_USE_V1 removed-variable"], strictCode: 1, version: "0.8.4" },
  ],
  ["production-stack-prefill-deploy.yaml", { environments: 1, findings: [], strictCode: 0 }],
  ["aibrix-1p1d-stormservice.yaml", { environments: 2, findings: [], strictCode: 0, version: "0.10.1" }],
  [
    "aibrix-brixbench-llmd-pd-4p4d.yaml",
    {
      environments: 3,
      findings: [
        ...[
          "VLLM_NIXL_ABORT_REQUEST_TIMEOUT removed-variable",
          "VLLM_USE_V1 removed-variable",
          "VLLM_NIXL_SIDE_CHANNEL_HOST unchecked",
        ],
        ...[
          "VLLM_NIXL_ABORT_REQUEST_TIMEOUT removed-variable",
          "VLLM_USE_V1 removed-variable",
          "VLLM_NIXL_SIDE_CHANNEL_HOST unchecked",
        ],
      ],
      strictCode: 1,
      version: "0.10.1",
    },
  ],
  [
    "aibrix-standalone-docker-compose.yml",
    {
      environments: 7,
      findings: Array(3).fill(["VLLM_ATTENTION_BACKEND removed-variable", "CUDA_VISIBLE_DEVICES unchecked"]).flat(),
      strictCode: 1,
      version: "0.6.4",
    },
  ],
];

describe("validate on real deployment files", () => {
  it.each(cases)("%s", (file, want) => {
    const { code, report } = validate(file);
    expect(code).toBe(0);
    expect(report.results).toHaveLength(want.environments);
    const findings = report.results.flatMap((r) => r.diagnostics.map((d) => `${d.variable} ${d.code}`));
    expect(findings).toEqual(want.findings);
    // Every VLLM_* entry of the file was read: checked, or reported with a reason.
    const seen = new Set(report.results.flatMap((r) => [...r.checked, ...r.diagnostics.map((d) => d.variable)]));
    const names = namesInFile(file);
    expect(names.size).toBeGreaterThan(0);
    for (const name of names) expect(seen.has(name), name).toBe(true);
    expect(validate(file, ["--strict"]).code).toBe(want.strictCode);
    if (want.version) expect(validate(file, ["--strict", "--version", want.version]).code).toBe(0);
  });

  it.each([["production-stack-values-19-sleep-mode-aware.yaml"], ["production-stack-helm-deployment-router.yaml"]])(
    "%s (Helm) exits 2 with a hint",
    (file) => {
      const r = spawnSync(process.execPath, nodeArgs(["validate", "--manifest", join(DIR, file)]), {
        encoding: "utf8",
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("render it first: helm template RELEASE CHART -f");
    },
  );
});
