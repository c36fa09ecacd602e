/**
 * `vllm-envs validate --manifest` on docker-compose files, and the options every input shares:
 * Helm refused with a hint, `-` for standard input, `--strict`, `--version` and the bindings named.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findings, pod, report, run } from "./support/validate.js";

describe("validate --manifest: docker-compose", () => {
  it("reads environment as a map or a list, env_file (string, list, {path, required}), and never guesses host values", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-compose-"));
    writeFileSync(join(dir, "a.env"), "VLLM_DP_SIZE=two\nVLLM_LOGGING_LEVEL=DEBUG\nVLLM_HOST_IP=${HOST}\n");
    writeFileSync(
      join(dir, "compose.yaml"),
      `services:
  api:
    env_file: a.env
    environment:
      VLLM_LOGGING_LEVEL: INFO
      VLLM_PORT: 8000
      VLLM_RPC_BASE_PATH: $\${TMP}
      VLLM_CACHE_ROOT: \${CACHE:-/cache}
      VLLM_API_KEY:
  worker:
    env_file: [ { path: missing.env, required: false }, missing2.env ]
    environment: [ "VLLM_PORT=tcp://x:1", VLLM_HOST_IP, "VLLM_LOGING_LEVEL=x" ]
`,
    );
    const { code, report: rep } = report(["validate", "--manifest", join(dir, "compose.yaml")]);
    expect(code).toBe(1);
    expect(rep.results.map((r) => r.source.replace(/^.*: /, ""))).toEqual(["services.api", "services.worker"]);
    expect(findings(rep)).toEqual([
      // VLLM_RPC_BASE_PATH: the validator's own "cannot be checked statically" (its getter needs the host).
      [
        ["VLLM_RPC_BASE_PATH", "unchecked"],
        ["VLLM_DP_SIZE", "invalid-value"],
        ["VLLM_HOST_IP", "unchecked"],
        ["VLLM_CACHE_ROOT", "unchecked"],
        ["VLLM_API_KEY", "unchecked"],
      ],
      [
        ["VLLM_PORT", "invalid-value"],
        ["VLLM_LOGING_LEVEL", "unknown-variable"],
        ["VLLM_HOST_IP", "unchecked"],
      ],
    ]);
    expect(rep.results[0].checked).toEqual(
      expect.arrayContaining(["VLLM_LOGGING_LEVEL", "VLLM_PORT", "VLLM_RPC_BASE_PATH"]),
    );
    expect(rep.results[0].diagnostics[0].value).toBe("${TMP}"); // compose's $$ is one $
    expect(rep.results[0].diagnostics.find((d) => d.variable === "VLLM_CACHE_ROOT")?.message).toMatch(
      /compose interpolates \$\{CACHE:-\/cache\}/,
    );
    writeFileSync(join(dir, "a.env"), "VLLM_DP_SIZE=1\nNOT A LINE\n");
    const bad = run(["validate", "--manifest", join(dir, "compose.yaml")]);
    expect([bad.code, bad.err]).toEqual([2, `vllm-envs: ${join(dir, "a.env")}:2:1: not a KEY=value line: "NOT A LINE"\n`]);
    expect(rep.results[1].notes).toEqual([
      "env_file missing2.env not found (compose refuses to start): its variables are not checked",
    ]);
  });
});

describe("validate --manifest: docker-compose env_file format: raw", () => {
  it("is not modelled: its entries are not checked", () => {
    const dir = mkdtempSync(join(tmpdir(), "vllm-envs-compose-"));
    writeFileSync(join(dir, "raw.env"), 'VLLM_DP_SIZE="1"\n');
    writeFileSync(join(dir, "compose.yaml"), "services:\n  s:\n    env_file: [ { path: raw.env, format: raw } ]\n");
    const { code, report: rep } = report(["validate", "--manifest", join(dir, "compose.yaml")]);
    expect(code).toBe(0);
    expect(rep.results[0].diagnostics.map((d) => d.message)).toEqual([
      "VLLM_DP_SIZE is not checked: env_file raw.env has format: raw, which is not modelled",
    ]);
  });
});

describe("validate: Helm, standard input, --strict, --version", () => {
  const deploy = join(process.cwd(), "test", "fixtures", "deploy");

  it("a Helm values file or template exits 2 with the command that renders it", () => {
    const values = run(["validate", "--manifest", join(deploy, "production-stack-values-19-sleep-mode-aware.yaml")]);
    expect(values.code).toBe(2);
    expect(values.err).toMatch(
      /a Helm values file \(top-level servingEngineSpec\), not a manifest: render it first: helm template RELEASE CHART -f .* \| vllm-envs validate --manifest -/,
    );
    const template = run(
      ["validate", "--manifest", "-"],
      readFileSync(join(deploy, "production-stack-helm-deployment-router.yaml"), "utf8"),
    );
    expect(template.code).toBe(2);
    expect(template.err.split("\n")[0]).toMatch(
      /^vllm-envs: <stdin>:5:1: a Helm template \("\{\{ \.Release"\), not a manifest: render it first/,
    );
    expect(run(["validate", "--manifest", "-"], "just: text\n").err).toMatch(
      /neither Kubernetes objects .* nor a docker-compose file/,
    );
    // Go templates that are data of a rendered manifest (a Prometheus rule) are not Helm's.
    const data =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: r }\ndata: { rule: "{{ $labels.pod }} {{ template \\"x\\" . }}" }\n---\n';
    expect(run(["validate", "--manifest", "-"], data + pod("        - { name: X, value: '1' }\n")).code).toBe(0);
  });

  it("reads a .env file from standard input; an empty input is an error", () => {
    const r = report(["validate", "--env-file", "-"], "VLLM_DP_SIZE=x\n");
    expect(r.code).toBe(1);
    expect(r.report.results[0].source).toBe("<stdin>");
    expect(run(["validate", "--manifest", "-"], "").err).toBe("vllm-envs: <stdin>: standard input is empty\n");
  });

  it("--strict makes unknown VLLM_* names errors, as validate_environ(hard_fail=True)", () => {
    const env = "VLLM_LOGING_LEVEL=DEBUG\nvllm_port=1\nVLLM_ROUTER_SERVICE_HOST=10.0.0.1\n";
    const loose = report(["validate", "--env-file", "-"], env);
    expect(loose.code).toBe(0);
    const strict = report(["validate", "--env-file", "-", "--strict"], env);
    expect(strict.code).toBe(1);
    expect(strict.report.strict).toBe(true);
    expect(strict.report.results[0].diagnostics.map((d) => [d.variable, d.severity])).toEqual([
      ["VLLM_LOGING_LEVEL", "error"],
      ["VLLM_ROUTER_SERVICE_HOST", "error"],
      ["vllm_port", "warning"],
    ]);
    expect(strict.report.results[0].diagnostics[0].message).toMatch(
      /ValueError: Unknown vLLM environment variable detected: VLLM_LOGING_LEVEL$/,
    );
    // 0.5.0's envs.py has no `def validate_environ`: nothing is said of what CPython raises.
    const old = report(["validate", "--env-file", "-", "--strict", "--version", "0.5.0"], "VLLM_FOO=1\n");
    expect(old.code).toBe(1);
    expect(old.report.results[0].diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/ — with --strict an error: unknown to this version \(--strict treats it as an error\)$/),
    ]);
  });

  it("names the bindings used, in text and JSON; --version takes a vLLM version", () => {
    const versions = JSON.parse(readFileSync(join(process.cwd(), "generated", "versions.json"), "utf8")) as {
      version: string;
    }[];
    const label = versions.find((v) => /^v\d+\.\d+\.\d+-approx$/.test(v.version))?.version as string;
    const plain = label.replace(/^v|-approx$/g, "");
    const r = report(["validate", "--env-file", "-", "--version", plain], "VLLM_DP_SIZE=1\n");
    expect(r.report.bindings).toEqual([{ label, vllmVersion: plain, variables: expect.any(Number) }]);
    const text = run(["validate", "--env-file", "-", "--version", `v${plain}`], "VLLM_DP_SIZE=1\n");
    expect(text.out.trim().split("\n").pop()).toMatch(
      new RegExp(`against bindings ${label.replace(/\./g, "\\.")}, vLLM ${plain.replace(/\./g, "\\.")}$`),
    );
  });
});
