/**
 * The environment of every service of a docker-compose file: `env_file` entries (in
 * order), then `environment` (a map, or a `KEY=VALUE` list) over them. A bare `KEY` comes
 * from the host running compose, and compose interpolates `${VAR}` / `${VAR:-default}`
 * from that host (or its `.env`): both are reported as not checked, never guessed.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseDotenv } from "dotenv";
import { readTextFile } from "../io/read-source.js";
import { checkDotenvLines } from "./read-env-file.js";
import { createEnvSource, setKnown, setUnknown, type EnvSource } from "./env-source.js";
import { asRecord, describeYaml, ShapeError, type ShapeProblem } from "./kubernetes-objects.js";
import type { TextInput } from "./read-input.js";

/** The value with compose's `$$` escapes undone, or the interpolation it depends on. */
function interpolate(text: string): { value: string } | { depends: string } {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") out += text[i];
    else if (text[i + 1] === "$") ((out += "$"), (i += 1));
    else if (text[i + 1] === "{" || /[A-Za-z_]/.test(text[i + 1] ?? "")) {
      const m = /^\$(?:\{[^}]*\}?|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
      return { depends: m ? m[0] : "$" };
    } else out += "$";
  }
  return { value: out };
}

function setInterpolated(source: EnvSource, name: string, raw: string): void {
  const x = interpolate(raw);
  if ("value" in x) setKnown(source, name, x.value);
  else setUnknown(source, name, `compose interpolates ${x.depends} from the host environment or .env`);
}

/** A scalar of the `environment` map as compose turns it into text; null for a value it does not determine. */
function scalarText(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  // Integers print the same in Go and JS; floats (1.0, 1e3) may not: not guessed.
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  return null;
}

function readEnvironment(source: EnvSource, environment: unknown): void {
  if (Array.isArray(environment)) {
    for (const item of environment) {
      if (typeof item !== "string") continue;
      const eq = item.indexOf("=");
      if (eq < 0) setUnknown(source, item, "taken from the host environment of compose (KEY without a value)", false);
      else setInterpolated(source, item.slice(0, eq), item.slice(eq + 1));
    }
    return;
  }
  for (const [name, v] of Object.entries(asRecord(environment) ?? {})) {
    if (v === null || v === undefined)
      setUnknown(source, name, "taken from the host environment of compose (no value)", false);
    else {
      const text = scalarText(v);
      if (text === null) setUnknown(source, name, `a YAML ${typeof v} whose text compose decides`);
      else setInterpolated(source, name, text);
    }
  }
}

interface EnvFile {
  path: string;
  required: boolean;
  /** `format: raw` (values taken as written, no quotes or interpolation): not modelled. */
  raw: boolean;
}

function envFiles(v: unknown): EnvFile[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.flatMap((item) => {
    if (typeof item === "string") return [{ path: item, required: true, raw: false }];
    const rec = asRecord(item);
    if (!rec || typeof rec.path !== "string") return [];
    return [{ path: rec.path, required: rec.required !== false, raw: rec.format === "raw" }];
  });
}

function readEnvFiles(source: EnvSource, input: TextInput, spec: unknown): void {
  for (const f of envFiles(spec)) {
    const file = resolve(input.dir, f.path);
    if (!existsSync(file)) {
      if (f.required)
        source.notes.push(`env_file ${f.path} not found (compose refuses to start): its variables are not checked`);
      continue;
    }
    const text = readTextFile(file);
    checkDotenvLines(file, text);
    for (const [name, value] of Object.entries(parseDotenv(text))) {
      // Compose's own dotenv reader expands `${VAR}` in env files; how it treats `$$` there is not modelled.
      if (f.raw) setUnknown(source, name, `env_file ${f.path} has format: raw, which is not modelled`);
      else if (value.includes("$"))
        setUnknown(source, name, `env_file ${f.path}: compose expands $ in env files from the host environment`);
      else setKnown(source, name, value);
    }
  }
}

/**
 * What compose refuses to load (`services: {api: 7}`, `environment: 5`): a problem, never skipped.
 * `environment` is a mapping or a list (compose's `list_or_dict`).
 */
function checkService(name: string, svc: unknown, problems: ShapeProblem[]): void {
  const at = (path: string[], what: string) => {
    const message = `services.${name}${what}: compose rejects the file`;
    problems.push({ doc: 0, path: ["services", name, ...path], message });
  };
  const spec = asRecord(svc);
  if (svc !== null && !spec) at([], ` is a YAML ${describeYaml(svc)}, not a mapping`);
  const env = spec?.environment;
  if (env !== undefined && env !== null && !Array.isArray(env) && !asRecord(env))
    at(["environment"], `.environment is a YAML ${describeYaml(env)}, not a mapping or a list`);
}

/** The environment of every service; {@link ShapeError} for a file compose refuses. */
export function readCompose(input: TextInput, doc: Record<string, unknown>): EnvSource[] {
  const services = Object.entries(asRecord(doc.services) ?? {});
  const problems: ShapeProblem[] = [];
  for (const [name, svc] of services) checkService(name, svc, problems);
  if (problems.length) throw new ShapeError(problems);
  return services.map(([name, svc]) => {
    const spec = asRecord(svc) ?? {};
    const source = createEnvSource(`${input.label}: services.${name}`);
    readEnvFiles(source, input, spec.env_file);
    readEnvironment(source, spec.environment);
    return source;
  });
}
