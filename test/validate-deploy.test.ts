/**
 * `vllm-envs validate --manifest` on Kubernetes manifests: `$(VAR)` expansion with envFrom,
 * ConfigMaps and Secrets of the same input, YAML as kubectl reads it, and service links.
 */
import { describe, expect, it } from "vitest";
import { findings, pod, report } from "./support/validate.js";

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
      "a value that is not a string is an error: the API server rejects the object",
      { env: "        - { name: VLLM_DP_SIZE, value: 2 }\n", want: [["VLLM_DP_SIZE", "invalid-value"]] },
    ],
    [
      "so is one of a variable that is not vLLM's",
      { env: "        - { name: PORT, value: 8000 }\n", want: [["PORT", "invalid-value"]] },
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

  it("a value whose getter reads an entry of unknown value is not checked (it was judged with that entry unset)", () => {
    const env = "        - name: VLLM_DP_RANK\n          valueFrom: { fieldRef: { fieldPath: metadata.labels.rank } }\n" +
      "        - { name: VLLM_DP_RANK_LOCAL, value: x }\n";
    const { code, report: rep } = report(["validate", "--manifest", "-"], pod(env));
    expect(code).toBe(0);
    expect(rep.results[0].diagnostics.map((d) => d.message)).toEqual([
      "VLLM_DP_RANK_LOCAL is not checked: it reads VLLM_DP_RANK, whose value is not known (fieldRef metadata.labels.rank is known only when the pod runs)",
      "VLLM_DP_RANK is not checked: fieldRef metadata.labels.rank is known only when the pod runs",
    ]);
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
        ["VLLM_USE_MODELSCOPE", "invalid-value"],
      ],
    ]);
    expect(rep.results[0].diagnostics[1].message).toMatch(
      /^VLLM_USE_MODELSCOPE: value is a YAML bool \(true\), not a string: the API server rejects the object/,
    );
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
    // The same pod with X=1 and one edit of its YAML: no link variables reach it.
    const edited = (from: string, to: string) =>
      report(["validate", "--manifest", "-"], services + pod("        - { name: X, value: '1' }\n").replace(from, to));
    const off = edited("spec:\n  containers:", "spec:\n  enableServiceLinks: false\n  containers:");
    expect(findings(off.report)).toEqual([[]]);
    const elsewhere = edited("metadata: { name: p }", "metadata: { name: p, namespace: other }");
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
