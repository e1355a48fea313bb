/**
 * Registers the service worker (src/scripts/service-worker.ts) once the page has loaded, so its
 * precaching never competes with the page. Bundled by src/node/pipeline/service-worker.ts next to sw.js at
 * the site's root (with the base path), which is why the worker's URL is relative to this module's.
 */
import { SERVICE_WORKER_FILE } from "../lib/offline/offline-caches.ts";

if ("serviceWorker" in navigator)
  addEventListener("load", () => {
    // No worker (private mode, storage off, an older build): the site simply stays online-only.
    navigator.serviceWorker.register(new URL(SERVICE_WORKER_FILE, import.meta.url)).catch(() => {});
  });
