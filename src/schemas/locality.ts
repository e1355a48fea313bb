import { z } from "astro/zod";
import { LOCALITY_KINDS, REGIONS } from "./lists.ts";
import { source } from "./shared.ts";

export const localitySchema = z.strictObject({
  name: z.string().min(1).describe('Tên đơn vị, không kèm loại: "Lý Sơn", "Cẩm Thành"'),
  code: z
    .string({ message: 'Mã đơn vị phải là chữ, viết trong ngoặc kép — sửa thành code: "21548" (mã 5 chữ số của đơn vị)' })
    .regex(/^\d{5}$/, {
      message:
        'Mã đơn vị phải gồm đúng 5 chữ số, trong ngoặc kép — chép mã của đơn vị trong Công văn 1027/CTK-CSCL, ví dụ code: "21548"',
    })
    .describe(
      'Mã đơn vị hành chính mới (5 chữ số, theo Công văn 1027/CTK-CSCL), trong ngoặc kép: "21548". Bản đồ tìm ranh giới của đơn vị theo mã này (data/geo/)',
    ),
  kind: z
    .enum(LOCALITY_KINDS, { message: 'Loại đơn vị phải là "xa", "phuong" hoặc "dac-khu"' })
    .describe("xa, phuong hoặc dac-khu"),
  region: z
    .enum(REGIONS, { message: 'Khu vực phải là "dong" (Quảng Ngãi cũ) hoặc "tay" (Kon Tum cũ)' })
    .describe("dong: phía Đông (Quảng Ngãi cũ); tay: phía Tây (Kon Tum cũ)"),
  formerNames: z
    .array(z.string().min(1))
    .default([])
    .describe('Tên cũ trước 01/07/2025, kèm huyện: "xã Bình Thạnh, huyện Bình Sơn"'),
  sources: z.array(source).default([]).describe("Nguồn về việc sắp xếp đơn vị hành chính"),
});

export type LocalityData = z.output<typeof localitySchema>;
