/**
 * Search in a real browser against the built site and its Pagefind index: real queries from
 * the catalogue (without and with diacritics, upper case, former place names, producers,
 * occasions), filters, the URL, Back, the empty and error states, keyboard use, English.
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
  await page.goto(site.server.url + VI + query);
  return query ? settle(page) : [];
}

async function type(page: Page, q: string): Promise<string[]> {
  await page.fill("#search-q", q);
  await page.press("#search-q", "Enter");
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, q.trim());
  return settle(page);
}

/** [query, path of a page expected among the first three results], checked against content/. */
const QUERIES: [string, string][] = [
  // without diacritics
  ["toi ly son", "/san-pham/toi-ly-son-phu-sinh/"],
  ["nhang que", "/san-pham/nhang-que-tra-bong/"],
  ["mach nha", "/san-pham/mach-nha-quang-ngai-duong-mantoza/"],
  ["nuoc mam", "/san-pham/nuoc-mam-cot-dac-biet-muoi-quy/"],
  ["ca phe", "/san-pham/ca-phe-dak-rve/"],
  ["muoi", "/san-pham/muoi-ham-sahu/"],
  ["nhung huou", "/san-pham/nhung-huou-tuoi-dong-tien/"],
  ["toi den", "/san-pham/toi-den-ly-son-dori/"],
  ["tinh dau que", "/san-pham/tinh-dau-que-huong-que-tra-bong/"],
  ["cha lua", "/san-pham/cha-lua-le-vinh/"],
  // đ typed as d (Pagefind does not fold đ; the build indexes a folded copy)
  ["duong mantoza", "/san-pham/mach-nha-quang-ngai-duong-mantoza/"],
  ["duong phen", "/san-pham/mach-nha-quang-ngai-duong-mantoza/"],
  ["dong trung ha thao", "/san-pham/dong-trung-ha-thao-kho-sonita/"],
  ["nuoc mam dac biet", "/san-pham/nuoc-mam-cot-dac-biet-muoi-quy/"],
  // with diacritics, and upper case
  ["Tỏi Lý Sơn", "/san-pham/toi-ly-son-phu-sinh/"],
  ["TỎI LÝ SƠN", "/san-pham/toi-ly-son-dori/"],
  ["TOI DEN", "/san-pham/toi-den-nhieu-nhanh-phu-sinh/"],
  ["Đông trùng hạ thảo", "/san-pham/dong-trung-ha-thao-kho-sonita/"],
  // by place, including former communes and districts
  ["Trà Bồng", "/san-pham/nhang-que-tra-bong/"],
  ["Bình Sơn", "/san-pham/hanh-tim-binh-hai/"],
  ["binh son", "/san-pham/hanh-tim-binh-hai/"],
  ["Đức Phổ", "/san-pham/tinh-bot-nghe-bon-van/"],
  ["duc pho", "/dia-phuong/duc-pho/"],
  ["Mộ Đức", "/san-pham/nam-linh-chi-duc-nhuan/"],
  ["Chau O", "/san-pham/luc-binh-gom-my-thien/"],
  ["Bình Dương", "/dia-phuong/binh-son/"],
  // by producer
  ["Phú Sinh", "/san-pham/cao-toi-den-phu-sinh/"],
  ["phu sinh", "/nha-san-xuat/phu-sinh/"],
  ["Dong Tien", "/san-pham/nhung-huou-tuoi-dong-tien/"],
  // by occasion
  ["quà tết", "/qua-tang/qua-tet/"],
  ["qua tet", "/san-pham/mach-nha-quang-ngai-duong-mantoza/"],
  ["qua suc khoe", "/san-pham/toi-den-ly-son-dori/"],
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

describe("đ typed as d", () => {
  it.each([
    ["duong", "/san-pham/mach-nha-quang-ngai-duong-mantoza/"],
    ["dac san", "/san-pham/nhang-que-tra-bong/"],
    ["dong trung ha thao", "/san-pham/dong-trung-ha-thao-kho-sonita/"],
  ])("%s finds %s, and the folded words never show on a card", async (query, expected) => {
    const { page } = await openPage(context);
    const found = await open(page, `?q=${encodeURIComponent(query)}`);
    expect(found, found.join(", ")).toContain(expected);
    // Load every result; wait for each batch so the next check does not see the old button.
    while (await page.locator("#search-more").isVisible()) {
      const before = await page.locator("#search-results li").count();
      await page.click("#search-more");
      await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, before);
    }
    expect(await page.locator("#search-results").textContent()).not.toMatch(/\b(Dường|dường|dặc|Dông)\b/);
    await page.close();
  });
});

describe("the search page", () => {
  it("shows 24 cards at first and the rest on demand", async () => {
    const { page } = await openPage(context);
    await open(page, "?q=dac+san");
    const total = Number(await page.getAttribute("#search-app", "data-results"));
    expect(total).toBeGreaterThan(24);
    expect(await page.locator("#search-results li").count()).toBe(24);
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length === Math.min(n, 48), total);
    await page.close();
  });

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
    await page.goto(site.server.url + VI);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    requests.length = 0;
    await page.goto(site.server.url + "/");
    await page.waitForLoadState("networkidle");
    expect(requests.filter((u) => u.includes("/pagefind/") || u.includes("SearchView"))).toEqual([]);
    await page.close();
  });
});

describe("the English search page", () => {
  it("searches the English index", async () => {
    const { page } = await openPage(context);
    await page.goto(site.server.url + EN + "?q=ly+son");
    const found = await settle(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith("/en/"))).toBe(true);
    await page.close();
  });

  it.each([
    ["garlic", "/en/products/toi-ly-son-phu-sinh/"],
    ["deer antler", "/en/products/nhung-huou-tuoi-dong-tien/"],
    ["cinnamon", "/en/products/nhang-que-tra-bong/"],
    ["black garlic", "/en/products/toi-den-co-don-phu-sinh/"],
    ["fish sauce", "/en/products/nuoc-mam-cot-dac-biet-muoi-quy/"],
  ])("%s finds %s", async (query, expected) => {
    const { page } = await openPage(context);
    await page.goto(site.server.url + EN + `?q=${query}`);
    const found = await settle(page);
    expect(found.slice(0, 3), found.join(", ")).toContain(expected);
    await page.close();
  });
});
