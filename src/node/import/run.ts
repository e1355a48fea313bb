/**
 * `npm run import`: a sheet → checked rows → a plan → files written as one transaction, then the
 * content check over the result (rolled back if it fails). Returns what to print, so tests and
 * the bench call it directly.
 */
import { join, relative, resolve } from "node:path";
import { checkContent } from "../content/check.ts";
import { formatProblem } from "../content/report.ts";
import { matchHeader, type HeaderMatch } from "./columns.ts";
import { readImportContent, str, type ImportContent } from "./content.ts";
import { LocalityResolver } from "./localities.ts";
import { planImport, type Plan, type PlannedFile } from "./plan.ts";
import { readSheet, SheetError, type SheetRow } from "./read-sheet.ts";
import { formatRowProblem, parseRow, type GroupRef, type RowData, type RowProblem } from "./rows.ts";
import { describeUndo, describeWriteError, writeFiles, WriteError } from "../content/write-files.ts";

export interface ImportOptions {
  /** The .xlsx or .csv file. */
  file: string;
  contentDir: string;
  dryRun?: boolean;
}

export interface ImportOutcome {
  ok: boolean;
  /** What the command prints, line by line (errors included). */
  lines: string[];
  plan?: Plan;
  /** Files written (absolute paths); empty on a dry run, on errors and when nothing changed. */
  written: string[];
}

export function groupsOf(content: ImportContent): GroupRef[] {
  return content.groups
    .map((g) => ({
      id: g.id,
      name: str(g, "name") ?? g.id,
      order: typeof g.data["order"] === "number" ? g.data["order"] : 99,
      subgroups: (Array.isArray(g.data["subgroups"]) ? (g.data["subgroups"] as { id?: unknown; name?: unknown }[]) : [])
        .filter((s) => typeof s?.id === "string")
        .map((s) => ({ id: String(s.id), name: String(s.name ?? s.id) })),
    }))
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ id: g.id, name: g.name, subgroups: g.subgroups }));
}

const ACTION_WORDS = { create: "tạo", update: "sửa", unchanged: "giữ" } as const;

function failed(lines: string[], problems: readonly RowProblem[] | readonly string[], plan?: Plan): ImportOutcome {
  const shown = problems.map((p) => (typeof p === "string" ? p : formatRowProblem(p)));
  return {
    ok: false,
    lines: [...lines, `Bảng tính có ${shown.length} lỗi — không ghi tệp nào:`, ...shown.map((l) => `  ${l}`)],
    ...(plan ? { plan } : {}),
    written: [],
  };
}

export async function runImport(options: ImportOptions): Promise<ImportOutcome> {
  const contentDir = resolve(options.contentDir);
  const lines: string[] = [];
  let sheet;
  try {
    sheet = await readSheet(options.file);
  } catch (error) {
    // One line: which file, what is wrong with it, what to do.
    if (error instanceof SheetError) return { ok: false, lines: [error.message], written: [] };
    throw error;
  }
  const header = matchHeader(sheet.header);
  lines.push(`Đọc ${options.file}: ${sheet.rows.length} dòng sản phẩm.`);
  if (header.unknown.length > 0) {
    lines.push(`Cột không dùng (bỏ qua): ${header.unknown.map((h) => `"${h}"`).join(", ")}`);
  }
  if (header.problems.length > 0) return failed(lines, header.problems);
  if (sheet.rows.length === 0) return failed(lines, ["bảng tính không có dòng sản phẩm nào dưới dòng tiêu đề — thêm từ dòng 2"]);

  const content = readImportContent(contentDir);
  const { plan, problems, notices } = planRows(sheet.rows, header, content);
  const unreadable = unreadableFiles(plan, content);
  problems.push(...unreadable.onRows);
  if (problems.length > 0 || unreadable.others.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    return failed(lines, [...unreadable.others, ...problems.map(formatRowProblem)], plan);
  }

  const changed = plan.files.filter((f) => f.action !== "unchanged");
  lines.push(...describePlan(plan, changed, notices));
  if (changed.length === 0) {
    lines.push("Không có thay đổi: nội dung đã khớp với bảng tính, không ghi tệp nào.");
    return { ok: true, lines, plan, written: [] };
  }
  if (options.dryRun) {
    lines.push("Chạy thử (--dry-run): không ghi tệp nào.");
    return { ok: true, lines, plan, written: [] };
  }
  return writeChecked(contentDir, content, changed, lines, plan);
}

/** The sheet's rows parsed and planned against the content: the plan, the problems that stop the import, the notices to print. */
function planRows(
  sheetRows: readonly SheetRow[],
  header: HeaderMatch,
  content: ImportContent,
): { plan: Plan; problems: RowProblem[]; notices: RowProblem[] } {
  const ctx = { groups: groupsOf(content), producers: content.producers, localities: new LocalityResolver(content.localities) };
  const problems: RowProblem[] = [];
  const notices: RowProblem[] = [];
  const rows: RowData[] = [];
  for (const row of sheetRows) {
    const parsed = parseRow(row, header, ctx);
    problems.push(...parsed.problems);
    notices.push(...parsed.notices);
    if (parsed.data) rows.push(parsed.data);
  }
  const plan = planImport(rows, content);
  notices.push(...plan.notices);
  problems.push(...plan.problems);
  return { plan, problems, notices };
}

/**
 * The content's files that cannot be read, each a problem: a file that cannot be read is never a
 * free slot. The row that lands on one says so (`onRows`), and any other such file stops the run
 * too (`others`: a row may be its product under another name).
 */
function unreadableFiles(plan: Plan, content: ImportContent): { onRows: RowProblem[]; others: string[] } {
  const unreadable = new Map(content.unreadable.map((u) => [u.path, u]));
  const cannotRead = (u: (typeof content.unreadable)[number]) =>
    `tệp ${u.problem.file}:${u.problem.line} không đọc được: ${u.problem.message} — sửa tệp này trước rồi nhập lại`;
  const onRows: RowProblem[] = [];
  for (const f of plan.files) {
    const u = unreadable.get(f.path);
    if (!u) continue;
    onRows.push({ row: f.rows[0]!, message: cannotRead(u) });
    unreadable.delete(f.path);
  }
  return { onRows, others: [...unreadable.values()].map(cannotRead) };
}

/** What the import will do, as printed: each file it changes, the counts, and the notices. */
function describePlan(plan: Plan, changed: readonly PlannedFile[], notices: RowProblem[]): string[] {
  const lines: string[] = [];
  for (const f of changed) {
    const rowsText = `dòng ${f.rows.join(", ")}`;
    const what = f.changes.length > 0 ? `: ${f.changes.join(", ")}` : "";
    lines.push(`  ${ACTION_WORDS[f.action]} ${f.file} (${rowsText})${what}`);
  }
  const count = (collection: string, action: string) =>
    plan.files.filter((f) => f.collection === collection && f.action === action).length;
  lines.push(
    `Sản phẩm: ${count("products", "create")} tạo mới, ${count("products", "update")} cập nhật, ${count("products", "unchanged")} không đổi; chủ thể: ${count("producers", "create")} tạo mới.`,
  );
  if (notices.length > 0) {
    // Gaps the sources leave: imported as the catalogue shows them by hand, listed so the editor can look for the missing fact.
    lines.push(`Lưu ý (${notices.length}) — nguồn thiếu thông tin, không phải lỗi; trang hiện như sau:`);
    for (const n of notices.sort((a, b) => a.row - b.row)) lines.push(`  ${formatRowProblem(n)}`);
  }
  return lines;
}

/** Writes the changed files as one transaction, then checks the content they make: undone if it fails. */
function writeChecked(
  contentDir: string,
  content: ImportContent,
  changed: readonly PlannedFile[],
  lines: string[],
  plan: Plan,
): ImportOutcome {
  const root = join(contentDir, "..");
  const show = (path: string) => relative(root, path);
  const before = new Map(content.products.map((p) => [p.path, p.text]));
  let undo;
  try {
    undo = writeFiles(changed.map((f) => ({ path: f.path, text: f.text, before: before.get(f.path) ?? null })));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return { ok: false, lines: [...lines, ...describeWriteError(error, show)], plan, written: [] };
  }
  const paths = new Set(changed.map((f) => f.path));
  const after = checkContent(contentDir).filter((p) => paths.has(resolve(root, p.file)));
  if (after.length > 0) {
    const undoFailures = undo();
    return {
      ok: false,
      lines: [
        ...lines,
        `Kiểm tra nội dung sau khi ghi có ${after.length} lỗi${undoFailures.length === 0 ? " — đã khôi phục mọi tệp như trước" : ""}:`,
        ...after.map((p) => `  ${formatProblem(p)}`),
        ...(undoFailures.length > 0 ? describeUndo(undoFailures, show) : []),
      ],
      plan,
      written: [],
    };
  }
  lines.push(`Đã ghi ${changed.length} tệp; kiểm tra nội dung: hợp lệ.`);
  return { ok: true, lines, plan, written: changed.map((f) => f.path) };
}
