/**
 * Files made beside the pages during a build: Open Graph cards and QR codes. Astro renders routes
 * one after another, and the card and QR routes come before the pages: rendered as routes, the
 * cards would run alone (their drawing on libuv's threads, the main thread mostly waiting) and the
 * QR codes would hold up the main thread, while the pages waited for both. Instead each of those
 * routes hands its list to startBeside() and has no pages of its own in a build: the files are made
 * while the pages render, on the other core, into a cache (by content, so an unchanged file is made
 * once), and publishBeside() puts them into dist/ once the pages are done.
 *
 * The routes are bundled with the pages, a separate module instance from the integrations, so the
 * jobs live on globalThis (one Node process for the whole build).
 * Node only (build time).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { mapPooled } from "./pool.ts";

/** What is made beside the pages: its phase in the build log, and the folder of dist/ it is published in. */
export interface BesideKind {
  phase: string;
  folder: string;
}
export const OG_CARDS: BesideKind = { phase: "og cards", folder: "og" };
export const QR_CODES: BesideKind = { phase: "qr codes", folder: "qr" };

/** One file: where it is published (relative to the site root), and what it is made from. */
export interface BesideJob<T> {
  file: string;
  input: T;
}

interface Started {
  files: string[];
  /** Each job's cache file once every file is made, and when the making began and ended (performance.now()). */
  done: Promise<{ made: string[]; start: number; end: number }>;
}

const KEY = Symbol.for("ocop.besidePages");
const slots = () => ((globalThis as { [KEY]?: Map<string, Started> })[KEY] ??= new Map<string, Started>());

/**
 * Starts making every file in the background: `make` returns the cache file holding a job's
 * result (made first when missing), `inFlight` of them at once; `finish` runs once they are all
 * made, or one has failed (to end the worker that made them).
 */
export function startBeside<T>(
  kind: BesideKind,
  jobs: BesideJob<T>[],
  make: (input: T) => Promise<string>,
  inFlight: number,
  finish: () => Promise<void> = async () => undefined,
): void {
  const start = performance.now();
  const done = mapPooled(jobs, inFlight, ({ file, input }) =>
    make(input).catch((error: unknown) => {
      throw new Error(`${file} could not be made: ${String(error)}`, { cause: error });
    }),
  )
    .then((made) => ({ made, start, end: performance.now() }))
    .finally(finish);
  // A file that fails is reported by publishBeside(), which the build awaits; until then the
  // rejection is not "unhandled".
  done.catch(() => undefined);
  slots().set(kind.folder, { files: jobs.map((j) => j.file), done });
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
 * Waits for the files started by startBeside() and publishes them in `dist` (hard links to the
 * cache, or copies across file systems); files of an earlier build that no page shows any more
 * are removed. Returns the number of files and when they began and ended being made, or null when
 * their route did not run.
 */
export async function publishBeside(
  kind: BesideKind,
  dist: string,
): Promise<{ files: number; start: number; end: number } | null> {
  const started = slots().get(kind.folder);
  if (!started) return null;
  slots().delete(kind.folder);
  const { made, start, end } = await started.done;
  const wanted = new Set(started.files);
  const folder = join(dist, kind.folder);
  for (const old of filesUnder(folder)) if (!wanted.has(join(kind.folder, old))) rmSync(join(folder, old));
  for (const [i, file] of started.files.entries()) {
    const to = join(dist, file);
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    try {
      linkSync(made[i]!, to);
    } catch {
      copyFileSync(made[i]!, to);
    }
  }
  return { files: started.files.length, start, end };
}
