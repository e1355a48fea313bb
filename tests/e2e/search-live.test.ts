/**
 * A few smoke tests of search on the real build (dist/ and its Pagefind index): results appear,
 * the first is a product page, a long list comes a page at a time, and finding nothing offers ways
 * on. They pin no product: which page comes first is the fixture site's business
 * (search.test.ts), where each expectation has its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, PHONE, useSite } from "./harness.ts";

const site = useSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext(PHONE);
});
afterAll(async () => {
  await context?.close();
});

/** Opens a search URL, waits for the search to settle and returns result paths in order. */
async function open(page: Page, url: string): Promise<string[]> {
  await page.goto(site.server.url + url);
  await page.waitForFunction(() => {
    const app = document.getElementById("search-app");
    const status = document.getElementById("search-status")?.textContent ?? "";
    const error = document.getElementById("search-error");
    return app && !app.hasAttribute("aria-busy") && (status !== "" || (error && !error.hidden));
  });
  return page.$$eval("#search-results a[data-slot='link']", (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Records the cards added to the results in each mutation observer callback (one per DOM insertion here) in `window.adds`. */
async function recordAdds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const adds: number[] = [];
    Object.assign(window, { adds });
    document.addEventListener("DOMContentLoaded", () => {
      new MutationObserver((records) => {
        adds.push(records.reduce((n, r) => n + [...r.addedNodes].filter((x) => x.nodeName === "LI").length, 0));
      }).observe(document.getElementById("search-results")!, { childList: true });
    });
  });
}

describe("search on the real catalogue", () => {
  it.each([
    ["/tim-kiem/?q=toi", /^\/san-pham\/[a-z0-9-]+\/$/],
    ["/en/search/?q=garlic", /^\/en\/products\/[a-z0-9-]+\/$/],
  ])("%s: results appear, the first is a product page, with no error", async (url, product) => {
    const { page, errors } = await openPage(context);
    const found = await open(page, url);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(product);
    expect(await page.locator("#search-error").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a broad query shows 12 cards at first and the rest on demand", async () => {
    const { page } = await openPage(context);
    await open(page, "/tim-kiem/?q=dac+san");
    const total = Number(await page.getAttribute("#search-app", "data-results"));
    expect(total).toBeGreaterThan(12);
    expect(await page.locator("#search-results li").count()).toBe(12);
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length === Math.min(n, 24), total);
    await page.close();
  });

  it("draws a search's first cards two at most, then four at most a task: the first task also pays the first layout of cards", async () => {
    const { page } = await openPage(context);
    await recordAdds(page);
    // A query whose first page is drawn once all of it has arrived (its first result is not a product named by it).
    await open(page, "/tim-kiem/?q=dac+san");
    const adds = await page.evaluate(() => (window as unknown as { adds: number[] }).adds);
    expect(adds.reduce((a, b) => a + b, 0)).toBe(12);
    expect(adds[0]).toBeLessThanOrEqual(2);
    expect(Math.max(...adds)).toBeLessThanOrEqual(4);
    await page.close();
  });

  it("draws the next page a few cards at a time, so no task holds a slow phone long: in order, all of them, focus on the first", async () => {
    const { page } = await openPage(context);
    await recordAdds(page);
    await open(page, "/tim-kiem/?q=dac+san");
    const total = Number(await page.getAttribute("#search-app", "data-results"));
    expect(total).toBeGreaterThan(12);
    const first = await page.$$eval("#search-results a[data-slot='link']", (a) => a.map((x) => x.getAttribute("href")));
    await page.evaluate(() => (window as unknown as { adds: number[] }).adds.splice(0));
    await page.click("#search-more");
    const n = Math.min(total, 24);
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length === n, n);
    const adds = await page.evaluate(() => (window as unknown as { adds: number[] }).adds);
    expect(adds.reduce((a, b) => a + b, 0)).toBe(n - 12);
    expect(Math.max(...adds)).toBeLessThanOrEqual(4);
    const links = await page.$$eval("#search-results a[data-slot='link']", (a) => a.map((x) => x.getAttribute("href")));
    expect(links.slice(0, 12)).toEqual(first);
    expect(new Set(links).size).toBe(n);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(links[12]);
    await page.close();
  });

  it.each([
    ["/tim-kiem/?q=xyzw", "/nhom-san-pham/", "/qua-tang/"],
    ["/en/search/?q=xyzw", "/en/categories/", "/en/gifts/"],
  ])("%s finds nothing and offers groups and gift guides", async (url, groups, guides) => {
    const { page } = await openPage(context);
    expect(await open(page, url)).toEqual([]);
    expect(await page.locator("#search-empty").isVisible()).toBe(true);
    expect(await page.locator(`#search-browse a[href^='${groups}']`).count()).toBeGreaterThan(0);
    expect(await page.locator(`#search-browse a[href^='${guides}']`).count()).toBeGreaterThan(0);
    await page.close();
  });
});
