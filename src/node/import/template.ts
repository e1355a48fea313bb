/**
 * The empty import template: a first sheet with the header row (and drop-down lists for the
 * closed columns), a second sheet explaining every column, a third with the groups and
 * sub-groups of the content folder and a fourth with the kinds of product, as they may be
 * written in the sheet.
 */
import ExcelJS from "exceljs";
import { COLUMNS, letter } from "./columns.ts";
import type { GroupRef } from "./rows.ts";
import { productKindLabels } from "./kinds.ts";

export const TEMPLATE_SHEET = "Nhập OCOP";

const LISTS: Partial<Record<string, string>> = {
  "Hạng sao": '"3,4,5"',
  "Cấp công nhận": '"huyện,tỉnh,quốc gia"',
  "Loại chủ thể": '"hợp tác xã,doanh nghiệp,hộ kinh doanh,cá nhân,chưa rõ"',
};

export async function writeTemplate(path: string, groups: readonly GroupRef[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = "OCOP Quảng Ngãi";
  const sheet = book.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const col = letter(i);
    sheet.getCell(`${col}1`).note = `${c.help}. Giá trị: ${c.allowed}.${c.required ? " Bắt buộc." : ""}`;
    const list = LISTS[c.header];
    for (let row = 2; row <= 1000; row++) {
      const cell = sheet.getCell(`${col}${row}`);
      if (list) cell.dataValidation = { type: "list", allowBlank: true, formulae: [list] };
      if (c.key === "decisionDate") cell.numFmt = "dd/mm/yyyy";
      if (c.key === "decision" || c.key === "stt") cell.numFmt = "@";
    }
  });

  const help = book.addWorksheet("Hướng dẫn");
  help.columns = [
    { header: "Cột", width: 18 },
    { header: "Bắt buộc", width: 10 },
    { header: "Ý nghĩa", width: 70 },
    { header: "Giá trị cho phép", width: 50 },
    { header: "Ví dụ", width: 30 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of COLUMNS) help.addRow([c.header, c.required ? "có" : "", c.help, c.allowed, c.example]);
  help.addRow([]);
  for (const note of [
    "Dòng 1 là tiêu đề; các cột xếp theo thứ tự nào cũng được, viết hoa hay không dấu đều nhận.",
    'Cần ô "Xã/phường" hoặc ô "Địa chỉ cũ". Nguồn thiếu hạng sao, ngày hay năm, hoặc chỉ nêu huyện cũ thì vẫn nhập được: lệnh in "Lưu ý" cho từng chỗ thiếu.',
    "Có bất kỳ lỗi nào thì không ghi gì; mọi lỗi được liệt kê cùng lúc theo dòng và cột.",
    "Nhập lại cùng bảng tính không thay đổi gì. Câu chuyện, ảnh, giá, liên hệ đã viết trên trang không bao giờ bị ghi đè.",
    "Chạy thử trước: npm run import -- tệp.xlsx --dry-run",
  ]) {
    help.addRow([note]);
  }
  help.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  const list = book.addWorksheet("Nhóm và phân nhóm");
  list.columns = [
    { header: "Nhóm", width: 28 },
    { header: "Phân nhóm", width: 48 },
  ];
  list.getRow(1).font = { bold: true };
  for (const g of groups) {
    list.addRow([g.name, ""]).font = { bold: true };
    for (const s of g.subgroups) list.addRow([g.name, s.name]);
  }

  const kinds = book.addWorksheet("Loại sản phẩm");
  kinds.columns = [
    { header: "Loại sản phẩm", width: 28 },
    { header: "Mã", width: 22 },
  ];
  kinds.getRow(1).font = { bold: true };
  for (const k of productKindLabels()) kinds.addRow([k.label, k.id]);
  await book.xlsx.writeFile(path);
}
