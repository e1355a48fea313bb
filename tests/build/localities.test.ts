/** Checks over dist/ for the locality list and the locality pages at the province's full size (96 units). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, page, publishedIds, ROOT } from "../../scripts/lib/dist.ts";
import { readCollection } from "../../src/node/content/files.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { routes } from "../../src/lib/routing/routes.ts";

beforeAll(assertBuilt);

const localities = readCollection(join(ROOT, "content"), "localities").map((e) => ({
  id: e.id,
  region: e.data["region"] as "dong" | "tay",
  formerNames: (e.data["formerNames"] as string[] | undefined) ?? [],
}));
const published = new Set(publishedIds("products"));
/** Localities named by at least one published, not retired product. */
const withProducts = new Set(
  readCollection(join(ROOT, "content"), "products")
    .filter((e) => published.has(e.id) && !e.data["retired"] && typeof e.data["locality"] === "string")
    .map((e) => e.data["locality"] as string),
);
const hrefOf = (id: string, locale: (typeof LOCALES)[number]) => routes.locality(locale, id);

describe("the locality list", () => {
  for (const locale of LOCALES) {
    const doc = () => page(fileOf(routes.list(locale, "localities")));

    it(`${locale}: links every locality once, under its own region`, () => {
      for (const region of ["dong", "tay"] as const) {
        const links = doc()
          .querySelectorAll(`[data-region="${region}"] a`)
          .map((a) => a.getAttribute("href"));
        const wanted = localities.filter((l) => l.region === region).map((l) => hrefOf(l.id, locale));
        expect([...links].sort(), region).toEqual([...wanted].sort());
      }
    });

    it(`${locale}: lists the localities with products first, as cards with their count, the others as plain links`, () => {
      for (const region of ["dong", "tay"] as const) {
        const cards = doc()
          .querySelectorAll(`[data-region="${region}"] [data-with-products] a`)
          .map((a) => a.getAttribute("href"));
        const wanted = localities.filter((l) => l.region === region && withProducts.has(l.id)).map((l) => hrefOf(l.id, locale));
        expect([...cards].sort(), region).toEqual([...wanted].sort());
      }
    });

    it(`${locale}: leaves the former names to each locality's page, so the list stays light on a phone`, () => {
      const text = doc().querySelector("main")?.text ?? "";
      const names = localities.flatMap((l) => l.formerNames);
      expect(names.length).toBeGreaterThan(300);
      expect(names.filter((n) => text.includes(n))).toEqual([]);
    });
  }
});

describe("locality pages", () => {
  it("every former name is on its locality's page, inside the region Pagefind indexes", () => {
    for (const locale of LOCALES) {
      for (const l of localities) {
        const indexed = page(fileOf(hrefOf(l.id, locale))).querySelector("[data-pagefind-body]")?.text ?? "";
        for (const name of l.formerNames) expect(indexed, `${l.id}: ${name}`).toContain(name);
      }
    }
  });

  it("a locality without products says so, links the groups and occasions, and has no print sheet", () => {
    const empty = localities.filter((l) => !withProducts.has(l.id));
    expect(empty.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const l of empty) {
        const doc = page(fileOf(hrefOf(l.id, locale)));
        const links = doc.querySelectorAll("[data-locality-empty] a").map((a) => a.getAttribute("href"));
        expect(links, l.id).toEqual([routes.list(locale, "groups"), routes.list(locale, "occasions")]);
        expect(doc.querySelector(`a[href="${routes.localityPrint(locale, l.id)}"]`), l.id).toBeNull();
        expect(existsSync(join(DIST, fileOf(routes.localityPrint(locale, l.id)))), l.id).toBe(false);
      }
    }
  });

  it("a locality with products has its print sheet and no empty notice", () => {
    for (const locale of LOCALES) {
      for (const id of withProducts) {
        const doc = page(fileOf(hrefOf(id, locale)));
        expect(doc.querySelector("[data-locality-empty]"), id).toBeNull();
        expect(existsSync(join(DIST, fileOf(routes.localityPrint(locale, id)))), id).toBe(true);
      }
    }
  });
});
