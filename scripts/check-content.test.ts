import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentCopy } from "./lib/project-copy.ts";
import { BROKEN_ENTRY_ERRORS, brokenCopy } from "../tests/fixtures/broken-entry.ts";

const ROOT = join(import.meta.dirname, "..");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("npm run check:content", () => {
  it("lists every error of a broken entry at once as file:line — field — what is wrong — how to fix, and exits 1", () => {
    const content = brokenCopy();
    made.push(dirname(content));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/check-content.ts"), content], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("  content/"));
    expect(lines.map((l) => l.trim().split(" — ").slice(0, 2).join(" — "))).toEqual(BROKEN_ENTRY_ERRORS);
    // Four parts: where, which field (or "(nội dung)", the body), what is wrong, how to fix.
    for (const line of lines) expect(line, line).toMatch(/^ {2}content\/products\/hong\.md:\d+ — (\S+|\([^)]+\)) — .+ — .+$/);
    expect(run.stderr.startsWith(`Nội dung có ${BROKEN_ENTRY_ERRORS.length} lỗi trong 1 tệp`), run.stderr).toBe(true);
    expect(run.stderr).toContain("ít nhất 800 px");
    expect(run.stderr).toContain('"./khong-phai-anh.jpg" không phải tệp ảnh');
  });

  it("says the content is valid and exits 0 on the fixture catalogue", () => {
    const content = contentCopy();
    made.push(dirname(content));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/check-content.ts"), content], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Nội dung hợp lệ/);
  });
});
