"""CPython's speed on an envs.py, for `npm run bench`: every getter (as one import
followed by reading each attribute), single getters, and the import itself.
Usage: python3 scripts/cpython-speed.py ENVS_PY NAME... ; prints JSON."""
import importlib.util
import json
import os
import sys
import time


def rate(fn, seconds=1.0):
    """Calls per second of fn, over about `seconds` of CPU time (the machine may be shared)."""
    n, start = 0, time.process_time()
    while True:
        for _ in range(50):
            fn()
        n += 50
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return n / elapsed


def main():
    path, names = sys.argv[1], sys.argv[2:]
    probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython-probe.py")
    spec = importlib.util.spec_from_file_location("probe", probe)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    started = time.perf_counter()
    module, _ = mod.load(path)
    import_ms = (time.perf_counter() - started) * 1000
    keys = list(module.environment_variables)

    def read_all():
        for k in keys:
            try:
                getattr(module, k)
            except Exception:
                pass

    out = {"python": sys.version.split()[0], "importMs": import_ms, "readAll": rate(read_all, 2.0), "get": {}}
    for name in names:
        out["get"][name] = rate(lambda: getattr(module, name))
    print(json.dumps(out))


main()
