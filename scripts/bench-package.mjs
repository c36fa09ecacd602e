// The bindings package in numbers, for `npm run bench`: size packed and unpacked (all versions,
// and the first 10 to price each added one), browser bundle sizes, and the speed of the
// runtime beside CPython on the same envs.py in the same run (CPU time: the machine may be shared).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";

/** A corpus folder of the first `n` revisions, linked (never copied). */
function corpusOf(corpus, n, dir) {
  const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")).slice(0, n);
  mkdirSync(dir, { recursive: true });
  for (const e of manifest) symlinkSync(join(corpus, e.label), join(dir, e.label));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  return manifest.length;
}

/** Sync a corpus into `out` and pack it: sizes from `npm pack --dry-run --json`. */
function syncAndPack(bin, corpus, out) {
  execFileSync(process.execPath, [bin, "sync", "--corpus", corpus, "--out", out], { stdio: "ignore" });
  const j = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", out], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))[0];
  return { packed: j.size, unpacked: j.unpackedSize, files: j.entryCount };
}

/** Minified + gzipped esbuild bundle of `code` importing the package at `pkg`. */
function bundleSize(work, pkg, code) {
  const app = join(work, "bundle-app");
  mkdirSync(join(app, "node_modules"), { recursive: true });
  try {
    symlinkSync(pkg, join(app, "node_modules", "vllm-envs"));
  } catch {
    /* linked already */
  }
  writeFileSync(join(app, "entry.js"), code);
  const out = buildSync({ entryPoints: [join(app, "entry.js")], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "error" });
  return gzipSync(out.outputFiles[0].contents).length;
}

const SPEED = String.raw`
const [url, names, seconds] = [process.argv[1], JSON.parse(process.argv[2]), Number(process.argv[3])];
await import("data:text/javascript,export default 0"); // the ESM loader itself is not the package's cost
const t0 = performance.now();
const m = await import(url);
const importMs = performance.now() - t0;
const env = { ...process.env };
function rate(fn, s) {
  for (let i = 0; i < 50; i++) fn();
  let n = 0;
  const c0 = process.cpuUsage();
  for (;;) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    const c = process.cpuUsage(c0);
    if (c.user + c.system >= s * 1e6) return n / ((c.user + c.system) / 1e6);
  }
}
const get = {};
for (const name of names) get[name] = rate(() => { try { m.getVllmEnv(name, env); } catch {} }, seconds / 2);
console.log(JSON.stringify({ importMs, read: rate(() => m.readVllmEnv(env), seconds), get }));
`;

const IMPORT = String.raw`
await import("data:text/javascript,export default 0"); // the ESM loader itself is not the package's cost
const t0 = performance.now();
await import(process.argv[1]);
console.log(performance.now() - t0);
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The first import, Node's of the package and CPython's of envs.py, each in fresh processes, alternating;
 * medians (one import is a few milliseconds: a single sample on a shared machine is mostly noise).
 */
function importTimes(root, url, newest, runs) {
  const node = [];
  const python = [];
  for (let i = 0; i < runs; i++) {
    node.push(Number(spawnSync(process.execPath, ["--input-type=module", "-e", IMPORT, url], { encoding: "utf8" }).stdout));
    const py = execFileSync("python3", [join(root, "scripts", "cpython-speed.py"), "--import-only", newest], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    python.push(JSON.parse(py).importMs);
  }
  return { node: median(node), python: median(python), runs };
}

/** Every package figure, with the targets. */
export function benchPackage({ root, corpus, work, quick }) {
  const bin = join(root, "bin", "vllm-envs.js");
  const all = corpusOf(corpus, Infinity, join(work, "corpus-all"));
  const ten = corpusOf(corpus, 10, join(work, "corpus-10"));
  const pkg = join(work, "pkg-all");
  const size = { all: syncAndPack(bin, join(work, "corpus-all"), pkg), ten: syncAndPack(bin, join(work, "corpus-10"), join(work, "pkg-10")), versions: all, firstVersions: ten };
  size.perAddedVersion = (size.all.unpacked - size.ten.unpacked) / (all - ten);
  const bundles = {
    names: bundleSize(work, pkg, `import { VLLM_ENV_NAMES } from "vllm-envs";\nconsole.log(VLLM_ENV_NAMES.length);\n`),
    validate: bundleSize(work, pkg, `import { validateVllmEnv } from "vllm-envs";\nconsole.log(validateVllmEnv({}));\n`),
    schema: bundleSize(work, pkg, `import { vllmEnvSchema } from "vllm-envs";\nconsole.log(vllmEnvSchema.VLLM_PORT);\n`),
  };
  const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8"));
  const newest = join(corpus, manifest[manifest.length - 1].label, "envs.py");
  const names = ["VLLM_HOST_IP", "VLLM_PORT", "VLLM_CACHE_ROOT", "LOCAL_RANK"];
  const seconds = quick ? 1 : 3;
  const py = JSON.parse(execFileSync("python3", [join(root, "scripts", "cpython-speed.py"), newest, ...names], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  const js = JSON.parse(spawnSync(process.execPath, ["--input-type=module", "-e", SPEED, join(pkg, "latest", "index.js"), JSON.stringify(names), String(seconds)], { encoding: "utf8" }).stdout);
  const requireMs = Number(spawnSync(process.execPath, ["-e", `require("node:path");const t=performance.now();require(${JSON.stringify(join(pkg, "latest", "index.cjs"))});console.log(performance.now()-t)`], { encoding: "utf8" }).stdout);
  const imports = importTimes(root, join(pkg, "latest", "index.js"), newest, quick ? 5 : 9);
  const speed = { python: py, node: js, requireMs, imports };
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const targets = [
    { target: "packed ≤ 1.5 MB (all versions)", measured: kb(size.all.packed), met: size.all.packed <= 1.5e6 },
    { target: "unpacked ≤ 4 MB (all versions)", measured: kb(size.all.unpacked), met: size.all.unpacked <= 4e6 },
    { target: `≤ 200 KB unpacked per added version (${ten} vs ${all})`, measured: kb(size.perAddedVersion), met: size.perAddedVersion <= 200 * 1000 },
    { target: "readVllmEnv/s ≥ CPython evaluating every getter", measured: `${js.read.toFixed(0)} vs ${py.readAll.toFixed(0)}/s`, met: js.read >= py.readAll },
    ...names.map((n) => ({ target: `getVllmEnv("${n}")/s ≥ ½ CPython's`, measured: `${js.get[n].toFixed(0)} vs ${py.get[n].toFixed(0)}/s`, met: js.get[n] >= py.get[n] / 2 })),
    { target: "esbuild min+gzip: VLLM_ENV_NAMES ≤ 6 KB", measured: kb(bundles.names), met: bundles.names <= 6 * 1024 },
    { target: "esbuild min+gzip: validateVllmEnv ≤ 40 KB", measured: kb(bundles.validate), met: bundles.validate <= 40 * 1024 },
    { target: "import of the package ≤ CPython importing envs.py", measured: `${imports.node.toFixed(1)} vs ${imports.python.toFixed(1)} ms (medians of ${imports.runs})`, met: imports.node <= imports.python },
  ];
  const lines = [
    "",
    "Bindings package (npm pack of a sync)",
    `all ${all} versions   packed ${kb(size.all.packed)}, unpacked ${kb(size.all.unpacked)}, ${size.all.files} files`,
    `first ${ten} versions  packed ${kb(size.ten.packed)}, unpacked ${kb(size.ten.unpacked)}; each added version ${kb(size.perAddedVersion)} unpacked`,
    `browser bundles (esbuild, minified + gzip): VLLM_ENV_NAMES ${kb(bundles.names)}, validateVllmEnv ${kb(bundles.validate)}`,
    `browser bundle of vllmEnvSchema (Standard Schema validators): ${kb(bundles.schema)}`,
    "",
    `Runtime speed on the newest revision, CPU time (node ${process.version} vs CPython ${py.python})`,
    `readVllmEnv (every variable)       ${js.read.toFixed(0)}/s   CPython every getter ${py.readAll.toFixed(0)}/s`,
    ...names.map((n) => `getVllmEnv(${JSON.stringify(n)})`.padEnd(35) + `${js.get[n].toFixed(0)}/s   CPython ${py.get[n].toFixed(0)}/s`),
    `import of vllm-envs                ${imports.node.toFixed(1)} ms (require ${requireMs.toFixed(1)} ms)   CPython import of envs.py ${imports.python.toFixed(1)} ms (medians of ${imports.runs} fresh processes)`,
  ];
  return { report: { size, bundles, speed }, targets, lines };
}
