/**
 * Compile-cache factors: which variables' values vLLM hashes into its torch.compile cache key,
 * read statically from the revision's `compile_factors()` (a dict of every variable but
 * `ignored_factors`) or `compute_hash()` (`environment_variables_to_hash = [...]`). The function
 * body is run over abstract values (factor-*.ts): a variable is a factor when its value flows into
 * what the function returns. A body the analysis cannot follow gives no answer, never a guess.
 */
import type { CompileFactorsInfo, Diagnostic } from "../ir/types.js";
import type { LoweredModule } from "../lower/lower-module.js";
import { evalFactor } from "./factor-expr.js";
import { type FactorContext, type FV, type Scope, FactorBail, FactorRaise, opaque, taintOf } from "./factor-values.js";
import { importedValue, invokeFactorFunction } from "./factor-stmt.js";

/** The functions vLLM computes its compile-cache key with, newest first. */
const FACTOR_FUNCTIONS = ["compile_factors", "compute_hash"];

/** What the analysis says about one revision. */
export interface CompileFactorsResult {
  info: CompileFactorsInfo | null;
  /** The variables whose values enter the hash; null when unknown or when there is no such function. */
  factors: ReadonlySet<string> | null;
  diagnostics: Diagnostic[];
}

/** Find and follow the revision's compile-factor function. */
export function inferCompileFactors(lowered: LoweredModule): CompileFactorsResult {
  const fnName = FACTOR_FUNCTIONS.find((n) => lowered.helpers.some((h) => h.name === n));
  if (!fnName) return { info: null, factors: null, diagnostics: [] };
  const names = Array.from(new Set(lowered.entries.map((e) => e.name)));
  const module: Scope = { vars: new Map(), parent: null };
  const ctx: FactorContext = {
    envNames: names,
    envSet: new Set(names),
    evaluated: new Set(),
    pc: new Set(),
    invoke: invokeFactorFunction,
    eval: evalFactor,
    depth: 0,
  };
  fillModuleScope(lowered, module, ctx);
  const fn = module.vars.get(fnName) as FV & { k: "fn" };
  const line = fn.def.pos.line;
  try {
    ctx.evaluated.clear();
    const taint = taintOf(invokeFactorFunction(fn, [], new Map(), ctx, line));
    const factors = new Set(names.filter((n) => taint.has(n)));
    const extra = [...taint].filter((n) => !ctx.envSet.has(n)).sort();
    return { info: { function: fnName, line, known: true, reason: null, extra }, factors, diagnostics: [] };
  } catch (e) {
    if (!(e instanceof FactorBail || e instanceof FactorRaise)) throw e;
    const reason = e instanceof FactorRaise ? `it raises ${e.exc} (line ${e.line})` : `${e.reason} (line ${e.line})`;
    const message = `${fnName}(): which variables are compile-cache factors is unknown: ${reason}`;
    const diagnostic: Diagnostic = { severity: "warning", code: "compile-factors-unknown", message, line: e.line, col: 1 };
    const info: CompileFactorsInfo = { function: fnName, line, known: false, reason, extra: [] };
    return { info, factors: null, diagnostics: [diagnostic] };
  }
}

/**
 * The module's names as the function sees them: imports, helpers (`__getattr__`), other bindings
 * (`logger = init_logger(__name__)`, opaque where they cannot be followed) and `environment_variables`.
 */
function fillModuleScope(lowered: LoweredModule, module: Scope, ctx: FactorContext): void {
  for (const b of lowered.imports) module.vars.set(b.local, importedValue(b.module, b.attr));
  for (const h of lowered.helpers) module.vars.set(h.name, { k: "fn", def: h, closure: module });
  for (const a of lowered.assigns) {
    try {
      module.vars.set(a.name, evalFactor(a.value, module, ctx));
    } catch (e) {
      if (!(e instanceof FactorBail || e instanceof FactorRaise)) throw e;
      module.vars.set(a.name, opaque());
    }
  }
  module.vars.set("environment_variables", { k: "envdict" });
}
