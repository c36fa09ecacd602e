/**
 * Text from envs.py into the page: only through `textContent` and `createElement`,
 * never markup. Bidirectional controls are shown, not obeyed ("right-to-left
 * override: U+202E gnp.exe" in the hostile fixture), and only http(s) URLs link.
 */
import type { Runs, SiteData } from "./site-data.js";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WEB_URL = /(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+[A-Za-z0-9/_=&#-])/;

/** Text with bidi controls made visible as `<U+202E>`. */
export function visibleText(text: string): string {
  return text.replace(BIDI, (c) => `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** An element with text content (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = visibleText(text);
  if (className) e.className = className;
  return e;
}

function appendPlain(parent: HTMLElement, text: string): void {
  text.split(WEB_URL).forEach((part, i) => {
    if (!part) return;
    if (i % 2 === 1 && /^https?:\/\//.test(part)) {
      const a = el("a", part);
      a.href = part;
      a.rel = "noopener noreferrer";
      parent.append(a);
    } else parent.append(document.createTextNode(visibleText(part)));
  });
}

/** Append runs (plain and code alternating) to `parent`. */
export function appendRuns(parent: HTMLElement, data: SiteData, runs: Runs): void {
  runs.forEach((s, i) => {
    const text = data.strings[s];
    if (i % 2 === 1) parent.append(el("code", text));
    else if (text) appendPlain(parent, text);
  });
}

/** Runs as plain text, for search. */
export function runsText(data: SiteData, runs: Runs): string {
  return runs.map((s) => data.strings[s]).join(" ");
}
