import { describe, expect, it } from "vitest";
import { EN_TERMS, PRODUCTS, VI_TERMS, type FixtureProduct } from "../../../tests/fixtures/search/catalogue.ts";
import { nameContains, termsFor } from "./search-terms.ts";

const product = (id: string): FixtureProduct => PRODUCTS.find((p) => p.id === id)!;
/** The terms a fixture product gets on a page of `locale`, as the catalogue assembles them. */
const terms = (id: string, locale: "vi" | "en") => {
  const p = product(id);
  const lists = locale === "vi" ? [VI_TERMS[p.group]] : [EN_TERMS[p.group], VI_TERMS[p.group]];
  return termsFor(lists, { name: p.name, subgroup: p.subgroup });
};

describe("a product's search terms come from its group's reviewed lists", () => {
  it("an entry without sub-group or name fits every product of the group: all food is “food”", () => {
    for (const p of PRODUCTS.filter((p) => p.group === "thuc-pham")) expect(terms(p.id, "en")).toContain("food");
  });

  it("an entry for a sub-group fits only its products: the fish sauce is a “dipping sauce”, the garlic is not", () => {
    expect(terms("nuoc-mam-ben-da", "en")).toContain("dipping sauce");
    expect(terms("toi-an-hai", "en")).not.toContain("dipping sauce");
  });

  it("an entry for a phrase of the Vietnamese name fits the products named with it: dried beef is “jerky”", () => {
    expect(terms("thit-bo-kho-dong-xuan", "en")).toEqual(expect.arrayContaining(["jerky", "beef jerky"]));
    expect(terms("cha-lua-dong-xuan", "en")).not.toContain("jerky");
  });

  it("a speciality is named by its trade name in every group it appears in: cinnamon is “cassia” as a spice and as incense", () => {
    expect(terms("que-son-tay", "en")).toContain("cassia");
    expect(terms("nhang-que-son-tay", "en")).toContain("cassia");
  });

  it("black garlic gets both the garlic and the black garlic terms, since its name holds “tỏi” and “tỏi đen”", () => {
    expect(terms("toi-den-an-hai", "en")).toEqual(expect.arrayContaining(["garlic", "black garlic"]));
    expect(terms("toi-an-hai", "en")).not.toContain("black garlic");
  });

  it("Vietnamese everyday names map the same way: the wine is “rượu vang”, the fish sauce “nước chấm”", () => {
    expect(terms("vang-sim-nui-mau", "vi")).toEqual(["rượu vang"]);
    expect(terms("nuoc-mam-ben-da", "vi")).toContain("nước chấm");
  });

  it("English pages carry the English list first, then the Vietnamese one; Vietnamese pages only the Vietnamese", () => {
    expect(terms("vang-sim-nui-mau", "en")).toEqual(["drinks", "beverage", "wine", "fruit wine", "rượu vang"]);
    expect(terms("vang-sim-nui-mau", "vi")).not.toContain("wine");
  });

  it("a term listed twice is given once", () => {
    expect(termsFor([[{ terms: ["garlic"] }, { terms: ["garlic", "bulb"] }]], { name: "Tỏi" })).toEqual(["garlic", "bulb"]);
  });
});

describe("a phrase of the name", () => {
  it.each([
    ["Cao tỏi đen An Hải", "tỏi đen", true],
    ["TỎI ĐEN", "tỏi đen", true],
    ["Tỏi An Hải", "tỏi đen", false],
    ["Quê hương", "quế", false],
    ["Quế Sơn Tây", "quế", true],
    ["Tỏi", "tỏ", false],
  ])("“%s” contains “%s”: %s (whole words, marks count, case does not)", (name, phrase, expected) => {
    expect(nameContains(name, phrase)).toBe(expected);
  });
});
