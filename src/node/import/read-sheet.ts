/**
 * Reads the first sheet of an .xlsx workbook or a .csv file into rows of trimmed strings, each
 * with its row number as the editor sees it in Excel (row 1 is the header). Dates in Excel date
 * cells become "YYYY-MM-DD"; a hyperlink cell gives its text, and its link address beside it.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { toIsoDate } from "../../lib/values/dates.ts";

export interface SheetRow {
  /** Row number in the sheet, 1-based; the header is row 1. */
  row: number;
  cells: string[];
  /** Link addresses of hyperlink cells, by column index (xlsx only). */
  links: Map<number, string>;
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** A file that cannot be read as a sheet: the message says what to do. */
export class SheetError extends Error {}

export async function readSheet(path: string): Promise<Sheet> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return readXlsx(path);
  if (ext === ".csv") return readCsv(readFileSync(path));
  throw new SheetError(
    `"${path}" không phải tệp .xlsx hay .csv — trong Excel chọn Lưu thành (Save As) › Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8`,
  );
}

function splitHeader(rows: SheetRow[]): Sheet {
  const [first, ...rest] = rows;
  if (!first) throw new SheetError("bảng tính trống — dòng 1 phải là tiêu đề cột (xem npm run import:template)");
  return { header: first.cells, rows: rest.filter((r) => r.cells.some((c) => c !== "")) };
}

/** The text of one Excel cell value, whatever its type. */
function cellText(value: ExcelJS.CellValue): { text: string; link?: string } {
  if (value === null || value === undefined) return { text: "" };
  if (value instanceof Date) return { text: toIsoDate(value) };
  if (typeof value === "object") {
    if ("hyperlink" in value) {
      const text = typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue).text;
      return { text: text.trim(), link: value.hyperlink };
    }
    if ("richText" in value)
      return {
        text: value.richText
          .map((r) => r.text)
          .join("")
          .trim(),
      };
    if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("error" in value) return { text: String(value.error) };
    return { text: "" };
  }
  return { text: String(value).trim() };
}

async function readXlsx(path: string): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch (error) {
    throw new SheetError(
      `không đọc được "${path}" như sổ làm việc Excel (${(error as Error).message}) — mở tệp bằng Excel rồi lưu lại dạng .xlsx`,
    );
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new SheetError(`"${path}" không có trang tính nào — dữ liệu phải ở trang tính đầu tiên`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    const links = new Map<number, string>();
    // row.values is 1-based: index 0 is always empty.
    const values = row.values as ExcelJS.CellValue[];
    for (let col = 1; col < values.length; col++) {
      const { text, link } = cellText(values[col] ?? null);
      cells[col - 1] = text;
      if (link) links.set(col - 1, link);
    }
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? ""), links });
  });
  return splitHeader(rows);
}

/**
 * CSV as Excel writes it: UTF-8 with or without a byte-order mark, cells separated by commas or,
 * in Vietnamese locales, by semicolons (decided from the header line).
 */
export function readCsv(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SheetError(
      "tệp CSV không phải mã UTF-8 (dấu tiếng Việt sẽ hỏng) — trong Excel chọn Lưu thành › CSV UTF-8 (phân cách bằng dấu phẩy)",
    );
  }
  text = text.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw new SheetError(`tệp CSV sai cấu trúc: ${(error as Error).message} — mở bằng Excel rồi lưu lại dạng CSV UTF-8`);
  }
  // One record is one Excel row, even when a cell holds a line break.
  const rows = records.map((cells, i) => ({ row: i + 1, cells, links: new Map<number, string>() }));
  return splitHeader(rows);
}
