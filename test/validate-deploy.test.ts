/**
 * `vllm-envs validate` over what people deploy: Kubernetes `$(VAR)` expansion with
 * envFrom, ConfigMaps and Secrets of the same input; docker-compose; Helm refused with
 * a hint; `-` for standard input; `--strict`; `--version` and the bindings named.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeArgs } from "./support/cli.js";

interface Diagnostic {
  severity: string;
  code: string;
  variable: string;
  value?: string;
  message: string;
}
interface Report {
  bindings: { label: string; vllmVersion: string | null; variables: number }[];
  strict: boolean;
  errors: number;
  results: { source: string; diagnostics: Diagnostic[]; notes: string[]; checked: string[] }[];
}

/** Run the CLI with `input` on standard input. */
function run(args: string[], input = "", cwd = process.cwd()) {
  const r = spawnSync(process.execPath, nodeArgs(args), { encoding: "utf8", input, cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function report(args: string[], input = "", cwd?: string): { code: number | null; report: Report } {
  const r = run([...args, "--json"], input, cwd);
  if (r.code === 2 || r.code === 3) throw new Error(r.err);
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

/** `[variable, code]` of each finding of each environment. */
function findings(rep: Report): [string, string][][] {
  return rep.results.map((r) => r.diagnostics.map((d) => [d.variable, d.code]));
}

const pod = (env: string, extra = "") => `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: c
${extra}      env:
${env}`;

describe("validate --manifest: Kubernetes $(VAR) expansion", () => {
  const cases: [string, { env: string; want: [string, string][] }][] = [
    [
      "an earlier variable is substituted",
      { env: "        - { name: PORT, value: '8000' }\n        - { name: VLLM_PORT, value: $(PORT) }\n", want: [] },
    ],
    [
      "a later variable stays literal (then int() fails)",
      {
        env: "        - { name: VLLM_PORT, value: $(PORT) }\n        - { name: PORT, value: '8000' }\n",
        want: [["VLLM_PORT", "invalid-value"]],
      },
    ],
    [
      "$$ escapes: the value is $(PORT)",
      {
        env: "        - { name: PORT, value: '8000' }\n        - { name: VLLM_PORT, value: $$(PORT) }\n",
        want: [["VLLM_PORT", "invalid-value"]],
      },
    ],
    [
      "a fieldRef is not checked, nor what refers to it",
      {
        env: "        - name: POD_IP\n          valueFrom: { fieldRef: { fieldPath: status.podIP } }\n        - { name: VLLM_HOST_IP, value: $(POD_IP) }\n",
        want: [["VLLM_HOST_IP", "unchecked"]],
      },
    ],
    [
      "a service link of a Service outside the input is not known",
      { env: "        - { name: VLLM_HOST_IP, value: $(REDIS_SERVICE_HOST) }\n", want: [["VLLM_HOST_IP", "unchecked"]] },
    ],
    [
      "a service link value for VLLM_PORT is an error, as in CPython",
      { env: "        - { name: VLLM_PORT, value: 'tcp://10.0.0.1:8000' }\n", want: [["VLLM_PORT", "invalid-value"]] },
    ],
    [
      "a value that is not a string is not checked",
      { env: "        - { name: VLLM_DP_SIZE, value: 2 }\n", want: [["VLLM_DP_SIZE", "unchecked"]] },
    ],
  ];
  it.each(cases)("%s", (_name, { env, want }) => {
    const { report: rep } = report(["validate", "--manifest", "-"], pod(env));
    expect(findings(rep)).toEqual([want]);
  });

  it("reads envFrom (with prefix) and keyRefs of ConfigMaps and Secrets in the same input; Secret data is base64", () => {
    const input = `apiVersion: v1
kind: ConfigMap
metadata: { name: cfg }
data: { DP_SIZE: "two", LEVEL: "DEBUG" }
---
apiVersion: v1
kind: Secret
metadata: { name: sec }
data: { size: dGhyZWU= }
stringData: { key: "k" }
---
${pod(
  `        - { name: VLLM_LOGGING_LEVEL, value: $(VLLM_LEVEL) }
        - name: VLLM_DP_SIZE_LOCAL
          valueFrom: { secretKeyRef: { name: sec, key: size } }
        - name: VLLM_API_KEY
          valueFrom: { secretKeyRef: { name: sec, key: key } }
        - name: VLLM_DP_RANK
          valueFrom: { configMapKeyRef: { name: absent, key: x } }
`,
  "      envFrom:\n        - { prefix: VLLM_, configMapRef: { name: cfg } }\n",
)}`;
    const { code, report: rep } = report(["validate", "--manifest", "-"], input);
    expect(code).toBe(1);
    const d = rep.results[0].diagnostics;
    expect(d.find((x) => x.variable === "VLLM_DP_SIZE")?.value).toBe("two");
    expect(d.find((x) => x.variable === "VLLM_DP_SIZE_LOCAL")?.value).toBe("three");
    expect(d.find((x) => x.variable === "VLLM_DP_RANK")?.message).toMatch(
      /not checked: ConfigMap absent is not in this input/,
    );
    expect(rep.results[0].checked).toEqual(
      expect.arrayContaining(["VLLM_LOGGING_LEVEL", "VLLM_API_KEY", "VLLM_LEVEL"]),
    );
  });

  it("a missing envFrom source makes undefined references unknown, and says so", () => {
    const { code, report: rep } = report(
      ["validate", "--manifest", "-"],
      pod(
        "        - { name: VLLM_PORT, value: $(PORT) }\n",
        "      envFrom: [ { configMapRef: { name: elsewhere } } ]\n",
      ),
    );
    expect(code).toBe(0);
    expect(findings(rep)).toEqual([[["VLLM_PORT", "unchecked"]]]);
    expect(rep.results[0].notes).toEqual([
      'envFrom ConfigMap "elsewhere" is not in this input: the variables it defines are not checked',
    ]);
  });

  it("reads YAML as kubectl does (1.1: an unquoted yes is a boolean) and a List's items with their namespaces", () => {
    const input = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: cfg, namespace: a }
    data: { VLLM_DP_SIZE: "x" }
  - apiVersion: v1
    kind: Pod
    metadata: { name: p, namespace: a }
    spec:
      containers:
        - name: c
          envFrom: [ { configMapRef: { name: cfg } } ]
          env: [ { name: VLLM_USE_MODELSCOPE, value: yes }, { name: VLLM_LOGGING_LEVEL, value: "yes" } ]
`;
    const { report: rep } = report(["validate", "--manifest", "-"], input);
    expect(rep.results.map((r) => r.source)).toEqual(["<stdin>: document 1.items[1].spec.containers[c]"]);
    expect(findings(rep)).toEqual([
      [
        ["VLLM_DP_SIZE", "invalid-value"],
        ["VLLM_USE_MODELSCOPE", "unchecked"],
      ],
    ]);
    expect(rep.results[0].diagnostics[1].message).toMatch(/a YAML boolean, not a string: Kubernetes rejects it/);
  });

  it("expands per container: an init container does not see the main container's variables", () => {
    const input = pod("        - { name: PORT, value: '1' }\n").replace(
      "  containers:",
      "  initContainers:\n    - name: i\n      env: [ { name: VLLM_PORT, value: $(PORT) } ]\n  containers:",
    );
    const { report: rep } = report(["validate", "--manifest", "-"], input);
    expect(rep.results.map((r) => r.source.replace(/^.*?: /, ""))).toEqual([
      "document 1.spec.initContainers[i]",
      "document 1.spec.containers[c]",
    ]);
    expect(findings(rep)).toEqual([[["VLLM_PORT", "invalid-value"]], []]);
  });
});

describe("validate --manifest: Kubernetes service links of Services in the same input", () => {
  const services = `apiVersion: v1
kind: Service
metadata: { name: vllm }
spec: { ports: [ { name: http, port: 8000 } ] }
---
apiVersion: v1
kind: Service
metadata: { name: vllm-router }
spec: { clusterIP: 10.1.2.3, ports: [ { port: 80 } ] }
---
apiVersion: v1
kind: Service
metadata: { name: headless }
spec: { clusterIP: None, ports: [ { port: 1 } ] }
---
`;

  it("a Service named vllm sets VLLM_PORT=tcp://…, which CPython rejects whatever the cluster IP", () => {
    const { code, report: rep } = report(
      ["validate", "--manifest", "-"],
      services + pod("        - { name: VLLM_HOST_IP, value: $(VLLM_ROUTER_SERVICE_HOST) }\n"),
    );
    expect(code).toBe(1);
    const d = rep.results[0].diagnostics;
    const port = d.find((x) => x.variable === "VLLM_PORT");
    expect(port?.severity).toBe("error");
    expect(port?.message).toMatch(
      /^VLLM_PORT is set by Kubernetes from Service vllm .*ValueError with either stand-in \("tcp:\/\/10\.96\.0\.10:8000" or "tcp:\/\/\[fd00::10\]:8000"\)/,
    );
    expect(d.filter((x) => x.code === "service-link").map((x) => x.variable)).toEqual(
      expect.arrayContaining(["VLLM_SERVICE_HOST", "VLLM_SERVICE_PORT_HTTP", "VLLM_ROUTER_PORT_80_TCP_ADDR"]),
    );
    expect(d.some((x) => x.variable.startsWith("HEADLESS"))).toBe(false);
    // $(VLLM_ROUTER_SERVICE_HOST) resolves to the given cluster IP.
    expect(rep.results[0].checked).toContain("VLLM_HOST_IP");
    expect(d.find((x) => x.variable === "VLLM_HOST_IP")).toBeUndefined();
  });

  it("the container's own VLLM_PORT wins; enableServiceLinks: false and other namespaces get none", () => {
    const own = report(
      ["validate", "--manifest", "-"],
      services + pod("        - { name: VLLM_PORT, value: '9000' }\n"),
    );
    expect(own.code).toBe(0);
    const off = report(
      ["validate", "--manifest", "-"],
      services +
        pod("        - { name: X, value: '1' }\n").replace(
          "spec:\n  containers:",
          "spec:\n  enableServiceLinks: false\n  containers:",
        ),
    );
    expect(findings(off.report)).toEqual([[]]);
    const elsewhere = report(
      ["validate", "--manifest", "-"],
      services +
        pod("        - { name: X, value: '1' }\n").replace(
          "metadata: { name: p }",
          "metadata: { name: p, namespace: other }",
        ),
    );
    expect(findings(elsewhere.report)).toEqual([[]]);
  });

  it("with --strict, the VLLM_* names a Service injects are errors, as validate_environ(hard_fail=True) sees them", () => {
    const { code, report: rep } = report(
      ["validate", "--manifest", "-", "--strict"],
      services.split("---\n")[1] + "---\n" + pod("        - { name: X, value: '1' }\n"),
    );
    expect(code).toBe(1);
    expect(rep.results[0].diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(rep.results[0].diagnostics.map((d) => d.variable)).toContain("VLLM_ROUTER_SERVICE_HOST");
  });
});

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
