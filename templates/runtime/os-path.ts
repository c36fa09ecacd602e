// os.path as CPython 3.11's posixpath computes it (string functions exactly; filesystem
// facts through the host). Names CPython has and this table lacks are unsupported (honest.ts).
import { PyFunc, PyModule, PyTuple, PyUnsupported, type PyKwargs, type PyValue, raise, typeName, fn } from "./values.js";
import { environGet, hostService } from "./context.js";
import { kwFn } from "./honest.js";

/** `os.fspath` for str (bytes and PathLike objects never reach the runtime). */
export function fspath(v: PyValue): string {
  if (typeof v === "string") return v;
  return raise("TypeError", `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

/** `os.path.join` (posixpath). */
export function pathJoin(parts: PyValue[]): string {
  let path = fspath(parts[0] ?? raise("TypeError", "join() missing 1 required positional argument: 'a'"));
  for (const p of parts.slice(1)) {
    if (typeof p !== "string")
      raise("TypeError", `join() argument must be str, bytes, or os.PathLike object, not '${typeName(p)}'`);
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

/** `os.path.expandvars` (posixpath): `$NAME` and `${NAME}` from the environment, unknown ones kept. */
function expandVars(v: PyValue): string {
  let path = fspath(v);
  if (!path.includes("$")) return path;
  const re = /\$([A-Za-z0-9_]+|\{[^}]*\})/g;
  let i = 0;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (!m) return path;
    let name = m[1];
    if (name.startsWith("{") && name.endsWith("}")) name = name.slice(1, -1);
    const value = environGet(name);
    if (value === undefined) {
      i = m.index + m[0].length;
      continue;
    }
    const tail = path.slice(m.index + m[0].length);
    path = path.slice(0, m.index) + value;
    i = path.length;
    path += tail;
  }
}

/** `os.path.split` (posixpath). */
function splitPath(v: PyValue): PyTuple {
  const p = fspath(v);
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return new PyTuple([head, p.slice(i)]);
}

/** `os.path.splitext` (genericpath._splitext): a leading run of dots is not an extension. */
function splitExt(v: PyValue): PyTuple {
  const p = fspath(v);
  const sep = p.lastIndexOf("/");
  const dot = p.lastIndexOf(".");
  if (dot > sep) {
    for (let k = sep + 1; k < dot; k++) if (p[k] !== ".") return new PyTuple([p.slice(0, dot), p.slice(dot)]);
  }
  return new PyTuple([p, ""]);
}

/** `os.path.commonprefix` of a list or tuple of str. */
function commonPrefix(v: PyValue): PyValue {
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (items === null) throw new PyUnsupported(`os.path.commonprefix() of a ${typeName(v)} is not modelled`);
  if (!items.length) return "";
  const strs = items.map(fspath);
  const s1 = strs.reduce((a, b) => (cmpCp(b, a) < 0 ? b : a));
  const s2 = strs.reduce((a, b) => (cmpCp(b, a) > 0 ? b : a));
  const c1 = Array.from(s1);
  const c2 = Array.from(s2);
  for (let i = 0; i < c1.length; i++) if (c1[i] !== c2[i]) return c1.slice(0, i).join("");
  return s1;
}

function cmpCp(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

const one = (qual: string, param: string, f: (v: PyValue) => PyValue) =>
  kwFn(`os.path.${qual}`, [param], (args: PyValue[], kw: PyKwargs) => {
    const given = Object.hasOwn(kw, param);
    if (args.length > 1)
      return raise("TypeError", `${qual}() takes 1 positional argument but ${args.length} were given`);
    if (args.length === 1 && given) return raise("TypeError", `${qual}() got multiple values for argument '${param}'`);
    if (!args.length && !given)
      return raise("TypeError", `${qual}() missing 1 required positional argument: '${param}'`);
    return f(args.length ? args[0] : kw[param]);
  });

let osPathCache: PyModule | null = null;

/** The `os.path` module (posixpath), made on first import (importing the package stays cheap). */
export function osPath(): PyModule {
  return (osPathCache ??= makeOsPath());
}

function makeOsPath(): PyModule {
  return new PyModule("os.path", {
    sep: "/",
    pathsep: ":",
    curdir: ".",
    pardir: "..",
    extsep: ".",
    altsep: null,
    devnull: "/dev/null",
    defpath: "/bin:/usr/bin",
    join: kwFn("os.path.join", [], (args) => pathJoin(args)),
    expanduser: one("expanduser", "path", expandUser),
    expandvars: one("expandvars", "path", expandVars),
    normpath: one("normpath", "path", (v) => normPath(fspath(v))),
    abspath: one("abspath", "path", absPath),
    dirname: one("dirname", "p", dirName),
    basename: one("basename", "p", (v) => fspath(v).slice(fspath(v).lastIndexOf("/") + 1)),
    isabs: one("isabs", "s", (v) => fspath(v).startsWith("/")),
    split: one("split", "p", splitPath),
    splitext: one("splitext", "p", splitExt),
    commonprefix: one("commonprefix", "m", commonPrefix),
    exists: pathTest("exists", "exists"),
    isfile: pathTest("isFile", "isfile"),
    isdir: pathTest("isDir", "isdir"),
  });
}
