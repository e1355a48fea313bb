/**
 * Open Graph cards in a build, drawn beside the pages. Astro renders routes one after another, and
 * the card route comes before the pages: rendered as a route, the cards would run alone (their
 * drawing on libuv's threads, the main thread mostly waiting) and the pages would wait for them.
 * Instead the card route hands its list to startOgCards() and has no pages of its own in a build:
 * the cards are drawn while the pages render (the main thread renders pages, the other core
 * draws), and writeOgCards() puts them into dist/og/ once the pages are done.
 *
 * The card route is bundled with the pages, a separate module instance from the integrations, so
 * the job lives on globalThis (one Node process for the whole build).
 * Node only (build time).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { addPhaseTime } from "./build-phases.ts";
import { ogCardFile, type OgCard } from "./og-card.ts";

/** A card and the file (relative to the site root) it is published as. */
export interface OgCardJob {
  file: string;
  card: OgCard;
}

interface Started {
  jobs: OgCardJob[];
  /** Each job's cache file, once every card is drawn. */
  done: Promise<string[]>;
}

const KEY = Symbol.for("ocop.ogCards");
const slot = () => globalThis as { [KEY]?: Started };

/** Cards drawn at once: enough to keep the second core busy, few enough to leave the pages theirs. */
const IN_FLIGHT = 2;

/** Starts drawing every card that is not in the cache yet, in the background. */
export function startOgCards(jobs: OgCardJob[]): void {
  const files: string[] = new Array<string>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const start = performance.now();
      const { file, card } = jobs[i]!;
      files[i] = await ogCardFile(card).catch((error: unknown) => {
        throw new Error(`Open Graph card ${file} ("${card.title}") could not be drawn: ${String(error)}`, { cause: error });
      });
      addPhaseTime("og cards", start);
    }
  };
  const done = Promise.all(Array.from({ length: IN_FLIGHT }, worker)).then(() => files);
  // A card that fails is reported by writeOgCards(), which the build awaits; until then the
  // rejection is not "unhandled".
  done.catch(() => undefined);
  slot()[KEY] = { jobs, done };
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

/**
 * Waits for the cards started by startOgCards() and publishes them in `dist` (hard links to the
 * cache, or copies across file systems); cards of an earlier build that no page shows any more
 * are removed. Returns the number of cards, or null when no card route ran (a build without cards).
 */
export async function writeOgCards(dist: string): Promise<number | null> {
  const started = slot()[KEY];
  if (!started) return null;
  const waiting = performance.now();
  delete slot()[KEY];
  const files = await started.done;
  addPhaseTime("og cards, wait", waiting, 0);
  const wanted = new Set(started.jobs.map((j) => j.file));
  const ogDir = join(dist, "og");
  for (const old of filesUnder(ogDir)) if (!wanted.has(join("og", old))) rmSync(join(ogDir, old));
  for (const [i, job] of started.jobs.entries()) {
    const to = join(dist, job.file);
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    try {
      linkSync(files[i]!, to);
    } catch {
      copyFileSync(files[i]!, to);
    }
  }
  return started.jobs.length;
}
