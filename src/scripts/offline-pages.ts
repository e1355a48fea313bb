/**
 * The offline page's list of the pages available offline: every page in this site's pages caches
 * (src/lib/offline/offline-caches.ts), titled by the <title> of the cached copy, this page's
 * language first. Without the Cache API the "nothing saved yet" line stays.
 */
import { isPagesCache, titleOf } from "../lib/offline/offline-caches.ts";

const list = document.querySelector<HTMLElement>("[data-offline-pages]");
const none = document.querySelector<HTMLElement>("[data-offline-none]");

async function savedPages(scope: string, siteName: string): Promise<{ url: string; title: string }[]> {
  const found = new Map<string, string>();
  for (const name of await caches.keys()) {
    if (!isPagesCache(name, scope)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (found.has(request.url)) continue;
      const html = (await (await cache.match(request))?.text()) ?? "";
      found.set(request.url, titleOf(html).replace(` | ${siteName}`, "") || new URL(request.url).pathname);
    }
  }
  const english = `${scope}en/`;
  const mine = (url: string) => url.startsWith(english) === (document.documentElement.lang === "en");
  return [...found]
    .map(([url, title]) => ({ url, title }))
    .sort((a, b) => Number(mine(b.url)) - Number(mine(a.url)) || a.title.localeCompare(b.title, document.documentElement.lang));
}

if (list && none && "caches" in window) {
  const scope = new URL(list.dataset["scope"] ?? "/", location.href).href;
  void savedPages(scope, list.dataset["siteName"] ?? "").then((pages) => {
    for (const { url, title } of pages) {
      const a = document.createElement("a");
      a.href = url;
      a.className = "tap";
      a.textContent = title;
      const li = document.createElement("li");
      li.append(a);
      list.append(li);
    }
    none.hidden = pages.length > 0;
  });
}
