/**
 * Attributes: `obj.name` on symbols. A ref's attribute is decided by the two names alone (a table
 * attribute, a module's, or a longer ref), worked out once per pair: `os.getenv` is met at nearly every read.
 */
import { type Analyzer } from "./sym-context.js";
import { isLibraryCall } from "./sym-calls.js";
import { moduleAttrOutcomes } from "./sym-library.js";
import { type Outcome, type Path, type Sym, cst, typed, val } from "./sym.js";
import { KNOWN_MODULES } from "../../templates/runtime/modules.js";

const str = (text: string) => typed({ kind: "str" }, text);

/** Attributes of objects the tables return. */
const ATTRS: Readonly<Record<string, Sym>> = {
  "uuid.UUID.hex": str("<random hex>"),
  "urllib.parse.ParseResult.scheme": str("<scheme>"),
  "os.X_OK": cst(1n),
  "os.R_OK": cst(4n),
  "os.W_OK": cst(2n),
  "os.sep": cst("/"),
};

/** What `ref.name` is, decided by the two names alone: a table attribute, else a module's (asked per path), else a ref. */
interface AttrPlan {
  sym: Sym;
  module: boolean;
}

/** Plans by ref path and attribute: `os.getenv` is looked up hundreds of times per file (bounded all the same). */
const attrPlans = new Map<string, Map<string, AttrPlan>>();

function planAttr(objPath: string, name: string): AttrPlan {
  let byName = attrPlans.get(objPath);
  if (!byName) {
    if (attrPlans.size > 1024) attrPlans.clear();
    attrPlans.set(objPath, (byName = new Map()));
  }
  let plan = byName.get(name);
  if (!plan) {
    const path = `${objPath}.${name}`;
    const module = !ATTRS[path] && KNOWN_MODULES.includes(objPath) && !KNOWN_MODULES.includes(path) && !isLibraryCall(path);
    plan = { sym: ATTRS[path] ?? { k: "ref", path }, module };
    byName.set(name, plan);
  }
  return plan;
}

/** `obj.name`. */
export function getAttr(obj: Sym, name: string, p: Path, a: Analyzer, line: number): Outcome[] {
  if (obj.k === "ref") {
    if (obj.path === "self") return a.selfAttr(name, p, line);
    const plan = planAttr(obj.path, name);
    if (plan.module) {
      const known = moduleAttrOutcomes(obj.path, name, p, line);
      if (known) return known;
    }
    return [val(plan.sym, p)];
  }
  if (obj.k === "const" || obj.k === "env" || obj.k === "val" || obj.k === "seq" || obj.k === "dict") return [val({ k: "bound", self: obj, name }, p)];
  return [val(typed({ kind: "unknown", reason: `attribute ${name}` }, name), p)];
}
