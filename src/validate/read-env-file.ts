/**
 * Environments to validate: a `.env` file (dotenv's parser, with malformed lines
 * reported by line), the container `env:` entries of Kubernetes manifests (the
 * `yaml` parser), or the current process.
 */
import { parse as parseDotenv } from "dotenv";
import { parseAllDocuments } from "yaml";
import { InputError } from "../errors/input-error.js";
import { readTextFile } from "../io/read-source.js";

/** One environment to validate, with where it came from. */
export interface EnvSource {
  label: string;
  env: Record<string, string>;
}

/** The forms dotenv accepts on a line: `KEY=value`, `export KEY=value`, `KEY: value`, quoted values (maybe multi-line). */
const ASSIGNMENT = /^\s*(?:export\s+)?[\w.-]+(?:\s*=|:\s)/;

/** Lines dotenv would silently skip: report them so a typo is not lost. */
function malformedLines(file: string, text: string): void {
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
export function readDotenv(file: string): EnvSource {
  const text = readTextFile(file);
  malformedLines(file, text);
  return { label: file, env: parseDotenv(text) };
}

interface EnvEntry {
  name?: unknown;
  value?: unknown;
  valueFrom?: unknown;
}

function collectContainers(node: unknown, path: string, out: { path: string; env: EnvEntry[] }[]): void {
  if (Array.isArray(node)) node.forEach((n, i) => collectContainers(n, `${path}[${i}]`, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if ((k === "containers" || k === "initContainers") && Array.isArray(v)) {
        v.forEach((c, i) => {
          const obj = c && typeof c === "object" ? (c as { name?: unknown; env?: unknown }) : {};
          const name = typeof obj.name === "string" ? obj.name : String(i);
          out.push({ path: `${path}.${k}[${name}]`, env: Array.isArray(obj.env) ? (obj.env as EnvEntry[]) : [] });
        });
      } else collectContainers(v, `${path}.${k}`, out);
    }
  }
}

/** The `env:` of every container of every document of a manifest. */
export function readManifest(file: string): EnvSource[] {
  const text = readTextFile(file);
  const docs = parseAllDocuments(text, { prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const problems = list.flatMap((d) => d.errors).map((e) => ({ line: e.linePos?.[0].line ?? 0, col: e.linePos?.[0].col ?? 0, message: `YAML: ${e.message.split("\n")[0]}` }));
  if (problems.length) throw new InputError(file, problems);
  const out: EnvSource[] = [];
  list.forEach((doc, i) => {
    const containers: { path: string; env: EnvEntry[] }[] = [];
    collectContainers(doc.toJS({ maxAliasCount: 100 }), `document ${i + 1}`, containers);
    for (const c of containers) {
      const env: Record<string, string> = Object.create(null);
      for (const e of c.env) {
        if (typeof e?.name !== "string") continue;
        if (e.valueFrom !== undefined) continue; // resolved by Kubernetes at run time: nothing to check here
        env[e.name] = e.value === undefined || e.value === null ? "" : String(e.value);
      }
      out.push({ label: `${file}: ${c.path}`, env });
    }
  });
  return out;
}
