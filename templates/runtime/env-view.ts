// The environment of one runtime call, read lazily from the caller's object: a call that
// reads three variables costs three lookups, not a copy of the whole environment.
import type { VllmEnvSource } from "./api.js";

/** `process.env` where there is one (Node), else an empty environment (a browser). */
export function defaultEnv(): VllmEnvSource {
  const p = (globalThis as { process?: { env?: VllmEnvSource } }).process;
  return p && p.env ? p.env : {};
}

/** Why an entry is not a string value (`a number`, `an accessor`), or null when it is usable. */
export function rejectEntry(source: VllmEnvSource, key: string): string | null {
  const desc = Object.getOwnPropertyDescriptor(source, key);
  if (!desc) return null;
  if (!("value" in desc)) return "an accessor";
  const v: unknown = desc.value;
  return v === undefined || typeof v === "string" ? null : `a ${v === null ? "null" : typeof v}`;
}

/**
 * A private copy of the environment, made on demand: a key is copied on first use (own data
 * properties only: `__proto__` is just a name), writes (`os.environ[k] = v`) stay private, and
 * iterating (`for k in os.environ`) copies the rest. An entry that is not a string is a TypeError
 * when it is read (the caller passed something `process.env` never holds).
 */
export class EnvView extends Map<string, string> {
  private readonly source: VllmEnvSource;
  private readonly seen = new Set<string>();
  private complete = false;
  constructor(env: VllmEnvSource | undefined) {
    super();
    this.source = env ?? defaultEnv();
  }
  /** The caller's value of `key`, ignoring writes made by the call (for error messages). */
  original(key: string): string | undefined {
    if (rejectEntry(this.source, key) !== null || !Object.hasOwn(this.source, key)) return undefined;
    return this.source[key];
  }
  private load(key: string): void {
    // Most variables a call reads are unset: `hasOwn` answers without allocating a descriptor, and
    // there is nothing to copy (nor to remember: asking again gives the same answer).
    if (this.complete || !Object.hasOwn(this.source, key) || this.seen.has(key)) return;
    this.seen.add(key);
    const bad = rejectEntry(this.source, key);
    if (bad !== null) {
      throw new TypeError(`environment entry ${JSON.stringify(key)} is ${bad === "an accessor" ? "an accessor, not a string value" : `${bad}, not a string`}`);
    }
    const v = this.source[key];
    if (v !== undefined) super.set(key, v);
  }
  private loadAll(): void {
    if (this.complete) return;
    for (const key of Object.keys(this.source)) this.load(key);
    this.complete = true;
  }
  override get(key: string): string | undefined {
    this.load(key);
    return super.get(key);
  }
  override has(key: string): boolean {
    this.load(key);
    return super.has(key);
  }
  override set(key: string, value: string): this {
    this.seen.add(key);
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.load(key);
    return super.delete(key);
  }
  override get size(): number {
    this.loadAll();
    return super.size;
  }
  override keys(): MapIterator<string> {
    this.loadAll();
    return super.keys();
  }
  override values(): MapIterator<string> {
    this.loadAll();
    return super.values();
  }
  override entries(): MapIterator<[string, string]> {
    this.loadAll();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    this.loadAll();
    super.forEach(fn, thisArg);
  }
}
