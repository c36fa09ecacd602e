/**
 * Formatting of generated TypeScript with prettier (deterministic for the same input).
 */
import { format } from "prettier";

/** Prettier options for every generated TS file. */
export const PRETTIER_OPTIONS = { parser: "typescript", printWidth: 120, trailingComma: "all" } as const;

/** Format generated TypeScript. */
export async function formatTs(source: string): Promise<string> {
  return format(source, PRETTIER_OPTIONS);
}
