/**
 * npm run import:template [-- tệp.xlsx] [--content thư-mục]
 * Writes the empty, documented import sheet (default mau-nhap-ocop.xlsx in the current folder).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readImportContent } from "../src/node/import/content.ts";
import { groupsOf } from "../src/node/import/run.ts";
import { writeTemplate } from "../src/node/import/template.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: "string" } } });
const out = resolve(positionals[0] ?? "mau-nhap-ocop.xlsx");
await writeTemplate(out, groupsOf(readImportContent(resolve(values.content ?? "content"))));
console.log(
  `Đã tạo bảng tính mẫu ${out}\nĐiền từ dòng 2, rồi chạy: npm run import -- ${positionals[0] ?? "mau-nhap-ocop.xlsx"} --dry-run`,
);
