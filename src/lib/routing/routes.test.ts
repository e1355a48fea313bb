import { describe, expect, it } from "vitest";
import { firstPagePath, paths, routes, sitemapAlternates, translatePath } from "./routes.ts";

describe("routes", () => {
  it("makes Vietnamese URLs at the root and English ones under /en/", () => {
    expect(routes.home("vi")).toBe("/");
    expect(routes.home("en")).toBe("/en/");
    expect(routes.product("vi", "toi-ly-son")).toBe("/san-pham/toi-ly-son/");
    expect(routes.product("en", "toi-ly-son")).toBe("/en/products/toi-ly-son/");
    expect(routes.list("vi", "products", 2)).toBe("/san-pham/trang/2/");
    expect(routes.list("en", "products", 1)).toBe("/en/products/");
  });
  it("translates a path to its twin in the other language", () => {
    expect(translatePath(paths.entry("vi", "producers", "phu-sinh"), "vi", "en")).toBe("en/producers/phu-sinh");
    expect(translatePath("en/products/page/3", "en", "vi")).toBe("san-pham/trang/3");
    expect(translatePath(paths.entry("vi", "groups", "thuc-pham", 2), "vi", "en")).toBe("en/categories/thuc-pham/page/2");
    expect(translatePath("en/places/ly-son/page/4", "en", "vi")).toBe("dia-phuong/ly-son/trang/4");
    // A slug that happens to be the page word is left alone.
    expect(translatePath("en/places/page", "en", "vi")).toBe("dia-phuong/page");
    expect(translatePath("", "vi", "en")).toBe("en");
    expect(translatePath("en", "en", "vi")).toBe("");
  });
});

describe("firstPagePath", () => {
  it("drops the page number of a numbered page and leaves other paths alone", () => {
    expect(firstPagePath(paths.entry("vi", "occasions", "tet", 3))).toBe("qua-tang/tet");
    expect(firstPagePath("en/products/page/2")).toBe("en/products");
    expect(firstPagePath("en/places/page")).toBe("en/places/page");
    expect(firstPagePath("")).toBe("");
  });
});

describe("sitemapAlternates", () => {
  it("pairs a Vietnamese page with its English twin, base path included", () => {
    expect(sitemapAlternates("https://x.vn/ocop/san-pham/toi/", "/ocop/")).toEqual([
      { lang: "vi", url: "https://x.vn/ocop/san-pham/toi/" },
      { lang: "en", url: "https://x.vn/ocop/en/products/toi/" },
    ]);
    expect(sitemapAlternates("https://x.vn/en/", "/")).toEqual([
      { lang: "vi", url: "https://x.vn/" },
      { lang: "en", url: "https://x.vn/en/" },
    ]);
  });
});
