/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses last
 * build's HTML of a page when its key and its code are both unchanged (Astro hashes the code of
 * the route's module graph, and compares the config and package-lock.json; content modules are
 * left out of that hash, which is why pages need a key). A reusable view receives exactly one object, its
 * page and the site's frame (src/lib/routing/site-frame.ts), and the key is the digest of that
 * very object: whatever the view can read is in its key, and nothing it cannot read. A
 * certificate's status is part of the product, so a page whose certificate expired since the last
 * build is made again; the frame holds the build's month, so the rest of the site is reused from
 * one day to the next and made again once a month. Kinds whose view reads the whole catalogue
 * get no key and are rendered on every build (page-kinds.ts, `reusable`).
 */
import { createHash } from "node:crypto";
import type { ReusableViewProps } from "../../lib/routing/site-frame.ts";

function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 32);
}

const digests = new WeakMap<object, string>();

/**
 * A hash of a value's JSON, computed once per object: a product shown on many pages (its own,
 * its producer's, its locality's, related products…) is serialised and hashed once per build,
 * not once per page. Same value, same digest; any change in a nested value changes it. The
 * catalogue is not changed once built, so an object's digest stays true for the whole build.
 * Only plain data is accepted: a Map, a Set, a class instance or a function would hash as
 * something other than what a view reads from it, so it is refused rather than guessed at.
 */
export function digest(value: unknown): string {
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint")
    throw new TypeError(`a page's data must be plain data to be keyed, not a ${typeof value}`);
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "";
  const known = digests.get(value);
  if (known) return known;
  let text: string;
  if (value instanceof Date) text = JSON.stringify(value);
  else if (Array.isArray(value)) text = `[${value.map(digest).join(",")}]`;
  else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`a page's data must be plain data to be keyed, not a ${value.constructor.name}`);
    text = `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${digest(v)}`)
      .join(",")}}`;
  }
  const result = hash(text);
  digests.set(value, result);
  return result;
}

/** The cache key of a reusable page: the digest of everything its view receives. */
export function pageCacheKey(props: ReusableViewProps): string {
  return digest(props);
}
