/**
 * The producer list and the travel guide as visitors get them, through Astro's Container API,
 * on a catalogue larger than one page: each numbered page shows at most 48 entries, links the
 * other pages by number, and has its own title; following the links reaches every entry once.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import ProducerListView from "../../src/components/views/ProducerListView.astro";
import TravelGuideView from "../../src/components/views/TravelGuideView.astro";
import { useTranslations } from "../../src/i18n/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { href, routes } from "../../src/lib/routing/routes.ts";
import { sitePages, type SitePage } from "../../src/lib/routing/site-pages.ts";
import { siteFrame } from "../../src/lib/routing/site-frame.ts";
import { largeCatalogue, PRODUCERS, TRAVEL } from "../fixtures/large-catalogue.ts";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const cases = [
  {
    kind: "producerList",
    view: ProducerListView,
    entries: "main a[href*='/nha-san-xuat/nsx-'], main a[href*='/producers/nsx-']",
    total: PRODUCERS,
    url: (locale: (typeof LOCALES)[number], n: number) => routes.list(locale, "producers", n),
  },
  {
    kind: "travelGuide",
    view: TravelGuideView,
    entries: "[data-guide-products] article[data-product-id]",
    total: TRAVEL,
    url: (locale: (typeof LOCALES)[number], n: number) => routes.travelGuide(locale, n),
  },
] as const;

for (const locale of LOCALES) {
  const cat = largeCatalogue(locale);
  const pages = sitePages(cat);
  for (const c of cases) {
    describe(`${locale}: ${c.kind} on numbered pages`, () => {
      const own = pages.filter((p) => p.kind === c.kind);
      const html: HTMLElement[] = [];
      beforeAll(async () => {
        for (const page of own)
          html.push(
            parse(await container.renderToString(c.view, { props: { cat, frame: siteFrame(cat), page: page as SitePage } })),
          );
      });
      const key = (a: HTMLElement) => a.getAttribute("data-product-id") ?? a.getAttribute("href");

      it("shows 48 entries on page 1, at the current URL, and links page 2 by number and as next", () => {
        const first = html[0]!;
        expect(href(own[0]!.path)).toBe(c.url(locale, 1));
        expect(new Set(first.querySelectorAll(c.entries).map(key)).size).toBe(48);
        const nav = first.querySelector(`nav[aria-label="${useTranslations(locale)("nav.pagination")}"]`)!;
        expect(nav.querySelector(`a[href="${c.url(locale, 2)}"]:not([rel])`)?.text.trim()).toBe("2");
        expect(nav.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(c.url(locale, 2));
        expect(nav.querySelector('a[rel="prev"]')).toBeNull();
        expect(nav.querySelector('[aria-current="page"]')?.text.trim()).toBe("1");
      });

      it("reaches every entry exactly once across the pages, each page titled with its number", () => {
        const seen = html.flatMap((doc) => [...new Set(doc.querySelectorAll(c.entries).map(key))]);
        expect(seen).toHaveLength(c.total);
        expect(new Set(seen).size).toBe(c.total);
        const titles = html.map((doc) => doc.querySelector("title")!.text);
        expect(new Set(titles).size).toBe(html.length);
        html.forEach((doc, i) => {
          if (i > 0) expect(titles[i]).toContain(String(i + 1));
          expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(
            new RegExp(`${c.url(locale, i + 1)}$`),
          );
          const prev = doc.querySelector('nav a[rel="prev"]')?.getAttribute("href");
          expect(prev).toBe(i > 0 ? c.url(locale, i) : undefined);
        });
      });
    });
  }
}
