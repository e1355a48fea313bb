/** The gift list in a real browser: add, remove, reload, share to a fresh browser, corrupted storage, print; the print sheets' button. */
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST, openPage, PHONE, useSite } from "./harness.ts";

const site = useSite();

const LIST = "/danh-sach-qua/";
const KEY = "ocop-gift-list";

/** Ids of the products on the product list page, in order. */
async function productIds(page: Page): Promise<string[]> {
  await page.goto(site.server.url + "/san-pham/");
  return page.locator("article[data-product-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-product-id") ?? ""));
}
/** Ids on the gift list page, once the script has drawn it (its data file is fetched after load). */
async function listed(page: Page): Promise<(string | null)[]> {
  await page.locator("[data-gift-app][data-gift-ready]").waitFor({ state: "attached" });
  return page.locator("[data-gift-item]").evaluateAll((els) => els.map((e) => e.getAttribute("data-gift-item")));
}

describe("gift list", () => {
  it("adds from a search result, as from a catalogue card; a place's or producer's result has no button", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    // A product's name word and a place's: "toi" finds garlics (products) and Xã Ia Tơi (a place).
    await page.goto(site.server.url + "/tim-kiem/?q=toi");
    const results = page.locator("#search-results > li");
    await results.first().waitFor();
    const product = results.filter({ has: page.locator('a[href*="/san-pham/"]') }).first();
    const href = await product.locator("a.pcard-link").getAttribute("href");
    const id = /\/san-pham\/([^/]+)\//.exec(href ?? "")?.[1];
    expect(id).toBeTruthy();
    const button = product.locator("[data-gift-toggle]");
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute("data-gift-toggle")).toBe(id);
    await button.click();
    expect(await button.getAttribute("data-on")).toBe("true");
    expect(await page.locator("[data-gift-count] [data-gift-n]").textContent()).toBe("1");
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toContain(id!);
    const others = results.filter({ hasNot: page.locator('a[href*="/san-pham/"]') });
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.locator("[data-gift-toggle]").count()).toBe(0);
    // Cards drawn later, for the next query, show their buttons too, the listed product pressed.
    await page.fill("#search-q", "tỏi lý sơn");
    await page.locator("#search-q").press("Enter");
    const again = page.locator(`#search-results [data-gift-toggle="${id}"]`);
    await again.waitFor({ state: "attached" });
    await expect.poll(() => again.isVisible()).toBe(true);
    expect(await again.getAttribute("data-on")).toBe("true");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("adds from a card, counts in the header, survives a reload, and removes", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const [first] = await productIds(page);
    expect(first).toBeTruthy();
    const card = page.locator(`article[data-product-id="${first}"]`);
    // Cards are compact rows: the shelf life is read on the product's page.
    const productPage = await context.newPage();
    await productPage.goto(site.server.url + (await card.locator("h2 a, h3 a").getAttribute("href")));
    const cardKeeps = await productPage.locator('main > article [data-fact="shelf-life"]').textContent();
    await productPage.close();
    const words = (text: string | null) => text?.replace(/[^\S\u00a0]+/g, " ").trim();
    const cardPrice =
      (await card.locator("[data-price]").count()) > 0 ? words(await card.locator("[data-price]").textContent()) : null;
    const button = card.locator("[data-gift-toggle]");
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    // An icon button: what a tap will do is its accessible name.
    expect(await button.getAttribute("aria-label")).toBe("Bỏ khỏi danh sách quà");
    expect(await button.getAttribute("data-on")).toBe("true");
    expect(await page.locator("[data-gift-count] [data-gift-n]").textContent()).toBe("1");

    await page.goto(site.server.url + LIST);
    expect(await listed(page)).toEqual([first]);
    await page.reload();
    expect(await listed(page)).toEqual([first]);
    expect(await page.locator("[data-gift-total]").isVisible()).toBe(true);
    // The list words the shelf life and the price as the card did (one helper, one formatter).
    const item = page.locator(`[data-gift-item="${first}"]`);
    expect(await item.locator('[data-fact="shelf-life"]').textContent()).toBe(cardKeeps);
    if (cardPrice) expect(words(await item.locator("[data-price]").textContent())).toBe(cardPrice);

    await page.locator(`[data-gift-item="${first}"] [data-gift-toggle]`).click();
    expect(await listed(page)).toEqual([]);
    expect(await page.locator("[data-gift-empty]").isVisible()).toBe(true);
    await page.reload();
    expect(await listed(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a shared list URL in a fresh browser context", async () => {
    const a = await site.browser.newContext(PHONE);
    const { page } = await openPage(a);
    const ids = (await productIds(page)).slice(0, 2);
    for (const id of ids) {
      // The buttons work once the gift-list script has run (they are invisible until then).
      const button = page.locator(`article[data-product-id="${id}"] [data-gift-toggle]`);
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      await expect.poll(() => button.getAttribute("data-on")).toBe("true");
    }
    await page.goto(site.server.url + LIST);
    expect(await listed(page)).toEqual(ids);
    const shared = await page.locator("[data-gift-url]").inputValue();
    expect(shared).toContain("?ids=");
    const zalo = await page.locator('[data-share^="https://zalo.me/"]').getAttribute("href");
    expect(zalo).toContain(encodeURIComponent(shared));
    await a.close();

    const b = await site.browser.newContext(PHONE);
    const { page: other, errors } = await openPage(b);
    await other.goto(shared);
    expect(await listed(other)).toEqual(ids);
    expect(await other.locator("[data-gift-shared]").isVisible()).toBe(true);
    await other.locator("[data-gift-save]").click();
    await other.waitForURL(site.server.url + LIST);
    expect(await listed(other)).toEqual(ids);
    expect(errors).toEqual([]);
    await b.close();
  });

  it("tolerates a corrupted stored value and drops products that no longer exist, with a notice", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const [first] = await productIds(page);
    await page.evaluate((key) => localStorage.setItem(key, "{broken"), KEY);
    await page.goto(site.server.url + LIST);
    expect(await page.locator("[data-gift-notice]").textContent()).toMatch(/hỏng/);
    expect(await listed(page)).toEqual([]);

    await page.evaluate(
      ([key, id]) => localStorage.setItem(key!, JSON.stringify({ v: 1, ids: ["da-ngung-ban", id] })),
      [KEY, first],
    );
    await page.reload();
    expect(await page.locator("[data-gift-notice]").textContent()).toMatch(/Đã bỏ 1 sản phẩm/);
    expect(await listed(page)).toEqual([first]);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(JSON.stringify({ v: 1, ids: [first] }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("drops unknown and prototype-named ids from a share link, without an error", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const [first] = await productIds(page);
    // "constructor" is a valid slug that every object inherits: an `in` check took it for a product.
    for (const junk of ["constructor", "__proto__", "toString,hasOwnProperty", "valueOf,da-ngung-ban"]) {
      await page.goto(`${site.server.url}${LIST}?ids=${junk},${first}`);
      expect(await listed(page), junk).toEqual([first]);
      expect(await page.locator("[data-gift-shared]").isVisible(), junk).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("drops unknown and prototype-named ids written by another tab, without an error", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const [first, second] = await productIds(page);
    await page.evaluate(([key, id]) => localStorage.setItem(key!, JSON.stringify({ v: 1, ids: [id] })), [KEY, first]);
    await page.goto(site.server.url + LIST);
    expect(await listed(page)).toEqual([first]);
    // Another tab of the same site writes the list: this page hears it through the storage event.
    const { page: other, errors: otherErrors } = await openPage(context);
    await other.goto(site.server.url + "/san-pham/");
    const stored = [
      ["constructor", second],
      ["__proto__", "toString", "hasOwnProperty", second, first],
      ["da-ngung-ban", first],
    ];
    for (const ids of stored) {
      await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify({ v: 1, ids })]);
      const valid = ids.filter((id) => id === first || id === second);
      await expect.poll(() => listed(page), { message: ids.join(","), timeout: 10_000 }).toEqual(valid);
      expect(await page.locator("[data-gift-count] [data-gift-n]").textContent()).toBe(String(valid.length));
    }
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
    await context.close();
  });

  it("prints on A4 without navigation, with a QR code for each product", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context);
    const [first] = await productIds(page);
    await page.locator(`article[data-product-id="${first}"] [data-gift-toggle]`).click();
    await page.goto(site.server.url + LIST);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header nav").first().isVisible()).toBe(false);
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.locator("[data-gift-actions]").isVisible()).toBe(false);
    const qr = page.locator(`[data-gift-item="${first}"] img.gift-qr`);
    expect(await qr.isVisible()).toBe(true);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await context.close();
  });

  /** A print button shows once its script runs, opens the browser's print, and is left out of the print. */
  async function printsAndHides(page: Page, button: Locator): Promise<void> {
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "");
    });
    await button.click();
    expect(await page.locator("html[data-printed]").count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await button.isVisible()).toBe(false);
  }

  it.each([
    ["a booth card", "the-gian-hang"],
    ["a locality's one-page catalogue", "en/print-locality"],
  ])("%s has a button that prints it, shown once its script runs, left out of the print", async (_, folder) => {
    const path = `/${folder}/${readdirSync(join(DIST, folder))[0]}/`;
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    await page.goto(site.server.url + path);
    await printsAndHides(page, page.locator("[data-print]"));
    expect(errors).toEqual([]);
    await context.close();
    const noScript = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(site.server.url + path);
    expect(await still.locator("[data-print]").isVisible()).toBe(false);
    await noScript.close();
  });

  it("the gift list's print button is the print sheets' own: it prints the list, and is left out of the print", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const [first] = await productIds(page);
    await page.evaluate(([key, id]) => localStorage.setItem(key!, JSON.stringify({ v: 1, ids: [id] })), [KEY, first]);
    await page.goto(site.server.url + LIST);
    const button = page.locator("[data-gift-actions] [data-print]");
    await printsAndHides(page, button);
    expect(await button.textContent()).toContain("In danh sách");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hides the buttons and the count (not the link to the list) when JavaScript is off", async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + "/san-pham/");
    expect(await page.locator("[data-gift-toggle]").first().isVisible()).toBe(false);
    expect(await page.locator("[data-gift-count]").isVisible()).toBe(true);
    expect(await page.locator("[data-gift-count] [data-gift-n]").isVisible()).toBe(false);
    await context.close();
  });
});
