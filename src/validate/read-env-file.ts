/**
 * `--env-file FILE` (or `-`): a `.env` file read with dotenv's parser, its malformed
 * lines reported by line (dotenv would skip them silently).
 */
import { parse as parseDotenv } from "dotenv";
import { InputError } from "../errors/input-error.js";
import { createEnvSource, setKnown, type EnvSource } from "./env-source.js";
import type { TextInput } from "./read-input.js";

/** The forms dotenv accepts on a line: `KEY=value`, `export KEY=value`, `KEY: value`, quoted values (maybe multi-line). */
const ASSIGNMENT = /^\s*(?:export\s+)?[\w.-]+(?:\s*=|:\s)/;

/** Lines dotenv would silently skip: report them (exit 2, FILE:LINE) so a typo is not lost. */
export function checkDotenvLines(file: string, text: string): void {
  const problems: { line: number; col: number; message: string }[] = [];
  const lines = text.split(/\r?\n/);
  let open: { quote: string; line: number } | null = null;
  lines.forEach((line, i) => {
    if (open) {
      if (line.includes(open.quote)) open = null;
      return;
    }
    if (/^\s*(#.*)?$/.test(line)) return;
    if (!ASSIGNMENT.test(line)) {
      problems.push({ line: i + 1, col: 1, message: `not a KEY=value line: ${JSON.stringify(line.length > 60 ? line.slice(0, 60) + "…" : line)}` });
      return;
    }
    const value = line.replace(/^[^=:]*[=:]\s*/, "");
    const q = value[0];
    if ((q === '"' || q === "'" || q === "`") && value.indexOf(q, 1) < 0) open = { quote: q, line: i + 1 };
  });
  const unterminated = open as { quote: string; line: number } | null;
  if (unterminated) problems.push({ line: unterminated.line, col: 1, message: `unterminated ${unterminated.quote}-quoted value` });
  if (problems.length) throw new InputError(file, problems);
}

/** Parse a `.env` file. */
export function readDotenv(input: TextInput): EnvSource {
  checkDotenvLines(input.label, input.text);
  const source = createEnvSource(input.label);
  for (const [name, value] of Object.entries(parseDotenv(input.text))) setKnown(source, name, value);
  return source;
}
