/**
 * Reads the first sheet of an .xlsx workbook or a .csv file into rows of trimmed strings, each
 * with its row number as the editor sees it in Excel (row 1 is the header). Dates in Excel date
 * cells become "YYYY-MM-DD"; a hyperlink cell gives its text, and its link address beside it.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { inflateRawSync } from "node:zlib";
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

/**
 * The most an .xlsx may expand to (all its parts uncompressed). A sheet of a few thousand
 * products is a few megabytes; past this, exceljs would hold gigabytes (docs/performance.md).
 */
export const MAX_XLSX_EXPANDED_BYTES = 20 * 1024 * 1024;

export async function readSheet(path: string): Promise<Sheet> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv")
    throw new SheetError(
      `"${path}" không phải tệp .xlsx hay .csv — trong Excel chọn Lưu thành (Save As) › Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8`,
    );
  const bytes = readBytes(path);
  return ext === ".xlsx" ? readXlsx(path, bytes) : readCsv(bytes);
}

/** The file's bytes, or a SheetError that names the file and what to do. */
function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new SheetError(`không tìm thấy tệp "${path}" — kiểm tra tên tệp và thư mục (đường dẫn tính từ ${process.cwd()})`);
    if (code === "EISDIR") throw new SheetError(`"${path}" là một thư mục — ghi đường dẫn đến tệp .xlsx hoặc .csv`);
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY")
      throw new SheetError(`không mở được "${path}" để đọc — đóng tệp trong Excel (hoặc cấp quyền đọc) rồi chạy lại`);
    throw new SheetError(`không đọc được "${path}" (${(error as Error).message}) — chép tệp ra thư mục khác rồi chạy lại`);
  }
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

async function readXlsx(path: string, bytes: Buffer): Promise<Sheet> {
  const expanded = expandedSize(bytes, MAX_XLSX_EXPANDED_BYTES);
  if (expanded === "too large")
    throw new SheetError(
      `"${path}" giải nén ra hơn ${MAX_XLSX_EXPANDED_BYTES / 1024 / 1024} MB — quá lớn cho một bảng danh sách sản phẩm: xoá ảnh, định dạng và các trang tính không cần, hoặc chia thành nhiều tệp`,
    );
  const book = new ExcelJS.Workbook();
  try {
    if (expanded === "not a zip") throw new Error("không phải tệp nén .xlsx");
    // exceljs declares its own Buffer type (an ArrayBuffer); it takes Node's Buffer.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
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

/**
 * The size of every part of a zip (an .xlsx) once uncompressed, found by inflating each part as
 * the central directory lists it with a ceiling on the output, so a file that lies about its
 * sizes cannot expand past `cap` either. "too large" past the cap; "not a zip" when the
 * directory cannot be walked (exceljs then says what is wrong).
 */
export function expandedSize(zip: Buffer, cap: number): number | "too large" | "not a zip" {
  const END = 0x06054b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return "not a zip";
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  // ZIP64: the real count and offset are in the ZIP64 end record, found through its locator.
  if ((count === 0xffff || at === 0xffffffff) && end >= 20 && zip.readUInt32LE(end - 20) === 0x07064b50) {
    const record = Number(zip.readBigUInt64LE(end - 12));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== 0x06064b50) return "not a zip";
    count = Number(zip.readBigUInt64LE(record + 32));
    at = Number(zip.readBigUInt64LE(record + 48));
  }
  let total = 0;
  try {
    for (let n = 0; n < count; n++) {
      if (zip.readUInt32LE(at) !== 0x02014b50) return "not a zip";
      const method = zip.readUInt16LE(at + 10);
      let compressed = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const commentLength = zip.readUInt16LE(at + 32);
      let local = zip.readUInt32LE(at + 42);
      // ZIP64 sizes and offset sit in the extra field (id 1), each only when its 32-bit field is full.
      const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
        if (extra.readUInt16LE(e) !== 1) continue;
        let field = e + 4;
        if (zip.readUInt32LE(at + 24) === 0xffffffff) field += 8;
        if (compressed === 0xffffffff) {
          compressed = Number(extra.readBigUInt64LE(field));
          field += 8;
        }
        if (local === 0xffffffff) local = Number(extra.readBigUInt64LE(field));
      }
      if (zip.readUInt32LE(local) !== 0x04034b50) return "not a zip";
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) total += data.length;
      else if (method === 8) total += inflateRawSync(data, { maxOutputLength: Math.max(1, cap - total + 1) }).length;
      else return "not a zip";
      if (total > cap) return "too large";
      at += 46 + nameLength + extraLength + commentLength;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return "too large";
    return "not a zip";
  }
  return total;
}
