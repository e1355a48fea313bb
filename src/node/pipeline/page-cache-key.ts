/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses last
 * build's HTML of a page when its key and the code it imports are both unchanged. The key is a
 * hash of everything the page shows: its own data from the route table (the product with its
 * producer, locality, group and related products; a group with its products…) plus the site's
 * frame, the parts of the catalogue every view may show besides its page (the build month, shown
 * in the footer and under a certificate, and the locality names). A certificate's status is the
 * product's own data, so a page whose certificate expired since the last build is made again; the
 * rest of the site is reused from one day to the next, and made again once a month. Kinds whose
 * view reads the whole catalogue get no key and are rendered on every build (page-kinds.ts, `reusable`).
 */
import { createHash } from "node:crypto";
import type { Catalogue } from "../../lib/catalogue/model.ts";
import { PAGE_KINDS } from "../../lib/routing/page-kinds.ts";
import type { SitePage } from "../../lib/routing/site-pages.ts";

function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 32);
}

const digests = new WeakMap<object, string>();

/**
 * A hash of a value's JSON, computed once per object: a product shown on many pages (its own,
 * its producer's, its locality's, related products…) is serialised and hashed once per build,
 * not once per page. Same value, same digest; any change in a nested value changes it. The
 * catalogue is not changed once built, so an object's digest stays true for the whole build.
 */
export function digest(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "";
  const known = digests.get(value);
  if (known) return known;
  let text: string;
  if (value instanceof Date) text = JSON.stringify(value);
  else if (Array.isArray(value)) text = `[${value.map(digest).join(",")}]`;
  else
    text = `{${Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== "function")
      .map(([k, v]) => `${JSON.stringify(k)}:${digest(v)}`)
      .join(",")}}`;
  const result = hash(text);
  digests.set(value, result);
  return result;
}

/** What every reusable page may show from the catalogue besides its own data. */
export function frameKey(cat: Catalogue): string {
  return hash(JSON.stringify([cat.locale, cat.builtAt.toISOString().slice(0, 7), cat.localities]));
}

/** The page's cache key, or undefined when its kind is rendered on every build. */
export function pageCacheKey(page: SitePage, frame: string): string | undefined {
  if (!PAGE_KINDS[page.kind].reusable) return undefined;
  return hash(frame + digest(page));
}
