/**
 * The corpus revisions whose committed `generated/` files serve as golden files.
 */
import { revisions } from "./corpus.js";

/** Oldest, middle and newest revision of the corpus. */
export const GOLDEN_REVISIONS: readonly string[] = (() => {
  const labels = revisions().map((r) => r.label);
  return Array.from(new Set([labels[0], labels[Math.floor(labels.length / 2)], labels[labels.length - 1]]));
})();
