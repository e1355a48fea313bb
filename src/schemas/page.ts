import { z } from "astro/zod";
import { source } from "./shared.ts";

export const pageSchema = z.strictObject({
  title: z.string().min(1).describe("Tiêu đề trang"),
  summary: z.string().min(20).max(160).describe("Mô tả ngắn, tối đa 160 ký tự"),
  order: z.number().int().describe("Thứ tự trong mục Thông tin OCOP"),
  sources: z.array(source).default([]).describe("Nguồn của các dữ kiện trong trang"),
});

export type PageData = z.output<typeof pageSchema>;
