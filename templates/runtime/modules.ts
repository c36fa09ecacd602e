// The standard-library modules envs.py imports, modelled on CPython 3.11 (posix):
// os, os.path, sys, tempfile, json, uuid, logging, warnings, urllib.parse.
import { PyDict, PyException, PyFunc, PyModule, PyObject, PyTuple, PyUnsupported, type PyKwargs, type PyValue, EXCEPTION_PARENTS, isSubclass, raise, typeName, fn } from "./values.js";
import { currentContext, environGet, hostService } from "./context.js";
import { jsonLoads } from "./json.js";
import { str, strRepr } from "./text.js";
import { kwFn } from "./honest.js";
import { percentFormat } from "./str-format.js";
import { fspath, normPath, osPath, pathJoin } from "./os-path.js";

function arg(args: PyValue[], kw: PyKwargs, i: number, name: string, dflt?: PyValue): PyValue {
  if (i < args.length) return args[i];
  if (Object.hasOwn(kw, name)) return kw[name];
  if (dflt !== undefined) return dflt;
  return raise("TypeError", `missing required argument '${name}' (pos ${i + 1})`);
}

function environGetMethod(args: PyValue[], kw: PyKwargs): PyValue {
  return environValue(arg(args, kw, 0, "key"), arg(args, kw, 1, "default", null));
}

/** `os.environ.get(key, dflt)`, `os.getenv(key, dflt)`. */
export function environValue(key: PyValue, dflt: PyValue): PyValue {
  if (typeof key !== "string") return raise("TypeError", `str expected, not ${typeName(key)}`);
  const v = environGet(key);
  return v === undefined ? dflt : v;
}

/** `os.environ.get` as the os module has it (fast paths compare with it: it may not have been replaced). */
export const ENVIRON_GET: PyFunc = fn("get", environGetMethod);
/** `os.environ`. */
export const ENVIRON: PyObject = new PyObject("_Environ", { get: ENVIRON_GET });
const environ = ENVIRON;

/** `os.getenv` as the os module has it. */
export const OS_GETENV: PyFunc = kwFn("os.getenv", ["key", "default"], (args, kw) =>
  environValue(arg(args, kw, 0, "key"), arg(args, kw, 1, "default", null)));

/** `open(path)` for reading text, through the host. */
export function openFile(args: PyValue[], kw: PyKwargs): PyValue {
  const path = fspath(arg(args, kw, 0, "file"));
  const mode = arg(args, kw, 1, "mode", "r");
  if (mode !== "r" && mode !== "rt") throw new PyUnsupported(`open() in mode ${str(mode)}`);
  let text: string;
  try {
    text = hostService("readFile", "open()")(path);
  } catch (e) {
    if (e instanceof PyUnsupported) throw e;
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return raise("FileNotFoundError", `[Errno 2] No such file or directory: ${strRepr(path)}`);
    if (code === "EISDIR") return raise("IsADirectoryError", `[Errno 21] Is a directory: ${strRepr(path)}`);
    if (code === "EACCES") return raise("PermissionError", `[Errno 13] Permission denied: ${strRepr(path)}`);
    return raise("OSError", `${String((e as Error).message)}: ${strRepr(path)}`);
  }
  return new PyObject("TextIOWrapper", { read: fn("read", () => text), __enter__: fn("__enter__", (a) => a[0] ?? null), __exit__: fn("__exit__", () => null) });
}

function getTempDir(): string {
  const dirs: string[] = [];
  for (const name of ["TMPDIR", "TEMP", "TMP"]) {
    const v = environGet(name);
    if (v) dirs.push(v);
  }
  dirs.push("/tmp", "/var/tmp", "/usr/tmp");
  const canCreate = hostService("canCreateFileIn", "tempfile.gettempdir()");
  const cwd = hostService("cwd", "tempfile.gettempdir()")();
  dirs.push(cwd);
  for (const d of dirs) {
    const dir = normPath(d.startsWith("/") ? d : pathJoin([cwd, d]));
    if (canCreate(dir)) return dir;
  }
  return raise("FileNotFoundError", `[Errno 2] No usable temporary directory found in [${dirs.map(strRepr).join(", ")}]`);
}

function uuid4(): PyValue {
  type Crypto = { getRandomValues(b: Uint8Array): Uint8Array; randomUUID?: () => string };
  const c = (globalThis as { crypto?: Crypto }).crypto;
  // The same random version-4 UUID, lowercase, from the engine's own (pooled) generator where it has one.
  if (c && typeof c.randomUUID === "function") {
    const dashed = c.randomUUID();
    return new PyObject("UUID", { hex: dashed.replace(/-/g, ""), __str__: dashed });
  }
  const bytes = new Uint8Array(16);
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const dashed = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return new PyObject("UUID", { hex, __str__: dashed });
}

/** `msg % args` as logging formats a record; a formatting error is printed by logging, not raised. */
function logMessage(args: PyValue[]): string | null {
  const msg = str(args[0] ?? null);
  if (args.length < 2) return msg;
  const rest = args.slice(1);
  try {
    return percentFormat(msg, rest.length === 1 && rest[0] instanceof PyDict && rest[0].map.size ? rest[0] : new PyTuple(rest));
  } catch (e) {
    if (e instanceof PyException) return null;
    throw e;
  }
}

function logMethod(name: string, emits: boolean): PyFunc {
  // exc_info, stack_info and stacklevel change what is printed, never the value or whether it raises.
  return kwFn(`Logger.${name}`, ["exc_info", "stack_info", "stacklevel"], (args) => {
    if (!args.length) return raise("TypeError", `Logger.${name}() missing 1 required positional argument: 'msg'`);
    if (!emits) return null;
    const w = currentContext().host.warn;
    const text = logMessage(args);
    if (w && text !== null) w(text);
    return null;
  });
}

// A logger's level is WARNING unless configured: debug and info produce nothing (and do not even
// format their message), warning and above reach the host.
function getLogger(): PyValue {
  const warn = logMethod("warning", true);
  return new PyObject("Logger", {
    warning: warn, warn: logMethod("warn", true), error: logMethod("error", true), critical: logMethod("critical", true),
    info: logMethod("info", false), debug: logMethod("debug", false),
  });
}

function warningsWarn(args: PyValue[], kw: PyKwargs): PyValue {
  const message = arg(args, kw, 0, "message");
  const category = arg(args, kw, 1, "category", null);
  let cat = "UserWarning";
  if (message instanceof PyException) cat = message.pyType;
  else if (category instanceof PyFunc && isSubclass(category.name, "Warning")) cat = category.name;
  else if (category !== null) {
    // An exception class is a `type` to CPython (the runtime represents classes as functions).
    const t = category instanceof PyFunc && Object.hasOwn(EXCEPTION_PARENTS, category.name) ? "type" : typeName(category);
    return raise("TypeError", `category must be a Warning subclass, not '${t}'`);
  }
  const w = currentContext().host.warn;
  if (w) w(`${cat}: ${str(message)}`);
  return null;
}

const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;

/** `urllib.parse.urlparse` (scheme, netloc, path, params, query, fragment). */
function urlParse(args: PyValue[]): PyValue {
  let url = str(args[0] ?? "").replace(/^[\x00-\x20]+/, "").replace(/[\t\r\n]/g, "");
  let scheme = "";
  let netloc = "";
  let query = "";
  let fragment = "";
  let params = "";
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url) && SCHEME_CHARS.test(url.slice(0, i))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.startsWith("//")) {
    const rest = url.slice(2);
    const end = rest.search(/[/?#]/);
    netloc = end < 0 ? rest : rest.slice(0, end);
    url = end < 0 ? "" : rest.slice(end);
  }
  if (url.includes("#")) [url, fragment] = [url.slice(0, url.indexOf("#")), url.slice(url.indexOf("#") + 1)];
  if (url.includes("?")) [url, query] = [url.slice(0, url.indexOf("?")), url.slice(url.indexOf("?") + 1)];
  if (url.includes(";") && ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel"].includes(scheme)) {
    const semi = url.lastIndexOf("/") < 0 ? url.indexOf(";") : url.indexOf(";", url.lastIndexOf("/"));
    if (semi >= 0) [url, params] = [url.slice(0, semi), url.slice(semi + 1)];
  }
  return new PyObject("ParseResult", { scheme, netloc, path: url, params, query, fragment });
}

function sysPlatform(): PyValue {
  const p = hostService("platform", "sys.platform")();
  if (p === null) throw new PyUnsupported("sys.platform depends on the machine's platform, which the host does not know");
  return p;
}

const PATH_CONSTANTS = { sep: "/", pathsep: ":", linesep: "\n", curdir: ".", pardir: "..", extsep: ".", altsep: null, devnull: "/dev/null", defpath: "/bin:/usr/bin" };

function osModule(): PyModule {
  return new PyModule("os", {
    environ,
    path: osPath(),
    ...PATH_CONSTANTS,
    name: "posix",
    F_OK: 0n, R_OK: 4n, W_OK: 2n, X_OK: 1n,
    getenv: OS_GETENV,
    getcwd: kwFn("os.getcwd", [], () => hostService("cwd", "os.getcwd()")()),
    cpu_count: kwFn("os.cpu_count", [], () => {
      const n = hostService("cpuCount", "os.cpu_count()")();
      return n === null ? null : BigInt(n);
    }),
    access: kwFn("os.access", ["path", "mode"], (args, kw) => hostService("access", "os.access()")(fspath(arg(args, kw, 0, "path")), Number(arg(args, kw, 1, "mode")))),
  });
}

function jsonModule(): PyModule {
  return new PyModule("json", {
    loads: kwFn("json.loads", ["s"], (args, kw) => jsonLoads(arg(args, kw, 0, "s"))),
    load: kwFn("json.load", [], (args) => {
      const f = args[0];
      const read = f instanceof PyObject ? f.attrs.read : undefined;
      if (!(read instanceof PyFunc)) return raise("AttributeError", `'${typeName(f ?? null)}' object has no attribute 'read'`);
      return jsonLoads(read.fn([], {}));
    }),
  });
}

const MODULE_FACTORIES: Readonly<Record<string, () => PyObject>> = {
  os: osModule,
  "os.path": osPath,
  tempfile: () => new PyModule("tempfile", { gettempdir: kwFn("tempfile.gettempdir", [], getTempDir) }),
  json: jsonModule,
  uuid: () => new PyModule("uuid", { uuid4: kwFn("uuid.uuid4", [], uuid4) }),
  // sys.platform is the machine's: asked of the host when read (the module object is shared).
  sys: () => new PyModule("sys", { modules: new PyObject("_SysModules", {}) }, { platform: sysPlatform }),
  logging: () =>
    new PyModule("logging", {
      getLogger: kwFn("logging.getLogger", ["name"], getLogger),
      NOTSET: 0n, DEBUG: 10n, INFO: 20n, WARNING: 30n, WARN: 30n, ERROR: 40n, CRITICAL: 50n, FATAL: 50n,
    }),
  warnings: () => new PyModule("warnings", { warn: kwFn("warnings.warn", ["message", "category", "stacklevel"], warningsWarn) }),
  "urllib.parse": () => new PyModule("urllib.parse", { urlparse: kwFn("urllib.parse.urlparse", [], urlParse) }),
  urllib: () => new PyModule("urllib", {}),
};

/** The modules this runtime models (the emitter marks imports of any other module unsupported). */
export const KNOWN_MODULES: readonly string[] = Object.keys(MODULE_FACTORIES);

const moduleCache = new Map<string, PyObject>();

/** Is `m` the modelled `os` module (the object `import os` gives)? */
export function isOsModule(m: PyValue): boolean {
  return m !== null && m === moduleCache.get("os");
}

/** `import name`: a modelled standard-library module, or unsupported. */
export function importModule(name: string): PyObject {
  let m = moduleCache.get(name);
  if (!m) {
    const factory = MODULE_FACTORIES[name];
    if (!factory) throw new PyUnsupported(`imports ${name}, which this runtime does not model (it is not part of the standard-library subset)`);
    m = factory();
    moduleCache.set(name, m);
    if (name === "urllib.parse") importModule("urllib").attrs.parse = m;
  }
  return m;
}
