import { describe, expect, it } from "vitest";
import { useTranslations } from "../../i18n/index.ts";
import type { Product } from "../catalogue/model.ts";
import { RANKING } from "./ranking.ts";
import { infoFacets, nameKey, productFacets, shownStars } from "./search-facets.ts";

describe("search facets", () => {
  it("sorts names without marks and with đ among the d's", () => {
    const names = ["Tỏi Lý Sơn", "Đường phèn", "Cà phê", "Dầu quế"];
    expect([...names].sort((a, b) => nameKey(a).localeCompare(nameKey(b)))).toEqual([
      "Cà phê",
      "Dầu quế",
      "Đường phèn",
      "Tỏi Lý Sơn",
    ]);
  });

  it("filters on stars only where the page shows them (valid or not yet verified)", () => {
    const ocop = { stars: 4 } as never;
    expect(shownStars({ cert: { status: "valid", stars: 5, expiry: null, expiryYear: null }, ocop })).toBe(5);
    expect(shownStars({ cert: { status: "unverified", stars: null, expiry: null, expiryYear: 2028 }, ocop })).toBe(4);
    expect(shownStars({ cert: { status: "expired", stars: null, expiry: null, expiryYear: null }, ocop })).toBeNull();
    expect(shownStars({ cert: { status: "proposal", stars: null, expiry: null, expiryYear: null }, ocop })).toBeNull();
  });
});

describe("what a result carries for ranking", () => {
  const t = useTranslations("vi");
  const group = { id: "thuc-pham", name: "Thực phẩm" };
  const product = {
    id: "toi-an-hai",
    name: "Tỏi An Hải",
    group,
    subgroup: undefined,
    producer: undefined,
    locality: { id: "an-hai", name: "An Hải", region: "dong" },
    occasions: [{ id: "qua-tet", name: "Quà Tết" }],
    cert: { status: "valid", stars: 4, expiry: null, expiryYear: null },
    ocop: undefined,
    price: undefined,
    formerAddress: "xã Bình An, huyện Sơn Hà",
    searchTerms: ["garlic", "spice"],
  } as unknown as Product;

  it("every field the ranking weighs is one a product or a place gives Pagefind (a renamed field would weigh nothing)", () => {
    const fields = new Set([
      ...productFacets(product, "vi", t).meta.map(([k]) => k),
      ...infoFacets("Xã An Hải", "Địa phương", t, ["Xã Bình An"]).meta.map(([k]) => k),
    ]);
    expect(Object.keys(RANKING.metaWeights).filter((k) => !fields.has(k))).toEqual([]);
  });

  it("a product gives its name twice (as title and as product), its search terms, place and occasions", () => {
    const meta = Object.fromEntries(productFacets(product, "vi", t).meta);
    expect(meta).toMatchObject({
      title: "Tỏi An Hải",
      product: "Tỏi An Hải",
      terms: "garlic, spice",
      locality: "An Hải",
      occasions: "Quà Tết",
    });
  });

  it("a product's status reads as on the catalogue's cards, with its code for the colour", () => {
    const expired = { ...product, cert: { status: "expired", stars: null, expiry: null, expiryYear: null } } as Product;
    expect(Object.fromEntries(productFacets(product, "vi", t).meta)).toMatchObject({ status: "Còn hiệu lực", cert: "valid" });
    expect(Object.fromEntries(productFacets(expired, "vi", t).meta)).toMatchObject({ status: "Hết hạn", cert: "expired" });
    // The filter keeps the status in full.
    expect(productFacets(expired, "vi", t).filters).toContainEqual(["status", "Đã hết hạn"]);
  });

  it("no other page gives a product field: the ranking tells products apart by it", () => {
    expect(infoFacets("Xã An Hải", "Địa phương", t).meta.map(([k]) => k)).not.toContain("product");
    expect(infoFacets("Xã An Hải", "Địa phương", t).meta.map(([k]) => k)).not.toContain("terms");
  });
});
