/**
 * npm run import against throw-away copies of a fixture content folder: a committed CSV (BOM,
 * semicolons, CRLF) of good rows, and .xlsx sheets written here with exceljs (date cells,
 * hyperlinks, every kind of bad cell, duplicates, a split commune).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { z } from "astro/zod";
import { afterEach, describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/node/import/columns.ts";
import { readImportContent } from "../../src/node/import/content.ts";
import { groupsOf, runImport } from "../../src/node/import/run.ts";
import { writeTemplate } from "../../src/node/import/template.ts";
import { readData } from "../../src/node/content/files.ts";
import { UNKNOWN_KIND_STORY } from "../../src/node/import/plan.ts";
import { productSchema } from "../../src/schemas/product.ts";
import { producerSchema } from "../../src/schemas/producer.ts";
import { NAME_MAX_LENGTH } from "../../src/schemas/shared.ts";
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
type Cell = ExcelJS.CellValue;

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
      'dòng 13, cột "Tóm tắt" — tóm tắt có 5 ký tự, quá ngắn — viết 1–2 câu, 20–160 ký tự',
      'dòng 14, cột "Tên sản phẩm" — ô trống — ghi tên sản phẩm như trên quyết định',
      'dòng 15 — có số quyết định 1898/QĐ-UBND nhưng thiếu ngày — ghi ô "Ngày quyết định" như trên quyết định',
      'dòng 16, cột "Loại chủ thể" — "tổ hợp tác" không hợp lệ — ghi hợp tác xã, doanh nghiệp, hộ kinh doanh, cá nhân hoặc chưa rõ',
      'dòng 18, cột "Năm" — năm 2024 khác năm của ngày quyết định 15/10/2025 — sửa cho khớp, hoặc để trống ô Năm',
      'dòng 19, cột "Địa chỉ cũ" — "xã Bình Thạnh, huyện Bình Sơn" thuộc xã Bình Sơn (tên cũ "xã Bình Thạnh, huyện Bình Sơn"), không phải xã Vạn Tường ở ô Xã/phường — sửa một trong hai ô',
      'dòng 20, cột "Cấp công nhận" — 5 sao do cấp quốc gia công nhận — ghi quốc gia, hoặc sửa Hạng sao',
    ]);
    expect(out.lines).toContain("Bảng tính có 17 lỗi — không ghi tệp nào:");
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

/** Lines printed under a heading that starts with `heading`, up to the next unindented line. */
function listUnder(lines: readonly string[], heading: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith("  ")) break;
    out.push(l.trim());
  }
  return out;
}

/** The story of a Markdown file: what follows its frontmatter. */
function story(path: string): string {
  const text = readFileSync(path, "utf8");
  return text.slice(text.indexOf("\n---\n", 4) + 5).trim();
}

describe("what is not data", () => {
  it("refuses every Excel error value, in any column, as a cell or as a formula's result, and plans nothing", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const vlookup = (error: string): Cell => ({ formula: "VLOOKUP(A2,Z:Z,2,FALSE)", result: { error } }) as Cell;
    const sheet = await xlsx([
      good({ "Tên sản phẩm": { error: "#N/A" } as Cell }),
      good({ "Tên sản phẩm": "Tỏi Một", "Số quyết định": vlookup("#REF!") }),
      good({ "Tên sản phẩm": "Tỏi Hai", "Hạng sao": { error: "#VALUE!" } as Cell }),
      good({ "Tên sản phẩm": "Tỏi Ba", "Ngày quyết định": { error: "#DIV/0!" } as Cell }),
      good({ "Tên sản phẩm": "Tỏi Bốn", "Chủ thể": vlookup("#NAME?") }),
      good({ "Tên sản phẩm": "Tỏi Năm", "Xã/phường": { error: "#NULL!" } as Cell }),
      good({ "Tên sản phẩm": "Tỏi Sáu", Năm: { error: "#NUM!" } as Cell, "Ngày quyết định": null }),
      // Pasted as text (a CSV keeps the text Excel showed).
      good({ "Tên sản phẩm": "Tỏi Bảy", Nguồn: "#N/A" }),
      good({ "Tên sản phẩm": "Tỏi Tám" }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content, dryRun: true });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
    const fix =
      "là lỗi công thức của Excel, không phải dữ liệu — sửa công thức (hoặc chép rồi dán đặc biệt › chỉ giá trị) để ô có nội dung thật, hoặc để trống";
    expect(listUnder(out.lines, "Bảng tính có")).toEqual([
      `dòng 2, cột "Tên sản phẩm" — #N/A ${fix}`,
      `dòng 3, cột "Số quyết định" — #REF! ${fix}`,
      `dòng 4, cột "Hạng sao" — #VALUE! ${fix}`,
      `dòng 5, cột "Ngày quyết định" — #DIV/0! ${fix}`,
      `dòng 6, cột "Chủ thể" — #NAME? ${fix}`,
      `dòng 7, cột "Xã/phường" — #NULL! ${fix}`,
      `dòng 8, cột "Năm" — #NUM! ${fix}`,
      `dòng 9, cột "Nguồn" — #N/A ${fix}`,
    ]);
    // Not a product called "n-a", nor a decision numbered "#REF!" raising the evidence grade.
    expect(out.plan?.files.map((f) => f.id)).toEqual(["toi-tam"]);
  });

  it(`refuses a product or producer name longer than the schema's ${NAME_MAX_LENGTH} characters on the dry run already, as the content check does`, async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const long = "Nước mắm cá cơm truyền thống ".repeat(16).trim();
    expect(long.length).toBeGreaterThan(400);
    const exact = `Nước mắm ${"x".repeat(NAME_MAX_LENGTH - 9)}`;
    expect(exact).toHaveLength(NAME_MAX_LENGTH);
    const sheet = await xlsx([
      good({ "Tên sản phẩm": long }),
      good({ "Tên sản phẩm": "Tỏi Một", "Chủ thể": `Hợp tác xã ${long}` }),
      good({ "Tên sản phẩm": exact }),
    ]);
    const dry = await runImport({ file: sheet, contentDir: content, dryRun: true });
    expect(dry.ok).toBe(false);
    expect(listUnder(dry.lines, "Bảng tính có")).toEqual([
      `dòng 2, cột "Tên sản phẩm" — "Nước mắm cá cơm truyền thống Nước mắm cá…" — tên có ${long.length} ký tự, dài quá ${NAME_MAX_LENGTH} — ghi tên như trên quyết định, phần mô tả đưa vào tóm tắt`,
      `dòng 3, cột "Chủ thể" — "Hợp tác xã Nước mắm cá cơm truyền thống…" — tên có ${long.length + 11} ký tự, dài quá ${NAME_MAX_LENGTH} — ghi tên như trên quyết định, phần mô tả đưa vào tóm tắt`,
    ]);
    const real = await runImport({ file: sheet, contentDir: content });
    expect(real.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);

    // The content check (through the schemas) and the CMS read the same limit.
    const anyImage = () => z.string();
    for (const schema of [productSchema(anyImage), producerSchema(anyImage)]) {
      const name = schema.shape.name;
      expect(name.safeParse(exact).success).toBe(true);
      const issue = name.safeParse(`${exact}x`).error?.issues[0]?.message;
      expect(issue).toBe(
        `Tên dài quá ${NAME_MAX_LENGTH} ký tự: ghi tên như trên quyết định, phần mô tả đưa vào tóm tắt hoặc bài viết`,
      );
    }
  });

  it("keeps cells with ---, :, # and quotes exactly as typed, in a new file and in an updated one", async () => {
    const content = contentCopy();
    const typed = {
      name: `Trà "Sen": số #1 --- loại 'đặc biệt'`,
      producer: `Hộ kinh doanh "Ba Lá": #2 --- trà`,
      summary: `Vị chát nhẹ: "hậu ngọt" --- pha ở 90 °C; #1 của xã: 'thật'.`,
      address: `xã Bình Hải: thôn #3 --- "Bến Đá", huyện Bình Sơn`,
      update: `Nước mắm: "cốt nhĩ" --- #1 của đảo, ủ 12 tháng: 'thơm'.`,
    };
    const sheet = await xlsx([
      good({
        "Tên sản phẩm": typed.name,
        "Chủ thể": typed.producer,
        "Xã/phường": "Vạn Tường",
        "Địa chỉ cũ": typed.address,
        "Tóm tắt": typed.summary,
      }),
      good({ "Tên sản phẩm": "Sản phẩm mẫu", "Chủ thể": "Hợp tác xã Mẫu", "Tóm tắt": typed.update }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    const created = frontmatter(join(content, "products/tra-sen-so-1-loai-dac-biet.md"));
    expect(created).toMatchObject({ name: typed.name, summary: typed.summary, formerAddress: typed.address });
    const producer = frontmatter(join(content, `producers/${created["producer"] as string}.md`));
    expect(producer).toMatchObject({ name: typed.producer, kind: "ho-kinh-doanh", formerAddress: typed.address });
    const updated = join(content, "products/san-pham-mau.md");
    expect(frontmatter(updated)["summary"]).toBe(typed.update);
    expect(frontmatter(updated)["occasions"]).toEqual(["qua-tet"]);
    expect(readFileSync(updated, "utf8")).toMatch(/---\n\nCâu chuyện sản phẩm\.\n$/);
  });
});

describe("gaps the source leaves: imported as the catalogue shows them by hand, each with a notice", () => {
  it("stars without a date, a level without stars, a former district, a producer of unknown kind, 3 stars from the province in 2023", async () => {
    const content = contentCopy();
    const sheet = await xlsx([
      good({ "Tên sản phẩm": "Tỏi không ngày", "Số quyết định": null, "Ngày quyết định": null, "Hạng sao": 3 }),
      good({ "Tên sản phẩm": "Gạo cấp tỉnh", "Số quyết định": null, "Ngày quyết định": null, "Hạng sao": null }),
      good({ "Tên sản phẩm": "Hành chỉ có huyện", "Xã/phường": null, "Địa chỉ cũ": "huyện Bình Sơn, tỉnh Quảng Ngãi" }),
      good({ "Tên sản phẩm": "Cá rim Ba Lá", "Chủ thể": "Cơ sở Ba Lá" }),
      good({ "Tên sản phẩm": "Chuối 2023", "Số quyết định": null, "Ngày quyết định": null, Năm: 2023, "Hạng sao": 3 }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    expect(listUnder(out.lines, "Lưu ý (5)")).toEqual([
      "dòng 2 — có 3 sao nhưng nguồn không nêu ngày quyết định hay năm — sẽ hiện: chứng nhận OCOP chưa xác minh hiệu lực, kèm một câu nói vì sao",
      'dòng 3, cột "Hạng sao" — ô trống, nguồn chỉ nêu OCOP cấp tỉnh — sẽ hiện: không có hạng sao, chứng nhận chưa xác minh hiệu lực, kèm một câu nói vì sao',
      'dòng 4, cột "Địa chỉ cũ" — "huyện Bình Sơn, tỉnh Quảng Ngãi" chỉ nêu huyện Bình Sơn, không nêu xã, phường — sẽ hiện: chưa gắn xã/phường hiện nay, giữ địa chỉ cũ "huyện Bình Sơn, tỉnh Quảng Ngãi"',
      'dòng 5, cột "Loại chủ thể" — chủ thể mới "Cơ sở Ba Lá": không dòng nào ghi loại, tên cũng không cho biết — sẽ hiện: trang chủ thể ghi loại "chưa rõ", kèm một câu nói vì sao',
      'dòng 6, cột "Cấp công nhận" — 3 sao cấp tỉnh năm 2023, nhưng từ 24/02/2023 đến 06/07/2025 sản phẩm 3 sao do UBND cấp huyện công nhận — sẽ hiện: cấp tỉnh như bảng tính ghi, kèm một câu nói cấp công nhận chưa đối chiếu được với quyết định',
    ]);
    expect(out.lines.at(-1)).toBe("Đã ghi 6 tệp; kiểm tra nội dung: hợp lệ.");

    const file = (slug: string) => join(content, "products", `${slug}.md`);
    // A certificate without its date (the page says "chưa xác minh hiệu lực", never "no certificate"),
    // and the sentence the catalogue writes by hand.
    expect(frontmatter(file("toi-khong-ngay"))["ocop"]).toEqual({
      stars: 3,
      level: "tinh",
      evidence: "B1",
      source: "https://example.vn/qd-1898",
    });
    expect(story(file("toi-khong-ngay"))).toBe(
      "Nguồn nêu sản phẩm đạt OCOP 3 sao cấp tỉnh nhưng không nêu năm, số hay ngày quyết định công nhận. Vì chưa biết thời điểm công nhận (chứng nhận có giá trị 36 tháng), trang ghi chứng nhận là chưa xác minh hiệu lực.",
    );
    expect(frontmatter(file("gao-cap-tinh"))["ocop"]).toEqual({
      level: "tinh",
      evidence: "B1",
      source: "https://example.vn/qd-1898",
    });
    expect(story(file("gao-cap-tinh"))).toBe(
      "Nguồn nêu sản phẩm được công nhận OCOP cấp tỉnh nhưng không nêu hạng sao, năm hay số quyết định công nhận. Vì chưa biết thời điểm công nhận (chứng nhận có giá trị 36 tháng), trang ghi chứng nhận là chưa xác minh hiệu lực.",
    );
    // No commune, the former address kept.
    const hanh = frontmatter(file("hanh-chi-co-huyen"));
    expect(hanh["locality"]).toBeUndefined();
    expect(hanh["formerAddress"]).toBe("huyện Bình Sơn, tỉnh Quảng Ngãi");
    // A producer page whose kind says it is not known, and why.
    const ca = frontmatter(file("ca-rim-ba-la"));
    const producerFile = join(content, "producers", `${ca["producer"] as string}.md`);
    expect(frontmatter(producerFile)).toMatchObject({ name: "Cơ sở Ba Lá", kind: "chua-ro" });
    expect(story(producerFile)).toBe(UNKNOWN_KIND_STORY);
    // The certificate as the source gives it, and a sentence on the level.
    expect(frontmatter(file("chuoi-2023"))["ocop"]).toEqual({
      stars: 3,
      level: "tinh",
      year: 2023,
      evidence: "B1",
      source: "https://example.vn/qd-1898",
    });
    expect(story(file("chuoi-2023"))).toContain(
      "Nguồn ghi sản phẩm đạt OCOP 3 sao cấp tỉnh năm 2023; từ 24/02/2023 đến 06/07/2025, sản phẩm 3 sao do UBND cấp huyện công nhận",
    );
  });

  it("keeps refusing what is wrong beside them: a bad star, an impossible date, an unknown group, a decision without its date", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const sheet = await xlsx([
      good({ "Tên sản phẩm": "Tỏi không ngày", "Số quyết định": null, "Ngày quyết định": null }),
      good({ "Tên sản phẩm": "Sáu sao", "Hạng sao": 6 }),
      good({ "Tên sản phẩm": "Ngày lạ", "Ngày quyết định": "30/02/2024" }),
      good({ "Tên sản phẩm": "Nhóm lạ", Nhóm: "Đồ lưu niệm" }),
      good({ "Tên sản phẩm": "Quyết định không ngày", "Ngày quyết định": null }),
      good({ "Tên sản phẩm": "Không sao không cấp", "Hạng sao": null, "Cấp công nhận": null }),
    ]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
    expect(listUnder(out.lines, "Bảng tính có 5 lỗi")).toEqual([
      'dòng 3, cột "Hạng sao" — "6" không hợp lệ — ghi 3, 4 hoặc 5',
      'dòng 4, cột "Ngày quyết định" — "30/02/2024" không hợp lệ — ghi ngày dạng dd/mm/yyyy (ví dụ 15/10/2025) hoặc dùng ô ngày của Excel',
      'dòng 5, cột "Nhóm" — "Đồ lưu niệm" không hợp lệ — ghi một trong: Thực phẩm, Đồ uống',
      'dòng 6 — có số quyết định 1898/QĐ-UBND nhưng thiếu ngày — ghi ô "Ngày quyết định" như trên quyết định',
      'dòng 7, cột "Hạng sao" — ô trống — ghi 3, 4 hoặc 5; nguồn chỉ nêu cấp công nhận mà không nêu hạng sao thì ghi ô "Cấp công nhận"',
    ]);
  });
});

describe("the real batch-3 sheet (tests/fixtures/import/ocop-products-batch3.csv: 24 products from news and commune pages)", () => {
  const SHEET = join(ROOT, "tests/fixtures/import/ocop-products-batch3.csv");
  /** The files the sheet made in content/ (one producer renamed by hand afterwards: co-so-hong-tien). */
  const MADE = {
    products: [
      "chom-chom",
      "sau-rieng",
      "buoi-da-xanh",
      "chuoi-ngu",
      "hat-sen-kho",
      "choi-dot",
      "ca-det-rim-hong-tien",
      "ca-com-rim-hong-tien",
      "gao-lut-an-tra",
      "banh-trang-gao-lut-an-tra",
      "sam-day-tuoi-hut-chan-khong",
      "tra-tui-loc-sam-day",
      "tra-tui-loc-ngu-vi-tu",
      "sam-day-kho-hut-chan-khong",
      "tra-sam-day-ngoc-linh-dato",
      "tra-kho-qua-rung-dato",
      "tra-sam-lac-tien-dato",
      "kho-qua-rung",
      "nep-cai-hoa-vang-dato",
      "ca-phe-rang-xay",
      "cam-mang-den",
      "chuoi-hot-rung-say-kho",
      "tra-sam-ngoc-linh-hoa-tan",
      "nuoc-uong-collagen-sam-ngoc-linh",
    ],
    producers: [
      "co-so-hong-tien",
      "ho-kinh-doanh-dang-tuan-vu",
      "cong-ty-tnhh-thao-duoc-tay-nguyen-dato",
      "htx-nong-nghiep-va-thuong-mai-dich-vu-rang-dong",
      "ong-nguyen-quang-dong-chu-trang-trai-nong-nghiep-sinh-thai-mang-den",
      "htx-nong-nghiep-va-dich-vu-son-thuy",
    ],
  };

  /** A throw-away copy of the project's content/, optionally without what the sheet made. */
  function catalogueCopy(withoutSheet: boolean): string {
    const content = join(mkdtempSync(join(tmpdir(), "ocop-batch3-")), "content");
    temps.push(dirname(content));
    cpSync(join(ROOT, "content"), content, { recursive: true });
    if (withoutSheet) {
      for (const [collection, ids] of Object.entries(MADE))
        for (const id of ids) {
          const path = join(content, collection, `${id}.md`);
          expect(existsSync(path), path).toBe(true);
          rmSync(path);
        }
    }
    return content;
  }

  it("imports whole into the catalogue as it was before it: 24 products, 6 producers, 25 notices, and the content check passes", async () => {
    const content = catalogueCopy(true);
    const out = await runImport({ file: SHEET, contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    expect(out.lines).toContain("Sản phẩm: 24 tạo mới, 0 cập nhật, 0 không đổi; chủ thể: 6 tạo mới.");
    expect(out.lines.at(-1)).toBe("Đã ghi 30 tệp; kiểm tra nội dung: hợp lệ.");
    const notices = listUnder(out.lines, "Lưu ý (25)");
    expect(notices).toHaveLength(25);
    // One notice per gap: 16 certificates without stars or a date, 6 district-only addresses, 2 producers of unknown kind, 1 level.
    expect(notices.filter((n) => n.includes("chưa xác minh hiệu lực"))).toHaveLength(16);
    expect(notices.filter((n) => n.includes("chỉ nêu huyện"))).toHaveLength(6);
    expect(notices.filter((n) => n.includes('loại "chưa rõ"'))).toHaveLength(2);
    expect(notices.filter((n) => n.includes("3 sao cấp tỉnh năm 2023"))).toEqual([
      'dòng 23, cột "Cấp công nhận" — 3 sao cấp tỉnh năm 2023, nhưng từ 24/02/2023 đến 06/07/2025 sản phẩm 3 sao do UBND cấp huyện công nhận — sẽ hiện: cấp tỉnh như bảng tính ghi, kèm một câu nói cấp công nhận chưa đối chiếu được với quyết định',
    ]);
    const product = (id: string) => frontmatter(join(content, "products", `${id}.md`));
    expect(product("chom-chom")).toMatchObject({ formerAddress: "huyện Nghĩa Hành" });
    expect(product("chom-chom")["locality"]).toBeUndefined();
    // The source names its stars and level, not when: a certificate the page shows as not verified.
    expect(product("chom-chom")["ocop"]).toMatchObject({ stars: 3, level: "tinh", evidence: "B1" });
    expect(product("chom-chom")["ocop"]).not.toHaveProperty("year");
    expect(product("ca-det-rim-hong-tien")).toMatchObject({
      locality: "tinh-khe",
      ocop: { stars: 3, level: "tinh", year: 2021 },
    });
    expect(product("gao-lut-an-tra")).toMatchObject({ producer: "nong-lam-nghiep-tbt", locality: "mo-cay" });
    expect(product("chuoi-hot-rung-say-kho")).toMatchObject({
      locality: "son-thuy",
      ocop: { stars: 3, level: "tinh", year: 2023 },
    });
    expect(product("tra-sam-day-ngoc-linh-dato")).toMatchObject({ locality: "dak-to" });
  });

  it("is what the committed catalogue holds: importing it again changes nothing", async () => {
    const content = catalogueCopy(false);
    const before = snapshot(content);
    const out = await runImport({ file: SHEET, contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    expect(out.lines, out.lines.join("\n")).toContain("Sản phẩm: 0 tạo mới, 0 cập nhật, 24 không đổi; chủ thể: 0 tạo mới.");
    expect(snapshot(content)).toEqual(before);
  });
});
