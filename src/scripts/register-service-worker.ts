/**
 * Registers the service worker (src/scripts/service-worker.ts) once the page has loaded and the
 * browser is idle, so that neither its registration nor its precaching competes with the page
 * (on the search page, the load event comes while the first results are still being drawn).
 * Bundled by src/node/pipeline/service-worker.ts next to sw.js at the site's root (with the base
 * path), which is why the worker's URL is relative to this module's.
 */
import { SERVICE_WORKER_FILE } from "../lib/offline/offline-caches.ts";

const whenIdle = (run: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);

if ("serviceWorker" in navigator)
  addEventListener("load", () =>
    whenIdle(() => {
      // No worker (private mode, storage off, an older build): the site simply stays online-only.
      navigator.serviceWorker.register(new URL(SERVICE_WORKER_FILE, import.meta.url)).catch(() => {});
    }),
  );
