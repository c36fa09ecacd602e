/**
 * Kubernetes' `$(VAR)` expansion of container `env` values, as the kubelet does it
 * (kubernetes/kubernetes `third_party/forked/golang/expansion/expand.go`): `$(NAME)`
 * is replaced by a variable defined earlier, `$$` is one `$` (so `$$(NAME)` stays
 * `$(NAME)`), and a reference to a name that is not defined stays literal.
 */

/** A value the input does not determine (a `fieldRef`, a ConfigMap not in the input). */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** What a name resolves to: its value, {@link UNKNOWN}, or undefined when it is not defined. */
export type Lookup = (name: string) => string | typeof UNKNOWN | undefined;

/** The expanded value, or the first reference whose value is not known. */
export type Expansion = { value: string } | { unknownReference: string };

/**
 * Expand `input` as the kubelet does. `lookup` gives the variables defined so far;
 * `openEnded` says that other names may be defined by sources outside the input (then an
 * undefined reference is not known to stay literal).
 */
export function expandKubernetes(input: string, lookup: Lookup, openEnded = false): Expansion {
  // expand.go works on UTF-8 bytes but decodes a whole rune after `$`; code points are equivalent.
  const cs = Array.from(input);
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < cs.length; cursor++) {
    if (cs[cursor] !== "$" || cursor + 1 >= cs.length) continue;
    out += cs.slice(checkpoint, cursor).join("");
    const next = cs[cursor + 1];
    let advance = 1;
    if (next === "$") out += "$";
    else if (next === "(") {
      const close = cs.indexOf(")", cursor + 2);
      if (close < 0) out += "$(";
      else {
        const name = cs.slice(cursor + 2, close).join("");
        const value = lookup(name);
        if (value === UNKNOWN || (value === undefined && openEnded)) return { unknownReference: name };
        out += value ?? `$(${name})`;
        advance = close - cursor;
      }
    } else out += "$" + next;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return { value: out + cs.slice(checkpoint).join("") };
}
