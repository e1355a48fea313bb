/**
 * The columns of an import sheet: their Vietnamese headers, what each holds and which values it
 * takes (the template's help sheet is written from this list), and the matching of a sheet's
 * header row to them, case- and diacritic-insensitively and in any order.
 */
import { foldKey } from "../../lib/values/fold.ts";
import { NAME_MAX_LENGTH } from "../../schemas/shared.ts";

export type ColumnKey =
  | "stt"
  | "name"
  | "producer"
  | "producerKind"
  | "locality"
  | "formerAddress"
  | "stars"
  | "level"
  | "decision"
  | "decisionDate"
  | "year"
  | "group"
  | "subgroup"
  | "kind"
  | "summary"
  | "source";

export interface Column {
  key: ColumnKey;
  header: string;
  /** Whether every row must fill this cell. */
  required: boolean;
  help: string;
  allowed: string;
  example: string;
  /** Width in the template, in characters. */
  width: number;
}

export const COLUMNS: readonly Column[] = [
  {
    key: "stt",
    header: "STT",
    required: false,
    help: "Số thứ tự, chỉ để đối chiếu; không được nhập",
    allowed: "bất kỳ",
    example: "1",
    width: 6,
  },
  {
    key: "name",
    header: "Tên sản phẩm",
    required: true,
    help: "Tên sản phẩm đúng như trên quyết định; tên tệp (địa chỉ trang) lấy từ tên này",
    allowed: `chữ, 2–${NAME_MAX_LENGTH} ký tự`,
    example: "Hành tím Bình Hải",
    width: 32,
  },
  {
    key: "producer",
    header: "Chủ thể",
    required: false,
    help: "Tên chủ thể như trên quyết định (hoặc tên tệp trong content/producers); chủ thể chưa có sẽ được tạo mới",
    allowed: `chữ, 2–${NAME_MAX_LENGTH} ký tự`,
    example: "Hợp tác xã Nông nghiệp Bình Hải",
    width: 32,
  },
  {
    key: "producerKind",
    header: "Loại chủ thể",
    required: false,
    help: "Cần khi chủ thể chưa có trên trang; bỏ trống thì đoán từ tên (Hợp tác xã…, Công ty…, Hộ kinh doanh…), không đoán được thì trang ghi loại chưa rõ",
    allowed: "hợp tác xã, doanh nghiệp, hộ kinh doanh, cá nhân, chưa rõ",
    example: "hợp tác xã",
    width: 16,
  },
  {
    key: "locality",
    header: "Xã/phường",
    required: false,
    help: "Xã, phường hoặc đặc khu hiện nay (sau 01/07/2025); bỏ trống thì lấy theo Địa chỉ cũ",
    allowed: "tên một xã/phường/đặc khu của tỉnh, có hoặc không kèm chữ xã/phường",
    example: "Vạn Tường",
    width: 18,
  },
  {
    key: "formerAddress",
    header: "Địa chỉ cũ",
    required: false,
    help: "Địa chỉ trước 01/07/2025, như trên quyết định cũ; dùng để tìm xã/phường mới khi ô Xã/phường trống",
    allowed: "xã/phường/thị trấn, huyện cũ, cách nhau bằng dấu phẩy",
    example: "xã Bình Hải, huyện Bình Sơn",
    width: 32,
  },
  {
    key: "stars",
    header: "Hạng sao",
    required: false,
    help: "Hạng sao OCOP được công nhận; nguồn chỉ nêu cấp công nhận thì để trống và ghi ô Cấp công nhận (trang không hiển thị hạng sao)",
    allowed: "3, 4 hoặc 5",
    example: "3",
    width: 10,
  },
  {
    key: "level",
    header: "Cấp công nhận",
    required: false,
    help: "Cấp ra quyết định; bỏ trống thì 5 sao là quốc gia, 3–4 sao là tỉnh",
    allowed: "huyện (chỉ 3 sao, 2023–06/2025), tỉnh (3–4 sao), quốc gia (5 sao)",
    example: "tỉnh",
    width: 14,
  },
  {
    key: "decision",
    header: "Số quyết định",
    required: false,
    help: "Số hiệu quyết định công nhận",
    allowed: "chữ",
    example: "1898/QĐ-UBND",
    width: 16,
  },
  {
    key: "decisionDate",
    header: "Ngày quyết định",
    required: false,
    help: "Ngày ký quyết định; thiếu cả ô này lẫn ô Năm thì trang ghi chứng nhận là chưa xác minh hiệu lực",
    allowed: "ô ngày của Excel, dd/mm/yyyy hoặc yyyy-mm-dd",
    example: "15/10/2025",
    width: 16,
  },
  {
    key: "year",
    header: "Năm",
    required: false,
    help: "Năm công nhận, khi không biết ngày quyết định",
    allowed: "4 chữ số, từ 2018",
    example: "2025",
    width: 8,
  },
  {
    key: "group",
    header: "Nhóm",
    required: true,
    help: "Nhóm sản phẩm OCOP, tên như trên trang hoặc tên tệp trong content/groups",
    allowed: "một trong sáu nhóm (xem trang Nhóm)",
    example: "Thực phẩm",
    width: 16,
  },
  {
    key: "subgroup",
    header: "Phân nhóm",
    required: false,
    help: "Phân nhóm thuộc nhóm trên, tên như trên trang hoặc id",
    allowed: "một phân nhóm của nhóm (xem trang Nhóm)",
    example: "Gia vị khác (muối, hành, tỏi, tiêu…)",
    width: 24,
  },
  {
    key: "kind",
    header: "Loại sản phẩm",
    required: false,
    help: "Sản phẩm là gì (tỏi, tỏi đen, nước mắm…): chọn hình minh hoạ khi chưa có ảnh; bỏ trống thì theo phân nhóm",
    allowed: 'một loại trong trang "Loại sản phẩm" của mẫu (tên hoặc mã)',
    example: "Tỏi đen",
    width: 18,
  },
  {
    key: "summary",
    header: "Tóm tắt",
    required: false,
    help: "1–2 câu giới thiệu; bỏ trống thì hệ thống viết một câu từ tên, chủ thể, xã, hạng sao và năm",
    allowed: "20–160 ký tự",
    example: "",
    width: 40,
  },
  {
    key: "source",
    header: "Nguồn",
    required: true,
    help: "Địa chỉ trang công khai xác nhận sản phẩm (quyết định, cổng thông tin, báo); dòng không có nguồn bị từ chối",
    allowed: "địa chỉ web bắt đầu bằng https:// hoặc http://",
    example: "https://quangngai.gov.vn/…",
    width: 40,
  },
];

/** Columns a sheet must have (either column of a pair will do). */
export const REQUIRED_COLUMNS: readonly (readonly ColumnKey[])[] = [
  ["name"],
  ["stars"],
  ["group"],
  ["source"],
  ["locality", "formerAddress"],
  ["decisionDate", "year"],
];

export function columnOf(key: ColumnKey): Column {
  return COLUMNS.find((c) => c.key === key)!;
}

export interface HeaderMatch {
  /** Column index in the sheet of each known column present. */
  index: Map<ColumnKey, number>;
  /** Headers that name no known column: reported and ignored. */
  unknown: string[];
  /** Problems that stop the import: a missing or repeated column. */
  problems: string[];
}

export function matchHeader(header: readonly string[]): HeaderMatch {
  const byKey = new Map(COLUMNS.map((c) => [foldKey(c.header), c]));
  const index = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  const problems: string[] = [];
  header.forEach((text, i) => {
    if (text.trim() === "") return;
    const column = byKey.get(foldKey(text));
    if (!column) {
      unknown.push(text);
      return;
    }
    const twin = index.get(column.key);
    if (twin !== undefined) {
      problems.push(
        `dòng 1 — cột "${column.header}" có hai lần (cột ${letter(twin)} và ${letter(i)}) — xoá hoặc đổi tên một cột`,
      );
      return;
    }
    index.set(column.key, i);
  });
  for (const keys of REQUIRED_COLUMNS) {
    if (keys.some((k) => index.has(k))) continue;
    const names = keys.map((k) => `"${columnOf(k).header}"`).join(" hoặc ");
    problems.push(`dòng 1 — thiếu cột ${names} — thêm cột này vào dòng tiêu đề (xem npm run import:template)`);
  }
  return { index, unknown, problems };
}

/** Excel's column letter for a 0-based index: 0 → A, 26 → AA. */
export function letter(i: number): string {
  let n = i + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
