import { describe, expect, it } from "vitest";
import { isTravelFriendly, TRAVEL } from "./travel.ts";

const ok = { shelfLifeDays: 180, storage: "thuong", weightGrams: 500 } as const;

describe("isTravelFriendly", () => {
  it("marks a dry product that keeps for months", () => {
    expect(isTravelFriendly(ok)).toBe(true);
    expect(isTravelFriendly({ ...ok, storage: "mat" })).toBe(true);
  });
  it("needs a known shelf life of at least the threshold", () => {
    expect(isTravelFriendly({ ...ok, shelfLifeDays: TRAVEL.minShelfLifeDays })).toBe(true);
    expect(isTravelFriendly({ ...ok, shelfLifeDays: TRAVEL.minShelfLifeDays - 1 })).toBe(false);
    expect(isTravelFriendly({ ...ok, shelfLifeDays: undefined })).toBe(false);
  });
  it("excludes anything that needs a fridge or freezer, or unknown storage", () => {
    expect(isTravelFriendly({ ...ok, storage: "tu-lanh" })).toBe(false);
    expect(isTravelFriendly({ ...ok, storage: "dong-lanh" })).toBe(false);
    expect(isTravelFriendly({ ...ok, storage: undefined })).toBe(false);
  });
  it("excludes heavy packs but not unknown weights", () => {
    expect(isTravelFriendly({ ...ok, weightGrams: TRAVEL.maxWeightGrams })).toBe(true);
    expect(isTravelFriendly({ ...ok, weightGrams: TRAVEL.maxWeightGrams + 1 })).toBe(false);
    expect(isTravelFriendly({ ...ok, weightGrams: undefined })).toBe(true);
  });
});
