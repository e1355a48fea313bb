import { describe, expect, it } from "vitest";
import type { Catalogue, Product } from "./model.ts";
import { busiestLocalities, pageNumbers, relatedProducts, seasonPicks } from "./queries.ts";

/** The definition, written plainly: score every other product, best score first, then catalogue order. */
function naiveRelated(cat: Catalogue, product: Product, limit = 4): Product[] {
  const score = (p: Product) =>
    (p.producer && p.producer.id === product.producer?.id ? 4 : 0) +
    (p.group.id === product.group.id ? 2 : 0) +
    (p.locality && p.locality.id === product.locality?.id ? 1 : 0);
  return cat.products
    .filter((p) => p.id !== product.id)
    .map((p, i) => ({ p, s: score(p), i }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}

function randomCatalogue(seed: number, size: number): Catalogue {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const products = Array.from({ length: size }, (_, i) => {
    const producer = next(4) === 0 ? undefined : { id: `nsx-${next(6)}` };
    const locality = next(5) === 0 ? undefined : { id: `xa-${next(4)}` };
    return { id: `p${i}`, producer, locality, group: { id: `g${next(3)}` } };
  });
  return { products } as unknown as Catalogue;
}

describe("relatedProducts", () => {
  it("matches the plain definition on many random catalogues", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const cat = randomCatalogue(seed, 5 + seed * 3);
      for (const product of cat.products) {
        expect(relatedProducts(cat, product).map((p) => p.id)).toEqual(naiveRelated(cat, product).map((p) => p.id));
        expect(relatedProducts(cat, product, 9).map((p) => p.id)).toEqual(naiveRelated(cat, product, 9).map((p) => p.id));
      }
    }
  });

  it("puts the producer's own products first and never the product itself", () => {
    const cat = {
      products: [
        { id: "a", producer: { id: "x" }, group: { id: "g" }, locality: { id: "l" } },
        { id: "b", producer: { id: "y" }, group: { id: "g" }, locality: { id: "l" } },
        { id: "c", producer: { id: "x" }, group: { id: "h" }, locality: undefined },
      ],
    } as unknown as Catalogue;
    expect(relatedProducts(cat, cat.products[0]!).map((p) => p.id)).toEqual(["c", "b"]);
  });
});

describe("pageNumbers", () => {
  it("links every page of a short list", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it("keeps the first, the last and two either side of the current page, with one gap marker per gap", () => {
    expect(pageNumbers(1, 420)).toEqual([1, 2, 3, null, 420]);
    expect(pageNumbers(200, 420)).toEqual([1, null, 198, 199, 200, 201, 202, null, 420]);
    expect(pageNumbers(419, 420)).toEqual([1, null, 417, 418, 419, 420]);
  });
  it("never shows more than nine entries, so the bar stays one line on a phone at any size", () => {
    for (const count of [1, 7, 48, 1000])
      for (let page = 1; page <= count; page += 7) expect(pageNumbers(page, count).length).toBeLessThanOrEqual(9);
  });
});

describe("home page selections", () => {
  const place = (id: string) => ({ id, name: id });
  const product = (id: string, extra: Record<string, unknown> = {}) => ({ id, travelFriendly: false, occasions: [], ...extra });
  const tet = { id: "qua-tet", picks: ["c", "a", "gone"] };
  const cat = {
    localities: [place("an-phu"), place("ly-son"), place("tra-bong")],
    occasions: [tet],
    products: [
      product("a", { locality: place("ly-son"), occasions: [tet], travelFriendly: true }),
      product("b", { locality: place("tra-bong"), travelFriendly: true }),
      product("c", { locality: place("ly-son"), occasions: [tet] }),
      product("d", { locality: place("an-phu"), travelFriendly: true }),
      product("e", { occasions: [tet] }),
    ],
  } as unknown as Catalogue;

  it("in the Tết season, the picks of the Tết guide in the editor's order, then its other products, without those already shown", () => {
    expect(seasonPicks(cat, cat.occasions[0], new Set()).map((p) => p.id)).toEqual(["c", "a", "e"]);
    expect(seasonPicks(cat, cat.occasions[0], new Set(["c"])).map((p) => p.id)).toEqual(["a", "e"]);
    expect(seasonPicks(cat, cat.occasions[0], new Set(), 2).map((p) => p.id)).toEqual(["c", "a"]);
  });
  it("out of season, the travel-friendly products in catalogue order, at most `limit`", () => {
    expect(seasonPicks(cat, undefined, new Set(["a"]), 1).map((p) => p.id)).toEqual(["b"]);
  });
  it("places by number of products, most first; a tie keeps the catalogue's order of names", () => {
    expect(busiestLocalities(cat, 5).map((l) => [l.locality.id, l.count])).toEqual([
      ["ly-son", 2],
      ["an-phu", 1],
      ["tra-bong", 1],
    ]);
    expect(busiestLocalities(cat, 1)).toHaveLength(1);
  });
});
