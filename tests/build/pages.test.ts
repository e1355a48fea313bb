import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assertBuilt,
  DIST,
  fileOf,
  htmlFiles,
  isNoindex,
  isUnlisted,
  page,
  pageKind,
  publishedIds,
} from "../../scripts/lib/dist.ts";
import { PAGE_KINDS } from "../../src/lib/routing/page-kinds.ts";
import { routes, SEGMENTS, type Section } from "../../src/lib/routing/routes.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { useTranslations } from "../../src/i18n/index.ts";
import { indexedHtml, preparePage } from "../../src/node/search-index/search-index.ts";
import type { CollectionName } from "../../src/node/content/files.ts";
import { COLLECTION_SECTION } from "../../src/node/content/body.ts";

beforeAll(assertBuilt);

const isRedirect = (file: string) => page(file).querySelector('meta[http-equiv="refresh"]') !== null;

describe("one page per entry, in both languages", () => {
  for (const [collection, section] of Object.entries(COLLECTION_SECTION) as [CollectionName, Section | null][]) {
    if (!section) continue;
    it(`${collection}: every published entry has its page`, () => {
      const ids = publishedIds(collection);
      expect(ids.length).toBeGreaterThan(0);
      for (const locale of LOCALES) {
        for (const id of ids) {
          const path = `${routes.list(locale, section)}${id}/`;
          expect(existsSync(join(DIST, fileOf(path))), `${path} (${SEGMENTS[locale][section]})`).toBe(true);
        }
      }
    });
  }
});

describe("every page", () => {
  const files = () => htmlFiles();

  it("has a title, a meta description, a canonical URL, one h1 and the right lang", () => {
    const problems: string[] = [];
    for (const file of files()) {
      const doc = page(file);
      const lang = doc.querySelector("html")?.getAttribute("lang");
      const expectedLang = file.startsWith("en/") ? "en" : "vi";
      if (lang !== expectedLang) problems.push(`${file}: lang=${lang}`);
      if (!doc.querySelector("title")?.text.trim()) problems.push(`${file}: no <title>`);
      const description = doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
      if (description.length < 20 || description.length > 160)
        problems.push(`${file}: description of ${description.length} chars`);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
      if (!/^https?:\/\//.test(canonical)) problems.push(`${file}: canonical "${canonical}"`);
      if (doc.querySelectorAll("h1").length !== 1) problems.push(`${file}: ${doc.querySelectorAll("h1").length} h1`);
    }
    expect(problems).toEqual([]);
  });

  it("has a canonical URL that points at itself", () => {
    // A redirect page left by a renamed product points at the new page instead.
    for (const file of files().filter((f) => f !== "404.html" && !isRedirect(f))) {
      const canonical = new URL(page(file).querySelector('link[rel="canonical"]')!.getAttribute("href")!);
      expect(fileOf(canonical.pathname), file).toBe(file);
    }
  });

  // JavaScript per page kind: tests/build/budgets.test.ts with budgets.config.json.

  it("has JSON-LD that parses, with the right @type for its kind of page", () => {
    const problems: string[] = [];
    for (const file of files()) {
      if (isRedirect(file)) continue;
      const kind = pageKind(file);
      const blocks = page(file).querySelectorAll('script[type="application/ld+json"]');
      const types = blocks.map((b) => (JSON.parse(b.text) as { "@type": string })["@type"]);
      const need = (ok: boolean, what: string) => {
        if (!ok) problems.push(`${file} (${kind}): needs ${what}, has [${types.join(", ")}]`);
      };
      const record = PAGE_KINDS[kind];
      if (record.jsonLd.length > 0)
        need(
          types.some((t) => (record.jsonLd as readonly string[]).includes(t)),
          record.jsonLd.join(" or "),
        );
      need(types.includes("BreadcrumbList") === record.breadcrumbs, record.breadcrumbs ? "BreadcrumbList" : "no BreadcrumbList");
    }
    expect(problems).toEqual([]);
  });
});

describe("sitemap", () => {
  it("lists exactly the pages whose kind is listed, less retired products", () => {
    const xml = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fileOf(new URL(m[1]!).pathname)).sort();
    const retired = (f: string) => page(f).querySelector("[data-retired]") !== null;
    expect(listed).toEqual(htmlFiles().filter((f) => PAGE_KINDS[pageKind(f)].sitemap && !retired(f)));
    expect(listed.some((f) => isUnlisted(f))).toBe(false);
  });

  it("noindex exactly on the pages whose kind is not indexable", () => {
    const wrong = htmlFiles().filter((f) => isNoindex(f) === PAGE_KINDS[pageKind(f)].indexable);
    expect(wrong).toEqual([]);
  });
  it("is announced in robots.txt", () => {
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
  });
});

describe("what search indexes of a product page", () => {
  for (const locale of LOCALES) {
    it(`${locale}: the name and the certificate's badge, not the certificate's record or the keeping facts`, () => {
      const t = useTranslations(locale);
      const files = publishedIds("products").map((id) => fileOf(routes.product(locale, id)));
      let withRecord = 0;
      for (const file of files) {
        const html = readFileSync(join(DIST, file), "utf8");
        const indexed = preparePage(html)?.text ?? "";
        const doc = page(file);
        expect(indexed, file).toContain(doc.querySelector("h1")!.rawText.trim());
        const badge = doc.querySelector("[data-cert-status]")?.text.trim();
        if (badge) expect(indexed, file).toContain(badge.replace(/[★☆]/g, "").trim().split(/\s+/)[0]);
        // The labels are on the page, and not in what Pagefind reads.
        if (html.includes(t("cert.evidence"))) withRecord++;
        for (const label of [t("cert.evidence"), t("cert.expiry"), `${t("product.shelfLife")}:`, `${t("product.storage")}:`])
          expect(indexed, `${file}: ${label}`).not.toContain(label);
      }
      expect(withRecord).toBeGreaterThan(10);
    });
  }
});

describe("every search result has a picture", () => {
  it("each page Pagefind indexes names its card's picture by id (an illustration or a commune's locator map) or as a photo, the file exists, and Pagefind reads no image of its own", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(join(DIST, file), "utf8");
      const prepared = preparePage(html);
      if (!prepared) continue;
      checked++;
      const image = /<span data-pagefind-meta="image">([^<]+)<\/span>/.exec(html)?.[1];
      const locator = /<span data-pagefind-meta="locator">([^<]+)<\/span>/.exec(html)?.[1];
      if (image?.includes("illustrations") || locator?.includes("/"))
        missing.push(`${file}: a picture's path is in the metadata, where Pagefind searches it`);
      const src = locator ? `/map/${locator}.svg` : image && !image.startsWith("/") ? `/illustrations/${image}.svg` : image;
      if (!src) missing.push(`${file}: no picture`);
      else if (!existsSync(join(DIST, decodeURI(src.split("?")[0]!)))) missing.push(`${file}: ${src} is not in dist/`);
      // What Pagefind reads has no <img>: it would take one as the picture, and search its URL and alt text.
      if (/<img\b/i.test(indexedHtml(html, prepared.parts, []))) missing.push(`${file}: Pagefind reads an <img>`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
