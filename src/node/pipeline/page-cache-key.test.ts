import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../lib/catalogue/model.ts";
import { siteFrame, type ReusablePage, type SiteFrame } from "../../lib/routing/site-frame.ts";
import { digest, pageCacheKey } from "./page-cache-key.ts";

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

describe("pageCacheKey", () => {
  const cat = (day: string, contactEmail = "bien-tap@vi-du.vn") =>
    ({ locale: "vi", builtAt: new Date(`${day}T00:00:00Z`), contactEmail }) as unknown as Catalogue;
  const page = {
    kind: "info",
    path: "ocop/gioi-thieu",
    locale: "vi",
    alternates: {},
    page: { id: "gioi-thieu" },
  } as unknown as ReusablePage;
  const key = (c: Catalogue, p = page) => pageCacheKey({ page: p, frame: siteFrame(c) });

  it("stays the same from one day to the next within a month, so a daily build reuses pages", () => {
    expect(key(cat("2026-12-02"))).toBe(key(cat("2026-12-31")));
  });

  it("changes with the month the pages show", () => {
    expect(key(cat("2026-12-31"))).not.toBe(key(cat("2027-01-01")));
  });

  it("changes with every field of the frame (the contact e-mail of content/settings/lien-he.md among them)", () => {
    const frame = siteFrame(cat("2026-12-06"));
    const other: Record<keyof SiteFrame, unknown> = {
      locale: "en",
      builtMonth: new Date("2027-01-01"),
      contactEmail: "moi@vi-du.vn",
    };
    expect(Object.keys(frame).sort()).toEqual(Object.keys(other).sort());
    const before = pageCacheKey({ page, frame });
    for (const [field, value] of Object.entries(other))
      expect(pageCacheKey({ page, frame: { ...frame, [field]: value } }), field).not.toBe(before);
  });

  it("changes with the page and with its Open Graph card", () => {
    const frame = siteFrame(cat("2026-12-06"));
    const before = pageCacheKey({ page, frame });
    expect(pageCacheKey({ page: { ...page, path: "ocop/khac" }, frame })).not.toBe(before);
    expect(pageCacheKey({ page, frame, ogImage: "/og/x.png" })).not.toBe(before);
  });
});

describe("digest refuses what it cannot see through", () => {
  it("throws on a Map, a Set, a class instance or a function rather than hashing them as empty", () => {
    class Box {
      value = 1;
    }
    for (const bad of [new Map([["a", 1]]), new Set([1]), new Box(), () => 1])
      expect(() => digest({ nested: [bad] })).toThrow(/plain data/);
  });
});
