/** /admin/ in a real browser: Sveltia CMS starts with our generated config, from our own origin only. */
import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, useSite } from "./harness.ts";

const site = useSite();

describe("/admin/", () => {
  it("opens the CMS sign-in with our repository, loading code, styles and fonts only from our origin", async () => {
    const context = await site.browser.newContext(DESKTOP);
    const { page } = await openPage(context);
    const foreign: string[] = [];
    const fonts: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (["script", "stylesheet", "font"].includes(r.resourceType()) && !url.startsWith(site.server.url)) foreign.push(url);
      if (r.resourceType() === "font") fonts.push(url);
    });
    const response = await page.goto(`${site.server.url}/admin/`);
    expect(response?.status()).toBe(200);
    // Both ways in work without the network: a local clone, or a GitHub token.
    await page.getByRole("button", { name: /Local Repository/i }).waitFor({ timeout: 20_000 });
    expect(await page.locator("body").innerText()).toContain("ocop-quang-ngai");
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
    await context.close();
  });
});
