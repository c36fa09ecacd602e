/**
 * What the analyser knows of the wider library without running it: the result type of each
 * modelled str method and builtin, and which exception it may raise. Constant arguments
 * still fold through the runtime (fold.ts); these tables cover the symbolic rest.
 */
import type { PyType } from "../ir/types.js";
import type { Analyzer } from "./sym-context.js";
import { type Outcome, type Path, type Sym, cst, symText, typed, unionOf, val } from "./sym.js";
import { symType } from "./sym-types.js";
import { importModule } from "../../templates/runtime/modules.js";
import { isPrivateName, moduleHasAttr } from "../../templates/runtime/honest.js";
import { PLATFORM_MODULES, TYPE_ATTRS } from "../../templates/runtime/python-names.js";
import { STR_METHODS } from "../../templates/runtime/str-methods.js";
import { PyModule, isSubclass } from "../../templates/runtime/values.js";

/** A symbolic call: positional and keyword argument symbols → outcomes. */
export type Call = (args: Sym[], kw: Record<string, Sym>, p: Path, a: Analyzer, line: number) => Outcome[];

const STR: PyType = { kind: "str" };
const INT: PyType = { kind: "int" };
const BOOL: PyType = { kind: "bool" };
const STR_LIST: PyType = { kind: "list", item: STR };
const STR_TUPLE: PyType = { kind: "tuple", item: STR };

const byName = (names: string, t: PyType): [string, PyType][] => names.split(" ").map((n) => [n, t]);

/** Result types of the str methods the runtime models. */
const STR_METHOD_TYPES: ReadonlyMap<string, PyType> = new Map([
  ...byName("lower upper casefold swapcase capitalize title strip lstrip rstrip removeprefix removesuffix", STR),
  ...byName("ljust rjust center zfill replace join format", STR),
  ...byName(
    "startswith endswith isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isascii isprintable",
    BOOL,
  ),
  ...byName("find rfind index rindex count", INT),
  ...byName("split rsplit splitlines", STR_LIST),
  ...byName("partition rpartition", STR_TUPLE),
]);

/** Methods that raise when the value lacks what they look for (`"a".index("=")`: ValueError). */
const STR_METHOD_RAISES: Readonly<Record<string, string>> = { index: "ValueError", rindex: "ValueError" };

/**
 * `s.name(...)` on a str that is not a constant: its type and what it may raise; a method CPython has
 * but the runtime does not model is unsupported, one CPython lacks is its AttributeError.
 */
export function strMethodOutcomes(self: Sym, name: string, p: Path, line: number): Outcome[] {
  const t = STR_METHOD_TYPES.get(name);
  if (!t) {
    if (Object.hasOwn(STR_METHODS, name)) return [val(typed({ kind: "unknown", reason: `str.${name}()` }, name), p)];
    const real = isPrivateName(name) || TYPE_ATTRS.str.split(" ").includes(name);
    return [real ? { kind: "unsupported", reason: `str.${name} is not modelled`, line, path: p } : { kind: "raise", exc: "AttributeError", path: p }];
  }
  const out: Outcome[] = [val(typed(t, `${symText(self)}.${name}()`), p)];
  if (Object.hasOwn(STR_METHOD_RAISES, name)) out.push({ kind: "raise", exc: STR_METHOD_RAISES[name], path: p });
  return out;
}

function itemType(s: Sym | undefined, p: Path): PyType {
  if (!s) return { kind: "unknown", reason: "no argument" };
  const t = symType(s, p);
  if (t.kind === "list" || t.kind === "set" || t.kind === "tuple") return t.item;
  if (t.kind === "str" || t.kind === "literal") return STR;
  return { kind: "unknown", reason: "iteration" };
}

/**
 * Items that may not compare with each other (`sorted([s, 1])`: str and int raise TypeError whenever both
 * occur): which occur is not followed, so the call is unsupported rather than typed as if it returned.
 */
function mixedOrder(types: PyType[], name: string, p: Path, line: number): Outcome[] | null {
  const kinds = new Set(types.flatMap((t) => (t.kind === "union" ? t.members : [t])).map((t) => t.kind));
  const text = kinds.has("str") || kinds.has("literal");
  const number = kinds.has("int") || kinds.has("float") || kinds.has("bool");
  if (!(text && number)) return null;
  return [{ kind: "unsupported", reason: `${name}() of str and numbers together (TypeError when both occur)`, line, path: p }];
}

function minMax(name: "min" | "max"): Call {
  return (args, kw, p, _a, line) => {
    const one = args.length === 1;
    const compared = one ? [itemType(args[0], p)] : args.map((x) => symType(x, p));
    const mixed = mixedOrder(compared, name, p, line);
    if (mixed) return mixed;
    // The default is returned, never compared.
    const types = one && kw.default ? [...compared, symType(kw.default, p)] : compared;
    // An empty iterable raises ValueError; whether it can be empty is not known here, so no raise is claimed.
    return [val(typed(unionOf(types), `${name}(${args.map(symText).join(", ")})`), p)];
  };
}

function roundCall(args: Sym[], kw: Record<string, Sym>, p: Path): Outcome[] {
  const nd = args[1] ?? kw.ndigits;
  const x = args[0] ? symType(args[0], p) : INT;
  const float = x.kind === "float" && nd !== undefined && !(nd.k === "const" && nd.v === null);
  return [
    val(
      typed(
        float
          ? { kind: "float" }
          : x.kind === "float" || x.kind === "int" || x.kind === "bool"
            ? INT
            : { kind: "unknown", reason: "round()" },
        "round(…)",
      ),
      p,
    ),
  ];
}

/** `os.path.expandvars(x)`: a constant without `$` is itself; the `$NAME`s of a constant are environment reads. */
function expandVarsCall(args: Sym[], kw: Record<string, Sym>, p: Path, a: Analyzer): Outcome[] {
  const x = args[0] ?? kw.path;
  if (x?.k === "const" && typeof x.v !== "string") return [{ kind: "raise", exc: "TypeError", path: p }];
  if (x?.k === "const" && typeof x.v === "string") {
    if (!x.v.includes("$")) return [val(x, p)];
    for (const m of x.v.matchAll(/\$(?:([A-Za-z0-9_]+)|\{([^}]*)\})/g)) a.reads.add(m[1] ?? m[2]);
  }
  return [val(typed(STR, x ? symText(x) : ""), p)];
}

/** `warnings.warn(msg, category)`: None, when the category is a Warning class or absent. */
function warnCall(args: Sym[], kw: Record<string, Sym>, p: Path): Outcome[] {
  const cat = args[1] ?? kw.category;
  const name = cat?.k === "ref" && cat.path.startsWith("exc.") ? cat.path.slice(4) : null;
  if (cat === undefined || (cat.k === "const" && cat.v === null) || (name !== null && isSubclass(name, "Warning")))
    return [val(cst(null), p)];
  return [val(typed({ kind: "unknown", reason: "warnings.warn() with this category" }, "warn(…)"), p)];
}

const NUM_TUPLE: PyType = { kind: "tuple", item: unionOf([INT, { kind: "float" }]) };

/** Builtins beyond the conversions: result types (constant calls fold before these run). */
export const LIBRARY_CALLS: Readonly<Record<string, Call>> = {
  "builtins.sorted": (args, _kw, p, _a, line) => {
    const item = itemType(args[0], p);
    return mixedOrder([item], "sorted", p, line) ?? [val(typed({ kind: "list", item }, "sorted(…)"), p)];
  },
  "builtins.min": minMax("min"),
  "builtins.max": minMax("max"),
  "builtins.repr": (args, _kw, p) => [val(typed(STR, `repr(${args[0] ? symText(args[0]) : ""})`), p)],
  "builtins.any": (_args, _kw, p) => [val(typed(BOOL, "any(…)"), p)],
  "builtins.all": (_args, _kw, p) => [val(typed(BOOL, "all(…)"), p)],
  "builtins.round": roundCall,
  "builtins.divmod": (_args, _kw, p) => [val(typed(NUM_TUPLE, "divmod(…)"), p)],
  "builtins.isinstance": (_args, _kw, p) => [val(typed(BOOL, "isinstance(…)"), p)],
  "builtins.chr": (_args, _kw, p) => [val(typed(STR, "chr(…)"), p)],
  "builtins.ord": (_args, _kw, p) => [val(typed(INT, "ord(…)"), p)],
  "builtins.sum": (args, kw, p) => {
    const start = args[1] ?? kw.start;
    const t = unionOf([itemType(args[0], p), start ? symType(start, p) : INT]);
    return [val(typed(t, "sum(…)"), p)];
  },
  "os.path.expandvars": expandVarsCall,
  "warnings.warn": warnCall,
  "os.path.basename": (args, _kw, p) => [val(typed(STR, `basename(${args[0] ? symText(args[0]) : ""})`), p)],
  "os.path.normpath": (args, _kw, p) => [val(typed(STR, `normpath(${args[0] ? symText(args[0]) : ""})`), p)],
  "os.path.commonprefix": (_args, _kw, p) => [val(typed(STR, "commonprefix(…)"), p)],
  "os.path.isabs": (_args, _kw, p) => [val(typed(BOOL, "isabs(…)"), p)],
  "os.path.split": (_args, _kw, p) => [val(typed(STR_TUPLE, "split(…)"), p)],
  "os.path.splitext": (_args, _kw, p) => [val(typed(STR_TUPLE, "splitext(…)"), p)],
};

/**
 * `module.name` for a modelled module, beyond the call tables: a constant the runtime holds
 * (`os.pathsep`), a host fact (`sys.platform`), unsupported where CPython has the name but the
 * runtime does not model it, CPython's AttributeError where it has no such name. Null: not decided here.
 */
export function moduleAttrOutcomes(module: string, name: string, p: Path, line: number): Outcome[] | null {
  let m: PyModule | null = null;
  try {
    const got = importModule(module);
    m = got instanceof PyModule ? got : null;
  } catch {
    return null;
  }
  if (!m) return null;
  if (Object.hasOwn(m.dynamic, name)) return [val(typed(STR, `<${module}.${name}>`), p)];
  if (Object.hasOwn(m.attrs, name)) {
    const v = m.attrs[name];
    return v === null || typeof v === "string" || typeof v === "bigint" ? [val(cst(v), p)] : null;
  }
  const real = moduleHasAttr(module, name);
  if (real === false && !PLATFORM_MODULES.includes(module)) return [{ kind: "raise", exc: "AttributeError", path: p }];
  return [{ kind: "unsupported", reason: `${module}.${name} is not modelled`, line, path: p }];
}
