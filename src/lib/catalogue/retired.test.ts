/** Retired and renamed products through the pure pipeline: buildCatalogue → queries → sitePages. */
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { productSchema } from "../../schemas/product.ts";
import { buildCatalogue } from "./build-catalogue.ts";
import type { RawContent } from "./model.ts";
import { productsByGroup } from "./queries.ts";
import { isListed, sitePages } from "../routing/site-pages.ts";

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
    product("mat", {
      name: "Mất chứng nhận",
      retired: { date: "2026-02-01", reason: "mat-chung-nhan" },
      ocop: { stars: 4, level: "tinh", decisionDate: "2025-10-15", evidence: "A", source: "https://example.vn/a" },
    }),
    product("nhap", { name: "Nháp", draft: true, redirectFrom: ["nhap-cu"] }),
  ],
  producers: [],
  localities: [],
  groups: [{ id: "g", data: { name: "Nhóm", order: 1, kind: "toi", subgroups: [], searchTerms: [] }, rendered: { html: "" } }],
  occasions: [],
  pages: [],
  translations: [],
  settings: [],
  contact: [],
};

describe("retired and renamed products", () => {
  const cat = buildCatalogue(raw, "vi", new Date(Date.UTC(2026, 10, 29)));

  it("keeps retired products out of the live list and its queries, but in cat.retired", () => {
    expect(cat.products.map((p) => p.id)).toEqual(["song"]);
    expect(productsByGroup(cat, "g").map((p) => p.id)).toEqual(["song"]);
    expect(cat.retired.map((p) => p.id).sort()).toEqual(["mat", "ngung"]);
    expect(cat.retired.find((p) => p.id === "ngung")?.retired?.reason).toBe("ngung-ban");
  });

  it("never shows the certificate of a product retired for losing it as valid", () => {
    const lost = cat.retired.find((p) => p.id === "mat");
    expect(lost?.cert).toMatchObject({ status: "expired", stars: null });
  });

  it("gives a retired product its page with live related products, and each old slug a redirect page", () => {
    const pages = sitePages(cat);
    const retiredPage = pages.find((p) => p.path === "san-pham/ngung");
    expect(retiredPage?.kind === "product" && retiredPage.related.map((p) => p.id)).toEqual(["song"]);
    expect(pages.find((p) => p.path === "san-pham/ten-cu")).toMatchObject({ kind: "redirect", to: "san-pham/song" });
    expect(pages.some((p) => p.path === "san-pham/nhap-cu")).toBe(false);
    const list = pages.find((p) => p.kind === "productList");
    expect(list?.kind === "productList" && list.products.map((p) => p.id)).toEqual(["song"]);
  });

  it("leaves retired products out of the sitemap but keeps live ones in it", () => {
    const pages = sitePages(cat);
    const listed = (path: string) => isListed(pages.find((p) => p.path === path)!);
    expect(listed("san-pham/ngung")).toBe(false);
    expect(listed("san-pham/song")).toBe(true);
    expect(listed("san-pham/ten-cu")).toBe(false);
  });
});
