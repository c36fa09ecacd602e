/**
 * The text of a file named on the command line, or of standard input for `-`
 * (`helm template … | vllm-envs validate --manifest -`).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors/input-error.js";
import { MAX_SOURCE_BYTES, decodeText, readTextFile } from "../io/read-source.js";

/** What was read, with the name to report it under and the folder relative paths start from. */
export interface TextInput {
  /** The file name as given, or `<stdin>`. */
  label: string;
  /** Its text (UTF-8, a BOM dropped). */
  text: string;
  /** Where relative paths in it (compose `env_file`) start: the file's folder, or the working directory for stdin. */
  dir: string;
}

/** The label standard input is reported under. */
export const STDIN_LABEL = "<stdin>";

function fail(message: string): never {
  throw new InputError(STDIN_LABEL, [{ line: 0, col: 0, message }]);
}

function readStdin(): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (e) {
    fail(`cannot read standard input (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (bytes.length > MAX_SOURCE_BYTES) fail(`input is ${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES} bytes`);
  const text = decodeText(STDIN_LABEL, bytes, "input");
  if (text.trim() === "") fail("standard input is empty");
  return text;
}

/** Read `file`, or standard input when it is `-`. */
export function readTextInput(file: string): TextInput {
  if (file === "-") return { label: STDIN_LABEL, text: readStdin(), dir: process.cwd() };
  return { label: file, text: readTextFile(file), dir: dirname(resolve(file)) };
}
