import { describe, expect, it } from "vitest";
import { EN_TERMS, OTHERS, PRODUCTS, VI_TERMS } from "../../../tests/fixtures/search/catalogue.ts";
import { countFilterValues, NAMED_SCORE, rank, rankedSoFar, splitMentions, tierOf, type Rankable } from "./ranking.ts";
import { readQuery } from "./query.ts";
import { termsFor } from "./search-terms.ts";

interface Entry extends Rankable {
  title: string;
}

/** Fixture pages of a Vietnamese index, as the search page reads them from Pagefind's metadata. */
const vi: Entry[] = [
  ...PRODUCTS.map((p) => ({
    title: p.name,
    product: true,
    names: [p.name, ...termsFor([VI_TERMS[p.group]], { name: p.name, subgroup: p.subgroup })],
  })),
  ...OTHERS.map((o) => ({ title: o.name, product: false, names: [o.name] })),
];
const en: Entry[] = PRODUCTS.map((p) => ({
  title: p.en,
  product: true,
  names: [p.en, ...termsFor([EN_TERMS[p.group], VI_TERMS[p.group]], { name: p.name, subgroup: p.subgroup })],
}));
const byTitle = (entries: Entry[], ...titles: string[]) => titles.map((t) => entries.find((e) => e.title === t)!);
const titles = (entries: Entry[]) => entries.map((e) => e.title);
const words = (q: string, locale: "vi" | "en" = "vi") => readQuery(q, locale).words;

describe("a product word lists the products named with it first", () => {
  // Pagefind's order for "toi" before ranking: the commune first (a short page, its name matches).
  const found = byTitle(vi, "Xã Ia Tơi", "Hợp tác xã Tỏi An Hải", "Tỏi An Hải", "Chả lụa Đồng Xuân", "Tỏi đen An Hải", "Quà Tết");

  it("“toi”: the garlics before the commune Ia Tơi, whose name folds to the same word", () => {
    expect(titles(rank(found, words("toi"), (e) => e))).toEqual([
      "Tỏi An Hải",
      "Tỏi đen An Hải",
      "Xã Ia Tơi",
      "Hợp tác xã Tỏi An Hải",
      "Chả lụa Đồng Xuân",
      "Quà Tết",
    ]);
  });

  it("a producer named with the word comes after the products and before pages that only mention it", () => {
    expect(tierOf(byTitle(vi, "Hợp tác xã Tỏi An Hải")[0]!, words("toi"))).toBe(1);
    expect(tierOf(byTitle(vi, "Chả lụa Đồng Xuân")[0]!, words("toi"))).toBe(2);
  });

  it("every word must be in the name: “toi den” leads with the black garlic, plain garlic is only a mention", () => {
    const order = titles(rank(byTitle(vi, "Tỏi An Hải", "Tỏi đen An Hải"), words("toi den"), (e) => e));
    expect(order).toEqual(["Tỏi đen An Hải", "Tỏi An Hải"]);
  });

  it("“an hai”: the products named An Hải first, then the place and the producer, each in the index's order", () => {
    const found = byTitle(vi, "Đặc khu An Hải", "Hợp tác xã Tỏi An Hải", "Tỏi đen An Hải", "Tỏi An Hải");
    expect(titles(rank(found, words("an hai"), (e) => e))).toEqual([
      "Tỏi đen An Hải",
      "Tỏi An Hải",
      "Đặc khu An Hải",
      "Hợp tác xã Tỏi An Hải",
    ]);
  });

  it("filler words do not count: “mua tỏi ở đâu” ranks like “tỏi”", () => {
    expect(rank(vi, words("mua tỏi ở đâu"), (e) => e)).toEqual(rank(vi, words("toi"), (e) => e));
  });

  it("Telex leftovers rank like the same words typed with marks: “toir ddeen”", () => {
    expect(rank(vi, words("toir ddeen"), (e) => e)).toEqual(rank(vi, words("tỏi đen"), (e) => e));
  });
});

describe("search terms count as the product's name", () => {
  it("“ruou vang” lists the wine whose name is only “Vang sim”, by its reviewed term “rượu vang”", () => {
    expect(rank(vi, words("ruou vang"), (e) => e)[0]!.title).toBe("Vang sim Núi Mẫu");
  });

  it("“nuoc cham” lists the fish sauce (sub-group term) before anything that only mentions it", () => {
    expect(tierOf(byTitle(vi, "Nước mắm Bến Đá")[0]!, words("nuoc cham"))).toBe(0);
  });

  it("English “jerky” lists the dried beef, not the pork roll of the same producer", () => {
    const order = rank(en, words("jerky", "en"), (e) => e);
    expect(order[0]!.title).toBe("Đồng Xuân dried beef");
    expect(
      tierOf(
        order.find((e) => e.title === "Đồng Xuân pork roll")!,
        words("jerky", "en"),
      ),
    ).toBe(2);
  });

  it("English “cassia” lists both cinnamon products: the spice and the incense", () => {
    const named = rank(en, words("cassia", "en"), (e) => e).filter((e) => tierOf(e, words("cassia", "en")) === 0);
    expect(titles(named).sort()).toEqual(["Sơn Tây cinnamon", "Sơn Tây cinnamon incense"]);
  });
});

describe("the order while results are still arriving", () => {
  const found = byTitle(vi, "Xã Ia Tơi", "Tỏi An Hải", "Chả lụa Đồng Xuân", "Tỏi đen An Hải");
  const soFar = (here: boolean[]) =>
    titles(
      rankedSoFar(
        found.map((e, i) => (here[i] ? e : undefined)),
        words("toi"),
        (e) => e,
      ),
    );

  it("a named product before the first missing result is certain: nothing behind can pass it", () => {
    expect(soFar([true, true, false, true])).toEqual(["Tỏi An Hải"]);
  });

  it("a named commune waits: a product still on its way may be named too and lead it", () => {
    expect(soFar([true, false, true, true])).toEqual([]);
  });

  it("with every result here it is the whole ranked order", () => {
    expect(soFar([true, true, true, true])).toEqual(titles(rank(found, words("toi"), (e) => e)));
  });
});

describe("mentions do not swamp the list", () => {
  const r = (score: number, id: string) => ({ score, id });

  it("results under NAMED_SCORE wait behind the named ones when any result is named", () => {
    const split = splitMentions([r(NAMED_SCORE * 2.3, "garlic"), r(NAMED_SCORE * 1.1, "commune"), r(4, "story"), r(1, "guide")]);
    expect(split.listed.map((x) => x.id)).toEqual(["garlic", "commune"]);
    expect(split.mentions.map((x) => x.id)).toEqual(["story", "guide"]);
  });

  it("when no result is named, all are listed: a word found only in stories still finds them", () => {
    const split = splitMentions([r(4, "story"), r(1, "guide")]);
    expect(split.listed.map((x) => x.id)).toEqual(["story", "guide"]);
    expect(split.mentions).toEqual([]);
  });
});

describe("filter counts of the listed results", () => {
  it("counts each value once per result, over every filter a result has", () => {
    const counts = countFilterValues([
      { filters: { stars: ["4"], type: ["Sản phẩm"], occasion: ["Quà Tết", "Quà biếu"] } },
      { filters: { stars: ["4"], type: ["Sản phẩm"], occasion: ["Quà Tết", "Quà Tết"] } },
      { filters: { type: ["Nhà sản xuất"] } },
      {},
    ]);
    expect(counts).toEqual({
      stars: { "4": 2 },
      type: { "Sản phẩm": 2, "Nhà sản xuất": 1 },
      occasion: { "Quà Tết": 2, "Quà biếu": 1 },
    });
  });
  it("counts nothing of no results", () => {
    expect(countFilterValues([])).toEqual({});
  });
});
