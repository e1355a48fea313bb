/**
 * Import benchmark: a generated 600-row .xlsx (the size of the province's list: 643 products in
 * 11/2025) imported into a temporary copy of the fixture content, timing the --dry-run, the real
 * import (with its content check) and a second run that must change nothing. Prints figures.
 *
 *   node scripts/bench/import.ts [rows]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { COLUMNS } from "../../src/node/import/columns.ts";
import { runImport } from "../../src/node/import/run.ts";
import { importContentCopy } from "../lib/import-fixture.ts";

const ROWS = Number(process.argv[2] ?? 600);
const PLACES: [string, string][] = [
  ["Vạn Tường", ""],
  ["", "xã Bình Hải, huyện Bình Sơn"],
  ["", "xã Đắk Kôi, huyện Kon Rẫy, tỉnh Kon Tum"],
  ["Bình Thạnh", ""],
  ["đặc khu Lý Sơn", ""],
  ["", "phường Nghĩa Chánh, thành phố Quảng Ngãi"],
];
const KINDS = ["hợp tác xã", "doanh nghiệp", "hộ kinh doanh", "cá nhân"];

async function sheet(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Nhập OCOP");
  ws.addRow(COLUMNS.map((c) => c.header));
  for (let i = 0; i < ROWS; i++) {
    const stars = i % 50 === 0 ? 5 : i % 10 === 0 ? 4 : 3;
    const [locality, former] = PLACES[i % PLACES.length]!;
    const producer = Math.floor(i / 3);
    const values: Record<string, unknown> = {
      stt: i + 1,
      name: `Sản phẩm thử ${i + 1}`,
      producer: `Chủ thể thử ${producer + 1}`,
      producerKind: KINDS[producer % KINDS.length],
      locality,
      formerAddress: former,
      stars,
      level: stars === 5 ? "quốc gia" : i % 7 === 0 && stars === 3 ? "huyện" : "tỉnh",
      decision: `${1000 + (i % 40)}/QĐ-UBND`,
      decisionDate: i % 4 === 0 ? null : new Date(Date.UTC(2023 + (i % 3), i % 12, 1 + (i % 28))),
      year: i % 4 === 0 ? 2024 : null,
      group: i % 5 === 0 ? "Đồ uống" : "Thực phẩm",
      subgroup: i % 5 === 0 ? "ruou" : "Gia vị",
      summary: i % 2 === 0 ? null : `Sản phẩm thử số ${i + 1}, dùng để đo thời gian nhập bảng tính.`,
      source: `https://example.vn/quyet-dinh/${1000 + (i % 40)}`,
    };
    ws.addRow(COLUMNS.map((c) => values[c.key] ?? null));
  }
  await book.xlsx.writeFile(path);
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

const dir = mkdtempSync(join(tmpdir(), "ocop-bench-import-"));
const content = importContentCopy();
const cliContent = importContentCopy();
try {
  const file = join(dir, "bang.xlsx");
  const [, makeMs] = await timed(() => sheet(file));
  const [dry, dryMs] = await timed(() => runImport({ file, contentDir: content, dryRun: true }));
  const [real, realMs] = await timed(() => runImport({ file, contentDir: content }));
  const [again, againMs] = await timed(() => runImport({ file, contentDir: content }));
  for (const out of [dry, real, again]) {
    if (!out.ok) throw new Error(out.lines.join("\n"));
  }
  if (again.written.length !== 0) throw new Error("the second run changed files");
  // What an editor waits for: `npm run import -- bang.xlsx` in a fresh Node process.
  const cliStart = performance.now();
  const cli = spawnSync(process.execPath, [join(import.meta.dirname, "../import.ts"), file, "--content", cliContent], {
    encoding: "utf8",
  });
  const cliMs = performance.now() - cliStart;
  if (cli.status !== 0) throw new Error(cli.stderr);
  console.log(`\n## Spreadsheet import, ${ROWS} rows (.xlsx), fixture content copy\n`);
  console.log("| step | ms | result |");
  console.log("| --- | --: | --- |");
  console.log(`| generate sheet | ${makeMs.toFixed(0)} | ${file} |`);
  console.log(`| import --dry-run | ${dryMs.toFixed(0)} | ${dry.lines.at(-2)} |`);
  console.log(`| import (write + content check) | ${realMs.toFixed(0)} | ${real.written.length} files written |`);
  console.log(`| second import (no-op) | ${againMs.toFixed(0)} | ${again.lines.at(-1)} |`);
  console.log(
    `| whole command, fresh process (node scripts/import.ts) | ${cliMs.toFixed(0)} | ${cli.stdout.trim().split("\n").at(-1)} |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirname(content), { recursive: true, force: true });
  rmSync(dirname(cliContent), { recursive: true, force: true });
}
