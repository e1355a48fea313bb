/** /admin/: Sveltia CMS served from our own origin with its own CSP, out of the sitemap. */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, ROOT } from "./dist.ts";

beforeAll(assertBuilt);

describe("/admin/", () => {
  const doc = () => parseHtml(readFileSync(join(DIST, "admin/index.html"), "utf8"));

  it("loads the CMS from our own origin, copied from the installed @sveltia/cms", () => {
    const scripts = doc()
      .querySelectorAll("script[src]")
      .map((s) => s.getAttribute("src"));
    expect(scripts).toEqual(["./sveltia-cms.js"]);
    const main = createRequire(join(ROOT, "package.json")).resolve("@sveltia/cms");
    const original = join(dirname(main), "../dist/sveltia-cms.js");
    expect(statSync(join(DIST, "admin/sveltia-cms.js")).size).toBe(statSync(original).size);
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
