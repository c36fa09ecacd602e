// Honest failure: what CPython has but this runtime does not model is `unsupported`; what
// CPython does not have is CPython's own error. The facts come from python-names.ts.
import { KEYWORDS, MODULE_ATTRS, PLATFORM_MODULES, TYPE_ATTRS } from "./python-names.js";
import { PyFunc, PyUnsupported, type PyKwargs, type PyValue, hasKeywords, raise } from "./values.js";

const nameSets = new Map<string, Set<string>>();

/** The tables are null in a browser bundle, which leaves them out (package.json `browser`): nothing is known then. */
function namesOf(table: Readonly<Record<string, string>> | null, key: string, tag: string): Set<string> | null {
  if (table === null || !Object.hasOwn(table, key)) return null;
  let set = nameSets.get(tag + key);
  if (!set) {
    set = new Set(table[key].split(" "));
    nameSets.set(tag + key, set);
  }
  return set;
}

/** `_x`, `__x__`: the tables leave private names out; one the runtime does not model is unsupported, never an error. */
export function isPrivateName(name: string): boolean {
  return name.startsWith("_");
}

/** The reason text of something CPython has and this runtime does not model. */
function unmodelledReason(what: string, line?: number): string {
  return `${what} is not modelled${line ? ` (line ${line})` : ""}`;
}

/** Stop as unsupported: CPython has `what`, the runtime does not model it. */
export function unmodelled(what: string, line?: number): never {
  throw new PyUnsupported(unmodelledReason(what, line));
}

/** `obj.name` on a value of a builtin type the runtime does not model that attribute of. */
export function missingTypeAttr(type: string, name: string, line?: number, table: string = type): never {
  const names = namesOf(TYPE_ATTRS, table, "t:");
  if (names === null || names.has(name) || isPrivateName(name)) return unmodelled(`${type}.${name}`, line);
  return raise("AttributeError", `'${type}' object has no attribute '${name}'`);
}

/** `str.name` on a builtin type object (`str.lower` as a sort key). */
export function missingClassAttr(type: string, name: string, line?: number): never {
  const names = namesOf(TYPE_ATTRS, type, "t:");
  if (names === null || names.has(name) || isPrivateName(name)) return unmodelled(`${type}.${name}`, line);
  return raise("AttributeError", `type object '${type}' has no attribute '${name}'`);
}

/** `module.name` for a modelled module that does not model `name`. */
export function missingModuleAttr(module: string, name: string, line?: number): never {
  const names = namesOf(MODULE_ATTRS, module, "m:");
  if (names === null || names.has(name) || isPrivateName(name)) return unmodelled(`${module}.${name}`, line);
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
  return names === null || isPrivateName(name) ? null : names.has(name);
}

type Param = { name: string; kind: "pos" | "both" | "kw" | "var" | "varkw"; optional: boolean };

function parseSpec(spec: string): Param[] {
  return spec
    .split(" ")
    .filter(Boolean)
    .map((t) => {
      const optional = t.endsWith("?");
      const body = optional ? t.slice(0, -1) : t;
      if (body === "*") return { name: "", kind: "var", optional: true };
      if (body === "**") return { name: "", kind: "varkw", optional: true };
      if (body.endsWith("/")) return { name: body.slice(0, -1), kind: "pos", optional };
      if (body.endsWith("=")) return { name: body.slice(0, -1), kind: "kw", optional };
      return { name: body, kind: "both", optional };
    });
}

/**
 * Would CPython reach its keyword check with these counts? It first rejects too many or too few
 * positional arguments, too many in all, and a parameter given twice, with messages not reproduced here.
 */
function reachesKeywordCheck(params: Param[], nargs: number, kwNames: string[]): boolean {
  const positional = params.filter((p) => p.kind === "pos" || p.kind === "both");
  const star = params.some((p) => p.kind === "var");
  const required = positional.filter((p) => !p.optional).length;
  if (nargs < required || (!star && nargs > positional.length)) return false;
  if (!star && nargs + kwNames.length > params.filter((p) => p.kind !== "varkw").length) return false;
  return !kwNames.some((k) => positional.slice(0, nargs).some((p) => p.name === k));
}

/** CPython's wordings of an unknown keyword (scripts/python-tables.py's REJECT_TEMPLATES). */
const REJECT: Readonly<Record<string, string>> = {
  "!": "{}() takes no keyword arguments",
  "?": "'ZZKW' is an invalid keyword argument for {}()",
  "~": "{}() got an unexpected keyword argument 'ZZKW'",
};

/** KEYWORDS' message `"!str.join"`-style: a wording's mark, then the name ("": `qual`, ".": its last part). */
function rejectMessage(qual: string, coded: string): string {
  const template = REJECT[coded[0] as string];
  if (template === undefined) return coded;
  const own = qual.startsWith("builtins.") ? qual.slice("builtins.".length) : qual;
  const rest = coded.slice(1);
  const name = rest === "" ? own : rest === "." ? own.slice(own.lastIndexOf(".") + 1) : rest;
  return template.replace("{}", () => name);
}

/**
 * Keyword arguments of a call to `qual` (`str.split`, `builtins.sorted`) with `nargs` positional ones:
 * those the runtime models pass; one CPython rejects raises CPython's TypeError (where CPython's own
 * order of checks would report it); one CPython accepts but the runtime does not model is unsupported.
 */
export function checkKw(qual: string, nargs: number, kw: PyKwargs, modelled: readonly string[]): void {
  if (!hasKeywords(kw)) return;
  const names = Object.keys(kw);
  // Without CPython's keyword table (a browser bundle) a keyword given twice or refused cannot be told: unsupported.
  if ((KEYWORDS as typeof KEYWORDS | null) === null) unmodelled(`${qual}() with keyword arguments (no keyword table in this bundle)`);
  const [spec, coded] = Object.hasOwn(KEYWORDS, qual) ? KEYWORDS[qual] : [null, null];
  const message = coded === null ? null : rejectMessage(qual, coded);
  if (message !== null && message.includes("takes no keyword arguments")) raise("TypeError", message);
  if (spec !== null) {
    const params = parseSpec(spec);
    const byName = (k: string) => params.some((p) => p.name === k && (p.kind === "both" || p.kind === "kw"));
    const unknown = names.find((k) => !byName(k));
    if (unknown !== undefined && !params.some((p) => p.kind === "varkw")) {
      if (message !== null && reachesKeywordCheck(params, nargs, names)) raise("TypeError", message.replace("ZZKW", unknown));
      unmodelled(`${qual}() with the keyword argument ${unknown}=`);
    }
    const positional = params.filter((p) => p.kind === "pos" || p.kind === "both").slice(0, nargs);
    const twice = names.find((k) => positional.some((p) => p.name === k));
    if (twice !== undefined) unmodelled(`${qual}() with ${twice} given by position and by name`);
  }
  const other = names.find((k) => !modelled.includes(k) && !modelled.includes("*"));
  if (other !== undefined) unmodelled(`${qual}() with the keyword argument ${other}=`);
}

/** A builtin function that checks its keyword arguments against CPython's before running. */
export function kwFn(qual: string, modelled: readonly string[], f: (args: PyValue[], kw: PyKwargs) => PyValue): PyFunc {
  const name = qual.slice(qual.lastIndexOf(".") + 1);
  return new PyFunc(name, (args, kw) => {
    checkKw(qual, args.length, kw, modelled);
    return f(args, kw);
  });
}

/** Positional arguments outside what the runtime models (CPython's TypeError there is not reproduced). */
export function checkArity(qual: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max)
    unmodelled(`${qual}() with ${args.length} positional argument${args.length === 1 ? "" : "s"}`);
}
