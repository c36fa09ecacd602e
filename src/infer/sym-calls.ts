/**
 * Symbolic calls, attributes and subscripts: the standard-library functions
 * envs.py uses, kept in named tables; constant arguments fold through the runtime.
 */
import { type Analyzer, readEnv } from "./sym-context.js";
import { foldBuiltin, foldItem, foldMethod, foldModuleCall, foldedOutcomes, isFoldableBuiltin, isFoldableModuleCall } from "./fold.js";
import { type CV, type Outcome, type Path, type Sym, NO_TF, checkedPath, cst, iterationOrder, representativeItem, symText, typed, unionOf, val } from "./sym.js";
import { symType } from "./sym-types.js";
import type { PyType } from "../ir/types.js";
import { EXCEPTION_PARENTS } from "../../templates/runtime/values.js";
import { type Call, LIBRARY_CALLS, strMethodOutcomes } from "./sym-library.js";

const str = (text: string) => typed({ kind: "str" }, text);
const bool = (text: string) => typed({ kind: "bool" }, text);
/** A fact about the machine (a file exists): paths where it is true depend on the machine. */
const machine = (text: string): Sym => ({ k: "val", t: { kind: "bool" }, text, machine: true });

function consts(args: Sym[]): CV[] | null {
  for (const s of args) if (s.k !== "const") return null;
  const vals: CV[] = new Array(args.length);
  for (let i = 0; i < args.length; i++) vals[i] = (args[i] as { v: CV }).v;
  return vals;
}

/** The constant keywords of a call without any (shared: the folds only read them). */
const NO_CONST_KW: Record<string, CV> = Object.freeze({});

function constKw(kw: Record<string, Sym>): Record<string, CV> | null {
  const keys = Object.keys(kw);
  if (!keys.length) return NO_CONST_KW;
  const vals = consts(keys.map((k) => kw[k]));
  return vals ? Object.fromEntries(keys.map((k, i) => [k, vals[i]])) : null;
}

/** A library builtin: folded through the runtime when every argument is constant, else its table entry. */
function foldFirst(name: string, c: Call): Call {
  // Not foldable at all (`sorted` is, `callable` is not): the table entry, without testing the arguments.
  if (!isFoldableBuiltin(name)) return c;
  return (args, kw, p, a, line) => {
    const ca = consts(args);
    const ck = constKw(kw);
    return (ca && ck ? folded(foldBuiltin(name, ca, ck), p) : null) ?? c(args, kw, p, a, line);
  };
}

const folded = foldedOutcomes;

/** Argument types whose raises `int()` / `float()` enumerate (a float too, for `float()`). */
const CONVERTED = new Set<PyType["kind"]>(["int", "bool", "str", "literal", "none"]);

/** `int(x)` / `float(x)`: a str may raise ValueError; None raises TypeError. */
function convert(kind: "int" | "float"): Call {
  return (args, kw, p, a) => {
    const c = consts(args);
    if (c && !Object.keys(kw).length) return folded(foldBuiltin(kind, c), p) ?? [val(typed({ kind }, "…"), p)];
    const x = args[0];
    const t = x ? symType(x, p) : { kind: "int" as const };
    const members = t.kind === "union" ? t.members : [t];
    // `int(float(x))`: inf raises OverflowError, nan ValueError; `int(json.loads(x))`: a dict or list raises
    // TypeError. Neither is enumerated, so no accepted form is stated.
    if (!members.every((m) => CONVERTED.has(m.kind) || (kind === "float" && m.kind === "float"))) {
      a.noteUnmodelled(`${kind}() of a value of another type`);
    }
    const out: Outcome[] = [];
    if (members.some((m) => m.kind !== "none")) out.push(val(typed({ kind }, x ? symText(x) : "0"), checkedPath(p, x)));
    const numericText = x?.k === "val" && x.numeric === true;
    // `int(x, 16)` accepts "ff": only the one-argument conversion is the decimal form the cause names.
    const decimal = x?.k === "env" && args.length === 1 && !Object.keys(kw).length;
    const cause = decimal ? { name: x.name, check: kind, tf: x.tf, elem: x.elem } : undefined;
    if (!numericText && members.some((m) => m.kind === "str" || m.kind === "literal" || m.kind === "unknown")) out.push(cause ? { kind: "raise", exc: "ValueError", path: p, cause } : { kind: "raise", exc: "ValueError", path: p });
    if (members.some((m) => m.kind === "none")) out.push({ kind: "raise", exc: "TypeError", path: p });
    return out;
  };
}

function envGet(args: Sym[], kw: Record<string, Sym>, p: Path, a: Analyzer): Outcome[] {
  return readEnv(args[0] ?? kw.key, args[1] ?? kw.default ?? cst(null), p, a);
}

function seqOf(kind: "list" | "set" | "tuple"): Call {
  return (args, _kw, p) => {
    const x = args[0];
    if (!x) return [val(cst({ seq: kind, items: [] }), p)];
    // `list({"a", "b"})` lists a set in CPython's hash order: the items' order where known, else only their type.
    if (x.k === "const" && x.v !== null && typeof x.v === "object") {
      const order = kind === "set" ? x.v.items : iterationOrder(x.v);
      if (order) return [val(cst({ seq: kind, items: order }), p)];
      return [val({ k: "seq", seq: kind, item: representativeItem(x), text: symText(x) }, p)];
    }
    if (x.k === "seq") return [val({ ...x, seq: kind }, p)];
    return [val({ k: "seq", seq: kind, item: typed({ kind: "unknown", reason: "iteration" }, "…"), text: symText(x) }, p)];
  };
}

function pure(name: string, result: (args: Sym[], p: Path) => Sym): Call {
  return (args, _kw, p) => folded(consts(args) ? foldBuiltin(name, consts(args) as CV[]) : null, p) ?? [val(result(args, p), p)];
}

/** A pure module function (`json.loads`, `os.path.dirname`): folded through the runtime on constants, else `c`. */
function foldModuleFirst(path: string, c: Call): Call {
  if (!isFoldableModuleCall(path)) return c;
  return (args, kw, p, a, line) => {
    const ca = consts(args);
    const ck = constKw(kw);
    return (ca && ck ? folded(foldModuleCall(path, ca, ck), p) : null) ?? c(args, kw, p, a, line);
  };
}

/** The table before module functions are wrapped with their folding. */
const TABLE: Readonly<Record<string, Call>> = {
  ...Object.fromEntries(Object.entries(LIBRARY_CALLS).map(([k, c]) => [k, k.startsWith("builtins.") ? foldFirst(k.slice(9), c) : c])),
  "builtins.int": convert("int"),
  "builtins.float": convert("float"),
  "builtins.bool": pure("bool", (args) => bool(args[0] ? `bool(${symText(args[0])})` : "False")),
  "builtins.str": pure("str", (args, p) => {
    const t = args[0] ? symType(args[0], p) : { kind: "str" as const };
    const numeric = (t.kind === "union" ? t.members : [t]).every((m) => m.kind === "int" || m.kind === "bool");
    return { k: "val", t: { kind: "str" }, text: args[0] ? symText(args[0]) : "", numeric };
  }),
  "builtins.len": pure("len", () => typed({ kind: "int" }, "len")),
  "builtins.list": seqOf("list"),
  "builtins.set": seqOf("set"),
  "builtins.tuple": seqOf("tuple"),
  "builtins.callable": (args, _kw, p) => [val(args[0] && (args[0].k === "fn" || args[0].k === "bound" || args[0].k === "ref") ? cst(true) : args[0]?.k === "const" || args[0]?.k === "env" ? cst(false) : bool("callable"), p)],
  "builtins.__import__": (args, _kw, p, _a, line) => [{ kind: "unsupported", reason: `__import__(${args[0] ? symText(args[0]) : ""}) loads a module at run time`, line, path: p }],
  "builtins.hasattr": (_args, _kw, p) => [val(bool("hasattr"), p)],
  "os.getenv": envGet,
  "os.environ.get": envGet,
  "os.path.join": (args, _kw, p) => [val(str(args.map(symText).join("/")), p)],
  "os.path.expanduser": (args, _kw, p, a) => {
    const x = args[0];
    if (!x) return [{ kind: "raise", exc: "TypeError", path: p }];
    if (x.k === "const" && typeof x.v === "string" && !x.v.startsWith("~")) return [val(x, p)];
    a.reads.add("HOME");
    return [val(str(symText(x)), p)];
  },
  "os.path.abspath": (args, _kw, p) => [val(str(args[0] ? symText(args[0]) : ""), p)],
  "os.path.dirname": (args, _kw, p) => [val(str(`dirname(${args[0] ? symText(args[0]) : ""})`), p)],
  "os.path.exists": (_args, _kw, p) => [val(machine("exists"), p)],
  "os.path.isfile": (_args, _kw, p) => [val(machine("isfile"), p)],
  "os.path.isdir": (_args, _kw, p) => [val(machine("isdir"), p)],
  "os.access": (_args, _kw, p) => [val(machine("access"), p)],
  "os.getcwd": (_args, _kw, p) => [val(str("<cwd>"), p)],
  "os.cpu_count": (_args, _kw, p) => [val(typed(unionOf([{ kind: "int" }, { kind: "none" }]), "<CPU count>"), p)],
  "tempfile.gettempdir": (_args, _kw, p, a) => {
    ["TMPDIR", "TEMP", "TMP"].forEach((n) => a.reads.add(n));
    // gettempdir() takes the first usable of $TMPDIR, $TEMP, $TMP, then /tmp (the writability probe is the machine's).
    return [val(str("${TMPDIR:-${TEMP:-${TMP:-/tmp}}}"), p)];
  },
  "json.loads": (args, _kw, p) => {
    const x = args[0];
    const raise: Outcome = x?.k === "env" ? { kind: "raise", exc: "JSONDecodeError", path: p, cause: { name: x.name, check: "json", tf: x.tf, elem: x.elem } } : { kind: "raise", exc: "JSONDecodeError", path: p };
    return [val(typed({ kind: "json" }, "<JSON>"), checkedPath(p, x)), raise];
  },
  "json.load": (_args, _kw, p) => [val(typed({ kind: "json" }, "<JSON>"), p), { kind: "raise", exc: "JSONDecodeError", path: p }],
  "builtins.open": (_args, _kw, p) => [val({ k: "ref", path: "io.file" }, p), { kind: "raise", exc: "FileNotFoundError", path: p }],
  "uuid.uuid4": (_args, _kw, p) => [val({ k: "ref", path: "uuid.UUID" }, p)],
  "logging.getLogger": (_args, _kw, p) => [val({ k: "ref", path: "logging.Logger" }, p)],
  "urllib.parse.urlparse": (_args, _kw, p) => [val({ k: "ref", path: "urllib.parse.ParseResult" }, p)],
};

/** Callables reached through a dotted path: builtins, modules, and objects they return. */
const CALLS: ReadonlyMap<string, Call> = new Map(
  Object.entries(TABLE).map(([k, c]): [string, Call] => [k, k.startsWith("builtins.") ? c : foldModuleFirst(k, c)]),
);

/** Is `path` a callable of the tables (`os.getenv`)? */
export function isLibraryCall(path: string): boolean {
  return CALLS.has(path);
}

/**
 * Library calls whose raises on non-constant arguments are all enumerated by their table entry (or that
 * cannot raise on the strings, numbers and lists a getter hands them). Any other call on a non-constant
 * argument is recorded in `a.unmodelled`.
 */
const RAISES_MODELLED = new Set([
  "builtins.int", "builtins.float", "builtins.bool", "builtins.str", "builtins.len", "builtins.list", "builtins.set",
  "builtins.tuple", "builtins.callable", "builtins.isinstance", "builtins.hasattr", "builtins.__import__", "os.getenv",
  "os.environ.get", "os.path.join", "os.path.expanduser", "os.path.abspath", "os.path.dirname", "os.path.basename",
  "os.path.normpath", "os.path.isabs", "os.path.split", "os.path.splitext", "os.path.exists", "os.path.isfile",
  "os.path.isdir", "os.access", "os.getcwd", "os.cpu_count", "tempfile.gettempdir", "json.loads", "json.load",
  "builtins.open", "uuid.uuid4", "logging.getLogger", "urllib.parse.urlparse", "warnings.warn",
]);

/** str methods that cannot raise on a str receiver with the arguments a getter gives them (`.index()` can). */
const SAFE_METHODS = new Set(
  ("lower upper strip lstrip rstrip split rsplit replace startswith endswith isdigit isnumeric isdecimal isalpha " +
    "isalnum isspace islower isupper casefold title capitalize removeprefix removesuffix find rfind count " +
    "splitlines partition rpartition get keys values items copy").split(" "),
);

function isNonConst(s: Sym): boolean {
  return s.k !== "const" && s.k !== "fn" && s.k !== "ref";
}

/** Is some argument not a constant (nor a function or ref)? Without gathering them into an array. */
function nonConst(args: Sym[], kw: Record<string, Sym>): boolean {
  for (const s of args) if (isNonConst(s)) return true;
  for (const k in kw) if (Object.hasOwn(kw, k) && isNonConst(kw[k])) return true;
  return false;
}

/** Call a symbol. */
export function callSym(f: Sym, args: Sym[], kw: Record<string, Sym>, p: Path, a: Analyzer, line: number): Outcome[] {
  switch (f.k) {
    case "fn":
      return a.invoke(f, args, kw, p, line);
    case "ref": {
      if (f.path.startsWith("exc.")) return [val({ k: "ref", path: `raised.${f.path.slice(4)}` }, p)];
      if (f.path.startsWith("logging.") && /^logging\.Logger\.(warning|warn|error|critical|info|debug)$/.test(f.path)) return [val(cst(null), p)];
      // `str.lower(x)`: the unbound method is the bound one on its first argument.
      if (f.path.startsWith("builtins.str.") && /^builtins\.str\.[a-z]+$/.test(f.path) && args[0]) return callMethod(args[0], f.path.slice(13), args.slice(1), kw, p, line);
      const c: Call | undefined = CALLS.get(f.path);
      if (!RAISES_MODELLED.has(f.path) && nonConst(args, kw)) {
        a.noteUnmodelled(`${f.path.replace(/^builtins\./, "")}() (line ${line})`);
      }
      return c ? c(args, kw, p, a, line) : [val(typed({ kind: "unknown", reason: `result of ${f.path}()` }, `${f.path}()`), p)];
    }
    case "bound":
      if (!SAFE_METHODS.has(f.name) && (isNonConst(f.self) || nonConst(args, kw))) a.noteUnmodelled(`.${f.name}() (line ${line})`);
      return callMethod(f.self, f.name, args, kw, p, line);
    default: {
      // Only a value known not to be callable raises; an unknown one (a loop over `(str.isupper, ...)`) is unknown.
      const t = symType(f, p);
      if (f.k === "const" || (t.kind !== "unknown" && t.kind !== "json")) return [{ kind: "raise", exc: "TypeError", path: p }];
      return [val(typed({ kind: "unknown", reason: `result of calling ${symText(f)}` }, `${symText(f)}()`), p)];
    }
  }
}

const TRANSFORMS = new Set(["lower", "upper", "strip"]);

/** Methods that change their list, dict or set in place. */
const IN_PLACE = new Set("append extend insert remove pop popitem sort reverse clear setdefault update add discard".split(" "));

function callMethod(self: Sym, name: string, args: Sym[], kw: Record<string, Sym>, p: Path, line: number): Outcome[] {
  const t0 = symType(self, p);
  // `p.insert(1, "x"); return p`: symbols are values, not references, so the change would be lost and the
  // inferred default would be the list before it. Say so instead of guessing.
  if (IN_PLACE.has(name) && t0.kind !== "str" && t0.kind !== "literal") {
    return [{ kind: "unsupported", reason: `in-place .${name}() is not followed by the inference`, line, path: p }];
  }
  const c = consts(args);
  const ck = constKw(kw);
  if (self.k === "const" && c && ck) {
    const f = foldMethod(self.v, name, c, ck);
    if (f) return folded(f, p) as Outcome[];
  }
  const noKw = Object.keys(kw).length === 0;
  if (self.k === "env" && TRANSFORMS.has(name) && args.length === 0 && noKw) return [val({ ...self, tf: [...self.tf, name as "lower"] }, p)];
  if (self.k === "env" && name === "split" && noKw) return [val({ k: "seq", seq: "list", item: { k: "env", name: self.name, tf: NO_TF, elem: true }, text: `$${self.name} split` }, p)];
  if (self.k === "dict" && name === "get") return dictGet(self, args, p);
  const t = symType(self, p);
  if ((t.kind === "str" || t.kind === "literal") && ["lower", "upper", "strip", "lstrip", "rstrip", "replace"].includes(name)) return [val(str(symText(self)), p)];
  if (t.kind === "str" || t.kind === "literal") return strMethodOutcomes(self, name, p, line);
  if (["startswith", "endswith", "isdigit"].includes(name)) return [val(bool(name), p)];
  if (name === "split") return [val({ k: "seq", seq: "list", item: str("…"), text: "split" }, p)];
  return [val(typed({ kind: "unknown", reason: `result of .${name}()` }, `.${name}()`), p)];
}

function dictGet(d: Extract<Sym, { k: "dict" }>, args: Sym[], p: Path): Outcome[] {
  const key = args[0];
  const dflt = args[1] ?? cst(null);
  if (key?.k === "const") {
    const hit = d.entries.find(([k]) => k === key.v);
    return [val(hit ? hit[1] : dflt, p)];
  }
  return [...d.entries.map(([, v]) => val(v, p)), val(dflt, p)];
}

/** `d[key]`: the entry, or KeyError where the key may be missing (never None, unlike `d.get`). */
function dictSubscript(d: Extract<Sym, { k: "dict" }>, key: Sym, p: Path): Outcome[] {
  const missing: Outcome = { kind: "raise", exc: "KeyError", path: p };
  if (key.k === "const") {
    const hit = d.entries.find(([k]) => k === key.v);
    return [hit ? val(hit[1], p) : missing];
  }
  return [...d.entries.map(([, v]) => val(v, p)), missing];
}

/** `obj[index]`. */
export function getItem(obj: Sym, index: Sym, p: Path, a: Analyzer): Outcome[] {
  if (obj.k === "ref" && obj.path === "os.environ") {
    return readEnv(index, null, p, a);
  }
  if (obj.k === "ref" && obj.path === "module.environment_variables" && index.k === "const" && typeof index.v === "string") return a.entryGetter(index.v, p);
  if (obj.k === "ref" && obj.path === "sys.modules") return [val({ k: "ref", path: index.k === "const" && index.v === "vllm.envs" ? "self" : "module" }, p)];
  if (obj.k === "const" && index.k === "const") {
    const f = foldItem(obj.v, index.v);
    if (f) return folded(f, p) as Outcome[];
  }
  if (obj.k === "seq") return [val(obj.item, p), { kind: "raise", exc: "IndexError", path: p }];
  const t = obj.k === "val" ? obj.t : null;
  // A typed tuple comes from a fixed-shape result (`os.path.splitext`, `str.partition`); a list may be short.
  if (t && (t.kind === "tuple" || t.kind === "list")) {
    const item: Outcome = val(typed(t.item, "…"), p);
    // A fixed-shape tuple indexed by a value (`parts[int(x)]`) may be indexed out of range.
    if (t.kind === "tuple" && index.k !== "const") a.noteUnmodelled("a subscript by a value");
    return t.kind === "list" ? [item, { kind: "raise", exc: "IndexError", path: p }] : [item];
  }
  if (obj.k === "dict") return dictSubscript(obj, index, p);
  // `xs[int(k):]` of a list, tuple or str never raises.
  const sequence = ["list", "tuple", "str"].includes(symType(obj, p).kind) || (obj.k === "const" && obj.v !== null && typeof obj.v === "object");
  if (index.k === "val" && index.t.kind === "unknown" && index.t.reason === "slice" && sequence) {
    return [val(typed({ kind: "unknown", reason: "subscript" }, "…"), p)];
  }
  // `[1, 2, 3][int(x)]` (IndexError), `json.loads(x)[0]` (TypeError, KeyError, IndexError), `val[5]` (a guard
  // such as `val[5:] and val[5]` may rule IndexError out): raises not enumerated, so no accepted form is stated.
  a.noteUnmodelled("a subscript of a value not known statically");
  return [val(typed({ kind: "unknown", reason: "subscript" }, "…"), p)];
}

/** Is this name an exception class? */
export function isExceptionName(name: string): boolean {
  return Object.hasOwn(EXCEPTION_PARENTS, name) || name === "BaseException";
}
