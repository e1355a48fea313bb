import { describe, expect, it } from "vitest";
import { paths, routes, sitemapAlternates, translatePath } from "./routes.ts";

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
    expect(translatePath("", "vi", "en")).toBe("en");
    expect(translatePath("en", "en", "vi")).toBe("");
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
