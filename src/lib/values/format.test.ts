import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatPrice, formatPriceRange } from "./format.ts";

describe("format", () => {
  it("writes prices the Vietnamese way and the English way", () => {
    expect(formatPrice(1250000, "vi")).toBe("1.250.000\u00a0₫");
    expect(formatPrice(1250000, "en")).toBe("VND\u00a01,250,000");
    expect(formatPrice(500, "vi")).toBe("500\u00a0₫");
  });
  it("writes a range once with its currency", () => {
    expect(formatPriceRange(120000, 250000, "vi")).toBe("120.000 – 250.000\u00a0₫");
    expect(formatPriceRange(120000, 120000, "en")).toBe("VND\u00a0120,000");
  });
  it("writes dates as dd/MM/yyyy and 25 Dec 2023", () => {
    const d = new Date(Date.UTC(2023, 11, 25));
    expect(formatDate(d, "vi")).toBe("25/12/2023");
    expect(formatDate(d, "en")).toBe("25 Dec 2023");
    expect(formatDate(new Date(Date.UTC(2025, 6, 1)), "vi")).toBe("01/07/2025");
  });
  it("writes a month (the build month under certificates and in the footer)", () => {
    expect(formatMonth(new Date(Date.UTC(2026, 11, 2)), "vi")).toBe("tháng 12/2026");
    expect(formatMonth(new Date(Date.UTC(2026, 0, 31)), "en")).toBe("Jan 2026");
  });
});
