// Methods of str, with CPython's whitespace set and argument errors.
import { PyTuple, PyUnsupported, type PyKwargs, type PyValue, iterate, raise, typeName } from "./values.js";
import { PY_WHITESPACE } from "./numbers.js";

type StrMethod = (self: string, args: PyValue[], kw: PyKwargs) => PyValue;

function optStr(v: PyValue | undefined, method: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") return raise("TypeError", `${method} arg must be None or str`);
  return v;
}

function needStr(v: PyValue | undefined, what: string): string {
  if (typeof v !== "string") return raise("TypeError", `${what} must be str, not ${typeName(v ?? null)}`);
  return v;
}

function strip(self: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars ?? PY_WHITESPACE;
  const cps = Array.from(self);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.includes(cps[i])) i++;
  if (right) while (j > i && set.includes(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
}

function maxsplitOf(args: PyValue[], kw: PyKwargs): number {
  const m = args[1] ?? kw.maxsplit ?? -1n;
  if (typeof m !== "bigint") return raise("TypeError", `'${typeName(m)}' object cannot be interpreted as an integer`);
  return Number(m);
}

function split(self: string, args: PyValue[], kw: PyKwargs): PyValue {
  const sep = optStr(args[0] ?? kw.sep, "split()");
  const max = maxsplitOf(args, kw);
  if (sep === "") return raise("ValueError", "empty separator");
  const out: string[] = [];
  if (sep === null) {
    let rest = strip(self, null, true, false);
    while (rest) {
      if (max >= 0 && out.length === max) {
        out.push(rest);
        return out;
      }
      const cps = Array.from(rest);
      let k = 0;
      while (k < cps.length && !PY_WHITESPACE.includes(cps[k])) k++;
      out.push(cps.slice(0, k).join(""));
      rest = strip(cps.slice(k).join(""), null, true, false);
    }
    return out;
  }
  let rest = self;
  for (let idx = rest.indexOf(sep); idx >= 0 && (max < 0 || out.length < max); idx = rest.indexOf(sep)) {
    out.push(rest.slice(0, idx));
    rest = rest.slice(idx + sep.length);
  }
  out.push(rest);
  return out;
}

function affix(self: string, args: PyValue[], which: "startsWith" | "endsWith"): boolean {
  const p = args[0] ?? null;
  const options = p instanceof PyTuple ? p.items : [p];
  return options.some((o) => {
    if (typeof o !== "string") return raise("TypeError", `${which === "startsWith" ? "startswith" : "endswith"} first arg must be str or a tuple of str, not ${typeName(o)}`);
    return self[which](o);
  });
}

function isAll(self: string, re: RegExp): boolean {
  return self.length > 0 && Array.from(self).every((c) => re.test(c));
}

/** The str methods of the subset. */
export const STR_METHODS: Readonly<Record<string, StrMethod>> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  casefold: (s) => s.toLowerCase(),
  strip: (s, a) => strip(s, optStr(a[0], "strip"), true, true),
  lstrip: (s, a) => strip(s, optStr(a[0], "lstrip"), true, false),
  rstrip: (s, a) => strip(s, optStr(a[0], "rstrip"), false, true),
  split,
  replace: (s, a) => {
    const old = needStr(a[0], "replace() argument 1");
    const nu = needStr(a[1], "replace() argument 2");
    if (a[2] !== undefined) throw new PyUnsupported("str.replace with a count");
    return old === "" ? nu + Array.from(s).join(nu) + nu : s.split(old).join(nu);
  },
  startswith: (s, a) => affix(s, a, "startsWith"),
  endswith: (s, a) => affix(s, a, "endsWith"),
  join: (s, a) =>
    iterate(a[0] ?? null)
      .map((x, i) => (typeof x === "string" ? x : raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(x)} found`)))
      .join(s),
  isdigit: (s) => isAll(s, /\p{Nd}|[\u00b2\u00b3\u00b9]/u),
  isdecimal: (s) => isAll(s, /\p{Nd}/u),
  isnumeric: (s) => isAll(s, /\p{N}/u),
  isalpha: (s) => isAll(s, /\p{L}/u),
  isspace: (s) => isAll(s, { test: (c: string) => PY_WHITESPACE.includes(c) } as RegExp),
  count: (s, a) => {
    const sub = needStr(a[0], "must be str");
    return BigInt(sub === "" ? Array.from(s).length + 1 : s.split(sub).length - 1);
  },
  find: (s, a) => {
    const i = s.indexOf(needStr(a[0], "must be str"));
    return i < 0 ? -1n : BigInt(Array.from(s.slice(0, i)).length);
  },
};
