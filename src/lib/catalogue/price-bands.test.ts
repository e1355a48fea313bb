import { describe, expect, it } from "vitest";
import { bandsFromBounds, groupByPriceBand, totalPriceRange } from "./price-bands.ts";

const item = (id: string, from?: number, to?: number) => ({ id, price: from === undefined ? undefined : { from, to } });

describe("bandsFromBounds", () => {
  it("turns boundaries into open-ended bands", () => {
    expect(bandsFromBounds([500000, 200000])).toEqual([
      { min: undefined, max: 200000 },
      { min: 200000, max: 500000 },
      { min: 500000, max: undefined },
    ]);
  });
  it("gives one band for everything when there are no boundaries", () => {
    expect(bandsFromBounds([])).toEqual([{ min: undefined, max: undefined }]);
  });
});

describe("groupByPriceBand", () => {
  const items = [
    item("a", 150000),
    item("b", 200000),
    item("c"),
    item("d", 499999, 800000),
    item("e", 1200000),
    item("f", 90000),
  ];
  const groups = groupByPriceBand(items, [200000, 500000]);

  it("puts each priced item in the band of its lowest price, lower bound inclusive", () => {
    expect(groups.map((g) => [g.band?.min ?? null, g.items.map((i) => i.id)])).toEqual([
      [null, ["a", "f"]],
      [200000, ["b", "d"]],
      [500000, ["e"]],
      [null, ["c"]],
    ]);
  });
  it("puts items without a price in a last group with no band", () => {
    expect(groups.at(-1)).toEqual({ band: null, items: [item("c")] });
  });
  it("leaves out empty bands and loses no item", () => {
    const only = groupByPriceBand([item("x", 600000), item("y")], [200000, 500000]);
    expect(only.map((g) => g.band)).toEqual([{ min: 500000, max: undefined }, null]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
  });
  it("gives only the unknown group when no item has a price (today's sample content)", () => {
    expect(groupByPriceBand([item("p"), item("q")], [200000])).toEqual([{ band: null, items: [item("p"), item("q")] }]);
  });
});

describe("totalPriceRange", () => {
  it("adds the lowest and the highest prices", () => {
    expect(totalPriceRange([item("a", 100000, 150000), item("b", 50000), item("c")])).toEqual({ from: 150000, to: 200000 });
  });
  it("is undefined when nothing has a price", () => {
    expect(totalPriceRange([item("c")])).toBeUndefined();
  });
});
