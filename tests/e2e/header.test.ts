/**
 * The compact header: at 360×740 the <h1> of every page kind starts within the top
 * 200 px; the search box, the gift list and the language link stay in the first row of the
 * screen; the section links sit in a <details> menu that opens without JavaScript; the Tab order
 * follows the visual order. At 1024 px and wider the section links are inline.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, useSite } from "./harness.ts";
import { pageOfEveryKind } from "./pages.ts";

const site = useSite();
const PAGES = pageOfEveryKind();
const H1_LIMIT = 200;

describe("at 360×740", () => {
  it("the <h1> of every page kind starts within the top 200 px", async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const tops: string[] = [];
      const late: string[] = [];
      for (const sample of PAGES) {
        await page.goto(site.server.url + sample.path);
        const top = await page
          .locator("h1")
          .first()
          .evaluate((h) => h.getBoundingClientRect().top);
        tops.push(`${sample.name} ${Math.round(top)}`);
        if (top >= H1_LIMIT) late.push(`${sample.name} (${sample.path}): <h1> at ${Math.round(top)} px`);
      }
      expect(late, `h1 tops: ${tops.join(", ")}`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("keeps the search box, the gift list and the language link on screen, and the section links one tap away without JavaScript", async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + "/san-pham/");
      const header = page.locator("header");
      for (const el of [
        header.getByRole("searchbox"),
        header.getByRole("link", { name: "Danh sách quà" }),
        header.getByRole("link", { name: "English" }),
      ]) {
        expect(await el.isVisible()).toBe(true);
        const box = (await el.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(H1_LIMIT);
      }
      const menuLinks = header.locator("details nav a");
      expect(await menuLinks.count()).toBe(5);
      expect(await menuLinks.first().isVisible()).toBe(false);
      await header.locator("details > summary").click();
      expect(await menuLinks.first().isVisible()).toBe(true);
      // The open menu floats over the page: the <h1> stays where it was.
      expect(Math.round((await page.locator("h1").boundingBox())!.y)).toBeLessThan(H1_LIMIT);
      await header.getByRole("link", { name: "Nhà sản xuất" }).click();
      expect(new URL(page.url()).pathname).toBe("/nha-san-xuat/");
    } finally {
      await context.close();
    }
  });

  it("Tab goes through the header in the order it is seen: home, gift list, language, menu, search, then the page", async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + "/san-pham/");
      const order: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press("Tab");
        order.push(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            if (!el.closest("header")) return el.closest("main") ? "main" : el.getAttribute("href") === "#main" ? "skip" : "?";
            if (el.tagName === "SUMMARY") return "menu";
            if (el instanceof HTMLInputElement) return el.type === "submit" ? "search button" : "search";
            if (el.hasAttribute("data-gift-count")) return "gift list";
            if (el.hasAttribute("hreflang")) return "language";
            return "home";
          }),
        );
      }
      expect(order).toEqual(["skip", "home", "gift list", "language", "menu", "search", "search button", "main"]);
    } finally {
      await context.close();
    }
  });
});

describe("at 1280×800", () => {
  it("shows the five section links inline and no menu button", async () => {
    const context = await site.browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + "/");
      const nav = page.locator("header").getByRole("navigation");
      expect(await nav.count()).toBe(1);
      expect(await nav.getByRole("link").count()).toBe(5);
      expect(await page.locator("header details > summary").isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
