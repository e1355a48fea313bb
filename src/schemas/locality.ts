import { z } from "astro/zod";
import { LOCALITY_KINDS, REGIONS } from "./lists.ts";
import { source } from "./shared.ts";

export const localitySchema = z.strictObject({
  name: z.string().min(1).describe('Tên đơn vị, không kèm loại: "Lý Sơn", "Cẩm Thành"'),
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
