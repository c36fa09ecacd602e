#!/usr/bin/env python3
"""Ground truth for the differential test: run a real envs.py under CPython.

Standard library only. The file is executed as module ``vllm.envs`` with every
import outside the standard library replaced by a stub that records being
touched; a result that touched a stub is not ground truth and is marked so.

Usage: cpython-probe.py ENVS_PY [--dict NAME] [--upstream UPSTREAM_ENVS_PY] > probes.json

A platform plugin's env file (``--dict`` names its dict of getters, e.g. ``env_variables``) is not
registered as ``vllm.envs``: with ``--upstream``, ``import vllm.envs`` / ``from vllm.envs import ...``
resolve to the real upstream file (loaded as ``vllm.envs``, with the same stubs); without it, to a stub.
Output: {"python": "3.11.7", "cases": [{"name", "env", "result", "stubbed", "nondeterministic"}]}
Each result follows the `vllm-envs eval` contract (README, "eval").
"""
import ast
import importlib.abc
import importlib.machinery
import json
import math
import os
import sys
import tempfile
import types

TOUCHED = [False]


class Stub(types.ModuleType):
    """Any attribute, call or operation on a stub is recorded and yields another stub."""

    def __init__(self, name="stub"):
        super().__init__(name)
        self.__path__ = []

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        TOUCHED[0] = True
        return Stub(f"{self.__name__}.{name}")

    def __call__(self, *args, **kwargs):
        TOUCHED[0] = True
        return Stub(f"{self.__name__}()")

    def __bool__(self):
        TOUCHED[0] = True
        return True

    def __iter__(self):
        TOUCHED[0] = True
        return iter(())


class StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serve a stub for every module whose top-level package is not in the standard library."""

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in sys.stdlib_module_names:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=True)

    def create_module(self, spec):
        TOUCHED[0] = True
        return Stub(spec.name)

    def exec_module(self, module):
        pass


IMPORT_READ_ENV = [False]


class RecordingEnviron(os._Environ):
    """os.environ while the module is imported: notes whether import-time code reads the environment."""

    def __getitem__(self, key):
        IMPORT_READ_ENV[0] = True
        return super().__getitem__(key)

    def __contains__(self, key):
        IMPORT_READ_ENV[0] = True
        return super().__contains__(key)

    def __iter__(self):
        IMPORT_READ_ENV[0] = True
        return super().__iter__()


# The file's dict of getters and, for a plugin, its upstream vllm/envs.py (set from the command line).
CONFIG = {"dict": "environment_variables", "upstream": None, "plugin": False}


def load(path):
    """Import the file; where import-time code (a default `x=os.getenv(...)`) reads the
    environment, the caller re-imports it for each case, under that case's environment."""
    real = os.environ
    os.environ = RecordingEnviron(real._data, real.encodekey, real.decodekey, real.encodevalue, real.decodevalue)
    try:
        return load_module(path)
    finally:
        os.environ = real


COMPILED = {}


def load_module(path):
    if not any(isinstance(f, StubFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, StubFinder())
    for name in list(sys.modules):
        if name.split(".")[0] not in sys.stdlib_module_names and name not in ("__main__",):
            del sys.modules[name]
    if CONFIG["upstream"]:
        upstream, _ = exec_file(CONFIG["upstream"])
        sys.modules["vllm.envs"] = upstream
        # `import vllm.envs as envs` reads the attribute of the (stub) package `vllm`.
        setattr(importlib.import_module("vllm"), "envs", upstream)
    module, source = exec_file(path, register=not CONFIG["plugin"])
    return module, source


def exec_file(path, register=True):
    module = types.ModuleType("vllm.envs")
    module.__file__ = os.path.abspath(path)
    if path not in COMPILED:
        # Read and compiled once: a file whose import reads the environment is re-imported twice per case.
        with open(path, encoding="utf-8") as f:
            source = f.read()
        COMPILED[path] = (source, compile(source, path, "exec"))
    source, code = COMPILED[path]
    if register:
        sys.modules["vllm.envs"] = module
    exec(code, module.__dict__)
    return module, source


def encode(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        if -(2**53) <= v <= 2**53:
            return v
        # Printing a huge int is not part of the getter: lift the str() digit limit just for this.
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return {"$int": str(v)}
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(v, float):
        if math.isnan(v):
            return {"$float": "nan"}
        if math.isinf(v):
            return {"$float": "inf" if v > 0 else "-inf"}
        return v
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, (set, frozenset)):
        items = [encode(x) for x in v]
        return {"$set": sorted(items, key=lambda x: json.dumps(x, separators=(",", ":"), ensure_ascii=False))}
    if isinstance(v, dict):
        return {"$dict": {str(k): encode(x) for k, x in v.items()}}
    TOUCHED[0] = True
    return {"$unsupported": f"python value of type {type(v).__name__}"}


def run(module, name, env, path=None):
    os.environ.clear()
    os.environ.update(env)
    if path is not None:
        module, _ = load_module(path)
    tempfile.tempdir = None
    TOUCHED[0] = False
    try:
        value = encode(getattr(module, CONFIG["dict"])[name]())
    except Exception as e:  # noqa: BLE001 - every exception is a result
        value = {"$error": f"{type(e).__name__}: {e}"}
    return value, TOUCHED[0]


BASE_VALUES = ["", "0", "1", "2", "-1", " 3 ", "1.5", "true", "True", "TRUE", "false", "False", "yes",
               "abc", "a,b", "x, y ,", "~/x", "10", "auto", "none", "None", "{}", '{"a": 1}', "[1, 2]", "0x10", "1_000", "inf",
               # the edges of int(), float(), str.strip() and json.loads that a translation gets wrong first
               "+5", "-0", "1e3", "0b1", "1__0", "1_000_", "-nan", "Infinity", "\u0663", "\u00a07\u2003", "\t8\n", "  TRUE  ",
               "9" * 4301, '{"a": [1, {"b": null}], "c": NaN}', '{"a": 1,}', '"\\ud800"', "~", "~root", "/abs/path", " , ,a,, ",
               # the edges of the str methods, %-formatting and os.path (Unicode case, $VARS, dots)
               "$HOME/x${HOME}$NOPE", "x.tar.gz", "..a", "Stra\u00dfe \u01c6 \u03a3\u0391\u03a3 \ufb01", "%s %d {}", "a\tb c\r\n"]


def literals_of(node):
    out = []
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) < 80:
            out.append(n.value)
    return out


def env_reads(node):
    """Names read through os.getenv / os.environ.get / os.environ[...] / ... in os.environ."""
    names = []
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str):
            f = ast.unparse(n.func)
            if f in ("os.getenv", "os.environ.get", "getenv") or f.endswith("with_choices") or f == "get_env_or_set_default":
                names.append(n.args[0].value)
        if isinstance(n, ast.Subscript) and ast.unparse(n.value) == "os.environ" and isinstance(n.slice, ast.Constant):
            names.append(n.slice.value)
        if isinstance(n, ast.Compare) and isinstance(n.left, ast.Constant) and isinstance(n.left.value, str):
            if any(ast.unparse(c) == "os.environ" for c in n.comparators):
                names.append(n.left.value)
    return names


def getter_nodes(source, dict_name):
    tree = ast.parse(source)
    helpers = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    result = {}
    for node in tree.body:  # the last assignment wins, as when Python runs the module
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == dict_name and isinstance(node.value, ast.Dict):
            result = {}
            for k, v in zip(node.value.keys, node.value.values):
                if isinstance(k, ast.Constant) and isinstance(k.value, str):
                    called = [helpers[n.id] for n in ast.walk(v) if isinstance(n, ast.Name) and n.id in helpers]
                    result[k.value] = (v, called)
    return result


def probe_envs(name, node, called):
    values = list(BASE_VALUES)
    for lit in literals_of(node):
        values += [lit, lit.upper(), lit.lower()]
    seen = set()
    values = [v for v in values if not (v in seen or seen.add(v))]
    home = {"HOME": "/home/probe"}
    envs = [{}, dict(home)] + [{**home, name: v} for v in values]
    reads = []
    for n in [node] + called:
        reads += env_reads(n)
    # Values of the variable itself probed under every value of each other variable it reads: the
    # accepted forms must hold on every path (`int(X) if os.getenv("Y") else None` raises on X="abc" only
    # when Y is set), so each form the model may state is tried there.
    lits = list(dict.fromkeys(lit for lit in literals_of(node) if lit != name))[:6]
    crossed = list(dict.fromkeys(["1", "0", "abc", "1.5", "-1", "true", "{}", "a,b", ""] + lits))
    for other in dict.fromkeys(reads):
        if other == name:
            continue
        for v in ["1", "0", "", "/r", "abc", "true", "7"]:
            envs.append({**home, other: v})
            envs += [{**home, other: v, name: x} for x in crossed]
    return envs


def parse_args(argv):
    path = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--dict", "--upstream") and rest:
            CONFIG[arg[2:]] = rest.pop(0)
            CONFIG["plugin"] = True
        elif path is None:
            path = arg
        else:
            sys.exit(f"usage: cpython-probe.py ENVS_PY [--dict NAME] [--upstream FILE] (unexpected {arg!r})")
    if path is None:
        sys.exit("usage: cpython-probe.py ENVS_PY [--dict NAME] [--upstream FILE]")
    return path


def main():
    path = parse_args(sys.argv[1:])
    module, source = load(path)
    nodes = getter_nodes(source, CONFIG["dict"])
    if CONFIG["upstream"]:
        # Entries spread in from upstream (`{**vllm_envs, ...}`) are probed as upstream's own.
        with open(CONFIG["upstream"], encoding="utf-8") as f:
            nodes = {**getter_nodes(f.read(), "environment_variables"), **nodes}
    cases = []
    for name in getattr(module, CONFIG["dict"]):
        node, called = nodes.get(name, (None, []))
        for env in probe_envs(name, node, called) if node is not None else [{}]:
            reload = path if IMPORT_READ_ENV[0] else None
            first, stubbed = run(module, name, env, reload)
            second, stubbed2 = run(module, name, env, reload)
            cases.append({"name": name, "env": env, "result": first, "stubbed": stubbed or stubbed2,
                          "nondeterministic": json.dumps(first, sort_keys=True) != json.dumps(second, sort_keys=True)})
    out = {"python": sys.version.split()[0], "cases": cases}
    sys.stdout.write(json.dumps(out) + "\n")  # ASCII escapes: a JSON value may hold a lone surrogate


if __name__ == "__main__":
    main()
