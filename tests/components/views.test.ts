/**
 * The view of every page kind (src/components/views/views.ts), through Astro's Container API:
 * each page of a small catalogue that has every kind, in both languages, is drawn by its kind's
 * view, which marks it with its kind and with the robots and sitemap rules of its record.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { VIEWS } from "../../src/components/views/views.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { isOptionalKind, kindLanguages, PAGE_KIND_NAMES, PAGE_KINDS, type PageKind } from "../../src/lib/routing/page-kinds.ts";
import { isReusable, siteFrame } from "../../src/lib/routing/site-frame.ts";
import { isListed, notFoundPage, sitePages, type SitePage } from "../../src/lib/routing/site-pages.ts";
import { everyKindCatalogue } from "../fixtures/every-kind-catalogue.ts";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe("the view map", () => {
  it("has a view for every page kind and for nothing else", () => {
    expect(Object.keys(VIEWS).sort()).toEqual([...PAGE_KIND_NAMES].sort());
    for (const kind of PAGE_KIND_NAMES) expect(typeof VIEWS[kind], kind).toBe("function");
  });
});

for (const locale of LOCALES) {
  const cat = everyKindCatalogue(locale);
  const frame = siteFrame(cat);
  const pages: SitePage[] = [...sitePages(cat), ...(kindLanguages("notFound").includes(locale) ? [notFoundPage(cat)] : [])];
  // The first page of each kind, in the table's order.
  const samples = PAGE_KIND_NAMES.flatMap((kind) => pages.filter((p) => p.kind === kind).slice(0, 1));

  describe(`${locale}: one page of every kind`, () => {
    it("the fixture has a page of every kind built in this language", () => {
      const expected = PAGE_KIND_NAMES.filter((k) => kindLanguages(k).includes(locale));
      expect(samples.map((p) => p.kind)).toEqual(expected);
      expect(expected.filter(isOptionalKind)).toEqual(["redirect"]);
    });

    for (const page of samples) {
      it(`${page.kind} (/${page.path}) is drawn by its view, marked as its record says`, async () => {
        const View = VIEWS[page.kind] as Parameters<typeof container.renderToString>[0];
        const props = isReusable(page) ? { page, frame } : { page, frame, cat };
        const html = await container.renderToString(View, { props });
        const root = parse(html);
        const record = PAGE_KINDS[page.kind as PageKind];
        expect(root.querySelector("html")?.getAttribute("data-page-kind")).toBe(page.kind);
        expect(root.querySelector("html")?.getAttribute("lang")).toBe(locale);
        expect(root.querySelector('meta[name="robots"]')?.getAttribute("content") ?? null).toBe(
          record.indexable ? null : "noindex",
        );
        expect(root.querySelector("html")?.hasAttribute("data-unlisted")).toBe(!isListed(page));
      });
    }
  });
}
