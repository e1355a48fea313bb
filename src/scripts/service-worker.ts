/**
 * The service worker: the site keeps working offline after a first visit.
 * Bundled at build time by src/node/pipeline/service-worker.ts (esbuild), which also has workbox-build
 * inject the precache manifest (the site shell) in place of `self.__WB_MANIFEST`.
 *
 * - Precached on install: CSS, the site's scripts, the product illustrations, the gift list and offline pages.
 * - Pages the visitor opens: network first (3 s, then the cached copy), one copy per page.
 * - Pagefind files the search page fetched: hashed chunks cache first, the few fixed names network first.
 * - Images (photos, artwork, the locator maps a page shows) and fonts: cache first, as the page loads them.
 * - Offline and not cached: the offline page of the URL's language, which lists what is cached.
 * - A new build: every cache name carries the build's revision; the new worker takes over at once
 *   (skipWaiting + clientsClaim), carries the visited pages over (fetched afresh) and deletes the
 *   caches of older builds.
 */
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import type { WorkboxPlugin } from "workbox-core/types.js";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import type { Locale } from "../i18n/locales.ts";
import { adminPattern, cacheName, isOutdatedCache, isPagesCache, pagefindFileKind } from "../lib/offline/offline-caches.ts";
import { localeOfPath } from "../lib/routing/routes.ts";

/** What this file uses of the worker's global scope (the project's TypeScript has the DOM library, not WebWorker's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  readonly registration: { readonly scope: string };
  readonly clients: { matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<readonly { url: string }[]> };
  readonly __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
};
/** Set by the build: the revision of this build and the precache URL of each language's offline page. */
declare const __SW_REVISION__: string;
declare const __SW_OFFLINE_PAGES__: Record<Locale, string>;

/** Pages kept at most (the oldest go first); a catalogue page is ~10–20 KB. */
const MAX_PAGES = 300;
/** A weak network gets this long before the cached copy is shown. */
const NETWORK_TIMEOUT_SECONDS = 3;

const scope = self.registration.scope;
const scopePath = new URL(scope).pathname;
const admin = adminPattern(scopePath);
const revision = __SW_REVISION__;
const names = {
  pages: cacheName("pages", scope, revision),
  search: cacheName("search", scope, revision),
  assets: cacheName("assets", scope, revision),
};

// The precache is named like the others: ocop-precache-<scope>-<revision>.
setCacheNameDetails({ prefix: "ocop", precache: "precache", suffix: `${scope}-${revision}` });
clientsClaim();
cleanupOutdatedCaches();
// `ids` is the shared gift list's query: the precached list page reads it itself.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ids$/] });

/** One cached copy per URL path, whatever its query (?q= on the search page, ?ts= on Pagefind's entry file). */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = "";
    url.hash = "";
    return url.href;
  },
};

/**
 * Keeps at most `maxEntries` (the oldest go first) and empties the cache when storage runs out.
 * (Workbox's declared plugin type trips `exactOptionalPropertyTypes`; the class implements it.)
 */
const expiration = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }) as WorkboxPlugin;

const pages = new NetworkFirst({
  cacheName: names.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [withoutQuery, expiration(MAX_PAGES)],
});

/** The offline page in the language of the URL the visitor asked for (English under en/). */
async function offlinePage(url: URL): Promise<Response> {
  const path = url.pathname.startsWith(scopePath) ? url.pathname.slice(scopePath.length).replace(/\/$/, "") : "";
  return (await matchPrecache(__SW_OFFLINE_PAGES__[localeOfPath(path)])) ?? Response.error();
}

registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        return await pages.handle(options);
      } catch {
        return offlinePage(options.url);
      }
    },
    // The CMS is an online tool; it keeps its own caching.
    { denylist: [admin] },
  ),
);

const pagefindPath = `${scopePath}pagefind/`;
const searchExpiration = expiration(500);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(pagefindPath) && pagefindFileKind(url.pathname) === "hashed",
  new CacheFirst({ cacheName: names.search, plugins: [searchExpiration] }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(pagefindPath),
  new NetworkFirst({
    cacheName: names.search,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [withoutQuery, searchExpiration],
  }),
);

registerRoute(
  ({ request, sameOrigin }) => sameOrigin && (request.destination === "image" || request.destination === "font"),
  new CacheFirst({ cacheName: names.assets, plugins: [expiration(400)] }),
);

/**
 * The pages to keep in this build's cache: those an older build's worker cached (fetched afresh,
 * since their stylesheet and scripts are this build's now) and those open right now, which loaded
 * before any worker could cache them.
 */
async function carryPagesOver(event: ExtendableEvent): Promise<void> {
  const urls = new Map<string, Cache | undefined>();
  for (const name of await caches.keys()) {
    if (!isPagesCache(name, scope) || name === names.pages) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) urls.set(request.url, cache);
  }
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
    const url = new URL(client.url);
    url.search = "";
    url.hash = "";
    if (url.href.startsWith(scope) && !admin.test(url.pathname) && !urls.has(url.href)) urls.set(url.href, undefined);
  }
  const queue = [...urls].slice(-MAX_PAGES);
  const next = async (): Promise<void> => {
    const item = queue.shift();
    if (!item) return;
    const [url, old] = item;
    try {
      await pages.handle({ event, request: new Request(url, { cache: "no-cache" }) });
    } catch {
      // Offline during the update: keep the older copy rather than nothing.
      const copy = await old?.match(url);
      if (copy) await (await caches.open(names.pages)).put(url, copy);
    }
    return next();
  };
  await Promise.all([next(), next(), next()]);
}

self.addEventListener("install", (event) => {
  void self.skipWaiting();
  event.waitUntil(carryPagesOver(event));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => isOutdatedCache(k, scope, revision)).map((k) => caches.delete(k)))),
  );
});
