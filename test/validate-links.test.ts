/**
 * Kubernetes service links in the runtime's validator (templates/runtime/validate.ts): a `VLLM…` name is
 * called a link only when its name and its value both have the shape the kubelet gives them.
 */
import { describe, expect, it } from "vitest";
import { serviceLinkOf, validateEnvironment } from "../templates/runtime/validate.js";

type Case = [string, { given: [string, string]; want: string | null }];

const cases: Case[] = [
  ["_PORT with tcp://IP:PORT", { given: ["VLLM_ROUTER_PORT", "tcp://10.0.0.1:80"], want: "VLLM_ROUTER" }],
  ["_PORT with an IPv6 URL", { given: ["VLLM_PORT", "udp://[fd00::10]:53"], want: "VLLM" }],
  ["_PORT with a bare port number is not a link", { given: ["VLLM_PORT", "8000"], want: null }],
  ["_PORT with an unbracketed IPv6 is not a link", { given: ["VLLM_PORT", "tcp://fd00::10:53"], want: null }],
  ["_PORT with a host name is not a link", { given: ["VLLM_PORT", "tcp://router:80"], want: null }],
  ["_PORT_<n>_TCP with the same port", { given: ["VLLM_ROUTER_PORT_80_TCP", "tcp://10.0.0.1:80"], want: "VLLM_ROUTER" }],
  ["_PORT_<n>_TCP with another port", { given: ["VLLM_ROUTER_PORT_80_TCP", "tcp://10.0.0.1:81"], want: null }],
  ["_PORT_<n>_UDP with a tcp URL", { given: ["VLLM_ROUTER_PORT_80_UDP", "tcp://10.0.0.1:80"], want: null }],
  ["_PORT_<n>_TCP_PROTO is tcp", { given: ["VLLM_ROUTER_PORT_80_TCP_PROTO", "tcp"], want: "VLLM_ROUTER" }],
  ["_PORT_<n>_TCP_PROTO is not 1", { given: ["VLLM_ROUTER_PORT_80_TCP_PROTO", "1"], want: null }],
  ["_PORT_<n>_TCP_PORT is n", { given: ["VLLM_ROUTER_PORT_80_TCP_PORT", "80"], want: "VLLM_ROUTER" }],
  ["_PORT_<n>_TCP_ADDR is an IP", { given: ["VLLM_ROUTER_PORT_80_TCP_ADDR", "10.0.0.9"], want: "VLLM_ROUTER" }],
  ["_PORT_<n>_TCP_ADDR that is a word", { given: ["VLLM_ROUTER_PORT_80_TCP_ADDR", "router"], want: null }],
  ["_SERVICE_HOST is an IP", { given: ["VLLM_ROUTER_SERVICE_HOST", "fd00::10"], want: "VLLM_ROUTER" }],
  ["_SERVICE_HOST that is a host name", { given: ["VLLM_ROUTER_SERVICE_HOST", "router.svc"], want: null }],
  ["_SERVICE_PORT is digits", { given: ["VLLM_ROUTER_SERVICE_PORT", "80"], want: "VLLM_ROUTER" }],
  ["_SERVICE_PORT_<NAME> is digits", { given: ["VLLM_SERVICE_PORT_HTTP", "8000"], want: "VLLM" }],
  ["_SERVICE_PORT that is empty", { given: ["VLLM_ROUTER_SERVICE_PORT", ""], want: null }],
  ["a name of another shape", { given: ["VLLM_ROUTER_HOST", "10.0.0.1"], want: null }],
];

describe("serviceLinkOf: name and value", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(serviceLinkOf(...given)).toBe(want);
  });
});

describe("validateEnvironment: service links", () => {
  const validate = (env: Record<string, string>) =>
    validateEnvironment(
      { values: {}, errors: [], unsupported: [] },
      { values: new Map(Object.entries(env)), rejected: [] },
      { VLLM_HOST_IP: "a string" },
      {},
    ).map((d) => [d.variable, d.code, d.message]);

  it("a link value is a service link; a port number under a link name is an unknown variable", () => {
    expect(validate({ VLLM_ROUTER_PORT: "tcp://10.0.0.1:80", VLLM_PORT: "8000" })).toEqual([
      ["VLLM_PORT", "unknown-variable", "VLLM_PORT is not a vLLM environment variable of this version"],
      [
        "VLLM_ROUTER_PORT",
        "service-link",
        "VLLM_ROUTER_PORT looks like a Kubernetes service link (a Service named vllm-router), not a vLLM setting",
      ],
    ]);
  });
});
