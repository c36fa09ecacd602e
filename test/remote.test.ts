/**
 * `sync --remote` against a loopback HTTP server standing in for GitHub: a 500
 * that is retried, a slow response, a 404 tag, a timeout, no tags, and no server at all.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisions } from "./support/corpus.js";
import { runCliAsync } from "./support/cli.js";

let server: Server;
let base = "";
let tagRequests = 0;
let slowTags = false;

beforeAll(async () => {
  const revs = revisions();
  const file = (label: string) => readFileSync((revs.find((r) => r.label === label) as { file: string }).file, "utf8");
  server = createServer((req, res) => {
    const url = req.url ?? "";
    if (url.startsWith("/empty/repos/vllm-project/vllm/tags")) return void res.writeHead(200, { "content-type": "application/json" }).end("[]");
    if (url.startsWith("/api/repos/vllm-project/vllm/tags")) {
      tagRequests += 1;
      if (tagRequests === 1) return void res.writeHead(500).end("boom");
      const answer = () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify([{ name: "v0.4.1" }, { name: "v0.4.2" }, { name: "v0.5.0rc1" }, { name: "v0.5.0" }]));
      return void (slowTags ? setTimeout(answer, 3000) : answer());
    }
    if (url === "/raw/vllm-project/vllm/v0.4.2/vllm/envs.py") return void setTimeout(() => res.writeHead(200).end(file("v0.4.2-dev-first")), 300);
    if (url === "/raw/vllm-project/vllm/v0.5.0/vllm/envs.py") return void res.writeHead(200).end(file("v0.5.0"));
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("sync --remote", () => {
  it("retries a 500, waits out a slow file, skips a 404 tag, and caches what it fetched", async () => {
    const work = mkdtempSync(join(tmpdir(), "vllm-remote-"));
    const args = ["sync", "--remote", "--github-api", `${base}/api`, "--raw-base", `${base}/raw`, "--cache", join(work, "cache"), "--out", join(work, "gen"), "--timeout", "5"];
    const r = await runCliAsync(args);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/v0\.4\.1: no vllm\/envs\.py at this tag, skipped/);
    const versions = JSON.parse(readFileSync(join(work, "gen", "versions.json"), "utf8"));
    expect(versions.map((v: { version: string }) => v.version)).toEqual(["v0.4.2", "v0.5.0"]);
    expect(readFileSync(join(work, "cache", "v0.4.2.envs.py"), "utf8").length).toBeGreaterThan(1000);
  }, 120_000);

  it("stops with one clear line when the API times out", async () => {
    slowTags = true;
    const work = mkdtempSync(join(tmpdir(), "vllm-remote-"));
    const r = await runCliAsync(["sync", "--remote", "--github-api", `${base}/api`, "--raw-base", `${base}/raw`, "--cache", join(work, "c"), "--out", join(work, "g"), "--timeout", "1", "--retries", "1"]);
    slowTags = false;
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/timed out after 2 attempts/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  }, 60_000);

  it("says the host cannot be reached when offline", async () => {
    const work = mkdtempSync(join(tmpdir(), "vllm-remote-"));
    const r = await runCliAsync(["sync", "--remote", "--github-api", "http://127.0.0.1:9", "--raw-base", "http://127.0.0.1:9", "--cache", join(work, "c"), "--out", join(work, "g"), "--retries", "1"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9 \(offline or refused\)/);
  }, 60_000);

  it("exits 2 and writes nothing when the API lists no tags", async () => {
    const work = mkdtempSync(join(tmpdir(), "vllm-remote-"));
    const r = await runCliAsync(["sync", "--remote", "--github-api", `${base}/empty`, "--raw-base", `${base}/raw`, "--cache", join(work, "c"), "--out", join(work, "g")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`vllm-envs: no versions found in ${base}/empty/repos/vllm-project/vllm\n`);
    expect(existsSync(join(work, "g"))).toBe(false);
  }, 60_000);
});
