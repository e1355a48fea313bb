import { describe, expect, it } from "vitest";
import { productSchema } from "../../schemas/product.ts";
import { producerSchema } from "../../schemas/producer.ts";
import { z } from "astro/zod";
import { buildCatalogue } from "./build-catalogue.ts";
import type { RawContent } from "./model.ts";

const image = () => z.string();
const today = new Date(Date.UTC(2026, 10, 29));
const source = [{ title: "Nguồn", url: "https://example.vn/a" }];

function product(id: string, input: Record<string, unknown>) {
  const data = productSchema(image).parse({
    summary: "Một tóm tắt đủ dài cho kiểm thử sản phẩm.",
    group: "thuc-pham",
    sources: source,
    ...input,
  });
  return { id, data, rendered: { html: `<p>${id} vi</p>` } };
}

function raw(): RawContent {
  return {
    products: [
      product("ca", {
        name: "Cá bống",
        ocop: { stars: 3, level: "tinh", year: 2022, evidence: "B1", source: "https://example.vn/a" },
      }),
      product("toi", {
        name: "Tỏi",
        producer: "ps",
        locality: "ly-son",
        occasions: ["tet"],
        ocop: { stars: 5, level: "quoc-gia", decisionDate: "2025-06-01", evidence: "A", source: "https://example.vn/a" },
      }),
      product("nhap", { name: "Bản nháp", draft: true }),
      product("gao", {
        name: "Gạo",
        ocop: { stars: 4, level: "tinh", decisionDate: "2025-10-15", evidence: "B1", source: "https://example.vn/a" },
      }),
    ],
    producers: [
      {
        id: "ps",
        data: producerSchema(image).parse({ name: "Phú Sinh", kind: "doanh-nghiep", locality: "ly-son", sources: source }),
        rendered: { html: "" },
      },
    ],
    localities: [
      {
        id: "ly-son",
        data: { name: "Lý Sơn", code: "21548", kind: "dac-khu", region: "dong", formerNames: ["huyện Lý Sơn"], sources: [] },
      },
    ],
    groups: [
      {
        id: "thuc-pham",
        data: { name: "Thực phẩm", order: 1, kind: "toi", subgroups: [], searchTerms: [] },
        rendered: { html: "" },
      },
    ],
    occasions: [
      {
        id: "tet",
        data: { name: "Quà Tết", summary: "Quà Tết từ sản phẩm OCOP.", order: 1, picks: ["toi"] },
        rendered: { html: "" },
      },
    ],
    pages: [],
    translations: [
      {
        id: "en/products/toi",
        data: { name: "Lý Sơn garlic", summary: "Garlic from Lý Sơn island, grown on volcanic soil." },
        rendered: { html: "<p>en</p>" },
      },
    ],
    settings: [],
    contact: [],
  };
}

describe("buildCatalogue", () => {
  it("gives each product its own kind, else its sub-group's, else its group's", () => {
    const content = raw();
    content.groups = [
      {
        id: "thuc-pham",
        data: {
          name: "Thực phẩm",
          order: 1,
          kind: "toi",
          subgroups: [{ id: "gia-vi", name: "Gia vị", kind: "muoi" }],
          searchTerms: [],
        },
        rendered: { html: "" },
      },
    ];
    content.products = [
      product("muoi", { name: "Muối", subgroup: "gia-vi" }),
      product("toi-den", { name: "Tỏi đen", subgroup: "gia-vi", kind: "toi-den" }),
      product("khac", { name: "Không phân nhóm" }),
    ];
    const kinds = Object.fromEntries(buildCatalogue(content, "vi", today).products.map((p) => [p.id, p.kind]));
    expect(kinds).toEqual({ muoi: "muoi", "toi-den": "toi-den", khac: "toi" });
  });

  it("resolves references, drops drafts and lists certified products first, by stars", () => {
    const cat = buildCatalogue(raw(), "vi", today);
    expect(cat.products.map((p) => p.id)).toEqual(["toi", "gao", "ca"]);
    const toi = cat.products[0]!;
    expect(toi.producer?.name).toBe("Phú Sinh");
    expect(toi.locality?.formerNames).toEqual(["huyện Lý Sơn"]);
    expect(toi.occasions.map((o) => o.name)).toEqual(["Quà Tết"]);
    expect(cat.products.find((p) => p.id === "ca")?.cert.status).toBe("expired");
  });

  it("describes a place in English when its description is translated, else in Vietnamese marked lang vi", () => {
    const content = raw();
    content.localities = [
      { id: "ly-son", data: content.localities[0]!.data, rendered: { html: "<p>Đặc khu Lý Sơn.</p>" } },
      {
        id: "tra-bong",
        data: { name: "Trà Bồng", code: "20000", kind: "xa", region: "dong", formerNames: [], sources: [] },
        rendered: { html: "<p>Xã Trà Bồng.</p>" },
      },
    ];
    content.translations.push({ id: "en/localities/ly-son", data: {}, rendered: { html: "<p>Lý Sơn special zone.</p>" } });
    const en = new Map(buildCatalogue(content, "en", today).localities.map((l) => [l.id, l]));
    expect(en.get("ly-son")).toMatchObject({ name: "Lý Sơn", html: "<p>Lý Sơn special zone.</p>", lang: "en" });
    expect(en.get("tra-bong")).toMatchObject({ html: "<p>Xã Trà Bồng.</p>", lang: "vi" });
    // Products and producers point to the same place, in the page's language.
    expect(buildCatalogue(content, "en", today).products.find((p) => p.id === "toi")?.locality?.lang).toBe("en");
    expect(buildCatalogue(content, "vi", today).localities.find((l) => l.id === "ly-son")).toMatchObject({
      html: "<p>Đặc khu Lý Sơn.</p>",
      lang: "vi",
    });
  });

  it("uses an English translation's text but keeps the facts", () => {
    const cat = buildCatalogue(raw(), "en", today);
    const toi = cat.products.find((p) => p.id === "toi")!;
    expect(toi).toMatchObject({ name: "Lý Sơn garlic", lang: "en", html: "<p>en</p>" });
    expect(toi.cert.stars).toBe(5);
  });

  it("falls back to the Vietnamese text, marked as Vietnamese, when no translation exists", () => {
    const gao = buildCatalogue(raw(), "en", today).products.find((p) => p.id === "gao")!;
    expect(gao).toMatchObject({ name: "Gạo", lang: "vi", html: "<p>gao vi</p>" });
  });
});
