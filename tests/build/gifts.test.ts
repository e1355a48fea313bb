/** Checks over dist/ for the gift guides, QR codes, Open Graph cards and printed material. */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, htmlFiles, page, publishedIds, ROOT } from "../../scripts/lib/dist.ts";
import { readData, type CollectionName } from "../../src/node/content/files.ts";
import { routes } from "../../src/lib/routing/routes.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

beforeAll(assertBuilt);

function frontmatter(collection: CollectionName, id: string): Record<string, unknown> {
  return readData(join(ROOT, "content", collection, `${id}.md`)) ?? {};
}
const published = publishedIds;
const distFile = (urlPath: string) => join(DIST, fileOf(new URL(urlPath, "http://x").pathname));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("QR codes and Open Graph cards", () => {
  for (const [collection, route] of [
    ["products", routes.product],
    ["producers", routes.producer],
  ] as const) {
    it(`every ${collection.slice(0, -1)} page has a QR code to its canonical URL and a 1200×630 OG image`, () => {
      for (const locale of LOCALES) {
        for (const id of published(collection)) {
          const doc = page(fileOf(route(locale, id)));
          const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
          const qr = doc.querySelector("img[data-qr]")?.getAttribute("src");
          expect(qr, `${route(locale, id)} has no QR code`).toBeTruthy();
          const svg = readFileSync(distFile(qr!), "utf8");
          expect(svg).toMatch(/^<svg /);
          expect(svg).toContain(`<title>${canonical}</title>`);
          const og = doc.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
          expect(og, route(locale, id)).toMatch(/\/og\/.+\.png$/);
          expect(pngSize(distFile(og))).toEqual([1200, 630]);
        }
      }
    });
  }

  it("every gift guide has its own OG image", () => {
    for (const locale of LOCALES) {
      for (const url of [...published("occasions").map((id) => routes.occasion(locale, id)), routes.travelGuide(locale)]) {
        const og = page(fileOf(url)).querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
        expect(og, url).toMatch(/\/og\/.+\.png$/);
        expect(existsSync(distFile(og)), og).toBe(true);
      }
    }
  });
});

describe("gift guides", () => {
  const ids = (doc: ReturnType<typeof page>, selector: string) =>
    doc.querySelectorAll(`${selector} article[data-product-id]`).map((a) => a.getAttribute("data-product-id"));

  it("every occasion guide lists exactly the products tagged for it, picks first, each once", () => {
    const products = published("products");
    for (const occasion of published("occasions")) {
      const tagged = products.filter((id) => ((frontmatter("products", id)["occasions"] as string[]) ?? []).includes(occasion));
      for (const locale of LOCALES) {
        const doc = page(fileOf(routes.occasion(locale, occasion)));
        const picks = ids(doc, "[data-guide-picks]");
        // The rest continues on numbered pages (at most 48 cards each) when the guide is long.
        const rest: (string | undefined)[] = [];
        for (let n = 1; existsSync(join(DIST, fileOf(routes.occasion(locale, occasion, n)))); n++) {
          const part = page(fileOf(routes.occasion(locale, occasion, n)));
          expect(part.querySelectorAll("[data-guide-products] article[data-product-id]").length).toBeLessThanOrEqual(48);
          if (n > 1) expect(ids(part, "[data-guide-picks]"), `${occasion} page ${n} repeats the picks`).toEqual([]);
          rest.push(...ids(part, "[data-guide-products]"));
        }
        const wanted = ((frontmatter("occasions", occasion)["picks"] as string[]) ?? []).filter((id) => tagged.includes(id));
        expect(picks, `${occasion} picks`).toEqual(wanted);
        expect([...picks, ...rest].sort(), occasion).toEqual([...tagged].sort());
      }
    }
  });

  it("the travel guide lists exactly the travel-friendly products", () => {
    // The rule as docs/architecture.md states it, from each file's own facts: keeps at least 30 days, is kept at
    // room temperature or in a cool dry place, and weighs at most 2 kg (or its weight is not given).
    const friendly = published("products").filter((id) => {
      const d = frontmatter("products", id);
      const days = d["shelfLifeDays"];
      const grams = d["weightGrams"];
      return (
        typeof days === "number" &&
        days >= 30 &&
        (d["storage"] === "thuong" || d["storage"] === "mat") &&
        (grams === undefined || (typeof grams === "number" && grams <= 2000))
      );
    });
    // Both sides of the rule occur, so the comparison below can fail.
    expect(friendly.length).toBeGreaterThan(0);
    expect(friendly.length).toBeLessThan(published("products").length);
    for (const locale of LOCALES) {
      // Across its numbered pages (at most 48 cards each) when the guide is long.
      const shown: (string | undefined)[] = [];
      for (let n = 1; existsSync(join(DIST, fileOf(routes.travelGuide(locale, n)))); n++) {
        const part = ids(page(fileOf(routes.travelGuide(locale, n))), "[data-guide-products]");
        expect(part.length).toBeLessThanOrEqual(48);
        shown.push(...part);
      }
      expect(shown.sort()).toEqual(friendly.sort());
      // The mark on the product page agrees with the guide.
      for (const id of published("products")) {
        const marked = page(fileOf(routes.product(locale, id))).querySelector("main > article [data-travel-friendly]") !== null;
        expect(marked, id).toBe(friendly.includes(id));
      }
    }
  });

  it("the home page leads with a seasonal guide that exists", () => {
    for (const locale of LOCALES) {
      const lead =
        page(fileOf(routes.home(locale)))
          .querySelector("[data-season] a")
          ?.getAttribute("href") ?? "";
      expect(existsSync(distFile(lead)), lead).toBe(true);
    }
  });
});

describe("gift list script and print pages", () => {
  const scriptOf = (file: string) =>
    page(file)
      .querySelectorAll("script[src]")
      .map((s) => s.getAttribute("src") ?? "");

  it("loads the gift list script only on pages with a gift button or the list, never inline", () => {
    for (const file of htmlFiles()) {
      const doc = page(file);
      const needs = doc.querySelector("[data-gift-toggle]") !== null || doc.querySelector("[data-gift-source]") !== null;
      const loads = scriptOf(file).some((src) => src.includes("GiftScript"));
      expect(loads, file).toBe(needs);
      const inline = doc.querySelectorAll("script:not([src])").filter((s) => !/json/.test(s.getAttribute("type") ?? ""));
      expect(inline.length, `${file} has an inline script (CSP is script-src 'self')`).toBe(0);
    }
  });

  it("every gift button is invisible in the HTML with its space kept, and the header link's count is empty (no script, no broken button, no shift)", () => {
    for (const file of htmlFiles()) {
      const doc = page(file);
      for (const el of doc.querySelectorAll("[data-gift-toggle]")) {
        expect(el.classList.contains("invisible") && !el.hasAttribute("hidden"), file).toBe(true);
      }
      for (const el of doc.querySelectorAll("[data-gift-count]")) {
        expect(el.hasAttribute("hidden"), file).toBe(false);
        expect(el.querySelector("[data-gift-n]")?.textContent, file).toBe("");
      }
    }
  });

  it("has a booth card per product and keeps print pages and the gift list out of the sitemap and search", () => {
    const sitemap = readdirSync(DIST)
      .filter((f) => f.startsWith("sitemap-") && f !== "sitemap-index.xml")
      .map((f) => readFileSync(join(DIST, f), "utf8"))
      .join("");
    for (const locale of LOCALES) {
      for (const id of published("products")) {
        const url = routes.boothCard(locale, id);
        const doc = page(fileOf(url));
        expect(doc.querySelector(`[data-booth-card="${id}"] img[data-qr]`), url).not.toBeNull();
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
        expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
        expect(sitemap).not.toContain(url);
      }
      expect(sitemap).not.toContain(routes.giftList(locale));
    }
  });
});
