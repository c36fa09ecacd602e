/**
 * `sync --remote`: placeholder until the remote source lands (GitHub tags API and raw file host).
 */
import { UsageError, type CliValues } from "../cli/main.js";
import type { Note, Revision } from "./sources.js";

/** Revisions from GitHub. */
export async function remoteRevisions(values: CliValues, note: Note): Promise<Revision[]> {
  void values;
  void note;
  throw new UsageError("--remote is not available yet; use --repo or --corpus");
}
