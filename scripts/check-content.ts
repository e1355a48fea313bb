/** npm run check:content — lists every content error at once; exits 1 when there is any. */
import { resolve } from "node:path";
import { checkContent } from "../src/node/content/check.ts";
import { formatReport } from "../src/node/content/report.ts";

const dir = resolve(process.argv[2] ?? "content");
const problems = checkContent(dir);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Nội dung hợp lệ (content OK): ${dir}`);
