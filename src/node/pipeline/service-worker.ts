/**
 * Builds the service worker of a built site (dist/), after the build: esbuild bundles
 * src/scripts/service-worker.ts (with the Workbox modules it imports) and the module every page loads (src/scripts/site.ts: it registers the worker),
 * then workbox-build injects the precache manifest (the site shell) into the worker.
 * Node only (build time and tests).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { getManifest, injectManifest } from "workbox-build";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { SITE_MODULE_FILE, SERVICE_WORKER_FILE } from "../../lib/offline/offline-caches.ts";
import { giftDataFile, paths } from "../../lib/routing/routes.ts";

const SCRIPTS = join(import.meta.dirname, "../../scripts");

/** dist/ file of a page, from its site path ("en/gift-list" → "en/gift-list/index.html"). */
const pageFile = (path: string) => (path === "" ? "index.html" : `${path}/index.html`);

/**
 * The site shell, as globs over dist/: the stylesheet and scripts Astro bundled (the gift list, the
 * search page, the offline page's list), the product illustrations, the icon and manifest, the module
 * every page loads, and two pages per language that must work without having been opened: the gift list (with
 * its product data file) and the offline page. Product pages and the Pagefind index are not
 * precached: they are cached as the visitor opens them.
 */
export function shellGlobs(): string[] {
  return [
    "_astro/*.{css,js}",
    "illustrations/*.svg",
    "favicon.svg",
    "manifest.webmanifest",
    SITE_MODULE_FILE,
    ...LOCALES.flatMap((l) => [pageFile(paths.list(l, "giftList")), giftDataFile(l), pageFile(paths.list(l, "offline"))]),
  ];
}

const manifestOptions = (dist: string) => ({
  globDirectory: dist,
  globPatterns: shellGlobs(),
  // Astro's file names carry a content hash: no revision needed.
  dontCacheBustURLsMatching: /^_astro\//,
  // The gift list's data file holds every product; stop a catalogue that grew past reason.
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});

export interface ServiceWorkerStats {
  /** Revision of this build: a hash of the precache manifest, in every cache name. */
  revision: string;
  precached: { count: number; bytes: number };
  /** Bytes of dist/sw.js and dist/site.js. */
  workerBytes: number;
  siteModuleBytes: number;
  warnings: string[];
}

/** Writes dist/sw.js and dist/site.js. */
export async function buildServiceWorker(dist: string): Promise<ServiceWorkerStats> {
  const siteModule = join(dist, SITE_MODULE_FILE);
  await build({
    entryPoints: [join(SCRIPTS, "site.ts")],
    outfile: siteModule,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    logLevel: "warning",
  });

  const { manifestEntries, warnings } = await getManifest(manifestOptions(dist));
  const entries = [...(manifestEntries ?? [])].sort((a, b) => a.url.localeCompare(b.url));
  const revision = createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 12);
  const offline = Object.fromEntries(LOCALES.map((l) => [l, pageFile(paths.list(l, "offline"))])) as Record<Locale, string>;

  const tmp = mkdtempSync(join(tmpdir(), "ocop-sw-"));
  try {
    const source = join(tmp, SERVICE_WORKER_FILE);
    await build({
      entryPoints: [join(SCRIPTS, "service-worker.ts")],
      outfile: source,
      bundle: true,
      format: "iife",
      minify: true,
      target: "es2022",
      logLevel: "warning",
      define: {
        __SW_REVISION__: JSON.stringify(revision),
        __SW_OFFLINE_PAGES__: JSON.stringify(offline),
        // Workbox's development logging is dropped.
        "process.env.NODE_ENV": JSON.stringify("production"),
        // routes.ts reads the base path only in functions the worker does not call.
        "import.meta.env": "{}",
      },
    });
    const result = await injectManifest({ ...manifestOptions(dist), swSrc: source, swDest: join(dist, SERVICE_WORKER_FILE) });
    return {
      revision,
      precached: { count: result.count, bytes: result.size },
      workerBytes: statSync(join(dist, SERVICE_WORKER_FILE)).size,
      siteModuleBytes: statSync(siteModule).size,
      warnings: [...warnings, ...result.warnings],
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the offline mode costs in a built site: the worker, the module every page loads (bytes as sent) and the precache. */
export async function offlineFigures(dist: string): Promise<{
  worker: { raw: number; gzip: number };
  siteModule: { raw: number; gzip: number };
  precached: { count: number; bytes: number };
}> {
  const sizes = (file: string) => {
    const data = readFileSync(join(dist, file));
    return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const { count, size } = await getManifest(manifestOptions(dist));
  return { worker: sizes(SERVICE_WORKER_FILE), siteModule: sizes(SITE_MODULE_FILE), precached: { count, bytes: size } };
}
