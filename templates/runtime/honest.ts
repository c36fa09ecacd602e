// Honest failure: what CPython has but this runtime does not model is `unsupported`; what
// CPython does not have is CPython's own error. The facts come from python-names.ts.
import { KEYWORDS, MODULE_ATTRS, PLATFORM_MODULES, TYPE_ATTRS } from "./python-names.js";
import { PyFunc, PyUnsupported, type PyKwargs, type PyValue, raise } from "./values.js";

const nameSets = new Map<string, Set<string>>();

function namesOf(table: Readonly<Record<string, string>>, key: string, tag: string): Set<string> | null {
  if (!Object.hasOwn(table, key)) return null;
  let set = nameSets.get(tag + key);
  if (!set) {
    set = new Set(table[key].split(" "));
    nameSets.set(tag + key, set);
  }
  return set;
}

/** The reason text of something CPython has and this runtime does not model. */
export function unmodelledReason(what: string, line?: number): string {
  return `${what} is not modelled${line ? ` (line ${line})` : ""}`;
}

/** Stop as unsupported: CPython has `what`, the runtime does not model it. */
export function unmodelled(what: string, line?: number): never {
  throw new PyUnsupported(unmodelledReason(what, line));
}

/** `obj.name` on a value of a builtin type the runtime does not model that attribute of. */
export function missingTypeAttr(type: string, name: string, line?: number): never {
  const names = namesOf(TYPE_ATTRS, type, "t:");
  if (names === null || names.has(name)) return unmodelled(`${type}.${name}`, line);
  return raise("AttributeError", `'${type}' object has no attribute '${name}'`);
}

/** `str.name` on a builtin type object (`str.lower` as a sort key). */
export function missingClassAttr(type: string, name: string, line?: number): never {
  const names = namesOf(TYPE_ATTRS, type, "t:");
  if (names === null || names.has(name)) return unmodelled(`${type}.${name}`, line);
  return raise("AttributeError", `type object '${type}' has no attribute '${name}'`);
}

/** `module.name` for a modelled module that does not model `name`. */
export function missingModuleAttr(module: string, name: string, line?: number): never {
  const names = namesOf(MODULE_ATTRS, module, "m:");
  if (names === null || names.has(name)) return unmodelled(`${module}.${name}`, line);
  // os and sys differ between platforms: a name missing on Linux may exist elsewhere.
  if (PLATFORM_MODULES.includes(module))
    throw new PyUnsupported(
      `${module}.${name} is not in CPython 3.11's ${module} on Linux; it may exist on other platforms${line ? ` (line ${line})` : ""}`,
    );
  return raise("AttributeError", `module '${module === "os.path" ? "posixpath" : module}' has no attribute '${name}'`);
}

/** Does CPython's `module` have the attribute `name` (null: not known)? */
export function moduleHasAttr(module: string, name: string): boolean | null {
  const names = namesOf(MODULE_ATTRS, module, "m:");
  return names === null ? null : names.has(name);
}

/** Does CPython's type have the attribute `name` (null: not known)? */
export function typeHasAttr(type: string, name: string): boolean | null {
  const names = namesOf(TYPE_ATTRS, type, "t:");
  return names === null ? null : names.has(name);
}

/**
 * Keyword arguments of a call to `qual` (`str.split`, `builtins.sorted`): those the runtime models pass,
 * those CPython accepts are unsupported, the others raise CPython's TypeError.
 */
export function checkKw(qual: string, kw: PyKwargs, modelled: readonly string[]): void {
  for (const k of Object.keys(kw)) {
    if (modelled.includes(k) || modelled.includes("*")) continue;
    const entry = Object.hasOwn(KEYWORDS, qual) ? KEYWORDS[qual] : undefined;
    const [accepted, message] = entry ?? [null, null];
    const known = accepted === null ? null : accepted === "*" ? true : accepted.split(" ").includes(k);
    if (known === false && message !== null) raise("TypeError", message.replace("ZZKW", k));
    unmodelled(`${qual}() with the keyword argument ${k}=`);
  }
}

/** A builtin function that checks its keyword arguments against CPython's before running. */
export function kwFn(qual: string, modelled: readonly string[], f: (args: PyValue[], kw: PyKwargs) => PyValue): PyFunc {
  const name = qual.slice(qual.lastIndexOf(".") + 1);
  return new PyFunc(name, (args, kw) => {
    checkKw(qual, kw, modelled);
    return f(args, kw);
  });
}

/** Positional arguments outside what the runtime models (CPython's TypeError there is not reproduced). */
export function checkArity(qual: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max)
    unmodelled(`${qual}() with ${args.length} positional argument${args.length === 1 ? "" : "s"}`);
}
