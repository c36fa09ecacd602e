/**
 * The one escaping module: every piece of text that comes from the input is
 * made safe here, at the point where it is written into generated output.
 */

/** A TS/JS string literal: JSON encoding plus the line separators and lone surrogates JSON leaves raw. */
export function tsString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** A JS identifier derived from a Python name, with a prefix that keeps it clear of reserved words. */
export function tsIdent(prefix: string, name: string): string {
  return prefix + name.replace(/[^A-Za-z0-9_]/g, (c) => "$" + (c.codePointAt(0) as number).toString(16) + "$");
}

/** A property key: bare when it is a plain identifier, else a string literal. */
export function tsKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
}

/** Text inside a `/* ... *\/` or TSDoc comment: `*\/` can never close it, and no line break can escape a `//`. */
export function tsComment(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?|[\u2028\u2029]/g, "\n");
}
