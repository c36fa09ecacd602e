/**
 * A host for the generated runtime on Node: the real filesystem, CPU count and
 * password database, the platform. `eval` uses it so results match CPython on the same machine.
 * It reads only; it never creates files.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { cpus, userInfo } from "node:os";

/** The subset of the runtime's `VllmEnvHost` this host fills in. */
export interface NodeHost {
  exists(path: string): boolean;
  isFile(path: string): boolean;
  isDir(path: string): boolean;
  access(path: string, mode: number): boolean;
  readFile(path: string): string;
  cwd(): string;
  cpuCount(): number | null;
  passwdHome(user: string | null): string | null;
  canCreateFileIn(dir: string): boolean;
  moduleFile?(): string;
  upstreamFile?(): string;
  platform(): string | null;
  warn(message: string): void;
}

/** Python's `sys.platform` for Node's `process.platform`; null where Python adds a version (freebsd13, ...). */
function pythonPlatform(): string | null {
  const p = process.platform;
  return p === "linux" || p === "darwin" || p === "win32" || p === "aix" ? p : null;
}

function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function passwdHome(user: string | null): string | null {
  if (user === null) {
    try {
      return userInfo().homedir;
    } catch {
      return null;
    }
  }
  try {
    for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (f[0] === user && f.length >= 6) return f[5];
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * A host backed by this machine. `moduleFile` is the installed `vllm/envs.py` (Python's
 * `__file__`; omit it and values that need it stay unsupported); `warn` receives what the Python code would log;
 * `upstreamFile`, for a platform plugin's env file, is the upstream `vllm/envs.py` it imports from.
 */
export function createNodeHost(moduleFile?: string, warn: (message: string) => void = () => {}, upstreamFile?: string): NodeHost {
  return {
    ...(moduleFile === undefined ? {} : { moduleFile: () => moduleFile }),
    ...(upstreamFile === undefined ? {} : { upstreamFile: () => upstreamFile }),
    exists: (p) => existsSync(p),
    isFile: (p) => stat(p)?.isFile() ?? false,
    isDir: (p) => stat(p)?.isDirectory() ?? false,
    access: (p, mode) => {
      try {
        accessSync(p, mode);
        return true;
      } catch {
        return false;
      }
    },
    readFile: (p) => readFileSync(p, "utf8"),
    cwd: () => process.cwd(),
    cpuCount: () => cpus().length || null,
    platform: pythonPlatform,
    passwdHome,
    // Python creates and removes a probe file; a read-only check of the same permissions stands in.
    canCreateFileIn: (dir) => {
      try {
        accessSync(dir, constants.W_OK | constants.X_OK);
        return stat(dir)?.isDirectory() ?? false;
      } catch {
        return false;
      }
    },
    warn,
  };
}
