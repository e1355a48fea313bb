import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentCopy } from "./lib/project-copy.ts";
import { checkContent } from "../src/node/content/check.ts";
import { formatProblem } from "../src/node/content/report.ts";

const ROOT = join(import.meta.dirname, "..");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixtureCopy(): string {
  const content = contentCopy();
  made.push(dirname(content));
  return content;
}

function run(script: string, args: string[], input = "") {
  return spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], { encoding: "utf8", input });
}

const PRODUCT_FLAGS = [
  ["--name", "Tỏi đen Lý Sơn"],
  ["--summary", "Tỏi đen lên men từ tỏi cô đơn Lý Sơn, vị ngọt dịu, để được lâu."],
  ["--group", "thuc-pham"],
  ["--subgroup", "gia-vi"],
  ["--kind", "toi-den"],
  ["--producer", "nha-san-xuat-mau"],
  ["--locality", "ly-son"],
  ["--occasions", "qua-tet"],
  ["--stars", "4"],
  ["--decision", "1898/QĐ-UBND"],
  ["--decision-date", "2025-10-15"],
  ["--evidence", "A"],
  ["--cert-source", "https://example.vn/quyet-dinh"],
  ["--source-title", "Báo mẫu, 16/10/2025"],
  ["--source-url", "https://example.vn/bai"],
].flat();

describe("npm run new:product", () => {
  it("writes a valid product from flags with an ASCII slug, and a second one with a unique slug", () => {
    const content = fixtureCopy();
    const first = run("new-product.ts", [...PRODUCT_FLAGS, "--content", content, "--yes"]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const text = readFileSync(join(content, "products/toi-den-ly-son.md"), "utf8");
    expect(text).toMatch(/^---\nname: Tỏi đen Lý Sơn\n/);
    // The sub-group "gia-vi" draws salt: black garlic is written, as the editor chose it.
    expect(text).toMatch(/\nsubgroup: gia-vi\nkind: toi-den\n/);
    expect(text).toMatch(/ocop:\n {2}stars: 4\n {2}level: tinh\n {2}decision: 1898\/QĐ-UBND\n {2}decisionDate: 2025-10-15\n/);
    expect(text).toMatch(/occasions:\n {2}- qua-tet\n/);
    expect(first.stdout).toContain("http://localhost:4321/san-pham/toi-den-ly-son/");
    expect(run("new-product.ts", [...PRODUCT_FLAGS, "--content", content, "--yes"]).status).toBe(0);
    expect(readdirSync(join(content, "products")).sort()).toEqual([
      "san-pham-mau.md",
      "toi-den-ly-son-2.md",
      "toi-den-ly-son.md",
    ]);
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  it("asks in Vietnamese, re-asks a wrong answer, and takes numbered choices from stdin", () => {
    const content = fixtureCopy();
    const answers = [
      "Đông trùng hạ thảo Măng Đen", // name
      "ngắn", // summary too short: asked again
      "Đông trùng hạ thảo nuôi cấy ở Măng Đen, sấy khô, đóng hộp 10 g.",
      "1", // group
      "9", // not in the list: asked again
      "1", // subgroup
      "", // kind: skipped, the sub-group's is used
      "", // producer: skipped
      "1", // locality
      "1", // occasions
      "5", // stars
      "", // decision number: skipped
      "", // decision date: skipped, so the year is asked
      "2025",
      "B1",
      "https://example.vn/cong-nhan",
      "Báo mẫu",
      "https://example.vn/bai",
      "c", // confirm
    ].join("\n");
    const result = run("new-product.ts", ["--content", content], `${answers}\n`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Tóm tắt 1–2 câu, 20–160 ký tự");
    expect(result.stdout).toContain("! tóm tắt có 4 ký tự, quá ngắn");
    expect(result.stdout).toContain('! "9" không có trong danh sách');
    expect(result.stdout).toContain("1. Thực phẩm (thuc-pham)");
    const text = readFileSync(join(content, "products/dong-trung-ha-thao-mang-den.md"), "utf8");
    expect(text).toMatch(/ocop:\n {2}stars: 5\n {2}level: quoc-gia\n {2}year: 2025\n {2}evidence: B1\n/);
    expect(text).not.toMatch(/^producer:/m);
    expect(text).not.toMatch(/^kind:/m);
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  it("stops with exit 2 and writes nothing when a required flag is missing under --yes or a flag is not a known entry", () => {
    const content = fixtureCopy();
    const missing = run("new-product.ts", ["--content", content, "--yes"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/thiếu --name/);
    const unknown = run("new-product.ts", [...PRODUCT_FLAGS, "--group", "khong-co", "--content", content, "--yes"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--group "khong-co": không có trong danh sách — chọn một trong: thuc-pham/);
    expect(readdirSync(join(content, "products"))).toEqual(["san-pham-mau.md"]);
  });

  it("stops when stdin ends before every question is answered", () => {
    const result = run("new-product.ts", ["--content", fixtureCopy()], "Tỏi\n");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/hết dữ liệu vào/);
  });
});

describe("npm run new:producer", () => {
  it("writes a valid producer from flags", () => {
    const content = fixtureCopy();
    const result = run("new-producer.ts", [
      ...["--name", "Hợp tác xã Nông nghiệp Đức Nhuận", "--kind", "hop-tac-xa", "--locality", "ly-son"],
      ...["--phones", "0905 123 456", "--source-title", "Báo mẫu", "--source-url", "https://example.vn/bai"],
      ...["--content", content, "--yes"],
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const text = readFileSync(join(content, "producers/hop-tac-xa-nong-nghiep-duc-nhuan.md"), "utf8");
    expect(text).toMatch(/kind: hop-tac-xa\nlocality: ly-son\ncontacts:\n {2}phones:\n {4}- 0905 123 456\n/);
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  it("asks for the kind from a numbered list on stdin", () => {
    const content = fixtureCopy();
    const answers = ["Hộ kinh doanh Bà Sáu", "3", "", "thôn Đông, Lý Sơn", "12345", "", "Báo mẫu", "https://example.vn/b", ""];
    const result = run("new-producer.ts", ["--content", content], `${answers.join("\n")}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3. Hộ kinh doanh (ho-kinh-doanh)");
    expect(result.stdout).toContain("! không phải số điện thoại Việt Nam");
    const text = readFileSync(join(content, "producers/ho-kinh-doanh-ba-sau.md"), "utf8");
    expect(text).toMatch(/kind: ho-kinh-doanh\naddress: thôn Đông, Lý Sơn\nsources:/);
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });
});
