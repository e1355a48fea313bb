import { z } from "astro/zod";
import { PRODUCER_KINDS } from "./lists.ts";
import { entryName, images, phone, slug, sources, url, type ImageHelper } from "./shared.ts";

const contactsSchema = z
  .strictObject({
    phones: z.array(phone).default([]).describe("Số điện thoại; số di động đầu tiên dùng cho Zalo"),
    email: z.email({ message: "Email không hợp lệ" }).optional().describe("Địa chỉ email liên hệ"),
    website: url.optional().describe("Trang web"),
    facebook: url.optional().describe("Trang Facebook (fanpage)"),
  })
  .default({ phones: [] })
  .describe("Cách liên hệ với chủ thể: điện thoại, email, trang web, Facebook");

const exemplarSchema = z.strictObject({
  title: z.string().min(1).describe('Danh hiệu, ví dụ "Gương điển hình tiên tiến", "Mô hình sản xuất tiêu biểu"'),
  year: z.number().int().min(1990).max(2100).describe("Năm được ghi nhận"),
  awardedBy: z.string().min(1).describe("Cơ quan ghi nhận"),
  source: url.describe("Trang nguồn"),
});

/*
 * The fields that do not depend on the entry's file, made once: Astro calls the schema function
 * once per entry (for its image helper), and a whole schema made per entry cost more than
 * checking the entry. Only the images, which resolve against the entry's file, are made per entry.
 */
const producerFieldsBeforeImages = {
  name: entryName("Tên chủ thể, như trên quyết định"),
  kind: z
    .enum(PRODUCER_KINDS, {
      message: 'Loại chủ thể phải là "hop-tac-xa", "doanh-nghiep", "ho-kinh-doanh", "ca-nhan" hoặc "chua-ro"',
    })
    .describe("Loại chủ thể: hợp tác xã, doanh nghiệp, hộ kinh doanh, cá nhân; chua-ro khi chưa nguồn nào nêu"),
  locality: slug.optional().describe("Xã/phường/đặc khu (tên tệp trong content/localities)"),
  formerAddress: z.string().optional().describe("Địa chỉ cũ trước sáp nhập 01/07/2025"),
  address: z.string().optional().describe("Địa chỉ hiện tại"),
  contacts: contactsSchema,
  founded: z.number().int().min(1900).max(2100).optional().describe("Năm thành lập"),
  exemplar: z.array(exemplarSchema).default([]).describe("Ghi nhận gương điển hình, mô hình tiêu biểu"),
};
const producerFieldsAfterImages = {
  draft: z.boolean().default(false).describe("Bản nháp: không xuất bản"),
  sources,
};

export function producerSchema(image: ImageHelper) {
  return z.strictObject({ ...producerFieldsBeforeImages, images: images(image), ...producerFieldsAfterImages });
}

export type ProducerData = z.output<ReturnType<typeof producerSchema>>;
