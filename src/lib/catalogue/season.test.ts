import { describe, expect, it } from "vitest";
import { LUNAR_NEW_YEAR, seasonAt } from "./season.ts";

/** An instant at noon in Vietnam (05:00 UTC). */
const vn = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe("seasonAt", () => {
  it("is Tết from 1 December", () => {
    expect(seasonAt(vn("2026-11-30"))).toBe("travel");
    expect(seasonAt(vn("2026-12-01"))).toBe("tet");
    expect(seasonAt(vn("2026-12-31"))).toBe("tet");
  });
  it("stays Tết through Lunar New Year's Day and ends the day after", () => {
    expect(seasonAt(vn("2027-01-15"))).toBe("tet");
    expect(seasonAt(vn("2027-02-06"))).toBe("tet");
    expect(seasonAt(vn("2027-02-07"))).toBe("travel");
    // 2028's Tết is in January.
    expect(seasonAt(vn("2028-01-26"))).toBe("tet");
    expect(seasonAt(vn("2028-01-27"))).toBe("travel");
    expect(seasonAt(vn("2028-02-10"))).toBe("travel");
  });
  it("is the travel guide in summer", () => {
    expect(seasonAt(vn("2026-07-01"))).toBe("travel");
  });
  it("uses Vietnam's date, not UTC's: 30 Nov 18:00 UTC is already 1 Dec in Quảng Ngãi", () => {
    expect(seasonAt(new Date("2026-11-30T18:00:00Z"))).toBe("tet");
    expect(seasonAt(new Date("2026-11-30T16:00:00Z"))).toBe("travel");
  });
  it("has a Lunar New Year date for the coming years (extend the table before it runs out)", () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(LUNAR_NEW_YEAR[next], `add Lunar New Year ${next} to LUNAR_NEW_YEAR in src/lib/catalogue/season.ts`).toBeDefined();
  });
});
