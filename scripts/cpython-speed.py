"""CPython's speed on an envs.py, for `npm run bench`: every getter (as one import
followed by reading each attribute), single getters, and the import itself.
Usage: python3 scripts/cpython-speed.py ENVS_PY NAME... ; prints JSON.
       python3 scripts/cpython-speed.py --import-only ENVS_PY ; the first import alone (a fresh process each time)."""
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
    import_only = sys.argv[1] == "--import-only"
    args = sys.argv[2:] if import_only else sys.argv[1:]
    path, names = args[0], args[1:]
    probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython-probe.py")
    spec = importlib.util.spec_from_file_location("probe", probe)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    started = time.perf_counter()
    module, _ = mod.load(path)
    import_ms = (time.perf_counter() - started) * 1000
    if import_only:
        print(json.dumps({"importMs": import_ms}))
        return
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
