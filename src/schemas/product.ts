import { z } from "astro/zod";
import { addMonths, buildDate, toIsoDate } from "../lib/values/dates.ts";
import {
  CERTIFICATE_LEVELS,
  CERTIFICATE_VALIDITY_MONTHS,
  EVIDENCE_GRADES,
  RETIRE_REASONS,
  STAR_LEVELS,
  STAR_SCORE_BANDS,
  STORAGE_KINDS,
} from "./lists.ts";
import { entryName, images, isoDate, mapUrl, phone, productKind, slug, sources, url, type ImageHelper } from "./shared.ts";

export const certificateSchema = z
  .strictObject({
    stars: z
      .union(STAR_LEVELS.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>], {
        message: "Số sao OCOP phải là 3, 4 hoặc 5 (1–2 sao không được công nhận)",
      })
      .optional()
      .describe("Hạng sao OCOP: 3, 4 hoặc 5; bỏ trống khi nguồn không nêu hạng sao của sản phẩm"),
    level: z
      .enum(CERTIFICATE_LEVELS, { message: 'Cấp công nhận phải là "huyen", "tinh" hoặc "quoc-gia"' })
      .optional()
      .describe(
        'Cấp công nhận: "huyen" (3 sao, UBND huyện, 2023–06/2025), "tinh" (3–4 sao) hoặc "quoc-gia" (5 sao); bỏ trống khi nguồn không nêu',
      ),
    decision: z.string().min(1).optional().describe('Số quyết định, ví dụ "1898/QĐ-UBND"'),
    decisionDate: isoDate.optional().describe("Ngày ký quyết định công nhận, YYYY-MM-DD"),
    year: z.number().int().min(2018).max(2100).optional().describe("Năm công nhận, khi nguồn không nêu ngày"),
    expiryDate: isoDate.optional().describe("Ngày hết hạn; bỏ trống thì tính bằng ngày quyết định + 36 tháng"),
    round: z.string().optional().describe('Đợt đánh giá, ví dụ "đợt 2 năm 2025"'),
    score: z.number().min(0).max(100).optional().describe("Điểm đánh giá trên thang 100"),
    evidence: z
      .enum(EVIDENCE_GRADES, { message: "Mức bằng chứng phải là A, B1, B2 hoặc C" })
      .describe(
        "Mức bằng chứng: A quyết định đã ký; B1 cơ quan nhà nước hoặc báo chí xác nhận; B2 mới đề xuất (không hiển thị là đã công nhận); C nhà sản xuất tự nêu",
      ),
    source: url.describe("Trang nguồn xác nhận hạng sao"),
  })
  .superRefine((c, ctx) => {
    // Without a date or a year the certificate shows as "chưa xác minh hiệu lực": only the press or a
    // portal may report a recognition without its date; a signed decision (A) has one.
    if (c.evidence === "A" && !c.decisionDate && c.year === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["decisionDate"],
        message:
          'Quyết định đã ký (evidence "A") cần ngày quyết định (decisionDate) hoặc ít nhất năm công nhận (year); nếu chỉ báo chí đưa tin mà không nêu ngày, ghi evidence "B1"',
      });
    }
    const today = buildDate();
    if (c.decisionDate && c.decisionDate > today) {
      ctx.addIssue({
        code: "custom",
        path: ["decisionDate"],
        message: `ngày quyết định ${toIsoDate(c.decisionDate)} ở sau hôm nay (${toIsoDate(today)}) — chép lại ngày ký trên quyết định`,
      });
    }
    if (c.year !== undefined && c.year > today.getUTCFullYear()) {
      ctx.addIssue({
        code: "custom",
        path: ["year"],
        message: `năm công nhận ${c.year} chưa tới — chép lại năm trên quyết định hoặc bài báo nguồn`,
      });
    }
    if (c.decisionDate && c.expiryDate && c.expiryDate <= c.decisionDate) {
      ctx.addIssue({
        code: "custom",
        path: ["expiryDate"],
        message: "Ngày hết hạn phải sau ngày quyết định; bỏ trống để tự tính 36 tháng",
      });
    }
    if (c.score !== undefined && c.stars !== undefined) {
      const [min, max] = STAR_SCORE_BANDS[c.stars];
      if (c.score < min || c.score > max) {
        ctx.addIssue({
          code: "custom",
          path: ["score"],
          message: `Điểm ${c.score} không khớp hạng ${c.stars} sao (${min}–${Math.floor(max)} điểm)`,
        });
      }
    }
  })
  .transform((c) => ({
    ...c,
    expiryDate: c.expiryDate ?? (c.decisionDate ? addMonths(c.decisionDate, CERTIFICATE_VALIDITY_MONTHS) : undefined),
  }));

const priceSchema = z
  .strictObject({
    from: z
      .number()
      .int()
      .positive({ message: "Giá phải là số đồng dương, không dấu chấm: 120000" })
      .describe("Giá thấp nhất, số đồng không dấu chấm, ví dụ 120000"),
    to: z.number().int().positive().optional().describe("Giá cao nhất khi có nhiều quy cách; bỏ trống nếu chỉ một giá"),
    unit: z.string().min(1).describe('Đơn vị bán, ví dụ "hộp 500 g"'),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    path: ["to"],
    message: "Giá đến (to) phải lớn hơn hoặc bằng giá từ (from)",
  })
  .describe("Giá bán tham khảo, đồng (VND)");

const shopSchema = z.strictObject({
  name: z.string().min(1).describe("Tên điểm bán"),
  address: z.string().optional().describe("Địa chỉ điểm bán"),
  locality: slug.optional().describe("Xã/phường của điểm bán (tên tệp trong content/localities)"),
  phone: phone.optional(),
  map: mapUrl.optional().describe("Liên kết bản đồ (Google Maps, OpenStreetMap…), bắt đầu bằng https://"),
});

const retiredSchema = z
  .strictObject({
    date: isoDate.describe("Ngày ngừng giới thiệu sản phẩm, YYYY-MM-DD"),
    reason: z
      .enum(RETIRE_REASONS, { message: 'Lý do phải là "mat-chung-nhan" hoặc "ngung-ban"' })
      .describe('Lý do: "mat-chung-nhan" mất hoặc hết hạn chứng nhận OCOP; "ngung-ban" không còn sản xuất, không còn bán'),
    note: z.string().min(1).optional().describe("Giải thích thêm cho người đọc, một câu"),
  })
  .describe("Ngừng giới thiệu: trang vẫn giữ địa chỉ cũ và nói rõ lý do, nhưng sản phẩm rời danh sách, tìm kiếm và sitemap");

/*
 * The fields that do not depend on the entry's file, made once: Astro calls the schema function
 * once per entry (for its image helper), and a whole schema made per entry cost more than
 * checking the entry. Only the images, which resolve against the entry's file, are made per entry.
 */
const productFieldsBeforeImages = {
  name: entryName("Tên sản phẩm, như trên quyết định công nhận"),
  summary: z
    .string()
    .min(20, { message: "Tóm tắt quá ngắn: viết 1–2 câu (20–160 ký tự)" })
    .max(160, { message: "Tóm tắt dài quá 160 ký tự: rút gọn lại (đây cũng là mô tả cho Google)" })
    .describe("Tóm tắt 1–2 câu, tối đa 160 ký tự; dùng làm mô tả trang"),
  group: slug.describe("Nhóm sản phẩm OCOP (tên tệp trong content/groups)"),
  subgroup: slug.optional().describe("Phân nhóm, một id trong danh sách subgroups của nhóm"),
  kind: productKind
    .optional()
    .describe("Loại sản phẩm (tỏi, tỏi đen, nước mắm…): chọn hình minh hoạ khi chưa có ảnh; bỏ trống thì theo phân nhóm"),
  producer: slug.optional().describe("Chủ thể sản xuất (tên tệp trong content/producers)"),
  locality: slug.optional().describe("Xã/phường/đặc khu (tên tệp trong content/localities)"),
  formerAddress: z.string().optional().describe('Địa chỉ cũ trước sáp nhập 01/07/2025, ví dụ "xã Đức Nhuận, huyện Mộ Đức"'),
  ocop: certificateSchema
    .optional()
    .describe(
      "Chứng nhận OCOP; bỏ trống với đặc sản chưa được công nhận. Khi nguồn chỉ nói sản phẩm đạt OCOP mà không nêu ngày hay năm, vẫn ghi (evidence B1, source): trang hiện “chưa xác minh hiệu lực”",
    ),
  price: priceSchema.optional(),
  netWeight: z.string().optional().describe('Khối lượng tịnh, quy cách đóng gói, ví dụ "hộp 500 g"'),
  weightGrams: z.number().int().positive().optional().describe("Khối lượng một gói tính bằng gam, để biết có dễ mang theo không"),
  shelfLifeDays: z.number().int().positive().optional().describe("Hạn sử dụng tính bằng ngày"),
  shelfLifeVerified: z
    .boolean()
    .default(false)
    .describe("true khi hạn sử dụng lấy từ nhãn sản phẩm; false khi là hạn thông thường của loại sản phẩm (hiện là tham khảo)"),
  storage: z
    .enum(STORAGE_KINDS, { message: 'Bảo quản phải là "thuong", "mat", "tu-lanh" hoặc "dong-lanh"' })
    .optional()
    .describe('Cách bảo quản: "thuong" nhiệt độ phòng, "mat" nơi thoáng mát, "tu-lanh", "dong-lanh"'),
  storageNote: z.string().optional().describe("Ghi chú bảo quản thêm"),
  occasions: z.array(slug).default([]).describe("Dịp tặng quà (tên tệp trong content/occasions)"),
};
const productFieldsAfterImages = {
  whereToBuy: z.array(shopSchema).default([]).describe("Nơi mua"),
  featured: z.boolean().default(false).describe("Nổi bật trên trang chủ"),
  draft: z.boolean().default(false).describe("Bản nháp: không xuất bản"),
  updated: isoDate.optional().describe("Ngày cập nhật thông tin gần nhất"),
  retired: retiredSchema.optional(),
  redirectFrom: z
    .array(slug)
    .default([])
    .describe("Tên tệp cũ (không có .md) khi đổi tên tệp: địa chỉ cũ tự chuyển về trang này"),
  sources,
};

export function productSchema(image: ImageHelper) {
  return z.strictObject({ ...productFieldsBeforeImages, images: images(image), ...productFieldsAfterImages });
}

export type ProductData = z.output<ReturnType<typeof productSchema>>;
export type Certificate = z.output<typeof certificateSchema>;
export type Retirement = z.output<typeof retiredSchema>;
