/**
 * Names and rules the offline mode shares between the service worker (src/scripts/service-worker.ts),
 * the offline page's script and the tests. Browser-safe and pure.
 *
 * Every cache the service worker owns is named `ocop-<kind>-<scope>-<revision>`: the scope keeps two
 * copies of the site on one origin (e.g. at / and at /ocop-quang-ngai/) apart, and the revision is
 * the build's, so a new build's worker knows every older cache by its name and deletes it.
 */

import { escapeRegExp } from "../values/regexp.ts";

export const CACHE_PREFIX = "ocop";

/** precache: the site shell; pages: HTML the visitor opened; search: Pagefind files fetched; assets: images and fonts. */
export type CacheKind = "precache" | "pages" | "search" | "assets";

export function cacheName(kind: CacheKind, scope: string, revision: string): string {
  return `${CACHE_PREFIX}-${kind}-${scope}-${revision}`;
}

/** A cache of this site (same scope) left by another build: the new worker deletes it. */
export function isOutdatedCache(name: string, scope: string, revision: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-`) && name.includes(`-${scope}-`) && !name.endsWith(`-${revision}`);
}

/** Whether a cache holds the pages the visitor opened on this site (any build). */
export function isPagesCache(name: string, scope: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-pages-${scope}-`);
}

/**
 * How a Pagefind file may be cached, by its path inside pagefind/: the index chunks, fragments,
 * filters and language metadata carry a content hash in their name (`vi_1a2b3c4.pf_index`,
 * `pagefind.vi_1130d8701d.pf_meta`), so a cached copy is always right; the others (pagefind.js,
 * its worker, pagefind-entry.json, the wasm.<lang>.pagefind engine) keep their name across builds.
 */
export function pagefindFileKind(file: string): "hashed" | "named" {
  return /_[0-9a-f]{6,}\.pf_(meta|index|fragment|filter)$/.test(file) ? "hashed" : "named";
}

/**
 * The CMS's pages under the worker's scope path (NavigationRoute's denylist takes patterns): the
 * worker leaves them to the network. The path is escaped: a base path may hold `.`, `+` or `(`.
 */
export function adminPattern(scopePath: string): RegExp {
  return new RegExp(`^${escapeRegExp(scopePath)}admin/`);
}

/** The text of a page's <title>, for the list of pages available offline. */
export function titleOf(html: string): string {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "";
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return raw
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (named[e.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** Files the build writes at the site's root (under the base path): the worker, and the module every page loads (it registers the worker). */
export const SERVICE_WORKER_FILE = "sw.js";
export const SITE_MODULE_FILE = "site.js";
