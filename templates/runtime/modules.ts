// The standard-library modules envs.py imports, modelled on CPython 3.11 (posix):
// os, os.path, tempfile, json, uuid, logging, urllib.parse.
import { PyFunc, PyObject, PyUnsupported, type PyKwargs, type PyValue, currentContext, hostService, raise, typeName , fn } from "./values.js";
import { jsonLoads } from "./json.js";
import { str, strRepr } from "./text.js";

/** Read a variable of the call's environment. */
export function environGet(key: string): string | undefined {
  return currentContext().env.get(key);
}

/** Set a variable in the call's private copy of the environment (`os.environ[k] = v`). */
export function environSet(key: string, value: string): void {
  currentContext().env.set(key, value);
}


function arg(args: PyValue[], kw: PyKwargs, i: number, name: string, dflt?: PyValue): PyValue {
  if (i < args.length) return args[i];
  if (Object.hasOwn(kw, name)) return kw[name];
  if (dflt !== undefined) return dflt;
  return raise("TypeError", `missing required argument '${name}' (pos ${i + 1})`);
}

function fspath(v: PyValue): string {
  if (typeof v === "string") return v;
  return raise("TypeError", `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

function environGetMethod(args: PyValue[], kw: PyKwargs): PyValue {
  const key = arg(args, kw, 0, "key");
  const dflt = arg(args, kw, 1, "default", null);
  if (typeof key !== "string") return raise("TypeError", `str expected, not ${typeName(key)}`);
  const v = environGet(key);
  return v === undefined ? dflt : v;
}

const environ = new PyObject("_Environ", { get: fn("get", environGetMethod) });

/** `os.path.join` (posixpath). */
export function pathJoin(parts: PyValue[]): string {
  let path = fspath(parts[0] ?? raise("TypeError", "join() missing 1 required positional argument: 'a'"));
  for (const p of parts.slice(1)) {
    if (typeof p !== "string") raise("TypeError", `join() argument must be str, bytes, or os.PathLike object, not '${typeName(p)}'`);
    if (p.startsWith("/")) path = p;
    else if (!path || path.endsWith("/")) path += p;
    else path += "/" + p;
  }
  return path;
}

/** `os.path.expanduser` (posixpath): `~` from HOME, else from the password database. */
export function expandUser(v: PyValue): string {
  const path = fspath(v);
  if (!path.startsWith("~")) return path;
  let i = path.indexOf("/", 1);
  if (i < 0) i = path.length;
  let home: string | null;
  if (i === 1) {
    const env = environGet("HOME");
    home = env !== undefined ? env : hostService("passwdHome", "expanding ~ without HOME")(null);
  } else home = hostService("passwdHome", `expanding ${path.slice(0, i)}`)(path.slice(1, i));
  if (home === null) return path;
  return home.replace(/\/+$/, "") + path.slice(i) || "/";
}

/** `os.path.normpath` (posixpath). */
export function normPath(path: string): string {
  if (path === "") return ".";
  let initial = path.startsWith("/") ? 1 : 0;
  if (initial && path.startsWith("//") && !path.startsWith("///")) initial = 2;
  const out: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && !out.length) || (out.length && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length) out.pop();
  }
  const joined = "/".repeat(initial) + out.join("/");
  return joined || ".";
}

function absPath(v: PyValue): string {
  const p = fspath(v);
  return normPath(p.startsWith("/") ? p : pathJoin([hostService("cwd", "a relative path")(), p]));
}

function dirName(v: PyValue): string {
  const p = fspath(v);
  const head = p.slice(0, p.lastIndexOf("/") + 1);
  return head && head !== "/".repeat(head.length) ? head.replace(/\/+$/, "") : head;
}

function statArg(name: string, v: PyValue): string | null {
  if (typeof v === "string") return v.includes("\0") ? null : v;
  return raise("TypeError", `${name}: path should be string, bytes, os.PathLike or integer, not ${typeName(v)}`);
}

function pathTest(name: "exists" | "isFile" | "isDir", label: string): PyFunc {
  return fn(label, (args) => {
    const p = statArg("stat", args[0] ?? null);
    return p === null ? false : hostService(name, `os.path.${label}`)(p);
  });
}

const osPath = new PyObject("module", {
  sep: "/",
  join: fn("join", (args) => pathJoin(args)),
  expanduser: fn("expanduser", (args) => expandUser(args[0] ?? null)),
  normpath: fn("normpath", (args) => normPath(fspath(args[0] ?? null))),
  abspath: fn("abspath", (args) => absPath(args[0] ?? null)),
  dirname: fn("dirname", (args) => dirName(args[0] ?? null)),
  basename: fn("basename", (args) => fspath(args[0] ?? null).slice(fspath(args[0] ?? null).lastIndexOf("/") + 1)),
  isabs: fn("isabs", (args) => fspath(args[0] ?? null).startsWith("/")),
  exists: pathTest("exists", "exists"),
  isfile: pathTest("isFile", "isfile"),
  isdir: pathTest("isDir", "isdir"),
});

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
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues(b: Uint8Array): Uint8Array } }).crypto;
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const dashed = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return new PyObject("UUID", { hex, __str__: dashed });
}

function logMessage(args: PyValue[]): string {
  const msg = str(args[0] ?? null);
  return args.length > 1 ? `${msg} ${args.slice(1).map(str).join(" ")}` : msg;
}

function getLogger(): PyValue {
  const warn = fn("warning", (args) => {
    const w = currentContext().host.warn;
    if (w) w(logMessage(args));
    return null;
  });
  const quiet = fn("debug", () => null);
  return new PyObject("Logger", { warning: warn, warn, error: warn, critical: warn, warning_once: warn, info: quiet, debug: quiet, info_once: quiet, debug_once: quiet });
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

const MODULE_FACTORIES: Readonly<Record<string, () => PyObject>> = {
  os: () =>
    new PyObject("module", {
      environ,
      path: osPath,
      sep: "/",
      name: "posix",
      F_OK: 0n, R_OK: 4n, W_OK: 2n, X_OK: 1n,
      getenv: fn("getenv", (args, kw) => environGetMethod([arg(args, kw, 0, "key"), arg(args, kw, 1, "default", null)], {})),
      getcwd: fn("getcwd", () => hostService("cwd", "os.getcwd()")()),
      cpu_count: fn("cpu_count", () => {
        const n = hostService("cpuCount", "os.cpu_count()")();
        return n === null ? null : BigInt(n);
      }),
      access: fn("access", (args) => hostService("access", "os.access()")(fspath(args[0] ?? null), Number(args[1] ?? 0n))),
    }),
  "os.path": () => osPath,
  tempfile: () => new PyObject("module", { gettempdir: fn("gettempdir", getTempDir) }),
  json: () =>
    new PyObject("module", {
      loads: fn("loads", (args, kw) => jsonLoads(arg(args, kw, 0, "s"))),
      load: fn("load", (args) => {
        const f = args[0];
        const read = f instanceof PyObject ? f.attrs.read : undefined;
        if (!(read instanceof PyFunc)) return raise("AttributeError", `'${typeName(f ?? null)}' object has no attribute 'read'`);
        return jsonLoads(read.fn([], {}));
      }),
    }),
  uuid: () => new PyObject("module", { uuid4: fn("uuid4", uuid4) }),
  sys: () => new PyObject("module", { modules: new PyObject("_SysModules", {}) }),
  logging: () => new PyObject("module", { getLogger: fn("getLogger", getLogger) }),
  "urllib.parse": () => new PyObject("module", { urlparse: fn("urlparse", urlParse) }),
  urllib: () => new PyObject("module", {}),
};

/** The modules this runtime models (the emitter marks imports of any other module unsupported). */
export const KNOWN_MODULES: readonly string[] = Object.keys(MODULE_FACTORIES);

const moduleCache = new Map<string, PyObject>();

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
