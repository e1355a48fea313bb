/**
 * The one writer of content/: a set of files written as one transaction, for the import and for
 * new:product / new:producer. Each file goes to a temporary name in its own folder and is then
 * moved into place, so a file is never half written. A new file never replaces an existing path
 * (it is linked into place, which fails if the name is taken, the same guarantee as the "wx"
 * flag); a changed file is replaced only if it still holds the text the change was made from.
 * On any failure every file already written is put back, and an undo step that fails does not
 * stop the others: all failures are reported.
 */
import * as fs from "node:fs";
import { dirname, join } from "node:path";

export interface FileWrite {
  /** Absolute path. */
  path: string;
  text: string;
  /** The text the new one was made from; null when the file must not exist yet. */
  before: string | null;
}

/** The file-system calls the writer makes, replaceable in tests to make one of them fail. */
export interface WriteOps {
  writeFile(path: string, text: string, flag: "wx"): void;
  readFile(path: string): string;
  link(from: string, to: string): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** Creates an empty file; fails if the path exists. */
  reserve(path: string): void;
}

export const nodeOps: WriteOps = {
  writeFile: (path, text, flag) => fs.writeFileSync(path, text, { flag }),
  readFile: (path) => fs.readFileSync(path, "utf8"),
  link: (from, to) => fs.linkSync(from, to),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path),
  reserve: (path) => fs.closeSync(fs.openSync(path, "wx")),
};

/** One thing that went wrong, on one file. */
export interface WriteFailure {
  path: string;
  /** What the writer was doing, in Vietnamese: "ghi", "khôi phục"… */
  step: string;
  reason: string;
}

/** Writing failed: `failure` is why; `undo` lists the files that could not be put back (empty when all were). */
export class WriteError extends Error {
  readonly failure: WriteFailure;
  readonly undoFailures: WriteFailure[];
  constructor(failure: WriteFailure, undoFailures: WriteFailure[]) {
    super(`${failure.step} ${failure.path}: ${failure.reason}`);
    this.failure = failure;
    this.undoFailures = undoFailures;
  }
}

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EEXIST: "tệp đã có — không ghi đè",
    ENAMETOOLONG: "tên tệp quá dài",
    EACCES: "không có quyền ghi",
    EPERM: "không có quyền ghi",
    ENOSPC: "ổ đĩa đầy",
    EROFS: "ổ đĩa chỉ đọc",
    ENOENT: "không tìm thấy tệp hoặc thư mục",
    ENOTDIR: "đường dẫn có một phần không phải thư mục",
    EISDIR: "đã có một thư mục cùng tên",
  };
  return (code && known[code]) ?? (error as Error).message;
};

let counter = 0;
/** A short temporary name in the same folder (so the final move is a rename), never matched by "*.md". */
const temporaryName = (path: string) => join(dirname(path), `.ocop-${process.pid}-${Date.now()}-${counter++}.tmp`);

/** What the transaction did to one file, so it can be put back. */
type Done = { path: string; text: string; before: string | null };

function tryStep(failures: WriteFailure[], path: string, step: string, action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    failures.push({ path, step, reason: reasonOf(error) });
    return false;
  }
}

/** Puts back every file in `done`, last first; returns the steps that failed (the others still ran). */
function undoAll(done: Done[], ops: WriteOps): WriteFailure[] {
  const failures: WriteFailure[] = [];
  for (const d of [...done].reverse()) {
    let current: string;
    try {
      current = ops.readFile(d.path);
    } catch (error) {
      // A new file someone has already removed needs nothing more.
      if (d.before !== null || (error as NodeJS.ErrnoException).code !== "ENOENT")
        failures.push({ path: d.path, step: "khôi phục", reason: reasonOf(error) });
      continue;
    }
    if (current !== d.text) {
      failures.push({ path: d.path, step: "khôi phục", reason: "tệp đã bị sửa sau khi ghi — không đụng đến, kiểm tra bằng tay" });
      continue;
    }
    if (d.before === null) {
      tryStep(failures, d.path, "xoá tệp vừa tạo", () => ops.unlink(d.path));
      continue;
    }
    const before = d.before;
    const tmp = temporaryName(d.path);
    const restored =
      tryStep(failures, d.path, "khôi phục", () => ops.writeFile(tmp, before, "wx")) &&
      tryStep(failures, d.path, "khôi phục", () => ops.rename(tmp, d.path));
    if (!restored) removeTemporary(tmp, ops, failures);
  }
  return failures;
}

/** Removes a temporary file if it is there; a failure to do so is reported with the others. */
function removeTemporary(tmp: string, ops: WriteOps, failures: WriteFailure[]): void {
  try {
    ops.unlink(tmp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") failures.push({ path: tmp, step: "xoá tệp tạm", reason: reasonOf(error) });
  }
}

/** Is this the error of a file system without hard links? */
const noLinks = (error: unknown) => ["EPERM", "ENOTSUP", "ENOSYS"].includes((error as NodeJS.ErrnoException).code ?? "");

/** Writes one file through its temporary name, recording in `done` what must be undone as soon as it is on disk. */
function writeOne(f: FileWrite, tmp: string, ops: WriteOps, done: Done[]): void {
  if (f.before !== null && ops.readFile(f.path) !== f.before) {
    throw Object.assign(new Error("tệp đã đổi từ lúc đọc — chạy lại lệnh"), { code: "CHANGED" });
  }
  ops.writeFile(tmp, f.text, "wx");
  if (f.before !== null) {
    ops.rename(tmp, f.path);
    done.push({ path: f.path, text: f.text, before: f.before });
    return;
  }
  try {
    // Linking never replaces an existing path: EEXIST if the name is taken.
    ops.link(tmp, f.path);
    done.push({ path: f.path, text: f.text, before: null });
    ops.unlink(tmp);
    return;
  } catch (error) {
    if (!noLinks(error)) throw error;
  }
  // A file system without hard links: reserve the name ("wx"), then move the file onto it.
  ops.reserve(f.path);
  const entry: Done = { path: f.path, text: "", before: null };
  done.push(entry);
  ops.rename(tmp, f.path);
  entry.text = f.text;
}

/**
 * Writes every file or none. Returns the function that puts them all back (for a check that
 * fails after writing); it returns the undo steps that failed. Throws WriteError, having put back
 * what it had written, when a file cannot be written.
 */
export function writeFiles(files: readonly FileWrite[], ops: WriteOps = nodeOps): () => WriteFailure[] {
  const done: Done[] = [];
  for (const f of files) {
    const tmp = temporaryName(f.path);
    try {
      writeOne(f, tmp, ops, done);
    } catch (error) {
      const failures: WriteFailure[] = [];
      removeTemporary(tmp, ops, failures);
      const reason = (error as NodeJS.ErrnoException).code === "CHANGED" ? (error as Error).message : reasonOf(error);
      throw new WriteError({ path: f.path, step: "ghi", reason }, [...undoAll(done, ops), ...failures]);
    }
  }
  return () => undoAll(done, ops);
}

/** The lines that tell an editor what failed and what was not put back; `show` shortens paths. */
export function describeWriteError(error: WriteError, show: (path: string) => string): string[] {
  const f = error.failure;
  const lines = [`Không ${f.step} được ${show(f.path)}: ${f.reason}.`];
  lines.push(...describeUndo(error.undoFailures, show));
  return lines;
}

/** "Put everything back", or which files could not be put back and how to recover them. */
export function describeUndo(failures: readonly WriteFailure[], show: (path: string) => string): string[] {
  if (failures.length === 0) return ["Đã khôi phục mọi tệp như trước."];
  return [
    `Không khôi phục được ${failures.length} tệp — sửa tay (bản trước còn trong git: git checkout -- <tệp>):`,
    ...failures.map((u) => `  ${show(u.path)}: ${u.step} — ${u.reason}`),
  ];
}
