/**
 * The corpus revisions whose committed `generated/` files serve as golden files.
 */

/** Oldest, middle, newest. */
export const GOLDEN_REVISIONS = ["v0.4.2-dev-first", "v0.9.2-approx", "v0.28-dev-2026-08"] as const;
