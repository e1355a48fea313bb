/**
 * The import and the editors' files: it reads frontmatter as Astro does, never writes
 * over a file it cannot read, keeps what a cell says through an update, undoes everything when
 * a write fails midway, and refuses a missing file or an .xlsx that expands too far, in one line.
 * Every case runs on a throw-away copy of the fixture content with real Markdown files.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { parseFrontmatter as astroParse } from "astro/markdown";
import { afterEach, describe, expect, it } from "vitest";
import { runImport } from "../../src/node/import/run.ts";
import { checkContent } from "../../src/node/content/check.ts";
import { formatProblem } from "../../src/node/content/report.ts";
import { importContentCopy, snapshot } from "../../scripts/lib/import-fixture.ts";

const ROOT = join(import.meta.dirname, "../..");
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((t) => rmSync(t, { recursive: true, force: true })));

function contentCopy(): string {
  const content = importContentCopy();
  temps.push(dirname(content));
  return content;
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "ocop-sheet-"));
  temps.push(dir);
  return dir;
}

const HEADER = [
  "Tên sản phẩm",
  "Chủ thể",
  "Loại chủ thể",
  "Xã/phường",
  "Hạng sao",
  "Cấp công nhận",
  "Số quyết định",
  "Ngày quyết định",
  "Nhóm",
  "Tóm tắt",
  "Nguồn",
];

/** A CSV sheet of the given rows (each a partial row over a good one), as Excel writes it. */
function csv(rows: Partial<Record<(typeof HEADER)[number], string>>[]): string {
  const base = {
    "Tên sản phẩm": "Sản phẩm mẫu",
    "Chủ thể": "Hợp tác xã Mẫu",
    "Xã/phường": "Lý Sơn",
    "Hạng sao": "4",
    "Cấp công nhận": "tỉnh",
    "Số quyết định": "2000/QĐ-UBND",
    "Ngày quyết định": "20/11/2025",
    Nhóm: "Thực phẩm",
    Nguồn: "https://example.vn/quyet-dinh-2000",
  };
  const quote = (v: string | undefined) => `"${(v ?? "").replaceAll('"', '""')}"`;
  const lines = [HEADER, ...rows.map((r) => HEADER.map((h) => ({ ...base, ...r })[h as keyof typeof base]))];
  const path = join(scratch(), "bang.csv");
  writeFileSync(path, `${lines.map((l) => l.map(quote).join(",")).join("\r\n")}\r\n`);
  return path;
}

/** The fields of a file as Astro itself reads them (astro/markdown), and its body. */
function astroRead(path: string) {
  const { frontmatter, content } = astroParse(readFileSync(path, "utf8"));
  return { data: frontmatter as Record<string, unknown>, body: content };
}

describe("an existing product's frontmatter, read as Astro reads it", () => {
  it('a "# ------" comment line inside the frontmatter is not its end: an update keeps every field in the frontmatter', async () => {
    const content = contentCopy();
    const sample = join(content, "products/san-pham-mau.md");
    writeFileSync(sample, readFileSync(sample, "utf8").replace("occasions:", "# ------ dịp tặng và nguồn ------\noccasions:"));
    expect(checkContent(content).map(formatProblem)).toEqual([]);

    const out = await runImport({ file: csv([{}]), contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    const { data, body } = astroRead(sample);
    expect(data["occasions"]).toEqual(["qua-tet"]);
    expect(data["sources"]).toEqual([
      { title: "Nguồn mẫu", url: "https://example.vn/nguon" },
      expect.objectContaining({ url: "https://example.vn/quyet-dinh-2000" }),
    ]);
    expect(data["ocop"]).toMatchObject({ decision: "2000/QĐ-UBND", decisionDate: new Date("2025-11-20") });
    expect(body).toBe("\n\nCâu chuyện sản phẩm.\n");
    expect(readFileSync(sample, "utf8")).toContain("# ------ dịp tặng và nguồn ------\noccasions:");
  });

  it('a summary cell with " ---" in it is kept verbatim through an update', async () => {
    const content = contentCopy();
    const summary = "Mắm ủ chượp 12 tháng --- đóng chai thủy tinh, nhãn ghi rõ nguồn cá ---";
    const dry = await runImport({ file: csv([{ "Tóm tắt": summary }]), contentDir: content, dryRun: true });
    expect(dry.ok, dry.lines.join("\n")).toBe(true);
    const out = await runImport({ file: csv([{ "Tóm tắt": summary }]), contentDir: content });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    const { data, body } = astroRead(join(content, "products/san-pham-mau.md"));
    expect(data["summary"]).toBe(summary);
    expect(data["price"]).toEqual({ from: 120000, to: 250000, unit: "hộp 500 g" });
    expect(body).toBe("\n\nCâu chuyện sản phẩm.\n");
  });
});

describe("what a cell says is what the new file says", () => {
  it('quotes, a colon, a "#" and " ---" in a new product\'s cells are read back by Astro exactly', async () => {
    const content = contentCopy();
    const summary = 'Mắm "cốt" nhỉ: 40 độ đạm # loại 1 --- ủ 12 tháng ---';
    const out = await runImport({
      file: csv([{ "Tên sản phẩm": "Mắm cá cơm 'nhỉ' #1", "Tóm tắt": summary }]),
      contentDir: content,
    });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    const { data } = astroRead(join(content, "products/mam-ca-com-nhi-1.md"));
    expect(data).toMatchObject({ name: "Mắm cá cơm 'nhỉ' #1", summary });
  });
});

describe("an existing file whose frontmatter cannot be read", () => {
  const broken = {
    "a missing closing quote": {
      edit: (t: string) => t.replace("summary: Một sản phẩm mẫu", 'summary: "Một sản phẩm mẫu'),
      line: 3,
    },
    "a duplicate key": { edit: (t: string) => t.replace("storage: mat", "storage: mat\nname: Tên khác"), line: 21 },
  };
  for (const [name, { edit, line }] of Object.entries(broken)) {
    it(`${name}: the row that lands on it is an error naming file:line, and the file is not overwritten`, async () => {
      const content = contentCopy();
      const sample = join(content, "products/san-pham-mau.md");
      writeFileSync(sample, edit(readFileSync(sample, "utf8")));
      const before = snapshot(content);
      for (const dryRun of [true, false]) {
        const out = await runImport({ file: csv([{}]), contentDir: content, dryRun });
        expect(out.ok).toBe(false);
        expect(out.lines).toContain("Bảng tính có 1 lỗi — không ghi tệp nào:");
        expect(out.lines.join("\n")).toContain(`  dòng 2 — tệp content/products/san-pham-mau.md:${line} không đọc được: `);
        expect(out.lines.join("\n")).toMatch(/— sửa tệp này trước rồi nhập lại$/);
        expect(snapshot(content)).toEqual(before);
      }
    });
  }

  it("another unreadable product stops the run too: a row may be that product under another name", async () => {
    const content = contentCopy();
    writeFileSync(join(content, "products/khac.md"), '---\nname: "Khác\n---\n');
    const before = snapshot(content);
    const out = await runImport({ file: csv([{ "Tên sản phẩm": "Sản phẩm mới hẳn" }]), contentDir: content });
    expect(out.ok).toBe(false);
    expect(out.lines.map((l) => l.trim())).toContain(
      'tệp content/products/khac.md:2 không đọc được: thiếu dấu " đóng: giá trị mở ngoặc ở dòng này chạy sang các dòng sau — thêm " ở cuối giá trị — sửa tệp này trước rồi nhập lại',
    );
    expect(snapshot(content)).toEqual(before);
  });
});

describe("a write that fails midway", () => {
  it("puts back every file: the new producer written before the failing product does not stay", async () => {
    const content = contentCopy();
    // The product's path is taken by a folder: the file cannot be written there.
    mkdirSync(join(content, "products/gao-lut-mau.md"));
    const before = snapshot(content);
    const sheet = csv([{ "Tên sản phẩm": "Gạo lứt mẫu", "Chủ thể": "Hợp tác xã Gạo Mới", "Loại chủ thể": "hợp tác xã" }]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(out.lines.slice(-2)).toEqual([
      "Không ghi được content/products/gao-lut-mau.md: tệp đã có — không ghi đè.",
      "Đã khôi phục mọi tệp như trước.",
    ]);
    expect(snapshot(content)).toEqual(before);
  });

  it("a product name too long for a file name: the real run leaves no producer behind", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const name = `Nước mắm cốt nhỉ truyền thống ${"đặc biệt thượng hạng ".repeat(20)}`.trim();
    expect(name.length).toBeGreaterThan(400);
    const sheet = csv([{ "Tên sản phẩm": name, "Chủ thể": "Hợp tác xã Mắm Mới", "Loại chủ thể": "hợp tác xã" }]);
    const out = await runImport({ file: sheet, contentDir: content });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
  });
});

describe("a sheet that cannot be read", () => {
  it("a missing file: one line naming it and the fix, exit code 1, no stack trace", () => {
    const content = contentCopy();
    for (const file of ["khong-co.xlsx", "khong-co.csv"]) {
      const run = spawnSync(process.execPath, [join(ROOT, "scripts/import.ts"), file, "--content", content], {
        encoding: "utf8",
        cwd: scratch(),
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(new RegExp(`^không tìm thấy tệp "${file}" — kiểm tra tên tệp và thư mục`)),
      ]);
    }
  });

  it("an .xlsx that expands past the cap is refused before exceljs reads it, even when it lies about its sizes", async () => {
    const content = contentCopy();
    // Just past the stated cap of 20 MB, in a file of a few kilobytes.
    const rows = Buffer.from("<row/>".repeat(Math.ceil((20 * 1024 * 1024 + 1) / 6)));
    for (const declared of [rows.length, 100]) {
      const path = join(scratch(), "bom.xlsx");
      writeFileSync(path, zip([{ name: "xl/worksheets/sheet1.xml", data: rows, declared }]));
      expect(readFileSync(path).length).toBeLessThan(100_000);
      const out = await runImport({ file: path, contentDir: content });
      expect(out).toEqual({
        ok: false,
        lines: [
          `"${path}" giải nén ra hơn 20 MB — quá lớn cho một bảng danh sách sản phẩm: xoá ảnh, định dạng và các trang tính không cần, hoặc chia thành nhiều tệp`,
        ],
        written: [],
      });
    }
  });
});

/** A zip archive of deflated entries; `declared` is the uncompressed size its directory states. */
function zip(entries: { name: string; data: Buffer; declared: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(e.data), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(e.declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
