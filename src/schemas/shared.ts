/**
 * Shared pieces of every content schema. Pure zod: no astro:content import, so the content
 * check script and vitest use exactly the schemas the build uses.
 */
import { z } from "astro/zod";
import { parseIsoDate } from "../lib/values/dates.ts";
import { parsePhone } from "../lib/values/phone.ts";
import { PRODUCT_KIND_IDS } from "./lists.ts";

/** How a schema receives images: Astro's image() in the build, a plain path in the check script. */
export type ImageHelper = () => z.ZodType;

/** An ASCII kebab-case id, the file name of another entry without ".md". */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ: toi-ly-son)",
});

/**
 * A kind of product (src/schemas/lists.ts PRODUCT_KINDS): what its illustration shows. An unknown
 * value is refused with the whole list, so the editor can pick the right one.
 */
export const productKind = z.enum(PRODUCT_KIND_IDS, {
  error: (issue) =>
    `loại sản phẩm ${JSON.stringify(issue.input)} không có trong danh sách — chọn một trong: ${PRODUCT_KIND_IDS.join(", ")}`,
});

/**
 * The longest name of a product or producer, in characters. The name is shown as a page title
 * and a card heading, and the file name (the page's address) is made from it, so a longer text
 * is a description or a pasted paragraph, not a name. The import, the content check and the CMS
 * all read this one limit.
 */
export const NAME_MAX_LENGTH = 120;

/** The name of a product or producer, as written on the recognition decision. */
export function entryName(description: string) {
  return z
    .string()
    .min(2, { message: "Tên quá ngắn: ghi đủ tên như trên quyết định" })
    .max(NAME_MAX_LENGTH, {
      message: `Tên dài quá ${NAME_MAX_LENGTH} ký tự: ghi tên như trên quyết định, phần mô tả đưa vào tóm tắt hoặc bài viết`,
    })
    .describe(`${description} (tối đa ${NAME_MAX_LENGTH} ký tự)`);
}

/** A calendar date "YYYY-MM-DD" (YAML may already have turned it into a Date). */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) ctx.addIssue({ code: "custom", message: "Ngày không hợp lệ" });
    return value;
  }
  const date = parseIsoDate(value);
  if (!date) {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" không phải ngày hợp lệ: viết dạng YYYY-MM-DD, ví dụ 2025-10-15`,
    });
    return z.NEVER;
  }
  return date;
});

/** A Vietnamese phone number, stored so tel:+84… and zalo.me/84… links can be made. */
export const phone = z
  .string()
  .transform((value, ctx) => {
    const parsed = parsePhone(value);
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" không phải số điện thoại Việt Nam: di động 10 số (09x, 08x, 07x, 05x, 03x) hoặc cố định 11 số (0255…, 0260…)`,
      });
      return z.NEVER;
    }
    return parsed;
  })
  .describe("Số điện thoại Việt Nam, ví dụ 0905 123 456 hoặc 0255 3822 111");

/** A web page (a source, a website): https:// or http:// only, so no javascript:, data: or ftp: link reaches a page. */
export const url = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  message: "Phải là địa chỉ trang web đầy đủ, bắt đầu bằng https:// (hoặc http://), ví dụ https://quangngai.gov.vn/…",
});

/** A map link (Google Maps, OpenStreetMap): https:// only. */
export const mapUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  message: "Liên kết bản đồ phải bắt đầu bằng https://, ví dụ https://maps.app.goo.gl/… hoặc https://www.openstreetmap.org/…",
});

/** A web source that supports the facts of an entry. */
export const source = z.strictObject({
  title: z.string().min(1).describe("Tên nguồn, ví dụ: Báo Nông nghiệp và Môi trường, 16/10/2025"),
  url: url.describe("Địa chỉ trang nguồn"),
});

export const sources = z
  .array(source)
  .min(1, { message: "Cần ít nhất một nguồn (sources) để người đọc kiểm chứng" })
  .describe("Các nguồn công khai xác nhận thông tin của mục này");

const imageAlt = z
  .string({ message: "Thiếu mô tả ảnh (alt): viết một câu tả ảnh cho người không nhìn thấy" })
  .trim()
  .min(1, { message: "Mô tả ảnh (alt) không được để trống" })
  .describe("Mô tả ảnh cho người dùng trình đọc màn hình");

/** An image with its required text alternative. */
function imageEntry(image: ImageHelper) {
  return z.strictObject({
    src: image().describe("Đường dẫn ảnh, tương đối so với tệp Markdown, ví dụ ./toi-ly-son.jpg"),
    alt: imageAlt,
  });
}

export function images(image: ImageHelper) {
  return z.array(imageEntry(image)).default([]).describe("Ảnh, ảnh đầu tiên là ảnh chính");
}

/**
 * Search terms of a group: words visitors type for a kind of product that its name may not hold
 * ("rượu vang" for "Vang sim", "jerky" for "dried beef"). One reviewed list per group (and one per
 * translation of it), never per query: each entry adds its terms to the search index of every
 * product of the group it fits. Entries are matched against the product's Vietnamese name.
 */
export const searchTerms = z
  .array(
    z.strictObject({
      terms: z
        .array(z.string().trim().min(2))
        .min(1)
        .describe("Từ khoá khách hay gõ cho loại sản phẩm này, ví dụ: rượu vang; nước chấm"),
      subgroup: slug.optional().describe("Chỉ áp dụng cho sản phẩm thuộc phân nhóm này (một id của nhóm)"),
      nameContains: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe("Chỉ áp dụng cho sản phẩm có tên tiếng Việt chứa cụm từ này (đủ dấu, ví dụ: tỏi đen)"),
    }),
  )
  .default([])
  .describe("Từ khoá tìm kiếm của nhóm: cả nhóm, một phân nhóm, hoặc sản phẩm có tên chứa một cụm từ");

export type SearchTermsData = z.output<typeof searchTerms>;
