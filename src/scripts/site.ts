/**
 * The one module every page loads (site.js: the CSP allows no inline script). Bundled by
 * src/node/pipeline/service-worker.ts next to sw.js at the site's root (with the base path), which
 * is why the URLs below are relative to this module's. It does two small things:
 * - registers the service worker (src/scripts/service-worker.ts) once the page has loaded, nothing
 *   on it is busy (`aria-busy`: the search page's results until they are drawn) and the browser
 *   is idle, so that neither its registration nor its precaching (the site's shell) competes with
 *   the page for the network or the processor;
 * - warms the search (lib/search/warm-search.ts): the first time a search box gets the focus, it
 *   prefetches what the search page's first results wait for (Pagefind's files, then the index
 *   chunks of each word typed), while the visitor types.
 */
import { SERVICE_WORKER_FILE } from "../lib/offline/offline-caches.ts";
import { parseWarmFiles, typedChunks, warmFilesName, type WarmFiles } from "../lib/search/warm-search.ts";

const whenIdle = (run: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);

/**
 * Registers the worker in an idle moment once no part of the page is `aria-busy`, checked every
 * 500 ms (a page still busy 20 s after it opened does not wait longer).
 */
function register(): void {
  if (document.querySelector("[aria-busy=true]") && performance.now() < 2e4) setTimeout(register, 500);
  // No worker (private mode, storage off, an older build): the site simply stays online-only.
  else whenIdle(() => navigator.serviceWorker.register(new URL(SERVICE_WORKER_FILE, import.meta.url)).catch(() => {}));
}

if ("serviceWorker" in navigator) addEventListener("load", () => whenIdle(register));

/** A low-priority download into the HTTP cache that outlives the page (`<link rel="prefetch">`), else a plain fetch. */
function prefetch(url: URL): void {
  const link = document.createElement("link");
  if (link.relList.supports("prefetch")) {
    link.rel = "prefetch";
    link.crossOrigin = "anonymous";
    link.href = url.href;
    document.head.append(link);
  } else
    fetch(url)
      .then((response) => response.arrayBuffer())
      .catch(() => {});
}

// Not on the search page, which preloads these files itself (its head carries the mark), nor
// for a visitor who asked the browser to save data: they download only what they search for.
const savingData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
if (!document.querySelector("[data-pagefind-preload]") && !savingData) {
  const dir = new URL("pagefind/", import.meta.url);
  const fetched = new Set<string>();
  const prefetchOnce = (files: string[]) => {
    for (const file of files) {
      if (fetched.has(file)) continue;
      fetched.add(file);
      prefetch(new URL(file, dir));
    }
  };
  let warm: WarmFiles | undefined;
  let box: HTMLInputElement | undefined;
  const typed = (complete: boolean) => {
    if (warm && box) prefetchOnce(typedChunks(box.value, warm.chunks, complete));
  };
  const start = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== "search") return;
    removeEventListener("focusin", start);
    box = event.target;
    box.addEventListener("input", () => typed(false));
    box.form?.addEventListener("submit", () => typed(true));
    fetch(new URL(warmFilesName(document.documentElement.lang), dir))
      .then((response) => response.json())
      .then((json) => {
        warm = parseWarmFiles(json);
        prefetchOnce(warm.files);
        typed(false);
      })
      // Offline, or a site without an index: the search page fetches what it needs itself.
      .catch(() => {});
  };
  addEventListener("focusin", start);
}
