/** /admin/: Sveltia CMS served from our own origin with its own CSP, out of the sitemap. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, ROOT } from "../../scripts/lib/dist.ts";
import { sveltiaFonts } from "../../src/node/cms/sveltia-assets.ts";

beforeAll(assertBuilt);

describe("/admin/", () => {
  const doc = () => parseHtml(readFileSync(join(DIST, "admin/index.html"), "utf8"));

  it("loads the CMS from our own origin, copied from the installed @sveltia/cms", () => {
    const scripts = doc()
      .querySelectorAll("script[src]")
      .map((s) => s.getAttribute("src"));
    expect(scripts).toEqual(["./sveltia-cms.js"]);
    const served = readFileSync(join(DIST, "admin/sveltia-cms.js"), "utf8");
    const original = readFileSync(join(ROOT, "node_modules/@sveltia/cms/dist/sveltia-cms.js"), "utf8");
    expect(served.length).toBeGreaterThan(original.length * 0.99);
    expect(served).not.toContain("cdn.jsdelivr.net");
    // Its fonts, which it would fetch from a CDN, come from the @fontsource packages.
    const fonts = sveltiaFonts(ROOT, original);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(served).toContain(`./fonts/${font.file}`);
      expect(existsSync(join(DIST, "admin/fonts", font.file)), font.file).toBe(true);
    }
    expect(doc().querySelector('link[rel="cms-config-url"]')?.getAttribute("href")).toBe("./config.yml");
  });

  it("has its own CSP, while catalogue pages keep the strict one", () => {
    const admin = doc().querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(admin).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(admin).toMatch(/script-src 'self'(;|$)/);
    const home = parseHtml(readFileSync(join(DIST, "index.html"), "utf8"));
    const strict = home.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(strict).not.toContain("api.github.com");
    expect(strict).not.toContain("blob:");
  });

  it("serves the generated configuration, and stays out of the sitemap and search engines", () => {
    const config = parseYaml(readFileSync(join(DIST, "admin/config.yml"), "utf8")) as { collections: { name: string }[] };
    expect(config.collections.map((c) => c.name)).toContain("products");
    expect(readFileSync(join(DIST, "sitemap-0.xml"), "utf8")).not.toContain("/admin/");
    expect(doc().querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });
});
