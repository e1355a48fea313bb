import { describe, expect, it } from "vitest";
import { openPage, PHONE, useSite } from "./harness.ts";

const site = useSite();

describe("on a 360 px phone", () => {
  it("the home page opens, links to products, and does not scroll sideways", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(context);
    const response = await page.goto(site.server.url + "/");
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toContain("OCOP");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    // On a phone the section links sit in the header's menu: open it, then follow the first link.
    await page.locator("details.site-menu > summary").click();
    await page.locator('details.site-menu nav[aria-label="Điều hướng chính"] a').first().click();
    await page.waitForURL(/\/san-pham\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an unknown address answers 404 with a helpful page", async () => {
    const context = await site.browser.newContext(PHONE);
    const { page } = await openPage(context);
    const response = await page.goto(site.server.url + "/khong-co-trang-nay/");
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toContain("Không tìm thấy");
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
