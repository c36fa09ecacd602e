/**
 * Lowering of `import` statements into the bindings they make (module-level imports are read by
 * lower-module.ts, those inside helpers by lower-stmt.ts).
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { ImportBinding } from "../ir/types.js";

/** Bindings made by `import a.b as c` and `from a import b as c`. */
export function lowerImport(node: SyntaxNode): ImportBinding[] | string {
  const out: ImportBinding[] = [];
  if (node.type === "import_statement") {
    for (const n of node.childrenForFieldName("name")) {
      if (n.type === "aliased_import") {
        const mod = (n.childForFieldName("name") as SyntaxNode).text;
        out.push({ local: (n.childForFieldName("alias") as SyntaxNode).text, module: mod, attr: null });
      } else out.push({ local: n.text.split(".")[0], module: n.text.split(".")[0], attr: null });
    }
    return out;
  }
  const mod = node.childForFieldName("module_name") as SyntaxNode;
  if (mod.type === "relative_import") return "relative imports are not supported";
  if (node.children.some((c) => c.type === "wildcard_import")) return "wildcard imports are not supported";
  for (const n of node.childrenForFieldName("name")) {
    if (n.type === "aliased_import") {
      out.push({ local: (n.childForFieldName("alias") as SyntaxNode).text, module: mod.text, attr: (n.childForFieldName("name") as SyntaxNode).text });
    } else out.push({ local: n.text, module: mod.text, attr: n.text });
  }
  return out;
}
