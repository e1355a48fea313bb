/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses last
 * build's HTML of a page when its key and the code it imports are both unchanged. The key is a
 * hash of everything the page shows: its own data from the route table (the product with its
 * producer, locality, group and related products; a group with its products…) plus the site's
 * frame, the parts of the catalogue every view may show besides its page (the build day in the
 * footer and certificate validity, the locality names). Kinds whose view reads the whole
 * catalogue get no key and are rendered on every build (page-kinds.ts, `reusable`).
 */
import { createHash } from "node:crypto";
import type { Catalogue } from "../lib/catalogue/model.ts";
import { PAGE_KINDS } from "../lib/routing/page-kinds.ts";
import type { SitePage } from "../lib/routing/site-pages.ts";

function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 32);
}

/** What every reusable page may show from the catalogue besides its own data. */
export function frameKey(cat: Catalogue): string {
  return hash(JSON.stringify([cat.locale, cat.builtAt.toISOString(), cat.localities]));
}

/** The page's cache key, or undefined when its kind is rendered on every build. */
export function pageCacheKey(page: SitePage, frame: string): string | undefined {
  if (!PAGE_KINDS[page.kind].reusable) return undefined;
  return hash(frame + JSON.stringify(page));
}
