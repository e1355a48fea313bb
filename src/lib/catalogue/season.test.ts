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
  it("for every year of its table: Tết from the December before through Lunar New Year's Day, travel the day after", () => {
    const years = Object.keys(LUNAR_NEW_YEAR).map(Number);
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const [month, day] = LUNAR_NEW_YEAR[year]!;
      const tet = new Date(Date.UTC(year, month - 1, day, 5));
      const after = new Date(Date.UTC(year, month - 1, day + 1, 5));
      expect(seasonAt(vn(`${year - 1}-11-30`)), `${year - 1}-11-30`).toBe("travel");
      expect(seasonAt(vn(`${year - 1}-12-01`)), `${year - 1}-12-01`).toBe("tet");
      expect(seasonAt(tet), `Tết ${year}`).toBe("tet");
      expect(seasonAt(after), `the day after Tết ${year}`).toBe("travel");
    }
  });
  it("has a table of consecutive years whose dates fall where Lunar New Year can (21 January – 20 February)", () => {
    const years = Object.keys(LUNAR_NEW_YEAR).map(Number);
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
    for (const [month, day] of Object.values(LUNAR_NEW_YEAR)) {
      expect(month === 1 ? day >= 21 : month === 2 && day <= 20, `${month}/${day}`).toBe(true);
    }
  });
  it("beyond its table keeps Tết until the latest possible date (20 February)", () => {
    const beyond = Math.max(...Object.keys(LUNAR_NEW_YEAR).map(Number)) + 1;
    expect(seasonAt(vn(`${beyond}-02-20`))).toBe("tet");
    expect(seasonAt(vn(`${beyond}-02-21`))).toBe("travel");
  });
});
