/**
 * Search in a real browser against the built site and its Pagefind index: real queries from
 * the catalogue (without and with diacritics, upper case, former place names, producers,
 * occasions), filters, the URL, Back, the empty and error states, keyboard use, English.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DIST, launchBrowser, openPage, PHONE, startServer, type StaticServer } from "./harness.ts";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const VI = "/tim-kiem/";
const EN = "/en/search/";

/** Waits for the search to settle (no aria-busy, a status or an error shown) and returns result paths in order. */
async function settle(page: Page): Promise<string[]> {
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

async function open(page: Page, query = ""): Promise<string[]> {
  await page.goto(server.url + VI + query);
  return query ? settle(page) : [];
}

async function type(page: Page, q: string): Promise<string[]> {
  await page.fill("#search-q", q);
  await page.press("#search-q", "Enter");
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, q.trim());
  return settle(page);
}

/** [query, path of a page expected among the first three results]. */
const QUERIES: [string, string][] = [
  ["toi ly son", "/san-pham/toi-ly-son-phu-sinh/"],
  ["Tỏi Lý Sơn", "/san-pham/toi-ly-son-phu-sinh/"],
  ["TỎI LÝ SƠN", "/san-pham/toi-ly-son-phu-sinh/"],
  ["toi co don", "/san-pham/toi-ly-son-phu-sinh/"],
  ["Phú Sinh", "/san-pham/toi-ly-son-phu-sinh/"],
  ["phu sinh", "/nha-san-xuat/phu-sinh/"],
  ["qua tet", "/san-pham/toi-ly-son-phu-sinh/"],
  ["huyen ly son", "/san-pham/toi-ly-son-phu-sinh/"],
];

describe("Vietnamese queries find the right page in the top three", () => {
  it.each(QUERIES)("%s → %s", async (query, expected) => {
    const { page, errors } = await openPage(context);
    const found = await open(page, `?q=${encodeURIComponent(query)}`);
    expect(found.slice(0, 3), `results for “${query}”: ${found.join(", ")}`).toContain(expected);
    expect(await page.inputValue("#search-q")).toBe(query);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the search page", () => {
  it("shows cards with name, stars, status and locality, and announces the count", async () => {
    const { page } = await openPage(context);
    await open(page, "?q=toi");
    const card = page.locator("#search-results li").first();
    expect(await card.locator("h3").textContent()).toBeTruthy();
    expect(await card.locator("img").count()).toBe(1);
    expect(await page.locator("#search-status").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator("#search-status").textContent()).toMatch(/\d+ kết quả cho “toi”/);
    await page.close();
  });

  it("filters narrow the results, combine, and live in the URL", async () => {
    const { page } = await openPage(context);
    const all = await open(page, "?q=ly+son");
    expect(all.length).toBeGreaterThan(1);
    await page.locator('#search-filter-groups input[name="kind"][value="Sản phẩm"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("kind") === "Sản phẩm");
    const products = await settle(page);
    expect(products.length).toBeGreaterThan(0);
    expect(products.length).toBeLessThan(all.length);
    expect(products.every((p) => p.startsWith("/san-pham/"))).toBe(true);
    await page.locator('#search-filter-groups input[name="stars"][value="5"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("stars") === "5");
    const fiveStar = await settle(page);
    expect(fiveStar.length).toBeGreaterThan(0);
    expect(fiveStar.length).toBeLessThanOrEqual(products.length);
    expect(page.url()).toContain("kind=S%E1%BA%A3n+ph%E1%BA%A9m");
    await page.close();
  });

  it("a shared URL restores the query, filters and sort", async () => {
    const { page } = await openPage(context);
    const found = await open(page, "?q=ly+son&kind=S%E1%BA%A3n+ph%E1%BA%A9m&sort=name");
    expect(await page.inputValue("#search-q")).toBe("ly son");
    expect(await page.inputValue("#search-sort")).toBe("name");
    expect(await page.locator('#search-filter-groups input[name="kind"][value="Sản phẩm"]').isChecked()).toBe(true);
    expect(found.every((p) => p.startsWith("/san-pham/"))).toBe(true);
    await page.close();
  });

  it("Back restores the previous search and its results", async () => {
    const { page } = await openPage(context);
    await open(page);
    const first = await type(page, "toi ly son");
    const second = await type(page, "phu sinh");
    expect(second).not.toEqual(first);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "toi ly son");
    expect(await settle(page)).toEqual(first);
    expect(await page.inputValue("#search-q")).toBe("toi ly son");
    await page.close();
  });

  it("works from the keyboard: type, Enter, Tab to a filter chip, Space", async () => {
    const { page } = await openPage(context);
    await open(page);
    await page.focus("#search-q");
    await page.keyboard.type("ly son");
    await page.keyboard.press("Enter");
    await settle(page);
    const chip = page.locator("#search-filter-groups input").first();
    await chip.focus();
    await page.keyboard.press("Space");
    await page.waitForFunction(() => [...new URLSearchParams(location.search).keys()].some((k) => k !== "q"));
    await settle(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("checkbox");
    await page.close();
  });

  it("a query that finds nothing says so and offers popular products", async () => {
    const { page } = await openPage(context);
    const found = await open(page, "?q=xyzw");
    expect(found).toEqual([]);
    expect(await page.locator("#search-empty").isVisible()).toBe(true);
    expect(await page.locator("#search-empty-text").textContent()).toContain("xyzw");
    expect(await page.locator("#search-empty a[href*='/san-pham/']").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("says so when the index cannot load", async () => {
    const { page } = await openPage(context);
    await page.route("**/pagefind/**", (route) => route.abort());
    await open(page, "?q=toi");
    expect(await page.locator("#search-error").isVisible()).toBe(true);
    await page.close();
  });

  it("loads no Pagefind before the first query, and other pages load no search script", async () => {
    const { page } = await openPage(context);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(server.url + VI);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    requests.length = 0;
    await page.goto(server.url + "/");
    await page.waitForLoadState("networkidle");
    expect(requests.filter((u) => u.includes("/pagefind/") || u.includes("SearchView"))).toEqual([]);
    await page.close();
  });
});

const hasEnglishProducts =
  existsSync(join(DIST, "../content/translations/en/products")) &&
  readdirSync(join(DIST, "../content/translations/en/products")).some((f) => f.endsWith(".md"));

describe("the English search page", () => {
  it("searches the English index", async () => {
    const { page } = await openPage(context);
    await page.goto(server.url + EN + "?q=ly+son");
    const found = await settle(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith("/en/"))).toBe(true);
    await page.close();
  });

  it.skipIf(!hasEnglishProducts).each([
    ["garlic", "/en/products/toi-ly-son-phu-sinh/"],
    ["cinnamon", "/en/products/"],
  ])("%s finds %s", async (query, expected) => {
    const { page } = await openPage(context);
    await page.goto(server.url + EN + `?q=${query}`);
    const found = await settle(page);
    expect(found.slice(0, 3).some((p) => p.startsWith(expected))).toBe(true);
    await page.close();
  });
});
