/** /admin/ in a real browser: Sveltia CMS starts with our generated config, from our own origin only. */
import { describe, expect, it } from "vitest";
import { ADMIN_CSP_HEADER } from "../../src/lib/security/admin-csp.ts";
import { DESKTOP, openPage, useSite } from "./harness.ts";

const site = useSite();

describe("/admin/", () => {
  it("opens the CMS sign-in with our repository, loading code, styles and fonts only from our origin", async () => {
    const context = await site.browser.newContext(DESKTOP);
    const { page, errors } = await openPage(context);
    const foreign: string[] = [];
    const fonts: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (["script", "stylesheet", "font"].includes(r.resourceType()) && !url.startsWith(site.server.url)) foreign.push(url);
      if (r.resourceType() === "font") fonts.push(url);
    });
    const response = await page.goto(`${site.server.url}/admin/`);
    expect(response?.status()).toBe(200);
    // Served with dist/_headers as Netlify and Cloudflare Pages serve it: the CMS's policy, not the site's as well.
    expect(response?.headers()["content-security-policy"]).toBe(ADMIN_CSP_HEADER);
    // Both ways in work without the network: a local clone, or a GitHub token.
    await page.getByRole("button", { name: /Local Repository/i }).waitFor({ timeout: 20_000 });
    expect(await page.locator("body").innerText()).toContain("ocop-quang-ngai");
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
    // Every blocked action was blocked by the CMS's own policy (its check for a newer version on unpkg.com is,
    // on purpose), none by the site's: a host that also sent the site's policy would block its inline styles.
    const own = ADMIN_CSP_HEADER.split("; ");
    const blocked = errors.filter((e) => /Content Security Policy directive/.test(e));
    expect(blocked.filter((e) => !own.some((d) => e.includes(`"${d}"`) || e.includes(`'${d}'`)))).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
    await context.close();
  });
});
