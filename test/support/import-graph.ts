/**
 * The import graph of `src/`, read from the source text (a small scan, no dependency): every
 * `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, with relative
 * specifiers resolved to files. Used by the layering test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** One import: the importing file, the specifier, and the file it names (null for a package). */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string | null;
}

/** `import … from "x"` / `export … from "x"`, `import "x"`, `import("x")`: one capture group each. */
const IMPORT = new RegExp(
  [
    String.raw`(?:^|[\s;])(?:import|export)\s[^;"'\x60]*?\sfrom\s*["']([^"']+)["']`,
    String.raw`(?:^|[\s;])import\s*["']([^"']+)["']`,
    String.raw`\bimport\(\s*["']([^"']+)["']\s*\)`,
  ].join("|"),
  "g",
);

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listTs(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Comments are dropped first so that an example in a TSDoc line is not an import. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

/** The specifiers a TypeScript source imports, in order. */
export function importSpecifiers(text: string): string[] {
  return [...stripComments(text).matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Every import of every `.ts` file under `srcDir`, paths relative to `root`. */
export function importEdges(root: string, srcDir = "src"): ImportEdge[] {
  return listTs(join(root, srcDir))
    .sort()
    .flatMap((file) =>
      importSpecifiers(readFileSync(file, "utf8")).map((specifier) => {
        const local = specifier.startsWith(".") ? relative(root, resolve(dirname(file), specifier)) : null;
        const to = local === null ? null : local.replace(/\.js$/, ".ts");
        return { from: relative(root, file), specifier, to };
      }),
    );
}

/** A file's layer: its folder under `src/` (`src/infer/x.ts` → `infer`); a file at the top is its own layer. */
export function layerOf(path: string): string {
  const parts = path.split("/");
  return parts[0] === "src" ? parts[1] : parts.slice(0, -1).join("/") || path;
}

/** Edges between different nodes, as `a -> b` keys with one example import each. */
export function nodeEdges(edges: ImportEdge[], nodeOf: (path: string) => string): Map<string, ImportEdge> {
  const out = new Map<string, ImportEdge>();
  for (const e of edges) {
    if (e.to === null) continue;
    const a = nodeOf(e.from);
    const b = nodeOf(e.to);
    if (a !== b && !out.has(`${a} -> ${b}`)) out.set(`${a} -> ${b}`, e);
  }
  return out;
}

/** The strongly connected components of more than one node (each an import circle), sorted. */
export function cycles(keys: Iterable<string>): string[][] {
  const succ = new Map<string, string[]>();
  for (const k of keys) {
    const [a, b] = k.split(" -> ");
    succ.set(a, [...(succ.get(a) ?? []), b]);
    if (!succ.has(b)) succ.set(b, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    for (const w of succ.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) out.push(scc.sort());
  };
  for (const v of [...succ.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((x, y) => x[0].localeCompare(y[0]));
}
