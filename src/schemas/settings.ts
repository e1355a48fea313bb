import { z } from "astro/zod";
import { slug } from "./shared.ts";

/**
 * Site-wide settings that editors change (content/settings/qua-tang.md): the price bands of the
 * gift guides and which occasion is the Tết guide.
 */
export const giftSettingsSchema = z.strictObject({
  priceBands: z
    .array(z.number().int().positive({ message: "Mốc giá phải là số đồng dương, không dấu chấm: 200000" }))
    .min(1, { message: "Cần ít nhất một mốc giá, ví dụ [200000, 500000]" })
    .refine((a) => a.every((v, i) => i === 0 || v > (a[i - 1] ?? 0)), {
      message: "Các mốc giá phải tăng dần và không trùng: [200000, 500000]",
    })
    .describe(
      "Mốc chia nhóm giá trong cẩm nang quà tặng, đồng, tăng dần: [200000, 500000] → dưới 200.000, 200.000–500.000, trên 500.000",
    ),
  tetOccasion: slug.describe(
    "Dịp Tết (tên tệp trong content/occasions): trang chủ giới thiệu cẩm nang này từ 1/12 đến mùng 1 Tết",
  ),
});

export type GiftSettingsData = z.output<typeof giftSettingsSchema>;

/**
 * The catalogue team's contact (content/settings/lien-he.md): where the "suggest a correction"
 * links of product and producer pages send their e-mail, also shown on the about page.
 */
export const contactSettingsSchema = z.strictObject({
  email: z
    .email({ message: "Địa chỉ email không hợp lệ — viết dạng ten@ten-mien.vn, không có khoảng trắng" })
    .describe(
      "Email của nhóm biên tập trang: nơi nhận thư báo thông tin sai / bổ sung từ các trang sản phẩm và nhà sản xuất; hiện trên trang Giới thiệu",
    ),
});

export type ContactSettingsData = z.output<typeof contactSettingsSchema>;
