import { z } from "astro/zod";
import { slug } from "./shared.ts";

export const occasionSchema = z.strictObject({
  name: z.string().min(1).describe('Tên dịp, ví dụ "Quà Tết"'),
  summary: z.string().min(20).max(160).describe("Giới thiệu ngắn, tối đa 160 ký tự"),
  order: z.number().int().describe("Thứ tự hiển thị"),
  picks: z.array(slug).default([]).describe("Sản phẩm biên tập viên chọn, hiện trước tiên"),
});

export type OccasionData = z.output<typeof occasionSchema>;
