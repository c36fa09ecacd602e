/**
 * Hostile text in the source never becomes code, HTML or an include directive
 * in what we write; hostile names are just names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { parse as parseDotenv } from "dotenv";
import { describe, expect, it } from "vitest";
import { extractModel } from "../src/index.js";
import { generateFiles } from "../src/generate/generate-files.js";
import { loadBindings } from "../src/cli/load-runtime.js";

const FILE = join(process.cwd(), "test", "fixtures", "hostile", "envs.py");
const NAMES = ["__proto__", "constructor", "hasOwnProperty", "toString", "NOT-AN-IDENT", "VLLM_SNIPPET"];
const API = ["VLLM_ENVS_SOURCE", "VLLM_ENV_NAMES", "VLLM_ENV_VARS", "VllmEnvError", "VllmEnvUnsupportedError", "getVllmEnv", "readVllmEnv", "validateVllmEnv",
  "vllmEnvSchema", "createVllmEnvSchema", "defineVllmEnv", "formatVllmEnvDotenv", "formatVllmEnvKubernetes"];

async function generated() {
  return generateFiles(extractModel("envs.py", readFileSync(FILE, "utf8")), { label: "hostile" });
}

/** The bindings as the package ships them (shared runtime, version module), loaded from data: URLs. */
async function bindings(): Promise<Record<string, unknown>> {
  return loadBindings(extractModel("envs.py", readFileSync(FILE, "utf8")));
}

describe("hostile source text", () => {
  it("generates TypeScript that compiles and exports exactly the API", async () => {
    const mod = await bindings();
    expect(Object.keys(mod).sort()).toEqual([...API].sort());
    expect(mod.VLLM_ENV_NAMES).toEqual(NAMES);
    expect((globalThis as Record<string, unknown>).x).toBeUndefined();
  });

  it("keeps __proto__, constructor and friends as plain names, in objects and in env lookups", async () => {
    const mod = (await bindings()) as {
      getVllmEnv(n: string, env: Record<string, string>): unknown;
      VLLM_ENV_VARS: Record<string, { name: string }>;
    };
    expect(mod.getVllmEnv("__proto__", {})).toBe("*/ console.log('pwned') /*");
    expect(mod.getVllmEnv("__proto__", JSON.parse('{"__proto__": "own"}'))).toBe("own");
    expect(mod.getVllmEnv("constructor", {})).toBe("${globalThis.x}");
    expect(mod.getVllmEnv("toString", { toString: "7" })).toBe(7);
    expect(Object.hasOwn(mod.VLLM_ENV_VARS, "__proto__")).toBe(true);
    expect(mod.VLLM_ENV_VARS["__proto__"].name).toBe("__proto__");
    expect(Object.getPrototypeOf(mod.VLLM_ENV_VARS)).toBe(null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps __proto__ a plain name in the validators and in defineVllmEnv's result", async () => {
    const mod = (await bindings()) as {
      vllmEnvSchema: Record<string, { "~standard": { validate(v: unknown): unknown } }>;
      defineVllmEnv(input: unknown): Record<string, string>;
    };
    expect(Object.hasOwn(mod.vllmEnvSchema, "__proto__")).toBe(true);
    expect(mod.vllmEnvSchema["__proto__"]?.["~standard"].validate("own")).toEqual({ value: "own" });
    const defined = mod.defineVllmEnv(JSON.parse('{"__proto__": "own"}'));
    expect([Object.keys(defined), Object.getPrototypeOf(defined)]).toEqual([["__proto__"], Object.prototype]);
  });

  it("writes docs with no live HTML and no include directive", async () => {
    const md = (await generated()).get("env-vars.md") as string;
    expect(md.split("\n").filter((l) => /^\s*-{1,2}8<-{1,2}/.test(l) || /;?--8<--\s*"/.test(l))).toEqual([]);
    const html = new MarkdownIt({ html: true }).render(md);
    expect(html).not.toMatch(/<script|<img|<\/script/i);
    expect(md).not.toMatch(/[\u2028\u2029]/);
  });

  it("writes an explorer page whose only markup is its own, and a .env template dotenv reads as empty", async () => {
    const files = await generated();
    const html = files.get("index.html") as string;
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    const data = /<script type="application\/json" id="site-data">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    // The comment text is in the page only as JSON string values, with no `<` or `>` to close or open an element.
    expect(data).toContain("onerror=");
    expect(html.replace(data, "")).not.toMatch(/<img|onerror|alert|[\u2028\u2029]/i);
    const env = files.get(".env.example") as string;
    expect(parseDotenv(env)).toEqual({});
    expect(env).not.toMatch(/[\u2028\u2029\r]/);
    expect(env.split("\n").filter((l) => l && !l.startsWith("#"))).toEqual([]);
  });

  it("keeps JSON valid and strings intact", async () => {
    const files = await generated();
    const env = JSON.parse(files.get("env.schema.json") as string);
    expect(Object.keys(env.properties)).toEqual(NAMES);
    expect(env.properties.VLLM_SNIPPET.default).toBe('--8<-- "/etc/passwd"');
    expect(JSON.parse(files.get("model.json") as string).variables).toHaveLength(NAMES.length);
  });
});

describe("hostile environment objects", () => {
  it("reject non-string values and accessors with a clear error, without pollution", async () => {
    const mod = (await bindings()) as { getVllmEnv(n: string, env: unknown): unknown };
    expect(() => mod.getVllmEnv("toString", { toString: 7 })).toThrow(/is a number, not a string/);
    const getter = Object.defineProperty({}, "toString", { get: () => { throw new Error("boom"); }, enumerable: true });
    expect(() => mod.getVllmEnv("toString", getter)).toThrow(/accessor/);
    expect(() => mod.getVllmEnv("nope", {})).toThrow(/unknown vLLM environment variable/);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
