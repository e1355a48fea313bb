import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../lib/catalogue/model.ts";
import { digest, frameKey } from "./page-cache-key.ts";

describe("digest (page cache keys)", () => {
  const product = () => ({
    id: "toi-ly-son",
    name: "Tỏi Lý Sơn",
    cert: { stars: 4, date: new Date("2024-05-01") },
    tags: ["a", "b"],
  });

  it("is the same for equal values built separately", () => {
    expect(digest({ kind: "product", product: product(), related: [product()] })).toBe(
      digest({ kind: "product", product: product(), related: [product()] }),
    );
  });

  it("changes when any nested value changes, even in an object already hashed", () => {
    const p = product();
    const before = digest({ product: p });
    const changed = product();
    changed.cert.stars = 5;
    expect(digest({ product: changed })).not.toBe(before);
    expect(digest({ product: { ...p, tags: ["a", "c"] } })).not.toBe(before);
    expect(digest({ product: { ...p, cert: { ...p.cert, date: new Date("2024-05-02") } } })).not.toBe(before);
  });

  it("tells apart values JSON tells apart, and ignores what JSON leaves out", () => {
    expect(digest(["1"])).not.toBe(digest([1]));
    expect(digest({ a: null })).not.toBe(digest({}));
    expect(digest({ a: undefined, b: 1 })).toBe(digest({ b: 1 }));
    expect(digest({ a: [] })).not.toBe(digest({ a: {} }));
  });
});

describe("frameKey", () => {
  const cat = (day: string) => ({ locale: "vi", builtAt: new Date(`${day}T00:00:00Z`), localities: [] }) as unknown as Catalogue;

  it("stays the same from one day to the next within a month, so a daily build reuses pages", () => {
    expect(frameKey(cat("2026-12-02"))).toBe(frameKey(cat("2026-12-31")));
  });

  it("changes with the month the pages show", () => {
    expect(frameKey(cat("2026-12-31"))).not.toBe(frameKey(cat("2027-01-01")));
  });
});
