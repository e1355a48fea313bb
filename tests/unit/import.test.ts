/**
 * npm run import against throw-away copies of a fixture content folder: a committed CSV (BOM,
 * semicolons, CRLF) of good rows, and .xlsx sheets written here with exceljs (date cells,
 * hyperlinks, every kind of bad cell, duplicates, a split commune).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/build/import/columns.ts";
import { readImportContent } from "../../src/build/import/content.ts";
import { groupsOf, runImport } from "../../src/build/import/run.ts";
import { writeTemplate } from "../../src/build/import/template.ts";
import { readData } from "../../src/build/content/files.ts";
import { importContentCopy, snapshot } from "../../scripts/lib/import-fixture.ts";

const ROOT = join(import.meta.dirname, "../..");
const CSV = join(ROOT, "tests/fixtures/import/ocop.csv");
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function contentCopy(): string {
  const content = importContentCopy();
  temps.push(dirname(content));
  return content;
}

function frontmatter(path: string): Record<string, unknown> {
  return readData(path);
}

const HEADER = [
  "Tên sản phẩm",
  "Chủ thể",
  "Loại chủ thể",
  "Xã/phường",
  "Địa chỉ cũ",
  "Hạng sao",
  "Cấp công nhận",
  "Số quyết định",
  "Ngày quyết định",
  "Năm",
  "Nhóm",
  "Phân nhóm",
  "Tóm tắt",
  "Nguồn",
];
type Cell = string | number | Date | { text: string; hyperlink: string } | null;

async function xlsx(rows: Cell[][], header: string[] = HEADER): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ocop-sheet-"));
  temps.push(dir);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Nhập");
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  const path = join(dir, "bang.xlsx");
  await book.xlsx.writeFile(path);
  return path;
}

const good = (over: Partial<Record<string, Cell>> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    "Tên sản phẩm": "Nước mắm Sa Huỳnh",
    "Chủ thể": "Hợp tác xã Mẫu",
    "Loại chủ thể": null,
    "Xã/phường": "Lý Sơn",
    "Địa chỉ cũ": null,
    "Hạng sao": 4,
    "Cấp công nhận": "tỉnh",
    "Số quyết định": "1898/QĐ-UBND",
    "Ngày quyết định": new Date(Date.UTC(2025, 9, 15)),
    Năm: null,
    Nhóm: "Thực phẩm",
    "Phân nhóm": null,
    "Tóm tắt": null,
    Nguồn: "https://example.vn/qd-1898",
    ...over,
  };
  return HEADER.map((h) => base[h] ?? null);
};

describe("importing the fixture CSV (BOM, semicolons, CRLF)", () => {
  it("writes nothing on --dry-run and lists what it would do", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const out = await runImport({ file: CSV, contentDir: content, dryRun: true });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    expect(snapshot(content)).toEqual(before);
    expect(out.lines).toContain('Cột không dùng (bỏ qua): "Ghi chú"');
    expect(out.lines).toContain("Sản phẩm: 4 tạo mới, 1 cập nhật, 0 không đổi; chủ thể: 3 tạo mới.");
    expect(out.lines).toContain("Chạy thử (--dry-run): không ghi tệp nào.");
  });

  it("creates products and producers, resolves former addresses, updates only the sheet's fields, and a second run is a no-op", async () => {
    const content = contentCopy();
    const sample = join(content, "products/san-pham-mau.md");
    const before = frontmatter(sample);
    const first = await runImport({ file: CSV, contentDir: content });
    expect(first.ok, first.lines.join("\n")).toBe(true);
    expect(first.lines.at(-1)).toBe("Đã ghi 8 tệp; kiểm tra nội dung: hợp lệ.");

    // A new producer whose kind comes from its name, shared by two rows.
    const hanh = frontmatter(join(content, "products/hanh-tim-binh-hai.md"));
    expect(hanh).toMatchObject({ producer: "htx-nong-nghiep-binh-hai", locality: "van-tuong", subgroup: "gia-vi" });
    expect(hanh["ocop"]).toMatchObject({
      stars: 3,
      level: "tinh",
      decision: "1898/QĐ-UBND",
      decisionDate: "2025-10-15",
      evidence: "A",
    });
    // No Tóm tắt: a factual summary from the row.
    expect(hanh["summary"]).toBe(
      "Hành tím Bình Hải của Hợp tác xã Nông nghiệp Bình Hải (xã Vạn Tường), sản phẩm OCOP 3 sao công nhận năm 2025.",
    );
    expect(frontmatter(join(content, "producers/htx-nong-nghiep-binh-hai.md"))).toMatchObject({
      kind: "hop-tac-xa",
      locality: "van-tuong",
    });
    // Empty Xã/phường, the former address spelt Đắk where the locality is Đăk; district-level 3 stars with a year only.
    const ga = frontmatter(join(content, "products/ga-tha-vuon-dak-koi.md"));
    expect(ga).toMatchObject({ locality: "dak-koi", ocop: { stars: 3, level: "huyen", year: 2024, evidence: "B1" } });
    // A former commune's name written in Xã/phường.
    expect(frontmatter(join(content, "products/muoi-chau-o.md"))["locality"]).toBe("binh-son");

    // The existing product: new decision and one more source; price, shops, summary and story untouched.
    const after = frontmatter(sample);
    expect(after["ocop"]).toMatchObject({
      decision: "2000/QĐ-UBND",
      decisionDate: "2025-11-20",
      source: "https://example.vn/quyet-dinh-2000",
    });
    for (const field of ["summary", "price", "whereToBuy", "occasions", "shelfLifeDays", "storage"])
      expect(after[field]).toEqual(before[field]);
    expect(after["sources"]).toEqual([
      ...(before["sources"] as unknown[]),
      { title: "Quyết định 2000/QĐ-UBND ngày 20/11/2025 (example.vn)", url: "https://example.vn/quyet-dinh-2000" },
    ]);
    expect(readFileSync(sample, "utf8")).toMatch(/---\n\nCâu chuyện sản phẩm\.\n$/);

    const written = snapshot(content);
    const second = await runImport({ file: CSV, contentDir: content });
    expect(second.ok).toBe(true);
    expect(second.lines).toContain("Không có thay đổi: nội dung đã khớp với bảng tính, không ghi tệp nào.");
    expect(second.written).toEqual([]);
    expect(snapshot(content)).toEqual(written);
  });
});

describe("a sheet with bad rows", () => {
  it("reports every bad cell at once, by row and column, and writes nothing", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const sheet = await xlsx([
      good({ "Hạng sao": "4 sao*" }),
      good({ Nguồn: null }),
      good({ Nguồn: "ftp://example.vn/a" }),
      good({ "Ngày quyết định": "31/02/2025" }),
      good({ "Ngày quyết định": null, Năm: "25" }),
      good({ Nhóm: "Thủy sản" }),
      good({ "Phân nhóm": "Rượu" }),
      good({ "Cấp công nhận": "xã" }),
      good({ "Cấp công nhận": "huyện" }),
      good({ "Xã/phường": "Phường Không Có" }),
      good({ "Chủ thể": "Nguyễn Văn A" }),
      good({ "Tóm tắt": "Ngon." }),
      good({ "Tên sản phẩm": null }),
      good({ "Ngày quyết định": null }),
      good({ "Chủ thể": "Nguyễn Văn B", "Loại chủ thể": "tổ hợp tác" }),
      good({ "Tên sản phẩm": "Sản phẩm tốt", Nguồn: { text: "Báo Quảng Ngãi", hyperlink: "https://baoquangngai.vn/a" } }),
      good({ "Ngày quyết định": "15/10/2025", Năm: 2024, "Tên sản phẩm": "Năm lệch" }),
      good({ "Xã/phường": "Vạn Tường", "Địa chỉ cũ": "xã Bình Thạnh, huyện Bình Sơn", "Tên sản phẩm": "Địa chỉ lệch" }),
      good({ "Hạng sao": 5, "Tên sản phẩm": "Năm sao cấp tỉnh" }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
    const errors = out.lines.filter((l) => l.startsWith("  dòng")).map((l) => l.trim());
    expect(errors).toEqual([
      'dòng 2, cột "Hạng sao" — "4 sao*" không hợp lệ — ghi 3, 4 hoặc 5',
      'dòng 3, cột "Nguồn" — ô trống — mỗi dòng cần địa chỉ web (https://…) của quyết định hoặc bài báo xác nhận sản phẩm',
      'dòng 4, cột "Nguồn" — "ftp://example.vn/a" không hợp lệ — dán địa chỉ web đầy đủ, bắt đầu bằng https://',
      'dòng 5, cột "Ngày quyết định" — "31/02/2025" không hợp lệ — ghi ngày dạng dd/mm/yyyy (ví dụ 15/10/2025) hoặc dùng ô ngày của Excel',
      'dòng 6, cột "Năm" — "25" không hợp lệ — ghi năm 4 chữ số, từ 2018, ví dụ 2025',
      'dòng 7, cột "Nhóm" — "Thủy sản" không hợp lệ — ghi một trong: Thực phẩm, Đồ uống',
      'dòng 8, cột "Phân nhóm" — "Rượu" không hợp lệ — nhóm Thực phẩm có các phân nhóm: Gia vị',
      'dòng 9, cột "Cấp công nhận" — "xã" không hợp lệ — ghi huyện, tỉnh hoặc quốc gia',
      'dòng 10, cột "Cấp công nhận" — cấp huyện chỉ công nhận 3 sao, dòng này ghi 4 sao — ghi tỉnh, hoặc sửa Hạng sao',
      'dòng 11, cột "Xã/phường" — "Phường Không Có" không khớp xã, phường nào (hiện nay hay trước 01/07/2025) — kiểm tra chính tả; ghi xã/phường hiện nay ở ô Xã/phường',
      'dòng 12, cột "Loại chủ thể" — chủ thể "Nguyễn Văn A" chưa có trên trang, cần biết loại — ghi hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân',
      'dòng 13, cột "Tóm tắt" — tóm tắt có 5 ký tự, quá ngắn — viết 1–2 câu, 20–160 ký tự',
      'dòng 14, cột "Tên sản phẩm" — ô trống — ghi tên sản phẩm như trên quyết định',
      'dòng 15 — thiếu ngày quyết định — ghi ô "Ngày quyết định", hoặc ít nhất ô "Năm"',
      'dòng 16, cột "Loại chủ thể" — "tổ hợp tác" không hợp lệ — ghi hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân',
      'dòng 18, cột "Năm" — năm 2024 khác năm của ngày quyết định 15/10/2025 — sửa cho khớp, hoặc để trống ô Năm',
      'dòng 19, cột "Địa chỉ cũ" — "xã Bình Thạnh, huyện Bình Sơn" thuộc xã Bình Sơn (tên cũ "xã Bình Thạnh, huyện Bình Sơn"), không phải xã Vạn Tường ở ô Xã/phường — sửa một trong hai ô',
      'dòng 20, cột "Cấp công nhận" — 5 sao do cấp quốc gia công nhận — ghi quốc gia, hoặc sửa Hạng sao',
    ]);
    expect(out.lines).toContain("Bảng tính có 18 lỗi — không ghi tệp nào:");
  });

  it("refuses duplicate rows and an address in a split commune, naming the candidates", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const sheet = await xlsx([
      good(),
      good({ "Hạng sao": 3 }),
      good({ "Tên sản phẩm": "Quế Trà Bùi", "Xã/phường": null, "Địa chỉ cũ": "thôn 1, xã Trà Bùi, huyện Trà Bồng" }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
    expect(out.lines.map((l) => l.trim())).toEqual(
      expect.arrayContaining([
        'dòng 3 — trùng sản phẩm với dòng 2 ("Nước mắm Sa Huỳnh", Hợp tác xã Mẫu) — xoá một trong hai dòng',
        'dòng 4, cột "Địa chỉ cũ" — "thôn 1, xã Trà Bùi, huyện Trà Bồng" ứng với 2 đơn vị mới: xã Cà Đam (tên cũ "xã Trà Bùi (một phần), huyện Trà Bồng"), xã Tây Trà Bồng (tên cũ "xã Trà Bùi (phần còn lại), huyện Trà Bồng") — ghi đơn vị đúng ở ô Xã/phường',
      ]),
    );
  });

  it("reports missing, repeated and unknown columns before reading any row", async () => {
    const content = contentCopy();
    const sheet = await xlsx([["Tỏi", "3", "3"]], ["tên SẢN PHẨM", "Hang sao", "HẠNG SAO", "Ghi chú"]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(out.lines).toContain('Cột không dùng (bỏ qua): "Ghi chú"');
    expect(out.lines.map((l) => l.trim())).toEqual(
      expect.arrayContaining([
        'dòng 1 — cột "Hạng sao" có hai lần (cột B và C) — xoá hoặc đổi tên một cột',
        'dòng 1 — thiếu cột "Nhóm" — thêm cột này vào dòng tiêu đề (xem npm run import:template)',
        'dòng 1 — thiếu cột "Xã/phường" hoặc "Địa chỉ cũ" — thêm cột này vào dòng tiêu đề (xem npm run import:template)',
      ]),
    );
  });
});

describe("the content check after writing", () => {
  it("puts every file back when the written result fails the check", async () => {
    const content = contentCopy();
    // An existing product the check already rejects (a photo that is not there): the import touches it.
    const sample = join(content, "products/san-pham-mau.md");
    writeFileSync(
      sample,
      readFileSync(sample, "utf8").replace("shelfLifeDays:", "images:\n  - src: ./khong-co.jpg\n    alt: Ảnh\nshelfLifeDays:"),
    );
    const before = snapshot(content);
    const out = await runImport({ file: CSV, contentDir: content });
    expect(out.ok).toBe(false);
    expect(out.lines.join("\n")).toMatch(
      /Kiểm tra nội dung sau khi ghi có 1 lỗi — đã khôi phục mọi tệp như trước:\n {2}content\/products\/san-pham-mau\.md:\d+ — images\.0\.src — không tìm thấy tệp ảnh/,
    );
    expect(snapshot(content)).toEqual(before);
  });
});

describe("npm run import:template", () => {
  it("writes the headers, a help sheet for every column, and imports once filled in", async () => {
    const content = contentCopy();
    const dir = mkdtempSync(join(tmpdir(), "ocop-template-"));
    temps.push(dir);
    const path = join(dir, "mau.xlsx");
    await writeTemplate(path, groupsOf(readImportContent(content)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const [main, help, groups] = book.worksheets;
    expect((main!.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.header));
    expect(COLUMNS.map((_, i) => help!.getCell(`A${i + 2}`).value)).toEqual(COLUMNS.map((c) => c.header));
    expect(groups!.getCell("A2").value).toBe("Thực phẩm");

    const empty = await runImport({ file: path, contentDir: content });
    expect(empty.lines.at(-1)).toBe("  bảng tính không có dòng sản phẩm nào dưới dòng tiêu đề — thêm từ dòng 2");
    main!.addRow(
      COLUMNS.map(
        (c) =>
          ({
            stt: 1,
            name: "Tỏi cô đơn",
            producer: "Hợp tác xã Mẫu",
            locality: "đặc khu Lý Sơn",
            stars: 4,
            decisionDate: "15/10/2025",
            group: "Thực phẩm",
            source: "https://example.vn/toi",
          })[c.key as string] ?? null,
      ),
    );
    await book.xlsx.writeFile(path);
    const filled = await runImport({ file: path, contentDir: content });
    expect(filled.ok, filled.lines.join("\n")).toBe(true);
    expect(frontmatter(join(content, "products/toi-co-don.md"))).toMatchObject({
      locality: "ly-son",
      producer: "nha-san-xuat-mau",
    });
  });
});

describe("the command line", () => {
  it("exits 0 on a dry run and 1 on a bad sheet, printing the errors", () => {
    const content = contentCopy();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, "scripts/import.ts"), ...args, "--content", content], { encoding: "utf8" });
    const dry = run(CSV, "--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Chạy thử (--dry-run): không ghi tệp nào.");
    const bad = run(join(ROOT, "tests/fixtures/import/loi.csv"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('dòng 2, cột "Hạng sao" — "4 sao*" không hợp lệ — ghi 3, 4 hoặc 5');
  });
});
