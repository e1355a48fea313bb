/**
 * npm run import -- <tệp.xlsx|tệp.csv> [--dry-run] [--content thư-mục]
 * Creates or updates products (and new producers) from a decision's annex; see
 * docs/huong-dan-bien-tap.md, "Nhập từ bảng tính". Exits 1 on any error, having written nothing.
 */
import { parseArgs } from "node:util";
import { runImport } from "../src/node/import/run.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean" }, content: { type: "string" }, help: { type: "boolean", short: "h" } },
});
const [file] = positionals;
if (values.help || !file || positionals.length > 1) {
  console.log("npm run import -- <tệp.xlsx|tệp.csv> [--dry-run] [--content thư-mục-content]");
  console.log("  --dry-run   chỉ in những gì sẽ tạo, sửa, giữ nguyên; không ghi tệp nào");
  console.log("  Tạo bảng tính mẫu: npm run import:template");
  process.exit(values.help ? 0 : 1);
}
const outcome = await runImport({ file, contentDir: values.content ?? "content", dryRun: values["dry-run"] === true });
(outcome.ok ? console.log : console.error)(outcome.lines.join("\n"));
process.exit(outcome.ok ? 0 : 1);
