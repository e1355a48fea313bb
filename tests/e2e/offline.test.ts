/**
 * The offline mode in a real browser: visit pages while online, wait for the service worker to
 * control the page, cut the network (`context.setOffline(true)`) and check what still works.
 * Search offline is checked on the fixture site (search.test.ts), where its queries pin no live product.
 * Served over http://127.0.0.1, which browsers treat as a secure context, as service workers need.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DIST, openPage, PHONE, startServer, useSite } from "./harness.ts";

const site = useSite();

const PRODUCTS = "/san-pham/";
const PRODUCT = "/san-pham/toi-ly-son-phu-sinh/";
const UNVISITED = "/san-pham/nhang-que-tra-bong/";
const UNVISITED_EN = "/en/products/nhang-que-tra-bong/";
const GIFTS = "/danh-sach-qua/";
const MAP = "/dia-phuong/";

/** A phone with service workers on (the other browser tests block them, so their request routing sees every request). */
async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, serviceWorkers: "allow" });
}

/** Waits until the page is controlled by the active service worker (installed, precached, activated, claimed). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

const h1 = (page: Page) => page.locator("h1").first().textContent();
/** Whether the site's stylesheet applied (the header has its bottom border; unstyled, it has none). */
const styled = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector("header");
    return header !== null && getComputedStyle(header).borderBottomStyle === "solid";
  });
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Paths listed by the offline page, once its script has filled the list. */
async function listedOffline(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector("[data-offline-pages] a") !== null);
  return page.$$eval("[data-offline-pages] a", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe("offline mode", () => {
  it("reloads visited pages from the cache and shows the offline page, in the URL's language, for the others", async () => {
    const context = await phone(site.browser);
    const { page, errors } = await openPage(context);
    const url = (path: string) => site.server.url + path;
    await page.goto(url("/"));
    await controlled(page);
    await page.goto(url(PRODUCT));
    const productTitle = await h1(page);
    await page.goto(url(PRODUCTS));
    const listTitle = await h1(page);

    await context.setOffline(true);
    await page.reload();
    expect(await h1(page)).toBe(listTitle);
    expect(await styled(page)).toBe(true);
    await page.goto(url(PRODUCT));
    expect(await h1(page)).toBe(productTitle);
    expect(await styled(page)).toBe(true);
    // The first page was open before the worker existed: it was cached when the worker installed.
    await page.goto(url("/"));
    expect(await page.locator("main").count()).toBe(1);
    expect(await h1(page)).not.toBe("Bạn đang ngoại tuyến");

    await page.goto(url(UNVISITED));
    expect(new URL(page.url()).pathname).toBe(UNVISITED);
    expect(await h1(page)).toBe("Bạn đang ngoại tuyến");
    expect(await styled(page)).toBe(true);
    const listed = await listedOffline(page);
    expect(listed).toEqual(expect.arrayContaining(["/", PRODUCT, PRODUCTS]));
    expect(listed).not.toContain(UNVISITED);
    // Titles come from the cached copies, without the site name.
    expect(await page.locator(`[data-offline-pages] a[href$="${PRODUCT}"]`).textContent()).toBe(productTitle);

    await page.goto(url(UNVISITED_EN));
    expect(await h1(page)).toBe("You are offline");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await listedOffline(page)).toEqual(expect.arrayContaining([PRODUCT]));
    // Offline, the browser logs each failed network attempt; nothing else may fail.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it("keeps the province map and a visited page's locator, cached with the page", async () => {
    const context = await phone(site.browser);
    const { page, errors } = await openPage(context);
    const url = (path: string) => site.server.url + path;
    await page.goto(url("/"));
    await controlled(page);
    await page.goto(url(MAP));
    const communes = await page.locator("[data-province-map] > a[data-code]").count();
    expect(communes).toBe(96);
    await page.goto(url(PRODUCT), { waitUntil: "load" });
    const locator = page.locator("img[data-locator]");
    const src = (await locator.getAttribute("src"))!;
    expect(src).toMatch(/^\/map\/[a-z0-9-]+\.svg$/);
    // The locator is loaded with the page, not lazily, so it is cached even if never scrolled to.
    await expect.poll(() => page.evaluate(async (u) => (await caches.match(u)) !== undefined, src)).toBe(true);

    await context.setOffline(true);
    await page.reload({ waitUntil: "load" });
    expect(await locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.goto(url(MAP));
    expect(await h1(page)).not.toBe("Bạn đang ngoại tuyến");
    expect(await page.locator("[data-province-map] > a[data-code]").count()).toBe(communes);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it("shows the saved gifts on the gift list page, never opened before", async () => {
    const context = await phone(site.browser);
    const { page } = await openPage(context);
    await page.goto(site.server.url + PRODUCTS);
    await controlled(page);
    const first = await page.locator("article[data-product-id]").first().getAttribute("data-product-id");
    const button = page.locator(`article[data-product-id="${first}"] [data-gift-toggle]`);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();

    await context.setOffline(true);
    await page.goto(site.server.url + GIFTS);
    await expect
      .poll(() => page.locator("[data-gift-item]").evaluateAll((els) => els.map((e) => e.getAttribute("data-gift-item"))))
      .toEqual([first]);
    expect(await page.locator("[data-gift-total]").isVisible()).toBe(true);
    await context.close();
  });

  it("registers the service worker on a search page only once the query's first results are drawn", async () => {
    const context = await phone(site.browser);
    const { page, errors } = await openPage(context);
    // What the page shows at the moment the site's module registers the worker.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args) {
        Object.assign(window, {
          atRegister: {
            cards: document.querySelectorAll("#search-results li").length,
            busy: document.getElementById("search-app")?.getAttribute("aria-busy") ?? null,
          },
        });
        return register.apply(this, args);
      };
    });
    await page.goto(site.server.url + "/tim-kiem/?q=toi");
    await controlled(page);
    const atRegister = await page.evaluate(
      () => (window as unknown as { atRegister: { cards: number; busy: string | null } }).atRegister,
    );
    expect(atRegister.busy).toBeNull();
    expect(atRegister.cards).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("replaces the caches of an older build: every cache name carries the build's revision", async () => {
    // A copy of dist/ whose worker is then swapped for a "new build" (another revision).
    const root = mkdtempSync(join(tmpdir(), "ocop-offline-"));
    cpSync(DIST, root, { recursive: true });
    const server = await startServer(root);
    const context = await phone(site.browser);
    try {
      const { page, errors } = await openPage(context);
      await page.goto(server.url + "/");
      await controlled(page);
      await page.goto(server.url + PRODUCT);
      const before = (await cacheNames(page)).filter((n) => n.startsWith("ocop-"));
      const revision = /-([0-9a-f]{12})$/.exec(before[0] ?? "")?.[1] ?? "";
      expect(revision).toMatch(/^[0-9a-f]{12}$/);
      expect(before.every((n) => n.endsWith(`${server.url}/-${revision}`))).toBe(true);
      expect(before.map((n) => n.split("-")[1]).sort()).toEqual(expect.arrayContaining(["pages", "precache"]));
      const worker = join(root, "sw.js");
      const code = readFileSync(worker, "utf8");
      expect(code).toContain(`"${revision}"`);

      const next = "0123456789ab";
      writeFileSync(worker, code.replaceAll(revision, next));
      await page.evaluate(async () => {
        const changed = new Promise((resolve) =>
          navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
        );
        await (await navigator.serviceWorker.getRegistration())!.update();
        await changed;
      });
      // The new worker deletes the older caches while it activates, which ends after it claims the page.
      const ours = async () => (await cacheNames(page)).filter((n) => n.startsWith("ocop-"));
      await expect.poll(async () => (await ours()).filter((n) => !n.endsWith(`-${next}`)), { timeout: 20_000 }).toEqual([]);
      expect((await ours()).map((n) => n.split("-")[1]).sort()).toEqual(expect.arrayContaining(["pages", "precache"]));
      // The visited pages came along into the new build's cache.
      await context.setOffline(true);
      await page.goto(server.url + PRODUCT);
      expect(await h1(page)).not.toBe("Bạn đang ngoại tuyến");
      expect(await styled(page)).toBe(true);
      expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("respects the base path: scope, precache and offline page under /ocop-quang-ngai/ (npm run build:base)", async () => {
    const built = join(DIST, "../dist-base");
    if (!existsSync(join(built, "index.html")))
      throw new Error("dist-base/ is missing: run `npm run build:base` first (npm test does)");
    // The host serves the site under its sub-path; nothing at the origin's root but a placeholder.
    const root = mkdtempSync(join(tmpdir(), "ocop-offline-base-"));
    symlinkSync(built, join(root, "ocop-quang-ngai"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>root</title>");
    const server = await startServer(root);
    const context = await phone(site.browser);
    try {
      const { page } = await openPage(context);
      await page.goto(server.url + "/ocop-quang-ngai/");
      await controlled(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(
        `${server.url}/ocop-quang-ngai/`,
      );
      await page.goto(server.url + "/ocop-quang-ngai" + PRODUCT);
      await context.setOffline(true);
      await page.reload();
      expect(await h1(page)).not.toBe("Bạn đang ngoại tuyến");
      expect(await styled(page)).toBe(true);
      await page.goto(server.url + "/ocop-quang-ngai" + UNVISITED_EN);
      expect(await h1(page)).toBe("You are offline");
      expect(await styled(page)).toBe(true);
      expect(await listedOffline(page)).toEqual(expect.arrayContaining(["/ocop-quang-ngai" + PRODUCT]));
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
