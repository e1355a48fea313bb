import { describe, expect, it } from "vitest";
import { useTranslations } from "../../i18n/index.ts";
import { giftData } from "./gift-data.ts";
import { countText } from "./gift-list.ts";
import type { Catalogue, Product } from "../catalogue/model.ts";
import { parsePhone } from "../values/phone.ts";

const producer = {
  id: "htx-a",
  name: "HTX A",
  contacts: { phones: [parsePhone("0255 3822 111")!, parsePhone("0905 123 456")!] },
};
const product = (id: string, extra: Partial<Product> = {}) =>
  ({ id, name: `SP ${id}`, producer, price: undefined, whereToBuy: [], kind: "toi", ...extra }) as unknown as Product;

describe("giftData", () => {
  const cat = { locale: "vi" } as Catalogue;
  const data = giftData(
    cat,
    [
      product("a", { price: { from: 100000, to: 150000, unit: "hộp" }, shelfLifeDays: 365, shelfLifeVerified: false }),
      product("b", {
        producer: undefined,
        whereToBuy: [{ name: "Chợ Lý Sơn", map: "https://maps.example/x", locality: undefined }],
      }),
    ],
    useTranslations("vi"),
    new Map([["b", "/_astro/b.webp"]]),
  );

  it("keeps only what the list shows, with links, QR and price", () => {
    expect(data.products["a"]).toEqual({
      n: "SP a",
      u: "/san-pham/a/",
      q: "/qr/san-pham/a.svg",
      r: "htx-a",
      p: [100000, 150000],
      pu: "hộp",
      k: 0,
      w: [],
      i: "/illustrations/toi.svg",
    });
    expect(data.products["b"]).toMatchObject({
      i: "/_astro/b.webp",
      r: "",
      p: null,
      k: 1,
      w: [["Chợ Lý Sơn", "", "https://maps.example/x"]],
    });
  });
  it("words each distinct shelf life once, with its certainty, as the product pages do", () => {
    expect(data.facts).toEqual([
      ["typical", "khoảng 365 ngày (thông thường với loại sản phẩm này; xem hạn in trên bao bì)"],
      ["unknown", "chưa xác minh"],
    ]);
  });
  it("gives each producer its tap-to-call links and Zalo on the first mobile", () => {
    expect(data.producers["htx-a"]).toEqual({
      n: "HTX A",
      u: "/nha-san-xuat/htx-a/",
      ph: [
        ["0255 3822 111", "tel:+842553822111"],
        ["0905 123 456", "tel:+84905123456"],
      ],
      z: "https://zalo.me/84905123456",
    });
  });
  it("carries its labels in the page's language", () => {
    expect(data.t.remove).toBe("Bỏ khỏi danh sách quà");
  });

  it("carries the singular of its counts where the language has one, for the list to word 1 and 3 apart", () => {
    const en = giftData({ locale: "en" } as Catalogue, [], useTranslations("en"));
    expect(countText(en.t, "totalUnknown", 1, "en")).toBe("1 product without a known price");
    expect(countText(en.t, "totalUnknown", 3, "en")).toBe("3 products without a known price");
    expect(countText(en.t, "dropped", 1, "en")).toBe("Removed 1 product that is no longer in the catalogue.");
    expect(countText(data.t, "totalUnknown", 1, "vi")).toBe("1 sản phẩm chưa rõ giá");
    expect(Object.keys(data.t).filter((k) => k.endsWith("One"))).toEqual([]);
  });
});
