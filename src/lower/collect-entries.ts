/**
 * The entries of the dict of getters, as a dict display builds them: a later key keeps the first
 * position and takes the later value; a `**spread` of the upstream dict (`{**vllm_envs, "X": ...}`)
 * contributes its entries, marked inherited; any other spread is unknown, and then the entries before
 * it may have been replaced by it (they become `unsupported`).
 */
import type { SyntaxNode } from "../parse/syntax-node.js";
import type { Diagnostic } from "../ir/types.js";
import { lowerExpr, posOf, excerpt } from "./lower-expr.js";
import { collectComments, type CommentLine } from "./comments.js";
import { diag, type OpenKeys, type RawEntry } from "./lowered.js";

/**
 * What a `**spread` item contributes: upstream entries (inherited), a module-level dict display's of the
 * same file (`local`), or why it is unknown (with the keys that dict may add, where they are not known).
 */
export type SpreadResult = { entries: RawEntry[]; local?: true; open?: OpenKeys } | { reason: string };

/** The `pair`s (and resolvable spreads) of the dict, in dict order; `open` where a spread's keys are unknown. */
export function collectEntries(
  dict: SyntaxNode,
  diagnostics: Diagnostic[],
  spread: (node: SyntaxNode) => SpreadResult,
): { entries: RawEntry[]; open: OpenKeys | null } {
  const state = { open: null as OpenKeys | null };
  const comments = collectComments(dict);
  const entries: RawEntry[] = [];
  const byName = new Map<string, RawEntry>();
  let prevEnd = dict.startPosition.row;
  let next = 0;
  for (const child of dict.namedChildren) {
    if (child.type === "comment") continue;
    // Comments are in source order: walk them once (a filter per key would be quadratic).
    const above: CommentLine[] = [];
    // Read once: each position read searches the line table.
    const row = child.startPosition.row;
    while (next < comments.length && comments[next].row < row) {
      if (comments[next].row > prevEnd) above.push(comments[next]);
      next += 1;
    }
    prevEnd = child.endPosition.row;
    if (child.type === "dictionary_splat") {
      const got = spread(child);
      if ("reason" in got) state.open ??= openBy(child, got.reason);
      else if (got.open) state.open ??= got.open;
      addSpread(child, got, entries, byName, diagnostics);
      continue;
    }
    if (child.type !== "pair") {
      const what = `unsupported dict item ${child.type}: its variables cannot be known statically`;
      diagnostics.push(diag("error", "dict-spread", child, what));
      continue;
    }
    const keyNode = child.childForFieldName("key") as SyntaxNode;
    const key = lowerExpr(keyNode);
    if (key.kind !== "const" || key.value.type !== "str") {
      diagnostics.push(diag("error", "non-string-key", keyNode, `dict key ${keyNode.text} is not a string literal`));
      continue;
    }
    const getter = lowerExpr(child.childForFieldName("value") as SyntaxNode);
    const entry: RawEntry = { name: key.value.value, getter, pos: posOf(keyNode), comments: above };
    const prev = byName.get(entry.name);
    if (prev?.inherited) {
      // The plugin's own getter replaces the upstream one, in the upstream one's place.
      const what = `${JSON.stringify(entry.name)} replaces the upstream vllm.envs entry`;
      diagnostics.push(diag("info", "overrides-upstream", keyNode, what));
      Object.assign(prev, { getter: entry.getter, pos: entry.pos, comments: entry.comments });
      delete prev.inherited;
      continue;
    }
    if (prev) {
      const what = `duplicate key ${JSON.stringify(entry.name)} (first at line ${prev.pos.line}); Python keeps this later value`;
      diagnostics.push(diag("warning", "duplicate-key", keyNode, what));
      prev.getter = entry.getter;
      continue;
    }
    byName.set(entry.name, entry);
    entries.push(entry);
  }
  return { entries, open: state.open };
}

/** Names outside the dict are not known either: the spread may have added them. */
function openBy(node: SyntaxNode, reason: string): OpenKeys {
  const pos = posOf(node);
  const reasonText = `the dict spreads \`${excerpt(node)}\` at line ${pos.line}, whose keys are not known statically`;
  return { reason: `${reasonText} (${reason})`, line: pos.line };
}

function addSpread(
  node: SyntaxNode,
  got: SpreadResult,
  entries: RawEntry[],
  byName: Map<string, RawEntry>,
  diagnostics: Diagnostic[],
): void {
  if ("reason" in got) {
    const what = `unsupported dict item **spread: its variables cannot be known statically (${got.reason})`;
    diagnostics.push(diag("error", "dict-spread", node, what));
    // Python lets the spread replace any earlier key: what those entries hold is no longer known.
    const [text, pos] = [excerpt(node), posOf(node)];
    const why = `may be replaced by \`${text}\` (line ${pos.line}), whose keys are not known statically: ${got.reason}`;
    for (const e of entries) e.getter = { kind: "unsupported", reason: `${e.name} ${why}`, text, pos };
    return;
  }
  const mark = got.local ? {} : { inherited: true as const };
  for (const up of got.entries) {
    const prev = byName.get(up.name);
    if (prev) {
      Object.assign(prev, { getter: up.getter, ...mark });
      if (got.local) delete prev.inherited;
    } else {
      const entry: RawEntry = { ...up, ...mark };
      byName.set(entry.name, entry);
      entries.push(entry);
    }
  }
}
