import { z } from "astro/zod";
import { searchTerms, slug } from "./shared.ts";

export const groupSchema = z.strictObject({
  name: z.string().min(1).describe("Tên nhóm theo Quyết định 148/QĐ-TTg"),
  order: z.number().int().describe("Thứ tự hiển thị"),
  art: z.enum(["food", "drink", "herb", "craft", "plant", "travel"]).describe("Hình minh hoạ dùng khi sản phẩm chưa có ảnh"),
  subgroups: z
    .array(
      z.strictObject({
        id: slug.describe("Mã phân nhóm, chữ thường không dấu, ví dụ gia-vi"),
        name: z.string().min(1).describe("Tên phân nhóm hiển thị"),
      }),
    )
    .default([])
    .describe("Các phân nhóm; sản phẩm chọn một id"),
  searchTerms,
});

export type GroupData = z.output<typeof groupSchema>;
