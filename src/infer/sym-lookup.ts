/**
 * Names, as Python resolves them in a getter: a `:=` binding of the path, a local, a helper of the module, an
 * import, a module-level assignment, a builtin or exception class, else NameError.
 */
import { UPSTREAM_FILE_NAME, type FunctionDef } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { BUILTINS } from "../../templates/runtime/builtins.js";
import { KNOWN_MODULES } from "../../templates/runtime/modules.js";
import { isExceptionName } from "./sym-calls.js";
import { PYTHON_BUILTINS } from "../ir/python-builtins.js";
import { EMPTY_FRAME, type Frame, type Outcome, type Path, type Sym, cst, typed, val } from "./sym.js";
import { type Analyzer, inOwnScope, rebindKey, unboundKey } from "./sym-context.js";
import { evalDefaults } from "./sym-bind.js";
import { classifyDecorators } from "../ir/decorators.js";

/** The modelled modules, as a set: an import's module is tested at every lookup of its name (`os` in most getters). */
const KNOWN_MODULE_NAMES: ReadonlySet<string> = new Set(KNOWN_MODULES);

const importRefs = new WeakMap<LoweredModule["imports"][number], Sym>();

/** The ref an import binds (`import os` → `os`, `from os import path` → `os.path`), one symbol per binding. */
function importRef(imp: LoweredModule["imports"][number]): Sym {
  let sym = importRefs.get(imp);
  if (!sym) importRefs.set(imp, (sym = { k: "ref", path: imp.attr === null ? imp.module : `${imp.module}.${imp.attr}` }));
  return sym;
}

/** Refs to builtins and exception classes: symbols are never changed in place, so one per name serves every lookup. */
const namedRefs = { "exc.": new Map<string, Sym>(), "builtins.": new Map<string, Sym>() };

function namedRef(prefix: "exc." | "builtins.", id: string): Sym {
  const refs = namedRefs[prefix];
  let sym = refs.get(id);
  if (!sym) refs.set(id, (sym = { k: "ref", path: prefix + id }));
  return sym;
}

/** A name: a local, a module-level binding, a builtin, else NameError (as Python). */
export function lookupName(id: string, frame: Frame, p: Path, a: Analyzer, line: number): Outcome[] {
  // `(v := ...)` earlier in the same statement, on this path.
  if (p.binds && Object.hasOwn(p.binds, id)) return [val(p.binds[id], p)];
  // A local a nested function rebinds (`nonlocal count`), or one its maker binds again after making this
  // closure (late-names.ts), may have changed by the time it is read: its value is unknown, with the reason.
  const late = a.rebound ? frame.get(rebindKey(id)) : undefined;
  if (late) return [val(late, p)];
  const local = frame.get(id);
  if (local) return [val(local, p)];
  if (a.marked && frame.has(unboundKey(id))) return [{ kind: "raise", exc: "UnboundLocalError", path: p }];
  const rebound = a.rebinds.get(id);
  if (rebound) return [{ kind: "unsupported", reason: rebound, line, path: p }];
  if (a.globalWrites?.has(id)) {
    const reason = `${id} may have been rebound by a function run earlier (\`global ${id}\`), which is not followed`;
    return [{ kind: "unsupported", reason, line, path: p }];
  }
  // `int`, `ValueError`: what the module's names below resolve them to never changes, so once is enough.
  const fixed = a.builtinRefs.get(id);
  if (fixed) return [val(fixed, p)];
  const helper = a.helpers.get(id);
  if (helper) {
    a.noteHelper(id);
    // `@functools.cache` on a function of its arguments is transparent; other decorators are not followed.
    const effect = classifyDecorators(helper, a.module);
    if (effect.kind === "unsupported") return [{ kind: "unsupported", reason: effect.reason, line, path: p }];
    // No default to evaluate: what inOwnScope over evalDefaults would give on a path without `:=` bindings.
    const fixedFn = p.binds ? null : helperFn(helper, a);
    if (fixedFn) return [val(fixedFn, p)];
    const made = (q: Path): Outcome[] => evalDefaults(helper.params, EMPTY_FRAME, q, a, (defaults, r) => [val({ k: "fn", name: helper.name, params: helper.params, body: { stmts: helper.body }, closure: EMPTY_FRAME, defaults }, r)]);
    return inOwnScope(p, made);
  }
  const imp = a.imports.get(id);
  if (imp) {
    const root = imp.module;
    if (!KNOWN_MODULE_NAMES.has(root)) return [{ kind: "unsupported", reason: `imports ${root}, which is not part of the modelled standard library`, line, path: p }];
    return [val(importRef(imp), p)];
  }
  const assign = a.assigns.get(id);
  if (assign) return inOwnScope(p, (q) => a.eval(assign.value, EMPTY_FRAME, q));
  if (id === "__name__") return [val(cst("vllm.envs"), p)];
  // The dict of getters, whatever the file calls it (`env_variables` in a plugin): the "module" ref.
  if (id === a.module.dictName) return [val({ k: "ref", path: "module.environment_variables" }, p)];
  if (id === "__file__" || id === UPSTREAM_FILE_NAME) return [val(typed({ kind: "str" }, "<vllm install>/envs.py"), p)];
  const ref = isExceptionName(id) ? namedRef("exc.", id) : Object.hasOwn(BUILTINS, id) ? namedRef("builtins.", id) : null;
  if (ref) {
    a.builtinRefs.set(id, ref);
    return [val(ref, p)];
  }
  if (PYTHON_BUILTINS.has(id)) return [{ kind: "unsupported", reason: `the builtin ${id} is not modelled`, line, path: p }];
  return [{ kind: "raise", exc: "NameError", path: p }];
}

/** A helper's function object when it has no parameter defaults (made once per module), else null. */
function helperFn(helper: FunctionDef, a: Analyzer): Extract<Sym, { k: "fn" }> | null {
  let fn = a.helperFns.get(helper.name);
  if (fn === undefined) {
    const fixed = helper.params.every((x) => !x.default);
    const defaults = helper.params.map(() => null);
    fn = fixed ? { k: "fn", name: helper.name, params: helper.params, body: { stmts: helper.body }, closure: EMPTY_FRAME, defaults } : null;
    a.helperFns.set(helper.name, fn);
  }
  return fn;
}
