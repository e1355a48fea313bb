/** Retired and renamed products through the pure pipeline: buildCatalogue → queries → sitePages, and the sitemap filter. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "astro/zod";
import { afterAll, describe, expect, it } from "vitest";
import { productSchema } from "../schemas/product.ts";
import { buildCatalogue } from "./build-catalogue.ts";
import type { RawContent } from "./model.ts";
import { productsByGroup } from "./queries.ts";
import { sitePages } from "./site-pages.ts";
import { sitemapFilter } from "./sitemap-filter.ts";

const image = () => z.string();
const source = [{ title: "Nguồn", url: "https://example.vn/a" }];

function product(id: string, input: Record<string, unknown>) {
  const data = productSchema(image).parse({ summary: "Một tóm tắt đủ dài cho kiểm thử.", group: "g", sources: source, ...input });
  return { id, data, rendered: { html: "" } };
}

const raw: RawContent = {
  products: [
    product("song", { name: "Còn bán", redirectFrom: ["ten-cu"] }),
    product("ngung", { name: "Đã ngừng", retired: { date: "2026-01-15", reason: "ngung-ban" } }),
    product("nhap", { name: "Nháp", draft: true, redirectFrom: ["nhap-cu"] }),
  ],
  producers: [],
  localities: [],
  groups: [{ id: "g", data: { name: "Nhóm", order: 1, art: "food", subgroups: [] }, rendered: { html: "" } }],
  occasions: [],
  pages: [],
  translations: [],
};

describe("retired and renamed products", () => {
  const cat = buildCatalogue(raw, "vi", new Date(Date.UTC(2026, 10, 29)));

  it("keeps retired products out of the live list and its queries, but in cat.retired", () => {
    expect(cat.products.map((p) => p.id)).toEqual(["song"]);
    expect(productsByGroup(cat, "g").map((p) => p.id)).toEqual(["song"]);
    expect(cat.retired.map((p) => p.id)).toEqual(["ngung"]);
    expect(cat.retired[0]?.retired?.reason).toBe("ngung-ban");
  });

  it("gives a retired product its page with live related products, and each old slug a redirect page", () => {
    const pages = sitePages(cat);
    const retiredPage = pages.find((p) => p.path === "san-pham/ngung");
    expect(retiredPage?.view === "product" && retiredPage.related.map((p) => p.id)).toEqual(["song"]);
    expect(pages.find((p) => p.path === "san-pham/ten-cu")).toMatchObject({ view: "redirect", to: "san-pham/song" });
    expect(pages.some((p) => p.path === "san-pham/nhap-cu")).toBe(false);
    const list = pages.find((p) => p.view === "productList");
    expect(list?.view === "productList" && list.products.map((p) => p.id)).toEqual(["song"]);
  });
});

describe("sitemapFilter", () => {
  const root = mkdtempSync(join(tmpdir(), "ocop-sitemap-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "products"));
  writeFileSync(join(root, "products/song.md"), "---\nname: Còn bán\nredirectFrom:\n  - ten-cu\n---\n");
  writeFileSync(join(root, "products/ngung.md"), "---\nname: Đã ngừng\nretired:\n  date: 2026-01-15\n  reason: ngung-ban\n---\n");
  const keep = sitemapFilter(root, "/ocop-quang-ngai/");
  const site = "https://vi-du.vn/ocop-quang-ngai/";

  it("drops retired products and redirect pages in both languages, and /admin/", () => {
    for (const path of ["san-pham/ngung/", "en/products/ngung/", "san-pham/ten-cu/", "en/products/ten-cu/", "admin/"]) {
      expect(keep(site + path), path).toBe(false);
    }
  });
  it("keeps every other page", () => {
    for (const path of ["", "san-pham/song/", "en/products/song/", "san-pham/"]) expect(keep(site + path), path).toBe(true);
  });
});
