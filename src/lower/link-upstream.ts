/**
 * Binding a plugin's `from vllm.envs import maybe_convert_int, environment_variables` and its inherited
 * entries (`{**vllm_envs, ...}`) to the upstream file's own definitions. Each imported helper or
 * inherited getter brings the upstream module-level names it uses (transitively) into the plugin's
 * module, where they keep their meaning only if the plugin neither binds nor uses the same name: a
 * clash makes the import or getter `unsupported`, with the name in the reason, never a wrong binding.
 */
import { UPSTREAM_FILE_NAME } from "../ir/types.js";
import type { Expr, FunctionDef, ImportBinding, ModuleAssign, Pos, Stmt } from "../ir/types.js";
import { walkExpr, walkStmts } from "../ir/walk.js";
import type { LoweredModule } from "./lowered.js";
import { UPSTREAM_MODULE } from "./plugin-shapes.js";

const NOWHERE: Pos = { line: 0, col: 0 };

/** Names the upstream binds that mean something else in any other module (`__file__`, its dict, its hooks). */
function moduleSpecific(upstream: LoweredModule): Set<string> {
  return new Set(["__getattr__", "__dir__", upstream.dictName]);
}

/**
 * A copy of upstream IR that keeps vllm.envs's own module identity inside the plugin: `__file__` is the
 * upstream file's path (a global of its own), `__name__` is "vllm.envs" (the plugin's is its own module).
 */
function ownFile<T>(x: T): T {
  const rename = (_k: string, v: { kind?: string; id?: string; pos?: Pos } | null) => {
    if (v?.kind !== "name") return v;
    if (v.id === "__file__") return { ...v, id: UPSTREAM_FILE_NAME };
    return v.id === "__name__" ? { kind: "const", value: { type: "str", value: UPSTREAM_MODULE }, pos: v.pos } : v;
  };
  return JSON.parse(JSON.stringify(x), rename) as T;
}

function namesOfExpr(e: Expr, out: Set<string>): void {
  walkExpr(e, (x) => {
    if (x.kind === "name") out.add(x.id);
  });
}

function namesOfStmts(body: Stmt[], out: Set<string>): void {
  walkStmts(body, (x) => {
    if (x.kind === "name") out.add(x.id);
  }, (s) => {
    if (s.kind === "global" || s.kind === "nonlocal") s.names.forEach((n) => out.add(n));
  });
}

function namesOfDef(fn: FunctionDef, out: Set<string>): void {
  fn.params.forEach((p) => p.default && namesOfExpr(p.default, out));
  fn.decorators.forEach((d) => namesOfExpr(d, out));
  namesOfStmts(fn.body, out);
}

/** Every name a module's own code mentions (over-approximated: locals too). */
function mentioned(m: LoweredModule): Set<string> {
  const out = new Set<string>();
  m.helpers.forEach((h) => namesOfDef(h, out));
  m.assigns.forEach((a) => namesOfExpr(a.value, out));
  m.entries.forEach((e) => !e.inherited && namesOfExpr(e.getter, out));
  return out;
}

const sameImport = (a: ImportBinding, b: ImportBinding): boolean =>
  a.local === b.local && a.module === b.module && a.attr === b.attr;

/** The linker's view of both modules. */
interface Linker {
  up: LoweredModule;
  plugin: LoweredModule;
  binds: Set<string>;
  mentions: Set<string>;
  /** Names the plugin imports from vllm.envs under their own name (its uses of them are these). */
  imported: Set<string>;
  special: Set<string>;
  /** Per upstream name: null if it can join the plugin's module, else why not. */
  verdict: Map<string, string | null>;
  added: Set<string>;
}

function upstreamBinds(up: LoweredModule, name: string): boolean {
  return (
    up.imports.some((b) => b.local === name) || up.helpers.some((h) => h.name === name) || up.assigns.some((a) => a.name === name)
  );
}

function usesOf(up: LoweredModule, name: string): Set<string> {
  const out = new Set<string>();
  up.helpers.filter((h) => h.name === name).forEach((h) => namesOfDef(h, out));
  up.assigns.filter((a) => a.name === name).forEach((a) => namesOfExpr(a.value, out));
  return out;
}

/** Why the upstream meaning of `name` cannot be had in the plugin's module, or null. */
function clash(k: Linker, name: string): string | null {
  if (k.special.has(name)) return `it uses \`${name}\`, which means something else outside vllm.envs`;
  if (!upstreamBinds(k.up, name)) {
    return k.binds.has(name) ? `it uses \`${name}\`, which this file binds but vllm.envs does not` : null;
  }
  if (k.binds.has(name)) {
    // `import os` in both files binds the same module: shared, not a clash.
    const upImports = k.up.imports.filter((b) => b.local === name);
    const mine = k.plugin.imports.filter((b) => b.local === name);
    const onlyImports = !k.up.helpers.some((h) => h.name === name) && !k.up.assigns.some((a) => a.name === name)
      && !k.plugin.helpers.some((h) => h.name === name) && !k.plugin.assigns.some((a) => a.name === name);
    if (onlyImports && [...mine, ...upImports].every((b) => sameImport(b, upImports[0]))) return null;
    return `it uses vllm.envs's \`${name}\`, and this file binds \`${name}\` too`;
  }
  if (k.mentions.has(name) && !k.imported.has(name)) {
    return `it uses vllm.envs's \`${name}\`, a name this file uses unbound`;
  }
  return null;
}

/** Whether every upstream name `roots` needs can join; adds them to `k.added` if so, else returns why not. */
function require(k: Linker, roots: Iterable<string>): string | null {
  const todo = [...roots];
  const need = new Set<string>();
  while (todo.length) {
    const name = todo.pop() as string;
    if (need.has(name)) continue;
    if (!k.verdict.has(name)) k.verdict.set(name, clash(k, name));
    const why = k.verdict.get(name);
    if (why) return why;
    if (!upstreamBinds(k.up, name) || k.binds.has(name)) continue;
    need.add(name);
    todo.push(...usesOf(k.up, name));
  }
  need.forEach((n) => k.added.add(n));
  return null;
}

function unsupportedAssign(name: string, reason: string, pos: Pos): ModuleAssign {
  const text = `from ${UPSTREAM_MODULE} import ${name}`;
  return { name, value: { kind: "unsupported", reason, text, pos }, pos };
}

/** Bind each `from vllm.envs import X [as Y]` to the upstream's own definition of X, or to `unsupported`. */
function linkImports(k: Linker, imports: ImportBinding[]): ModuleAssign[] {
  const out: ModuleAssign[] = [];
  for (const b of imports) {
    const attr = b.attr as string;
    // The reason names the line of `from vllm.envs import X` itself, not line 0.
    const at = k.plugin.importPos;
    const pos = at && Object.hasOwn(at, b.local) ? at[b.local] : NOWHERE;
    if (attr === k.up.dictName) {
      const why = `the upstream dict itself; only \`**${b.local}\` in this file's dict is modelled`;
      out.push(unsupportedAssign(b.local, `${b.local} is vllm.envs.${attr}, ${why}`, pos));
    } else if (!upstreamBinds(k.up, attr)) {
      const why = `the upstream vllm/envs.py has no module-level \`${attr}\` (Python raises ImportError at import)`;
      out.push(unsupportedAssign(b.local, `${b.local}: ${why}`, pos));
    } else {
      const why = require(k, [attr]);
      if (why) out.push(unsupportedAssign(b.local, `${b.local} is vllm.envs.${attr}, not modelled here: ${why}`, pos));
      // `from vllm.envs import maybe_convert_int as to_int`: the helper under its own name, and the alias.
      else if (b.local !== attr) out.push({ name: b.local, value: { kind: "name", id: attr, pos }, pos });
    }
  }
  return out;
}

/** Link a plugin module to its upstream `vllm/envs.py` (already lowered): see the file comment. */
export function linkUpstream(plugin: LoweredModule, original: LoweredModule): void {
  const fromUpstream = plugin.imports.filter((b) => b.module === UPSTREAM_MODULE && b.attr !== null);
  if (fromUpstream.length === 0 && !plugin.entries.some((e) => e.inherited)) return;
  const up = ownFile({ ...original, declarations: [] });
  plugin.imports = plugin.imports.filter((b) => !fromUpstream.includes(b));
  const binds = new Set<string>([plugin.dictName, ...plugin.imports.map((b) => b.local)]);
  plugin.helpers.forEach((h) => binds.add(h.name));
  plugin.assigns.forEach((a) => binds.add(a.name));
  fromUpstream.forEach((b) => b.local !== b.attr && binds.add(b.local));
  const imported = new Set(fromUpstream.filter((b) => b.local === b.attr).map((b) => b.local));
  const special = moduleSpecific(up);
  const k: Linker = { up, plugin, binds, mentions: mentioned(plugin), imported, special, verdict: new Map(), added: new Set() };
  const assigns = linkImports(k, fromUpstream);
  for (const e of plugin.entries) {
    if (!e.inherited) continue;
    e.getter = ownFile(e.getter);
    const uses = new Set<string>();
    namesOfExpr(e.getter, uses);
    const why = require(k, uses);
    const reason = `${e.name} is inherited from vllm.envs, not modelled here: ${why}`;
    if (why) e.getter = { kind: "unsupported", reason, text: e.name, pos: e.pos };
  }
  const shared = (b: ImportBinding) => plugin.imports.some((m) => sameImport(m, b));
  plugin.imports.push(...up.imports.filter((b) => k.added.has(b.local) && !shared(b)));
  plugin.helpers.push(...up.helpers.filter((h) => k.added.has(h.name)));
  plugin.assigns.push(...up.assigns.filter((a) => k.added.has(a.name)), ...assigns);
}
