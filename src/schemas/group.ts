import { z } from "astro/zod";
import { productKind, searchTerms, slug } from "./shared.ts";

export const groupSchema = z.strictObject({
  name: z.string().min(1).describe("Tên nhóm theo Quyết định 148/QĐ-TTg"),
  order: z.number().int().describe("Thứ tự hiển thị"),
  kind: productKind.describe(
    "Loại sản phẩm tiêu biểu của nhóm: hình minh hoạ của nhóm, và loại của sản phẩm không chọn phân nhóm",
  ),
  subgroups: z
    .array(
      z.strictObject({
        id: slug.describe("Mã phân nhóm, chữ thường không dấu, ví dụ gia-vi"),
        name: z.string().min(1).describe("Tên phân nhóm hiển thị"),
        kind: productKind.describe("Loại sản phẩm mặc định của phân nhóm (hình minh hoạ khi sản phẩm chưa có ảnh)"),
      }),
    )
    .default([])
    .describe("Các phân nhóm; sản phẩm chọn một id"),
  searchTerms,
});

export type GroupData = z.output<typeof groupSchema>;
