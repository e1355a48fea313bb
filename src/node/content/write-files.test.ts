import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeOps, writeFiles, WriteError, type WriteOps } from "./write-files.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder with one existing file, "old.md", as an editor left it. */
function folder(): { dir: string; old: string } {
  const dir = mkdtempSync(join(tmpdir(), "ocop-write-"));
  dirs.push(dir);
  const old = join(dir, "old.md");
  writeFileSync(old, "---\nname: Cũ\n---\nCâu chuyện của biên tập viên.\n");
  return { dir, old };
}

const listing = (dir: string) => readdirSync(dir).sort();

describe("writing content files as one transaction", () => {
  it("writes new and changed files and leaves no temporary file", () => {
    const { dir, old } = folder();
    const before = readFileSync(old, "utf8");
    writeFiles([
      { path: join(dir, "new.md"), text: "mới\n", before: null },
      { path: old, text: "sửa\n", before },
    ]);
    expect(listing(dir)).toEqual(["new.md", "old.md"]);
    expect(readFileSync(old, "utf8")).toBe("sửa\n");
  });

  it("never creates over an existing path: the file made since the plan was read stays, nothing else is left", () => {
    const { dir, old } = folder();
    const before = readFileSync(old, "utf8");
    let error: unknown;
    try {
      writeFiles([
        { path: join(dir, "a.md"), text: "a\n", before: null },
        { path: old, text: "ghi đè\n", before: null },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).failure).toMatchObject({ path: old, reason: "tệp đã có — không ghi đè" });
    expect((error as WriteError).undoFailures).toEqual([]);
    expect(readFileSync(old, "utf8")).toBe(before);
    expect(listing(dir)).toEqual(["old.md"]);
  });

  it("does not replace a file that changed since it was read", () => {
    const { dir, old } = folder();
    expect(() => writeFiles([{ path: old, text: "x\n", before: "bản khác\n" }])).toThrow(/đã đổi từ lúc đọc/);
    expect(listing(dir)).toEqual(["old.md"]);
  });

  it("a path that cannot be written (a name too long for the file system) midway: everything before it is undone", () => {
    const { dir, old } = folder();
    const before = readFileSync(old, "utf8");
    mkdirSync(join(dir, "producers"));
    const long = join(dir, `${"san-pham-ten-rat-dai-".repeat(20)}.md`);
    expect(() =>
      writeFiles([
        { path: join(dir, "producers", "htx-moi.md"), text: "chủ thể mới\n", before: null },
        { path: old, text: "sửa\n", before },
        { path: long, text: "sản phẩm\n", before: null },
      ]),
    ).toThrow(expect.objectContaining({ failure: expect.objectContaining({ reason: "tên tệp quá dài" }), undoFailures: [] }));
    expect(listing(dir)).toEqual(["old.md", "producers"]);
    expect(listing(join(dir, "producers"))).toEqual([]);
    expect(readFileSync(old, "utf8")).toBe(before);
  });

  it("an undo step that fails does not stop the others, and every failure is reported", () => {
    const { dir, old } = folder();
    const before = readFileSync(old, "utf8");
    const other = join(dir, "other.md");
    writeFileSync(other, "khác\n");
    let writes = 0;
    // The third file cannot be written; then putting back other.md fails too.
    const ops: WriteOps = {
      ...nodeOps,
      writeFile(path, text, flag) {
        writes++;
        if (writes === 4) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
        nodeOps.writeFile(path, text, flag);
      },
      rename(from, to) {
        if (to === other && readFileSync(from, "utf8") === "khác\n") throw Object.assign(new Error("denied"), { code: "EACCES" });
        nodeOps.rename(from, to);
      },
    };
    let error: unknown;
    try {
      writeFiles(
        [
          { path: join(dir, "new.md"), text: "mới\n", before: null },
          { path: old, text: "sửa\n", before },
          { path: other, text: "khác, sửa\n", before: "khác\n" },
          { path: join(dir, "fourth.md"), text: "bốn\n", before: null },
        ],
        ops,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    const { failure, undoFailures } = error as WriteError;
    expect(failure).toMatchObject({ path: join(dir, "fourth.md"), reason: "ổ đĩa đầy" });
    expect(undoFailures).toEqual([{ path: other, step: "khôi phục", reason: "không có quyền ghi" }]);
    // The steps after the failed one still ran: old.md is back, new.md is gone; no temporary file is left.
    expect(readFileSync(old, "utf8")).toBe(before);
    expect(readFileSync(other, "utf8")).toBe("khác, sửa\n");
    expect(listing(dir)).toEqual(["old.md", "other.md"]);
  });

  it("the returned undo puts everything back after a later check fails", () => {
    const { dir, old } = folder();
    const before = readFileSync(old, "utf8");
    const undo = writeFiles([
      { path: join(dir, "new.md"), text: "mới\n", before: null },
      { path: old, text: "sửa\n", before },
    ]);
    expect(undo()).toEqual([]);
    expect(listing(dir)).toEqual(["old.md"]);
    expect(readFileSync(old, "utf8")).toBe(before);
  });
});
