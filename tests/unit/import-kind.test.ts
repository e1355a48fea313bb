/**
 * The import sheet's "Loại sản phẩm" column: a kind named as the site shows it (or by
 * its id, with or without diacritics) is written to the product; an unknown one is refused with
 * its row and column; an empty cell leaves the sub-group's kind.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { runImport } from "../../src/node/import/run.ts";
import { readData } from "../../src/node/content/files.ts";
import { importContentCopy, snapshot } from "../../scripts/lib/import-fixture.ts";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

const HEADER = [
  "Tên sản phẩm",
  "Chủ thể",
  "Xã/phường",
  "Hạng sao",
  "Ngày quyết định",
  "Nhóm",
  "Phân nhóm",
  "Loại sản phẩm",
  "Nguồn",
];
const row = (name: string, kind: string | null) => [
  name,
  "Hợp tác xã Mẫu",
  "Lý Sơn",
  4,
  "15/10/2025",
  "Thực phẩm",
  "Gia vị",
  kind,
  "https://example.vn/qd-1898",
];

async function sheet(rows: unknown[][]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ocop-kind-"));
  temps.push(dir);
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Nhập");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, "bang.xlsx");
  await book.xlsx.writeFile(path);
  return path;
}

function contentCopy(): string {
  const content = importContentCopy();
  temps.push(dirname(content));
  return content;
}

const kindOf = (content: string, id: string) => readData(join(content, "products", `${id}.md`))["kind"];

describe("the Loại sản phẩm column", () => {
  it("writes the kind named by its label or id, leaves it out when the cell is empty, and changes it on a later import", async () => {
    const content = contentCopy();
    const out = await runImport({
      file: await sheet([row("Tỏi đen Mẫu", "Tỏi đen"), row("Muối Mẫu", null), row("Hành Mẫu", "hanh")]),
      contentDir: content,
    });
    expect(out.ok, out.lines.join("\n")).toBe(true);
    const ids = readdirSync(join(content, "products"));
    const id = (prefix: string) => ids.find((f) => f.startsWith(prefix))!.replace(/\.md$/, "");
    expect(kindOf(content, id("toi-den-mau"))).toBe("toi-den");
    expect(kindOf(content, id("muoi-mau"))).toBeUndefined();
    expect(kindOf(content, id("hanh-mau"))).toBe("hanh");

    const again = await runImport({ file: await sheet([row("Tỏi đen Mẫu", "toi")]), contentDir: content });
    expect(again.ok, again.lines.join("\n")).toBe(true);
    expect(kindOf(content, id("toi-den-mau"))).toBe("toi");
  });

  it("refuses a kind that is not on the list, naming the row and the column, and writes nothing", async () => {
    const content = contentCopy();
    const before = snapshot(content);
    const out = await runImport({ file: await sheet([row("Tỏi Mẫu", "tỏi Lý Sơn")]), contentDir: content });
    expect(out.ok).toBe(false);
    expect(snapshot(content)).toEqual(before);
    expect(out.lines.map((l) => l.trim())).toContain(
      'dòng 2, cột "Loại sản phẩm" — "tỏi Lý Sơn" không hợp lệ — ghi một loại trong trang "Loại sản phẩm" của mẫu',
    );
  });
});
