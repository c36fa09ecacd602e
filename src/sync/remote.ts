/**
 * `sync --remote`: vLLM's release tags from GitHub's API and each `envs.py` from
 * the raw file host, both base URLs overridable (tests, mirrors), with a cache
 * folder, retries with backoff on 5xx/429/network errors, a per-request timeout,
 * and a clear error when offline.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/input-error.js";
import { checkLabel, compareVersions, isPrerelease, type Note, type Revision } from "./sources.js";

/** Where and how to fetch. */
export interface RemoteOptions {
  api: string;
  raw: string;
  repo: string;
  cache: string;
  timeoutMs: number;
  retries: number;
  includePrereleases: boolean;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly url: string) {
    super(`HTTP ${status} from ${url}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** GET with a timeout, retrying transient failures with exponential backoff. */
export async function fetchText(url: string, o: Pick<RemoteOptions, "timeoutMs" | "retries">): Promise<string> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    if (attempt) await sleep(200 * 2 ** (attempt - 1));
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(o.timeoutMs), headers: { "user-agent": "vllm-envs", accept: "application/vnd.github+json, text/plain" } });
      if (res.ok) return await res.text();
      lastError = new HttpError(res.status, url);
      if (res.status !== 429 && res.status < 500) throw lastError;
    } catch (e) {
      if (e instanceof HttpError && e.status !== 429 && e.status < 500) throw e;
      lastError = e;
    }
  }
  const name = (lastError as Error)?.name;
  const timedOut = name === "TimeoutError" || name === "AbortError" || (lastError as { cause?: { name?: string } })?.cause?.name === "TimeoutError";
  const reason = lastError instanceof HttpError ? lastError.message : timedOut ? `${new URL(url).origin} timed out` : `cannot reach ${new URL(url).origin} (offline or refused)`;
  throw new InputError(url, [{ line: 0, col: 0, message: `${reason} after ${o.retries + 1} attempts` }]);
}

async function listTags(o: RemoteOptions): Promise<string[]> {
  const tags: string[] = [];
  for (let page = 1; page <= 50; page++) {
    const text = await fetchText(`${o.api}/repos/${o.repo}/tags?per_page=100&page=${page}`, o);
    let batch: unknown;
    try {
      batch = JSON.parse(text);
    } catch {
      throw new InputError(o.api, [{ line: 0, col: 0, message: "the tags API did not answer JSON" }]);
    }
    if (!Array.isArray(batch)) throw new InputError(o.api, [{ line: 0, col: 0, message: "the tags API did not answer a list" }]);
    for (const t of batch) if (t && typeof t.name === "string") tags.push(t.name);
    if (batch.length < 100) break;
  }
  return tags;
}

/** A cached file, written atomically so an interrupted fetch never leaves a partial entry. */
function cached(o: RemoteOptions, name: string): string | null {
  const p = join(o.cache, name);
  return existsSync(p) ? readFileSync(p, "utf8") : null;
}

function store(o: RemoteOptions, name: string, text: string): void {
  mkdirSync(o.cache, { recursive: true });
  const tmp = join(o.cache, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, join(o.cache, name));
}

/** Release revisions from the remote hosts. */
export async function fetchRemoteRevisions(o: RemoteOptions, note: Note): Promise<Revision[]> {
  const tags = (await listTags(o)).filter((t) => /^v/.test(t) && (o.includePrereleases || !isPrerelease(t))).sort(compareVersions);
  const out: Revision[] = [];
  for (const tag of tags) {
    checkLabel(tag, o.api);
    const key = `${tag}.envs.py`;
    let text = cached(o, key);
    if (text === null && cached(o, `${tag}.missing`) !== null) continue;
    if (text === null) {
      try {
        text = await fetchText(`${o.raw}/${o.repo}/${encodeURIComponent(tag)}/vllm/envs.py`, o);
      } catch (e) {
        if (e instanceof HttpError && e.status === 404) {
          note(`${tag}: no vllm/envs.py at this tag, skipped`);
          store(o, `${tag}.missing`, "");
          continue;
        }
        throw e;
      }
      store(o, key, text);
    }
    out.push({ version: tag, text, origin: `${o.repo}@${tag}` });
  }
  return out;
}

/** Revisions from GitHub (for `sync --remote`). */
export async function remoteRevisions(options: RemoteOptions, note: Note): Promise<Revision[]> {
  try {
    return await fetchRemoteRevisions(options, note);
  } catch (e) {
    if (e instanceof HttpError) throw new InputError(e.url, [{ line: 0, col: 0, message: e.message }]);
    throw e;
  }
}
