/**
 * The file names of one generated revision (kept apart so that callers need not load the emitters).
 */

/**
 * The two JSON Schemas, the reference page, the model, the explorer page and the `.env` template
 * (the code is the package's: `sync/package-files.ts`).
 */
export const GENERATED_FILES = [
  "env.schema.json", "values.schema.json", "env-vars.md", "model.json", "index.html", ".env.example",
] as const;
