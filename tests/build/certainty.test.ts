/**
 * Over dist/: a fact the catalogue is not sure of (a shelf life no label confirmed) reads the same
 * everywhere it is shown (product page, cards, booth card, locality sheet, the gift list's data),
 * in each language, and its words follow from the product file's own facts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, htmlFiles, page, publishedIds, ROOT } from "../../scripts/lib/dist.ts";
import { readData } from "../../src/node/content/files.ts";
import { giftDataFile, routes } from "../../src/lib/routing/routes.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";

beforeAll(assertBuilt);

/** What a product's shelf life must read, written from its file: the label's days, a hedged estimate, or not verified. */
function expected(id: string, locale: Locale): { certainty: string; text: RegExp } {
  const d = readData(join(ROOT, "content/products", `${id}.md`)) ?? {};
  const days = d["shelfLifeDays"] as number | undefined;
  if (days === undefined) return { certainty: "unknown", text: locale === "vi" ? /^chưa xác minh$/ : /^not verified$/ };
  if (d["shelfLifeVerified"] === true)
    return { certainty: "label", text: new RegExp(`^${days} ${locale === "vi" ? "ngày" : "days"}$`) };
  return {
    certainty: "typical",
    text:
      locale === "vi"
        ? new RegExp(`^khoảng ${days} ngày \\(thông thường .+\\)$`)
        : new RegExp(`^about ${days} days \\(typical .+\\)$`),
  };
}

const localeOf = (file: string): Locale => (file.startsWith("en/") ? "en" : "vi");

describe("how sure a shelf life is", () => {
  const products = publishedIds("products");

  it("the sample content has shelf lives of more than one certainty, so these checks can fail", () => {
    const kinds = new Set(products.map((id) => expected(id, "vi").certainty));
    expect(kinds.has("typical"), "no unverified shelf life in content/").toBe(true);
    expect(kinds.size).toBeGreaterThan(1);
  });

  it("reads the same on the product page, every card, the booth card and the locality sheet", () => {
    const seen = new Map<string, Set<string>>();
    let shown = 0;
    for (const file of htmlFiles()) {
      const locale = localeOf(file);
      for (const holder of page(file).querySelectorAll("[data-product-id]")) {
        const id = holder.getAttribute("data-product-id")!;
        const fact = holder.querySelector('[data-fact="shelf-life"]');
        if (!fact) continue;
        const want = expected(id, locale);
        expect(fact.getAttribute("data-certainty"), `${file} ${id}`).toBe(want.certainty);
        expect(fact.text.trim(), `${file} ${id}`).toMatch(want.text);
        const key = `${locale} ${id}`;
        seen.set(key, (seen.get(key) ?? new Set()).add(fact.text.trim()));
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(products.length);
    for (const [key, texts] of seen) expect([...texts], key).toHaveLength(1);

    for (const locale of LOCALES) {
      for (const id of products) {
        const want = expected(id, locale);
        for (const url of [routes.product(locale, id), routes.boothCard(locale, id)]) {
          const fact = page(fileOf(url)).querySelector('main [data-fact="shelf-life"]');
          expect(fact, `${url} shows no shelf life`).not.toBeNull();
          expect(fact!.getAttribute("data-certainty"), url).toBe(want.certainty);
          expect(fact!.text.trim(), url).toMatch(want.text);
        }
      }
    }
  });

  it("the gift list's data file carries the same words for its script", () => {
    for (const locale of LOCALES) {
      const json = readFileSync(join(DIST, giftDataFile(locale)), "utf8");
      const data = JSON.parse(json) as { facts: [string, string][]; products: Record<string, { k: number }> };
      for (const id of products) {
        const want = expected(id, locale);
        const [certainty, text] = data.facts[data.products[id]?.k ?? -1] ?? ["", ""];
        expect(certainty, `${locale} ${id}`).toBe(want.certainty);
        expect(text, `${locale} ${id}`).toMatch(want.text);
      }
    }
  });
});
