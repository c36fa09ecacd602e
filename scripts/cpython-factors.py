#!/usr/bin/env python3
"""Ground truth for compile-cache factors: run a real envs.py's compile_factors() / compute_hash().

Standard library only. The file is imported as cpython-probe.py imports it (non-stdlib imports
stubbed). Then every getter of `environment_variables` is replaced by one returning a marker
string naming it, `os.environ` answers every read with a marker naming the key, and `hashlib` is
wrapped to record what is hashed. The factors are the names whose markers reach the hash input or
the return value, plus the keys of a returned dict (compile_factors() returns `{name: value}`;
its values pass through a stubbed `normalize_value`).

Usage: cpython-factors.py ENVS_PY > factors.json
Output: {"python", "function": name | null, "variables": [...], "factors": [...] | null,
         "error": "Type: message" | null}
"""
import hashlib
import importlib.util
import json
import os
import re
import sys

MARK = re.compile(r"@@(?:FACTOR|ENV):([^@]+)@@")
FUNCTIONS = ["compile_factors", "compute_hash"]


def load_probe():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython-probe.py")
    spec = importlib.util.spec_from_file_location("cpython_probe", path)
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    return probe


class MarkerEnviron(dict):
    """os.environ during the call: every key is set, to a marker naming it."""

    def __getitem__(self, key):
        return f"@@ENV:{key}@@"

    def get(self, key, default=None):
        return self[key]

    def __contains__(self, key):
        return True


class HashSpy:
    """`hashlib` as the module sees it: records the arguments of every constructor call and update()."""

    def __init__(self, seen):
        self.seen = seen

    def __getattr__(self, name):
        real = getattr(hashlib, name)
        if not callable(real):
            return real
        seen = self.seen

        def make(*args, **kwargs):
            seen.append(repr(args))
            h = real(*args, **kwargs)
            return Recorder(h, seen)

        return make


class Recorder:
    def __init__(self, h, seen):
        self.h, self.seen = h, seen

    def update(self, data):
        self.seen.append(repr(data))
        self.h.update(data)

    def __getattr__(self, name):
        return getattr(self.h, name)


def factors_of(module, fn):
    for name in list(module.environment_variables):
        module.environment_variables[name] = (lambda n: lambda: f"@@FACTOR:{n}@@")(name)
    seen = []
    module.hashlib = HashSpy(seen)
    real_environ = os.environ
    os.environ = MarkerEnviron()
    try:
        result = fn()
    finally:
        os.environ = real_environ
    names = set()
    for text in seen + [repr(result)]:
        names.update(MARK.findall(text))
    if isinstance(result, dict):
        names.update(k for k in result if isinstance(k, str))
    return sorted(names)


def main():
    probe = load_probe()
    os.environ.clear()
    os.environ["HOME"] = "/home/probe"
    module, _ = probe.load_module(sys.argv[1])
    variables = list(module.environment_variables)
    name = next((n for n in FUNCTIONS if callable(getattr(module, n, None))), None)
    out = {"python": sys.version.split()[0], "function": name, "variables": variables, "factors": None, "error": None}
    if name is not None:
        try:
            out["factors"] = factors_of(module, getattr(module, name))
        except Exception as e:  # noqa: BLE001 - the function raising is a result
            out["error"] = f"{type(e).__name__}: {e}"
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
