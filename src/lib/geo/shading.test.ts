import { describe, expect, it } from "vitest";
import { shadeOf, shadesOf } from "./shading.ts";

describe("shadesOf", () => {
  it("keeps none apart and cuts the non-zero counts at their thirds", () => {
    // Today's catalogue: most communes with a product have one.
    const counts = [0, 0, 0, ...Array<number>(12).fill(1), ...Array<number>(4).fill(2), 3, 4, 4, 6, 7];
    expect(shadesOf(counts)).toEqual([
      { from: 0, to: 0, shade: 0 },
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 2, shade: 2 },
      { from: 3, to: 7, shade: 3 },
    ]);
  });

  it("spreads a larger catalogue the same way", () => {
    const counts = Array.from({ length: 90 }, (_, i) => i + 1);
    expect(shadesOf(counts).map((s) => [s.from, s.to])).toEqual([
      [0, 0],
      [1, 30],
      [31, 60],
      [61, 90],
    ]);
  });

  it("uses the darkest shade for the top class when the counts give fewer classes", () => {
    expect(shadesOf([0, 2, 2, 2])).toEqual([
      { from: 0, to: 0, shade: 0 },
      { from: 1, to: 2, shade: 3 },
    ]);
    expect(shadesOf([0, 0])).toEqual([{ from: 0, to: 0, shade: 0 }]);
  });

  it("gives every count its class", () => {
    const shades = shadesOf([0, 1, 1, 2, 5, 9]);
    expect([0, 1, 2, 5, 9].map((n) => shadeOf(n, shades))).toEqual([0, 1, 2, 3, 3]);
  });
});
