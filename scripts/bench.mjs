#!/usr/bin/env node
// The benchmark: how fast each stage is, beside reference points measured on the same
// machine in the same run, and how the cost grows with the input.
// Usage: npm run bench [-- --json FILE] [-- --quick]
// Timing assertions never go into the test suite; this is where speed is measured.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseSource } from "../dist/src/parse/parse-source.js";
import { extractModel } from "../dist/src/index.js";
import { lowerModule } from "../dist/src/lower/lower-module.js";
import { generateFiles } from "../dist/src/generate/generate-files.js";
import { packageFiles } from "../dist/src/sync/package-files.js";
import { generatorAssetsCurrent } from "../dist/src/emit/generator-assets.js";
import { hasTreeExport, parseWithTreeExport } from "../dist/src/parse/native-export.js";
import { parseWithBinding } from "../dist/src/parse/binding-copy.js";
import { benchPackage } from "./bench-package.mjs";

const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const quick = args.includes("--quick");
const ROOT = resolve(new URL("..", import.meta.url).pathname);
const CORPUS = resolve(process.env.VLLM_ENVS_CORPUS ?? join(ROOT, "..", "shared", "vllm-envs"));
const BIN = join(ROOT, "bin", "vllm-envs.js");
const revisions = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8")).map((e) => ({ label: e.label, file: join(CORPUS, e.label, "envs.py") }));
const newest = revisions[revisions.length - 1];
const pick3 = [revisions[0], revisions[Math.floor(revisions.length / 2)], newest];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const fmt = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;

/** Warm-up, then timed runs of an in-process function. */
async function time(fn, { warmup = 2, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return stats(xs);
}

/**
 * The JIT warm-up before per-revision figures: the model over every revision in turn, for at least
 * `seconds` and `minRounds` rounds. Without it the first (smallest) revisions were timed with a cold JIT
 * after only 2 calls of their own (17× CPython's ast.parse in CPU on the smallest; 5–6× once warm).
 */
function warmUp(files, { seconds, minRounds }) {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const t = performance.now();
  let rounds = 0;
  while (rounds < minRounds || performance.now() - t < seconds * 1000) {
    for (let i = 0; i < files.length; i++) extractModel(files[i], texts[i]);
    rounds += 1;
  }
  return { seconds: (performance.now() - t) / 1000, rounds };
}

/**
 * CPU time per call (user + system, ms), over batches of at least ~50 ms: on a shared machine
 * wall time also counts the waits for a core, which neither side of a ratio should be charged.
 */
function cpuTime(fn, { batches = quick ? 3 : 5 } = {}) {
  const n = calibrate(fn, 50);
  return stats(Array.from({ length: batches }, () => cpuBatch(fn, n)));
}

/** How many calls of `fn` make a batch of about `ms` milliseconds. */
function calibrate(fn, ms) {
  fn();
  const t = performance.now();
  fn();
  return Math.max(1, Math.ceil(ms / Math.max(performance.now() - t, 0.001)));
}

/** One batch of `n` calls: wall ms per call (collections inside it included). */
function wallBatch(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
}

/** One batch of `n` calls: CPU ms per call (user + system, every thread of the process). */
function cpuBatch(fn, n) {
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000 / n;
}

/**
 * Per-revision figures, measured in rounds: each round takes one batch of every measure of every revision
 * in turn (in a shuffled order), so that drift of the machine, the JIT and the heap falls on all revisions
 * alike instead of on whichever is measured first. Wall batches ~20 ms, CPU batches ~50 ms. CPU is
 * cumulative from scratch each call (inference caches per lowered module, so timing it alone would flatter
 * it): parse (tree-sitter and the plain nodes), parse + lower, the whole model; inference is the difference.
 */
function measureRevisions(revs, rounds) {
  const cases = revs.map((r) => {
    const text = readFileSync(r.file, "utf8");
    const fns = {
      parse: () => parseSource(r.file, text),
      model: () => extractModel(r.file, text),
      lower: () => lowerModule(parseSource(r.file, text).tree),
    };
    const wallN = { parse: calibrate(fns.parse, 20), model: calibrate(fns.model, 20) };
    const cpuN = { parse: calibrate(fns.parse, 50), model: calibrate(fns.model, 50), lower: calibrate(fns.lower, 50) };
    const xs = { parse: [], model: [], cpuModel: [], cpuParse: [], cpuLower: [] };
    return { r, text, fns, wallN, cpuN, xs };
  });
  // Each round visits the revisions in a fresh (seeded) order: a major collection recurs every so many
  // allocated megabytes, so with a fixed order it would keep landing on the same revision.
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < rounds; round++) {
    const order = cases.map((c) => [random(), c]).sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    for (const { fns, wallN, cpuN, xs } of order) {
      xs.parse.push(wallBatch(fns.parse, wallN.parse));
      xs.model.push(wallBatch(fns.model, wallN.model));
      xs.cpuModel.push(cpuBatch(fns.model, cpuN.model));
      xs.cpuParse.push(cpuBatch(fns.parse, cpuN.parse));
      xs.cpuLower.push(cpuBatch(fns.lower, cpuN.lower));
    }
  }
  return cases.map(({ r, text, xs }) => ({
    label: r.label,
    bytes: Buffer.byteLength(text),
    variables: extractModel(r.file, text).variables.length,
    parse: stats(xs.parse),
    model: stats(xs.model),
    cpu: { model: stats(xs.cpuModel), parse: stats(xs.cpuParse), lower: stats(xs.cpuLower) },
  }));
}

/** A whole command as a cold process: wall time, and peak RSS from /proc while it runs. */
function runCold(argv, cwd = ROOT) {
  return new Promise((done) => {
    const t = performance.now();
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: "ignore" });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.on("exit", (code) => {
      clearInterval(poll);
      done({ ms: performance.now() - t, peakRss: peak, code });
    });
  });
}

/**
 * CPython's own parser on each file, and the import of the newest, timed inside one python3 process,
 * as our side is: a warm-up over every file first (the same duration and least rounds), then in rounds (one
 * batch per file in turn): wall time as the mean over batches of ~20 ms, CPU time over ~50 ms batches.
 */
function cpythonTimings(files, runs, warm) {
  const script = String.raw`
import ast, json, sys, time, importlib.util, types
files, runs, probe = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
warm_seconds, warm_rounds = float(sys.argv[4]), int(sys.argv[5])
def med(xs): return sorted(xs)[len(xs) // 2]
out = {"python": sys.version.split()[0], "parse": {}, "parseCpu": {}, "import": None, "warmup": None}
srcs = [open(f, encoding="utf-8").read() for f in files]
t, rounds = time.perf_counter(), 0
while rounds < warm_rounds or time.perf_counter() - t < warm_seconds:
    for src in srcs: ast.parse(src)
    rounds += 1
out["warmup"] = {"seconds": time.perf_counter() - t, "rounds": rounds}
# In rounds, as our side: each round one wall batch (~20 ms) and one CPU batch (~50 ms) per file in turn.
def calibrate(src, seconds):
    t = time.perf_counter(); ast.parse(src); one = time.perf_counter() - t
    return max(1, int(seconds / max(one, 1e-6)) + 1)
wall_n = [calibrate(src, 0.02) for src in srcs]
cpu_n = [calibrate(src, 0.05) for src in srcs]
walls, cpus = [[] for _ in files], [[] for _ in files]
for _ in range(runs):
    for i, src in enumerate(srcs):
        t = time.perf_counter()
        for _ in range(wall_n[i]): ast.parse(src)
        walls[i].append((time.perf_counter() - t) * 1000 / wall_n[i])
        t = time.process_time()
        for _ in range(cpu_n[i]): ast.parse(src)
        cpus[i].append((time.process_time() - t) * 1000 / cpu_n[i])
for i, f in enumerate(files):
    xs, cs = walls[i], cpus[i]
    out["parse"][f] = {"median": med(xs), "min": min(xs), "max": max(xs)}
    out["parseCpu"][f] = {"median": med(cs), "min": min(cs), "max": max(cs), "runs": len(cs)}
spec = importlib.util.spec_from_file_location("probe", probe); mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
sys.meta_path.insert(0, mod.StubFinder())
src = open(files[-1], encoding="utf-8").read(); code = compile(src, files[-1], "exec")
xs = []
for _ in range(runs):
    t = time.perf_counter()
    m = types.ModuleType("vllm.envs"); m.__file__ = files[-1]; sys.modules["vllm.envs"] = m
    exec(compile(src, files[-1], "exec"), m.__dict__)
    xs.append((time.perf_counter() - t) * 1000)
out["import"] = {"median": med(xs), "min": min(xs), "max": max(xs)}
print(json.dumps(out))
`;
  const argv = ["-c", script, JSON.stringify(files), String(runs), join(ROOT, "scripts", "cpython-probe.py"), String(warm.seconds), String(warm.minRounds)];
  return JSON.parse(execFileSync("python3", argv, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
}

/** A synthetic envs.py of `n` variables built from the newest revision's entries (keys renamed). */
function synthetic(n) {
  const text = readFileSync(newest.file, "utf8");
  const { tree } = parseSource(newest.file, text);
  let dict = null;
  for (const st of tree.rootNode.namedChildren) {
    const a = st.namedChildren[0];
    if (a?.type === "assignment" && a.childForFieldName("left")?.text === "environment_variables") dict = a.childForFieldName("right");
  }
  const pairs = dict.namedChildren.filter((c) => c.type === "pair");
  const before = text.slice(0, dict.startIndex);
  const after = text.slice(dict.endIndex);
  const body = [];
  for (let i = 0; i < n; i++) {
    const p = pairs[i % pairs.length];
    const key = p.childForFieldName("key").text;
    body.push("    " + p.text.replace(key, `${key.slice(0, -1)}_${i}${key.slice(-1)}`) + ",");
  }
  return `${before}{\n${body.join("\n")}\n}${after}`;
}

// The cold commands are measured as installed: with the generator's assets compiled at build time.
if (!generatorAssetsCurrent()) execFileSync(process.execPath, [join(ROOT, "scripts", "build-assets.mjs")], { stdio: "ignore" });
const report = { node: process.version, python: null, machine: { cpus: (await import("node:os")).cpus().length }, revisions: [], generate: [], reference: {}, commands: {}, growth: [], targets: [] };
const runs = quick ? 3 : 7;

// 1. Per revision, in-process and warm: parse and model; CPython's ast.parse beside them. Both sides first
// warm up over every revision (not just 2 calls per revision in turn, which left the first ones cold).
const warm = { seconds: quick ? 1 : 2, minRounds: 3 };
const cp = cpythonTimings(revisions.map((r) => r.file), runs, warm);
report.python = cp.python;
report.warmup = { node: warmUp(revisions.map((r) => r.file), warm), python: cp.warmup };
report.revisions = measureRevisions(revisions, runs).map((m, i) => ({
  ...m,
  astParse: cp.parse[revisions[i].file],
  astParseCpu: cp.parseCpu[revisions[i].file],
}));

// The parse path measured above, and what the fallback (the tree-sitter binding, node by node) costs.
report.parsePath = hasTreeExport() ? "native tree export" : "tree-sitter binding (the native tree export is not built)";
{
  const text = readFileSync(newest.file, "utf8");
  report.parsePaths = {
    binding: cpuTime(() => parseWithBinding(text)),
    native: hasTreeExport() ? cpuTime(() => parseWithTreeExport(text)) : null,
  };
}

// 2. Generate one version: its files (schemas, docs, model) and its package modules, oldest / middle / newest.
for (const r of pick3) {
  const model = extractModel(r.file, readFileSync(r.file, "utf8"));
  const files = await time(() => generateFiles(model, { label: r.label }), { warmup: 1, runs: quick ? 2 : 3 });
  const modules = await time(() => packageFiles([{ version: r.label, model }]), { warmup: 1, runs: quick ? 2 : 3 });
  report.generate.push({ label: r.label, files, modules });
}

// 3. Reference points: CPython importing the newest file; pyright checking it.
report.reference.cpythonImport = cp.import;
const pyright = join(ROOT, "node_modules", "pyright", "index.js");

/**
 * A cold process's wall time and CPU time (user + system of it and its children, from CPython's
 * getrusage): on a shared machine the CPU time is the figure that compares.
 */
function runTimed(argv) {
  const script = "import resource, subprocess, sys, time\nt = time.perf_counter()\nsubprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nr = resource.getrusage(resource.RUSAGE_CHILDREN)\nprint((time.perf_counter() - t) * 1000, (r.ru_utime + r.ru_stime) * 1000)";
  const [ms, cpu] = execFileSync("python3", ["-c", script, process.execPath, ...argv], { encoding: "utf8" }).trim().split(" ").map(Number);
  return { ms, cpu };
}

// 4. Whole commands as cold processes; peak RSS of the cold sync.
const work = mkdtempSync(join(tmpdir(), "vllm-envs-bench-"));
// Alternating with pyright on the same file, so that both see the same load on a shared machine.
const gen = [];
const pyrightRuns = [];
for (let i = 0; i < (quick ? 2 : 3); i++) {
  gen.push(runTimed([BIN, "generate", "--source", newest.file, "--out", join(work, "one")]));
  if (existsSync(pyright)) pyrightRuns.push(runTimed([pyright, newest.file]));
}
report.commands.generateNewest = stats(gen.map((r) => r.ms));
report.commands.generateNewestCpu = stats(gen.map((r) => r.cpu));
if (pyrightRuns.length) {
  report.reference.pyright = stats(pyrightRuns.map((r) => r.ms));
  report.reference.pyrightCpu = stats(pyrightRuns.map((r) => r.cpu));
}
const syncs = [];
let peak = 0;
for (let i = 0; i < (quick ? 1 : 2); i++) {
  rmSync(join(work, "all"), { recursive: true, force: true });
  const r = await runCold(["sync", "--corpus", CORPUS, "--out", join(work, "all")]);
  syncs.push(r.ms);
  peak = Math.max(peak, r.peakRss);
}
report.commands.syncAllCold = stats(syncs);
report.commands.syncPeakRssMB = peak / 1e6;
const noChange = [];
for (let i = 0; i < (quick ? 2 : 3); i++) noChange.push((await runCold(["sync", "--corpus", CORPUS, "--out", join(work, "all")])).ms);
report.commands.syncNoChange = stats(noChange);

// 5. Growth: synthetic files of 300, 3,000 and 30,000 variables.
for (const n of [300, 3000, 30000]) {
  const text = synthetic(n);
  // Means over batches of ~100 ms (one call each for the largest), GC included: single calls of the
  // small file were at the mercy of whichever call paid for a collection.
  const batches = (fn) => {
    const n = calibrate(fn, 100);
    return stats(Array.from({ length: quick ? 3 : 5 }, () => wallBatch(fn, n)));
  };
  const parse = batches(() => parseSource("synthetic.py", text));
  const model = batches(() => extractModel("synthetic.py", text));
  const generate = n <= 3000 ? await time(() => generateFiles(extractModel("synthetic.py", text), { label: `n${n}` }), { warmup: 0, runs: 1 }) : null;
  report.growth.push({ variables: n, bytes: Buffer.byteLength(text), parse, model, generate });
}

// 6. The bindings package: sizes, browser bundles, runtime speed and import time beside CPython.
const pkg = benchPackage({ root: ROOT, corpus: CORPUS, work, quick });
report.package = pkg.report;
rmSync(work, { recursive: true, force: true });

// Targets: stated, measured, met or missed (never a failure).
const worstRatio = Math.max(...report.revisions.map((r) => r.model.median / r.astParse.median));
const worstCpuRatio = Math.max(...report.revisions.map((r) => r.cpu.model.median / r.astParseCpu.median));
const g300 = report.growth[0].model.median;
const g30k = report.growth[2].model.median;
report.targets = [
  {
    target: "model within 3× of CPython ast.parse (worst revision; wall and CPU)",
    measured: `${worstRatio.toFixed(2)}× wall, ${worstCpuRatio.toFixed(2)}× CPU`,
    met: Math.max(worstRatio, worstCpuRatio) <= 3,
  },
  {
    target: "cold generate of the newest revision ≤ ½ pyright checking it",
    measured:
      `${(report.commands.generateNewest.median / 1000).toFixed(2)} s vs pyright ${((report.reference.pyright?.median ?? NaN) / 1000).toFixed(2)} s` +
      ` (CPU ${(report.commands.generateNewestCpu.median / 1000).toFixed(2)} s vs ${((report.reference.pyrightCpu?.median ?? NaN) / 1000).toFixed(2)} s)`,
    met: report.commands.generateNewest.median <= (report.reference.pyright?.median ?? 0) / 2,
  },
  { target: "cold sync of all revisions < 8 s", measured: `${(report.commands.syncAllCold.median / 1000).toFixed(2)} s`, met: report.commands.syncAllCold.median < 8000 },
  { target: "no-change sync < 1 s", measured: `${(report.commands.syncNoChange.median / 1000).toFixed(2)} s`, met: report.commands.syncNoChange.median < 1000 },
  { target: "peak RSS of the cold sync < 400 MB", measured: `${report.commands.syncPeakRssMB.toFixed(0)} MB`, met: report.commands.syncPeakRssMB < 400 },
  { target: "30,000 variables cost ≤ ~100× 300 (model)", measured: `${(g30k / g300).toFixed(0)}×`, met: g30k / g300 <= 110 },
  ...pkg.targets,
];

const lines = [];
lines.push(`vllm-envs bench — node ${report.node}, python ${report.python}, ${report.machine.cpus} CPUs${quick ? " (quick)" : ""}`);
const w = report.warmup;
const warmText = `after a warm-up over all ${revisions.length} revisions: ${w.node.seconds.toFixed(1)} s, ${w.node.rounds} rounds` +
  ` (CPython ${w.python.seconds.toFixed(1)} s, ${w.python.rounds} rounds)`;
lines.push("", `Per revision (in-process, ${warmText}; ms per call, mean of a ~20 ms batch, GC included; median (min–max) of ${runs} rounds, each round one batch per revision, in a shuffled order)`);
lines.push("revision".padEnd(20) + "vars".padStart(5) + "  parse".padEnd(26) + "model".padEnd(26) + "CPython ast.parse".padEnd(26) + "model/ast");
for (const r of report.revisions) lines.push(r.label.padEnd(20) + String(r.variables).padStart(5) + "  " + fmt(r.parse).padEnd(24) + fmt(r.model).padEnd(26) + fmt(r.astParse).padEnd(26) + (r.model.median / r.astParse.median).toFixed(2) + "×");
lines.push("", "Per revision, CPU time per call (ms; same warm-up; ~50 ms batches, GC included): our model and its stages beside CPython's ast.parse");
lines.push("revision".padEnd(20) + ["parse", "+lower", "+infer", "= model", "ast.parse"].map((h) => h.padStart(10)).join("") + "  model/ast");
for (const r of report.revisions) {
  const { parse, lower, model } = r.cpu;
  const stages = [parse.median, lower.median - parse.median, model.median - lower.median, model.median, r.astParseCpu.median];
  const cells = stages.map((ms) => ms.toFixed(2).padStart(10));
  lines.push(r.label.padEnd(20) + cells.join("") + "  " + (r.cpu.model.median / r.astParseCpu.median).toFixed(2) + "×");
}
lines.push("", `Parse path: ${report.parsePath}. Parse of the newest revision, CPU per call: binding fallback ` +
  `${report.parsePaths.binding.median.toFixed(2)} ms` +
  (report.parsePaths.native ? `, native tree export ${report.parsePaths.native.median.toFixed(2)} ms` : ""));
lines.push("", "Generate one version (in-process, warm)");
for (const g of report.generate) lines.push(g.label.padEnd(20) + `schemas, docs, model ${fmt(g.files)}   package modules ${fmt(g.modules)}`);
lines.push("", "Reference points on the newest revision");
lines.push(`CPython import of envs.py (stubs)  ${fmt(report.reference.cpythonImport)}`);
if (report.reference.pyright) lines.push(`pyright checking envs.py (cold)    ${fmt(report.reference.pyright)}   CPU ${fmt(report.reference.pyrightCpu)}`);
lines.push("", "Commands (cold processes)");
lines.push(`generate newest                    ${fmt(report.commands.generateNewest)}   CPU ${fmt(report.commands.generateNewestCpu)}`);
lines.push(`sync all ${revisions.length} from empty              ${fmt(report.commands.syncAllCold)}   peak RSS ${report.commands.syncPeakRssMB.toFixed(0)} MB`);
lines.push(`sync, nothing changed              ${fmt(report.commands.syncNoChange)}`);
lines.push("", "Growth (synthetic files from the newest revision's entries)");
for (const g of report.growth) lines.push(`${String(g.variables).padStart(6)} vars ${(g.bytes / 1e6).toFixed(2)} MB  parse ${fmt(g.parse)}  model ${fmt(g.model)}${g.generate ? `  generate ${fmt(g.generate)}` : ""}`);
lines.push(...pkg.lines);
lines.push("", "Targets");
for (const t of report.targets) lines.push(`${t.met ? "met   " : "MISSED"}  ${t.target}: ${t.measured}`);
process.stdout.write(lines.join("\n") + "\n");
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2) + "\n");
