import { describe, expect, it } from "vitest";
import { nameKey, shownStars } from "./search-facets.ts";

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
