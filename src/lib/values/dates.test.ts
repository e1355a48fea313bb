import { describe, expect, it } from "vitest";
import { addMonths, parseIsoDate, toIsoDate } from "./dates.ts";

describe("dates", () => {
  it("parses real calendar dates only", () => {
    expect(toIsoDate(parseIsoDate("2025-10-15")!)).toBe("2025-10-15");
    expect(parseIsoDate("2025-02-30")).toBeNull();
    expect(parseIsoDate("15/10/2025")).toBeNull();
    expect(parseIsoDate("2025-1-5")).toBeNull();
  });
  it("adds 36 months, clamping to the end of a shorter month", () => {
    expect(toIsoDate(addMonths(parseIsoDate("2023-12-25")!, 36))).toBe("2026-12-25");
    expect(toIsoDate(addMonths(parseIsoDate("2024-02-29")!, 12))).toBe("2025-02-28");
  });
});
