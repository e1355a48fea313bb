/** The content check over content/settings/qua-tang.md (gift guide price bands, Tết guide). */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "./check.ts";
import { formatProblem } from "./report.ts";

const FIXTURES = join(import.meta.dirname, "../../../tests/fixtures");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function withSettings(text: string | null): string {
  const root = mkdtempSync(join(tmpdir(), "ocop-gifts-"));
  made.push(root);
  cpSync(join(FIXTURES, "content"), join(root, "content"), { recursive: true });
  const file = join(root, "content", "settings", "qua-tang.md");
  if (text === null) rmSync(file);
  else writeFileSync(file, text);
  return join(root, "content");
}

describe("gift settings check", () => {
  it("accepts the fixture settings", () => {
    expect(checkContent(withSettings("---\npriceBands: [200000, 500000]\ntetOccasion: qua-tet\n---\n"))).toEqual([]);
  });
  it("rejects bands that do not go up, naming the field", () => {
    const problems = checkContent(withSettings("---\npriceBands: [500000, 200000]\ntetOccasion: qua-tet\n---\n"));
    expect(problems.map(formatProblem).join("\n")).toMatch(/settings\/qua-tang\.md:2 — priceBands — .*tăng dần/);
  });
  it("rejects a Tết guide that is not an occasion", () => {
    const problems = checkContent(withSettings("---\npriceBands: [200000]\ntetOccasion: tet-xua\n---\n"));
    expect(problems.map(formatProblem).join("\n")).toMatch(/tetOccasion — "tet-xua" không tồn tại trong content\/occasions\//);
  });
  it("asks for the settings file when it is missing", () => {
    const problems = checkContent(withSettings(null));
    expect(problems.map(formatProblem).join("\n")).toMatch(/thiếu tệp cài đặt quà tặng — tạo content\/settings\/qua-tang\.md/);
  });
});
