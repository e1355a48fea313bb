/**
 * Browser-test harness: the static host for dist/ and Debian's Chromium (scripts/lib/serve.ts),
 * started before a test file and stopped after it. Tests need nothing running beforehand.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, startServer, type StaticServer } from "../../scripts/lib/serve.ts";
import { buildFixtureSite } from "../build/astro-build.ts";

export { launchBrowser, startServer, type StaticServer };
export { DIST } from "../../scripts/lib/dist.ts";

/**
 * Browser contexts block the offline mode's service worker: a worker answers requests itself, which
 * `page.route` then never sees (throttled or failing scripts, aborted Pagefind requests), and its
 * precaching would add requests to what a test measures. tests/e2e/offline.test.ts allows it.
 */
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: "block" as const,
};
export const DESKTOP = { viewport: { width: 1280, height: 800 }, serviceWorkers: "block" as const };

/**
 * A page that records console errors and CSP violations, so tests can assert there are none.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { page, errors };
}

/**
 * Starts the static server and Chromium before a test file's tests and stops both after them.
 * Read `site.server` and `site.browser` inside tests and hooks, once they have started.
 */
export function useSite(): { readonly server: StaticServer; readonly browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await startServer();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * useSite() for a fixture site: builds a copy of the project around a content/ folder made of
 * `files` once before the file's tests (tests/build/astro-build.ts), serves its dist/, and
 * deletes it after them. `site.dist` is the built folder.
 */
export function useFixtureSite(files: Record<string, string>): {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly dist: string;
} {
  const site = {} as { server: StaticServer; browser: Browser; dist: string };
  let remove = () => {};
  beforeAll(async () => {
    const built = await buildFixtureSite(files);
    remove = built.remove;
    site.dist = built.dist;
    site.server = await startServer(built.dist);
    site.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    remove();
  });
  return site;
}
