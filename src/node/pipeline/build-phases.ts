/**
 * How long each phase of `astro build` took (content check, content sync, bundling and pages, Open
 * Graph cards, QR codes, sitemap, Pagefind), so the next bottleneck at scale is visible in every
 * build log and in `npm run bench:scale`. Only the integrations time the phases (one module
 * instance: the routes, bundled with the pages, never call this).
 */
import { writeFileSync } from "node:fs";

/** Moments of the build (performance.now()), by name. */
const marks: Record<string, number> = {};
/** Per phase: its time and the steps counted in it. */
const sums: Record<string, { ms: number; count: number }> = {};

/** Notes the first time a moment of the build is reached (later calls keep the first time). */
export function markPhase(name: string): void {
  marks[name] ??= performance.now();
}

/** Adds the time from `start` to `end` (performance.now(); `end` is now by default), and `count` steps, to a phase. */
export function addPhaseTime(name: string, start: number, count = 0, end = performance.now()): void {
  const sum = (sums[name] ??= { ms: 0, count: 0 });
  sum.ms += end - start;
  sum.count += count;
}

/** The phase of the wait, after Pagefind, for cards and QR codes still being made (src/node/pipeline/beside-pages.ts). */
export const BESIDE_WAIT = "wait for cards, QR";

export interface PhaseRow {
  phase: string;
  seconds: number;
  /** Steps counted in the phase (cards rendered, pages indexed…), when it is made of steps. */
  count?: number;
}

/** The phases in build order; `end` is now, at the end of astro:build:done. */
export function phaseRows(end = performance.now()): PhaseRow[] {
  const between = (a: string, b: number | undefined) => (marks[a] !== undefined && b !== undefined ? (b - marks[a]) / 1000 : 0);
  const sum = (name: string): PhaseRow => ({ phase: name, seconds: (sums[name]?.ms ?? 0) / 1000, count: sums[name]?.count ?? 0 });
  const pagefind = sum("pagefind");
  const waits = sum(BESIDE_WAIT).seconds;
  // Cards and QR codes are made beside the pages and Pagefind (src/node/pipeline/beside-pages.ts): their
  // time is not part of the wall time, except for the wait after Pagefind when they outlast both.
  const beside = (name: string): PhaseRow => ({ ...sum(name), phase: `${name} (beside)` });
  return [
    sum("content check"),
    { phase: "content sync", seconds: between("config done", marks["build start"]) },
    // Astro bundles, then loads the catalogue in the routes' getStaticPaths, then renders.
    { phase: "bundle, pages", seconds: between("build start", marks["generated"]) },
    beside("og cards"),
    beside("qr codes"),
    { phase: "sitemap, worker", seconds: Math.max(0, between("generated", end) - pagefind.seconds - waits) },
    pagefind,
    { phase: BESIDE_WAIT, seconds: waits },
  ];
}

/** One line per phase for the build log. */
export function formatPhases(rows: PhaseRow[]): string {
  return rows
    .map((r) => `${r.phase.padEnd(18)} ${r.seconds.toFixed(1).padStart(6)} s${r.count ? `  (${r.count})` : ""}`)
    .join("\n");
}

/** Writes the rows as JSON when `OCOP_BUILD_PHASES` names a file (the scale bench reads it). */
export function writePhases(rows: PhaseRow[]): void {
  const file = process.env["OCOP_BUILD_PHASES"];
  if (file) writeFileSync(file, JSON.stringify(rows, null, 2));
}
