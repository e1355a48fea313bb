/**
 * The site built under a sub-path (npm run build:base → dist-base/, BASE_PATH=/ocop-quang-ngai/,
 * SITE_URL=https://vi-du.github.io, the values in scripts/build-base.ts): every internal link,
 * asset, redirect, canonical, hreflang, JSON-LD URL, sitemap entry and robots.txt line carries
 * the base path, and every linked file exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { fileOf, htmlFiles, ROOT } from "../../scripts/lib/dist.ts";
import { brokenReferences } from "../../scripts/lib/links.ts";

const OUT = join(ROOT, "dist-base");
const BASE = "/ocop-quang-ngai/";
const SITE = "https://vi-du.github.io";

beforeAll(() => {
  if (!existsSync(join(OUT, "index.html")))
    throw new Error("dist-base/ is missing: run `npm run build:base` first (npm test does)");
});

/** Problems with one URL found in `file`: it must carry the base path and point at a built file. */
function check(file: string, raw: string, mustExist = true): string[] {
  if (raw.startsWith("#") || /^(mailto|tel|data|blob|javascript):/.test(raw)) return [];
  const pageUrl = new URL(`${BASE}${file.replace(/index\.html$/, "")}`, SITE);
  const url = new URL(raw, pageUrl);
  if (url.origin !== SITE) return [];
  if (!url.pathname.startsWith(BASE)) return [`${file}: ${raw} does not start with ${BASE}`];
  const target = fileOf(`/${url.pathname.slice(BASE.length)}`);
  if (mustExist && !existsSync(join(OUT, target))) return [`${file}: ${raw} → ${target} does not exist`];
  return [];
}

describe(`a build with BASE_PATH=${BASE}`, () => {
  it("every internal reference carries the base path and resolves to a file (the same checker as dist/)", () => {
    const { broken, checked } = brokenReferences(OUT);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("canonical, hreflang, Open Graph and JSON-LD URLs are absolute with the base path", () => {
    const problems: string[] = [];
    for (const file of htmlFiles(OUT)) {
      const doc = parse(readFileSync(join(OUT, file), "utf8"));
      const absolute = [
        ...doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]').map((l) => l.getAttribute("href")),
        ...doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"]').map((m) => m.getAttribute("content")),
        ...doc
          .querySelectorAll('script[type="application/ld+json"]')
          .flatMap((s) => [...s.text.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1])),
      ];
      for (const url of absolute) {
        if (url?.startsWith(SITE) && !url.startsWith(SITE + BASE)) problems.push(`${file}: ${url}`);
      }
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
      if (file !== "404.html") problems.push(...check(file, canonical));
    }
    expect(problems).toEqual([]);
  });

  it("the sitemap and robots.txt point inside the base path", () => {
    const index = readFileSync(join(OUT, "sitemap-index.xml"), "utf8");
    expect(index).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const locs = [...readFileSync(join(OUT, "sitemap-0.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.flatMap((l) => (l.startsWith(SITE + BASE) ? check("sitemap-0.xml", l) : [`sitemap: ${l}`]))).toEqual([]);
    expect(readFileSync(join(OUT, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  });

  it("the CMS and its configuration work under the base path", () => {
    const admin = parse(readFileSync(join(OUT, "admin/index.html"), "utf8"));
    for (const src of admin.querySelectorAll("script[src]").map((s) => s.getAttribute("src")!)) {
      expect(existsSync(join(OUT, "admin", src))).toBe(true);
    }
    expect(readFileSync(join(OUT, "admin/config.yml"), "utf8")).toContain(`site_url: ${SITE}${BASE}\n`);
  });
});
