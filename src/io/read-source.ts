/**
 * Reading input files at the edge: every way a file can be unusable becomes an
 * {@link InputError} with a one-line reason.
 */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors/input-error.js";

/** Files above this size are refused: ten times the largest real envs.py (about 110 KB), processed in a few seconds. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Data files (eval's cases) are not sources: only absurd sizes are refused, well below V8's longest string. */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

function fail(file: string, message: string): never {
  throw new InputError(file, [{ line: 0, col: 0, message }]);
}

/** Read a UTF-8 text file: not missing, not a directory, not binary, valid UTF-8; a BOM is dropped. */
export function readTextFile(file: string, maxBytes = MAX_SOURCE_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) fail(file, "is a directory, not a file");
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(file, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (size > maxBytes) fail(file, `file is ${size} bytes; the limit is ${maxBytes} bytes`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(file, code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  return decodeText(file, bytes, "file");
}

/**
 * The text of bytes read from `label` (a file, or standard input: `what` names it in messages): not binary,
 * valid UTF-8; a BOM is dropped.
 */
export function decodeText(label: string, bytes: Buffer, what: "file" | "input"): string {
  if (bytes.includes(0)) fail(label, `binary ${what} (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(label, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  return text.startsWith("\ufeff") ? text.slice(1) : text;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n));
      return true;
    } catch {
      return false;
    }
  };
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    if (ok(mid) || ok(mid - 1) || ok(mid - 2) || ok(mid - 3)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Parse JSON text read from `file`; malformed JSON is an {@link InputError} naming the file. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(file, `invalid JSON: ${(e as Error).message}`);
  }
}

/** Read and parse a JSON file (same checks as {@link readTextFile}; the size limit is the caller's). */
export function readJsonFile(file: string, maxBytes = MAX_SOURCE_BYTES): unknown {
  return parseJsonText(file, readTextFile(file, maxBytes));
}
