#!/usr/bin/env python3
"""Write the runtime's tables of what CPython 3.11 really has (run once; output committed).

    python3 scripts/python-tables.py

templates/runtime/python-names.ts: the attributes of the builtin types and of the
modelled modules (posix), and which keyword arguments each modelled callable
accepts, with CPython's TypeError for one it rejects. The runtime uses them to tell
"CPython has this, we do not model it" (unsupported) from "CPython has no such
thing" (CPython's own error).

templates/runtime/unicode-data.ts: the Unicode facts str methods need (case
mappings, character classes), taken from this Python's unicodedata, so the
generated module does not depend on the JS engine's Unicode version; their
encoding is in scripts/unicode-tables.py.
"""
import importlib.util
import inspect
import json
import logging
import os
import posixpath
import sys
import tempfile
import types
import unicodedata
import urllib
import urllib.parse
import uuid
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "templates", "runtime")

TYPES = {"str": str, "list": list, "dict": dict, "set": set, "tuple": tuple, "int": int, "float": float,
         "bool": bool, "NoneType": type(None), "function": types.FunctionType,
         "Logger": logging.getLogger("probe-tables"), "ParseResult": urllib.parse.ParseResult, "UUID": uuid.UUID,
         "_Environ": type(os.environ), "Exception": Exception(), "OSError": OSError(), "ImportError": ImportError(),
         "UnicodeError": UnicodeError(), "JSONDecodeError": json.JSONDecodeError("m", "d", 0)}
MODULES = {"os": os, "os.path": posixpath, "sys": sys, "json": json, "tempfile": tempfile, "logging": logging,
           "uuid": uuid, "urllib": urllib, "urllib.parse": urllib.parse, "warnings": warnings}
# Modules whose attributes differ between platforms: a name missing here may exist elsewhere.
PLATFORM_MODULES = ["os", "sys"]

S = "abc"
# (qualified name, callable, positional args that reach keyword parsing)
CALLABLES = [
    *[(f"str.{n}", getattr(str, n), [S] + a) for n, a in [
        ("lower", []), ("upper", []), ("title", []), ("capitalize", []), ("swapcase", []), ("casefold", []),
        ("strip", []), ("lstrip", []), ("rstrip", []), ("removeprefix", ["a"]), ("removesuffix", ["a"]),
        ("split", []), ("rsplit", []), ("splitlines", []), ("partition", ["b"]), ("rpartition", ["b"]),
        ("ljust", [5]), ("rjust", [5]), ("center", [5]), ("zfill", [5]), ("isdigit", []), ("isalpha", []),
        ("isalnum", []), ("isupper", []), ("islower", []), ("isspace", []), ("isnumeric", []), ("isdecimal", []),
        ("isidentifier", []), ("istitle", []), ("isascii", []), ("isprintable", []), ("startswith", ["a"]),
        ("endswith", ["a"]), ("find", ["a"]), ("rfind", ["a"]), ("index", ["a"]), ("rindex", ["a"]),
        ("count", ["a"]), ("replace", ["a", "b"]), ("join", [["a"]]), ("encode", []), ("expandtabs", []),
        ("format", [])]],
    *[(f"list.{n}", getattr(list, n), [[1]] + a) for n, a in [
        ("append", [1]), ("extend", [[1]]), ("copy", []), ("count", [1]), ("index", [1]), ("sort", []), ("pop", []),
        ("insert", [0, 1]), ("remove", [1]), ("reverse", []), ("clear", [])]],
    *[(f"dict.{n}", getattr(dict, n), [{1: 2}] + a) for n, a in [
        ("get", [1]), ("keys", []), ("values", []), ("items", []), ("pop", [1]), ("setdefault", [1]), ("copy", [])]],
    *[(f"set.{n}", getattr(set, n), [{1}] + a) for n, a in [("add", [1])]],
    *[(f"builtins.{n}", getattr(__builtins__, n), a) for n, a in [
        ("int", ["1"]), ("float", ["1"]), ("bool", [1]), ("str", [1]), ("repr", [1]), ("list", [[]]), ("tuple", [[]]),
        ("set", [[]]), ("len", [[]]), ("min", [[1]]), ("max", [[1]]), ("abs", [1]), ("any", [[]]), ("all", [[]]),
        ("sorted", [[]]), ("callable", [1]), ("hasattr", [1, "a"]), ("getattr", [1, "real"]), ("enumerate", [[]]),
        ("zip", [[]]), ("round", [1]), ("divmod", [1, 2]), ("open", ["/nonexistent/x"]), ("map", [str, []]),
        ("filter", [None, []]), ("reversed", [[]]), ("range", [1]), ("sum", [[]]), ("chr", [65]), ("ord", ["a"]),
        ("isinstance", [1, int])]],
    *[(f"os.{n}", getattr(os, n), a) for n, a in [("getenv", ["HOME"]), ("getcwd", []), ("cpu_count", []), ("access", ["/", 0])]],
    *[(f"os.path.{n}", getattr(posixpath, n), a) for n, a in [
        ("join", ["a"]), ("expanduser", ["a"]), ("expandvars", ["a"]), ("normpath", ["a"]), ("abspath", ["a"]),
        ("dirname", ["a"]), ("basename", ["a"]), ("isabs", ["a"]), ("exists", ["a"]), ("isfile", ["a"]),
        ("isdir", ["a"]), ("splitext", ["a"]), ("split", ["a"]), ("commonprefix", [["a"]])]],
    ("_Environ.get", os.environ.get, ["HOME"]),
    ("json.loads", json.loads, ["1"]), ("json.load", json.load, [None]), ("tempfile.gettempdir", tempfile.gettempdir, []),
    ("uuid.uuid4", uuid.uuid4, []), ("logging.getLogger", logging.getLogger, ["x"]),
    ("urllib.parse.urlparse", urllib.parse.urlparse, ["http://a"]), ("warnings.warn", warnings.warn, ["x"]),
    *[(f"Logger.{n}", getattr(logging.getLogger("probe-tables"), n), ["x"]) for n in ["debug", "info", "warning", "warn", "error", "critical"]],
]
# Parameters of callables without a signature. A token is a name, `name/` positional-only,
# `name=` keyword-only, `*` / `**` the var forms; a trailing `?` marks an optional parameter.
KNOWN_SPECS = {"builtins.int": "x/? base?", "builtins.str": "object? encoding? errors?",
               "builtins.min": "iterable/ * key=? default=?", "builtins.max": "iterable/ * key=? default=?",
               "builtins.zip": "* strict=?", "builtins.enumerate": "iterable start?", "str.format": "* **",
               "builtins.float": "x/?", "builtins.bool": "x/?", "builtins.list": "iterable/?",
               "builtins.tuple": "iterable/?", "builtins.set": "iterable/?", "builtins.getattr": "object/ name/ default/?",
               "builtins.map": "function/ iterable/ *", "builtins.filter": "function/ iterable/",
               "builtins.range": "start/ stop/? step/?", "builtins.reversed": "sequence/"}


def param_spec(qual, f):
    """The parameters of `f` as spec tokens (see KNOWN_SPECS), or None when unknown."""
    if qual in KNOWN_SPECS:
        return KNOWN_SPECS[qual]
    try:
        sig = inspect.signature(f)
    except (TypeError, ValueError):
        return None
    tokens = []
    for p in sig.parameters.values():
        if p.name == "self":
            continue
        opt = "?" if p.default is not p.empty else ""
        if p.kind == p.VAR_POSITIONAL:
            tokens.append("*")
        elif p.kind == p.VAR_KEYWORD:
            tokens.append("**")
        elif p.kind == p.POSITIONAL_ONLY:
            tokens.append(f"{p.name}/{opt}")
        elif p.kind == p.KEYWORD_ONLY:
            tokens.append(f"{p.name}={opt}")
        else:
            tokens.append(f"{p.name}{opt}")
    return " ".join(tokens)


def reject_message(f, args):
    """CPython's TypeError for an unknown keyword, with the keyword written ZZKW (None: not knowable here)."""
    try:
        f(*args, ZZKW=1)
    except TypeError as e:
        msg = str(e)
        if "ZZKW" in msg or "takes no keyword arguments" in msg:
            return msg
    except Exception:  # noqa: BLE001 - any other outcome means the keyword was not what failed
        pass
    return None


# CPython's three wordings of an unknown keyword; the runtime's honest.ts has the same table (REJECT).
REJECT_TEMPLATES = {"!": "{}() takes no keyword arguments", "?": "'ZZKW' is an invalid keyword argument for {}()",
                    "~": "{}() got an unexpected keyword argument 'ZZKW'"}


def short_message(qual, msg):
    """A reject message as its template's mark and the function's name: none for `qual` itself (less a
    `builtins.` prefix), "." for its last part (`sort` of builtins.sorted's), else the name as CPython has it."""
    if msg is None:
        return None
    own = qual.removeprefix("builtins.")
    for mark, template in REJECT_TEMPLATES.items():
        head, tail = template.split("{}")
        if msg.startswith(head) and msg.endswith(tail):
            name = msg[len(head):len(msg) - len(tail)]
            return mark + ("" if name == own else "." if name == own.split(".")[-1] else name)
    assert msg[0] not in REJECT_TEMPLATES, msg
    return msg


def public(obj):
    # Private names (`_x`, `__x__`) are left out: the runtime treats every one it does not model as
    # unsupported (size: the tables ship in every browser bundle of the bindings).
    return " ".join(sorted(n for n in dir(obj) if not n.startswith("_")))


def names_table():
    kw = {}
    for qual, f, args in CALLABLES:
        kw[qual] = [param_spec(qual, f), short_message(qual, reject_message(f, args))]
    return {
        "TYPE_ATTRS": {k: public(v) for k, v in TYPES.items()},
        # os and sys differ between platforms: a name they lack is unsupported, so no list is needed.
        "MODULE_ATTRS": {k: public(v) for k, v in MODULES.items() if k not in PLATFORM_MODULES},
        "KEYWORDS": kw,
        "PLATFORM_MODULES": PLATFORM_MODULES,
    }


def load_unicode_tables():
    """scripts/unicode-tables.py (a file name Python's import cannot spell)."""
    spec = importlib.util.spec_from_file_location("unicode_tables", os.path.join(HERE, "unicode-tables.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UNICODE = load_unicode_tables()
DerivedTable = UNICODE.DerivedTable


def ts_type(value):
    if isinstance(value, DerivedTable):
        return "Table"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "readonly string[]"
    inner = next(iter(value.values()))
    return "Readonly<Record<string, string>>" if isinstance(inner, str) else "Readonly<Record<string, readonly [string | null, string | null]>>"


def ts_string(text, indent):
    """A string literal in chunks of at most 100 characters, joined with +."""
    chunks = [text[i:i + 90] for i in range(0, len(text), 90)] or [""]
    return (" +\n" + " " * indent).join(json.dumps(c) for c in chunks)


def ts_value(value):
    if isinstance(value, DerivedTable):
        return f"[{value.base},\n  " + ts_string(value.diff, 2) + (f", {json.dumps(value.how)}]" if value.how else "]")
    if isinstance(value, str):
        return "\n  " + ts_string(value, 2)
    if isinstance(value, list):
        return json.dumps(value)
    lines = ["{"]
    for k in sorted(value):
        v = value[k]
        body = ts_string(v, 4) if isinstance(v, str) else json.dumps(v)
        if len(body) > 90 and not isinstance(v, str):
            body = "[\n    " + ",\n    ".join(json.dumps(x) for x in v) + ",\n  ]"
        lines.append(f"  {json.dumps(k)}: {body},")
    return "\n".join(lines + ["}"])


def write(name, header, consts):
    lines = [f"// {header}", f"// Generated by scripts/python-tables.py from Python {sys.version.split()[0]} "
             f"(Unicode {unicodedata.unidata_version}); do not edit.", ""]
    if any(isinstance(v, DerivedTable) for v in consts.values()):
        lines += ["/** A table, or [base table, its difference from the base (ranges: XOR; mappings: overlay), and",
                  " *  what of the base: itself, a mapping's inverse, or the domain of a mapping (the code points it",
                  " *  changes)]. */",
                  "export type Table = string | readonly [Table, string] | readonly [Table, string, How];",
                  "/** See {@link Table}. */", 'export type How = "inverse" | "domain";', ""]
    for key, value in consts.items():
        how = f", as its difference from {f'the {value.how} of ' if value.how else ''}{value.base}" \
            if isinstance(value, DerivedTable) else ""
        lines.append(f"/** CPython's {key.lower().replace('_', ' ')}{how}. */")
        lines.append(f"export const {key}: {ts_type(value)} = {ts_value(value)};")
        lines.append("")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    warnings.simplefilter("ignore")
    write("python-names.ts", "What CPython 3.11 has: attributes of types and modules, keyword arguments.", names_table())
    write("unicode-data.ts", "The Unicode facts of CPython's str methods, as compact ranges and mappings.",
          UNICODE.unicode_table())


if __name__ == "__main__":
    main()
