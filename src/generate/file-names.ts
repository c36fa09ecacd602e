/**
 * The file names of one generated revision (kept apart so that callers need not load the emitters).
 */

/** index.ts and its compiled forms, the two JSON Schemas, the reference page, the model, the explorer page, the `.env` template. */
export const GENERATED_FILES = ["index.ts", "index.js", "index.d.ts", "env.schema.json", "values.schema.json", "env-vars.md", "model.json", "index.html", ".env.example"] as const;
