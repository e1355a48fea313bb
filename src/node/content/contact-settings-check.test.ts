/** The content check over content/settings/lien-he.md (the catalogue team's contact e-mail). */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "./check.ts";
import { formatProblem } from "./report.ts";

const FIXTURES = join(import.meta.dirname, "../../../tests/fixtures");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture catalogue with content/settings/<name> replaced (null: removed). */
function withFile(name: string, text: string | null): string {
  const root = mkdtempSync(join(tmpdir(), "ocop-contact-"));
  made.push(root);
  cpSync(join(FIXTURES, "content"), join(root, "content"), { recursive: true });
  const file = join(root, "content", "settings", name);
  if (text === null) rmSync(file);
  else writeFileSync(file, text);
  return join(root, "content");
}
const report = (dir: string) => checkContent(dir).map(formatProblem).join("\n");

describe("contact settings check", () => {
  it("accepts the fixture's address", () => {
    expect(checkContent(withFile("lien-he.md", "---\nemail: bien-tap@vi-du.vn\n---\n"))).toEqual([]);
  });
  it("names the file, the line and the field of an address that is not an e-mail", () => {
    expect(report(withFile("lien-he.md", "---\n# liên hệ\nemail: bien-tap at vi-du.vn\n---\n"))).toMatch(
      /content\/settings\/lien-he\.md:3 — email — .*ten@ten-mien\.vn/,
    );
  });
  it("asks for the file when it is missing", () => {
    expect(report(withFile("lien-he.md", null))).toMatch(
      /content\/settings\/lien-he\.md:1 — \(tệp\) — thiếu tệp địa chỉ liên hệ — tạo content\/settings\/lien-he\.md/,
    );
  });
  it("refuses a misspelt key instead of ignoring it", () => {
    expect(report(withFile("lien-he.md", "---\nemail: bien-tap@vi-du.vn\nmail: x@vi-du.vn\n---\n"))).toMatch(
      /lien-he\.md:3 — mail — trường "mail" không có trong mẫu/,
    );
  });
  it("names a settings file the site does not read", () => {
    expect(report(withFile("lienhe.md", "---\nemail: bien-tap@vi-du.vn\n---\n"))).toMatch(
      /content\/settings\/lienhe\.md:1 — \(tên tệp\) — tệp cài đặt lạ — .*qua-tang\.md, lien-he\.md/,
    );
  });
});
