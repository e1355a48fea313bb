/**
 * The listing pages that would otherwise grow with the catalogue (the producer list, the travel
 * guide) on a catalogue larger than one page, through the pure pipeline: buildCatalogue → sitePages.
 */
import { describe, expect, it } from "vitest";
import { ENTRY_PAGE_SIZE } from "../../src/lib/catalogue/queries.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { paths } from "../../src/lib/routing/routes.ts";
import { sitePages, type SitePage } from "../../src/lib/routing/site-pages.ts";
import { id, largeCatalogue, PRODUCERS, TRAVEL } from "../fixtures/large-catalogue.ts";

for (const locale of LOCALES) {
  const pages = sitePages(largeCatalogue(locale));
  const ofKind = <K extends SitePage["kind"]>(kind: K) =>
    pages.filter((p): p is Extract<SitePage, { kind: K }> => p.kind === kind);

  describe(`${locale}: the producer list on numbered pages`, () => {
    const list = ofKind("producerList");

    it("shows 48 producers on its first page, at the list's own URL, and goes on at …/page/N", () => {
      expect(list.map((p) => p.path)).toEqual([1, 2, 3].map((n) => paths.list(locale, "producers", n)));
      expect(list[0]!.path).toBe(paths.list(locale, "producers"));
      expect(list.map((p) => p.producers.length)).toEqual([ENTRY_PAGE_SIZE, ENTRY_PAGE_SIZE, PRODUCERS - 2 * ENTRY_PAGE_SIZE]);
      for (const p of list) expect(p).toMatchObject({ pageCount: 3, total: PRODUCERS });
      expect(list.map((p) => p.page)).toEqual([1, 2, 3]);
    });

    it("reaches every producer exactly once across its pages", () => {
      const shown = list.flatMap((p) => p.producers.map((r) => r.id));
      expect(shown).toHaveLength(PRODUCERS);
      expect(new Set(shown).size).toBe(PRODUCERS);
    });

    it("gives each numbered page its twin in the other language", () => {
      for (const p of list) for (const l of LOCALES) expect(p.alternates[l]).toBe(paths.list(l, "producers", p.page));
    });
  });

  describe(`${locale}: the travel guide on numbered pages`, () => {
    const guide = ofKind("travelGuide");
    const items = (p: (typeof guide)[number]) => p.bands.flatMap((b) => b.items);
    const bandOf = (b: (typeof guide)[number]["bands"][number]) => (b.band ? (b.band.min ?? 0) : "unknown");

    it("shows 48 products on its first page, at the guide's own URL, and goes on at …/page/N", () => {
      expect(guide.map((p) => p.path)).toEqual([1, 2, 3].map((n) => paths.list(locale, "travelGuide", n)));
      expect(guide.map((p) => items(p).length)).toEqual([ENTRY_PAGE_SIZE, ENTRY_PAGE_SIZE, TRAVEL - 2 * ENTRY_PAGE_SIZE]);
      for (const p of guide) expect(p).toMatchObject({ pageCount: 3, total: TRAVEL });
    });

    it("reaches every travel-friendly product exactly once, and no other", () => {
      const shown = guide.flatMap(items).map((p) => p.id);
      expect(new Set(shown).size).toBe(shown.length);
      expect([...shown].sort()).toEqual(Array.from({ length: TRAVEL }, (_, i) => id("di-xa", i)));
    });

    it("keeps the bands in order across pages, repeating a band's heading where it goes on", () => {
      const sequence = guide.flatMap((p) => p.bands.map(bandOf));
      // Each band appears in one run of consecutive headings (once per page it spans), cheapest first, unknown last.
      const runs = sequence.filter((b, i) => b !== sequence[i - 1]);
      expect(runs).toEqual([0, 100_000, 200_000, "unknown"]);
      // A band split by a page break opens the next page: 111 products in four bands over three pages split at least one.
      expect(sequence.length).toBeGreaterThan(runs.length);
      for (let n = 1; n < guide.length; n++) {
        const last = guide[n - 1]!.bands.at(-1)!;
        const first = guide[n]!.bands[0]!;
        if (bandOf(last) === bandOf(first)) expect(first.items.length).toBeGreaterThan(0);
      }
      // Within a page every product sits under its own band.
      for (const p of guide)
        for (const b of p.bands)
          for (const item of b.items) {
            if (!b.band) expect(item.price).toBeUndefined();
            else expect(item.price!.from >= (b.band.min ?? 0) && item.price!.from < (b.band.max ?? Infinity)).toBe(true);
          }
    });
  });
}
