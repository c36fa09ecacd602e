/**
 * The data an HTML explorer page embeds (inert JSON in `<script type="application/json">`):
 * written by `src/emit/site-data.ts`, read by the page's own script. Every string
 * is stored once in `strings` and referenced by index, so a description repeated
 * across 19 versions costs one copy.
 */

/** Inline text: string indices, even positions plain text, odd positions code spans. */
export type Runs = number[];

/** One variable as one version has it (identical records are shared across versions). */
export interface SiteRecord {
  /** Name. */
  n: number;
  /** Section title, or -1. */
  s: number;
  /** Python type as text (`describeType`), also compared by the compare view. */
  t: number;
  /** Default as text (`describeDefault`), also compared by the compare view. */
  d: number;
  /** Default for display: runs (code and words). */
  dr: number;
  /** Accepted raw strings, in words. */
  a: number;
  /** Description (runs, index into `runs`), or -1. */
  x: number;
  /** One-sentence summary (runs), or -1. */
  m: number;
  /** Allowed values (`choices`), string indices; empty when none. */
  c: number[];
  /** Facet values by facet key (`type` family; room for more, e.g. compile-cache factor). */
  f: Record<string, number>;
  /** Other variables it reads. */
  r: number[];
  /** Notes (deprecated, declaration drift, not computed statically), string indices. */
  o: number[];
}

/** One version: its records in source order, with their source lines. */
export interface SiteVersion {
  label: string;
  sha256: string;
  vars: number[];
  lines: number[];
}

/** A filter the page offers: its key in `SiteRecord.f` (or `section`) and its label. */
export interface SiteFacet {
  key: string;
  label: string;
}

/** A variable's history, as the generator computed it (`addedIn`, later changes). */
export interface SiteHistory {
  addedIn: string;
  changes: [version: string, kind: string][];
}

/** The whole embedded document. */
export interface SiteData {
  title: string;
  tool: string;
  /** Oldest first. */
  versions: SiteVersion[];
  strings: string[];
  runs: Runs[];
  records: SiteRecord[];
  facets: SiteFacet[];
  history: Record<string, SiteHistory>;
}
