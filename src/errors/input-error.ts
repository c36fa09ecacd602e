/**
 * The one error type for unusable input: it carries the position so the CLI can
 * print `FILE:LINE:COL: message` and exit 2 without a stack trace.
 */

/** A problem with the input at a position (line/col 1-based; 0 when there is none). */
export interface Problem {
  line: number;
  col: number;
  message: string;
}

/** Unusable input: one or more problems in one file. */
export class InputError extends Error {
  /** The file the problems are in. */
  readonly file: string;
  /** Every problem found, in source order. */
  readonly problems: readonly Problem[];

  constructor(file: string, problems: Problem[]) {
    super(problems.map((p) => formatProblem(file, p)).join("\n"));
    this.name = "InputError";
    this.file = file;
    this.problems = problems;
  }
}

/** `FILE:LINE:COL: message`, or `FILE: message` when there is no position. */
export function formatProblem(file: string, p: Problem): string {
  return p.line > 0 ? `${file}:${p.line}:${p.col}: ${p.message}` : `${file}: ${p.message}`;
}
