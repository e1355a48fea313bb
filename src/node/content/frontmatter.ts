/**
 * The one frontmatter reader. Everything that reads or writes content/ (the content check, the
 * import, new:product and new:producer, the writers' own read-back) finds the frontmatter with
 * Astro's own function (`extractFrontmatter` from `astro/markdown`: the first "---" at the top,
 * up to the next line that starts with "---") and reads it with js-yaml, the library Astro
 * reads it with. A file this reader cannot read is a problem with file:line and a fix, never an
 * empty entry.
 *
 * Two readings, the same structure (where the frontmatter ends, which keys and lists exist,
 * which files are syntax errors) and the same values except dates:
 * - "astro", what the build receives: a plain calendar date (2025-10-15) is a Date as in Astro;
 *   a date Astro would change ("2025-13-40" rolls over into 2026) or a date with a time stays text,
 *   so the schema refuses it. The content check and the import's schema check read this way.
 * - "written" (the default): dates stay the text the editor wrote, so the import can compare a
 *   file's fields with a sheet's cells and writers can read back exactly what they wrote.
 */
import { readFileSync } from "node:fs";
import { extractFrontmatter } from "astro/markdown";
import { DEFAULT_SCHEMA, load, Type, YAMLException } from "js-yaml";
import { parseIsoDate } from "../../lib/values/dates.ts";
import type { ContentProblem } from "./report.ts";

export interface Frontmatter {
  /** The fields, as a map. */
  data: Record<string, unknown>;
  /** The text between the delimiters, as Astro cuts it (it begins with the rest of the opening "---" line). */
  yaml: string;
  /** Offset of `yaml` in the file's text: the text before it ends with the opening "---". */
  start: number;
  /** Line of the file (1-based) on which `yaml` begins: the opening "---" line. Line n of `yaml` (0-based) is line `line + n`. */
  line: number;
  /** The Markdown body as Astro renders it (after the closing "---", trimmed), and the file line it begins on. */
  body: string;
  bodyLine: number;
}

export type FrontmatterResult = { ok: true; frontmatter: Frontmatter } | { ok: false; problem: ContentProblem };

/** A file whose frontmatter cannot be read, for callers that stop at the first one. */
export class FrontmatterError extends Error {
  readonly problem: ContentProblem;
  constructor(problem: ContentProblem) {
    super(`${problem.file}:${problem.line} — ${problem.field} — ${problem.message}`);
    this.problem = problem;
  }
}

/** How a reading resolves the YAML timestamp type; every other type is js-yaml's default, as in Astro. */
const SCHEMAS = {
  astro: DEFAULT_SCHEMA.extend({
    implicit: [
      new Type("tag:yaml.org,2002:timestamp", {
        kind: "scalar",
        resolve: (text: string) => parseIsoDate(text) !== null,
        construct: (text: string) => parseIsoDate(text),
        instanceOf: Date,
      }),
    ],
  }),
  written: DEFAULT_SCHEMA.extend({
    implicit: [new Type("tag:yaml.org,2002:timestamp", { kind: "scalar", resolve: () => false })],
  }),
};

export type Reading = keyof typeof SCHEMAS;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * The first line up to `last` whose value opens a quote it does not close. YAML lets a quoted
 * value run over several lines, so js-yaml stops wherever the runaway value meets the next quote
 * (often many lines below); frontmatter values are one line, so this is where the fix goes.
 */
function unclosedQuote(lines: readonly string[], last: number): { line: number; quote: string } | undefined {
  for (let i = 0; i <= last && i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, quote, rest] = m as unknown as [string, string, string];
    const unescaped = quote === '"' ? rest.replace(/\\./g, "") : rest.replaceAll("''", "");
    if (!unescaped.includes(quote)) return { line: i, quote };
  }
  return undefined;
}

/** Why js-yaml refused the text, said for an editor, at the line where the fix goes. */
function syntaxProblem(err: YAMLException, yaml: string, lastOpened: number | undefined): { line: number; message: string } {
  const lines = yaml.split("\n");
  const runaway = unclosedQuote(lines, err.mark.line);
  const atEnd = /within a (?:double|single) quoted scalar/.test(err.reason) && lastOpened !== undefined;
  if (runaway || atEnd) {
    const quote = runaway?.quote ?? (err.reason.includes("double") ? '"' : "'");
    return {
      line: runaway?.line ?? lastOpened!,
      message: `thiếu dấu ${quote} đóng: giá trị mở ngoặc ở dòng này chạy sang các dòng sau — thêm ${quote} ở cuối giá trị`,
    };
  }
  if (err.reason === "duplicated mapping key") {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lines[err.mark.line] ?? "")?.[1] ?? "";
    return { line: err.mark.line, message: `trường "${key}" ghi hai lần — xoá một trong hai dòng, giữ giá trị đúng` };
  }
  return {
    line: err.mark.line,
    message: `lỗi cú pháp YAML: ${err.reason} — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép`,
  };
}

/**
 * The frontmatter of a file's text. `file` is the path shown in a problem ("content/products/x.md").
 * Accepts what Astro accepts: a UTF-8 byte-order mark, blank lines before the opening "---",
 * CRLF line endings, a "# ------" comment or a value with " ---" inside the fields.
 */
export function parseFrontmatter(
  text: string,
  file: string,
  reading: Reading = "written",
  /** An empty block ("---" then "---") reads as no fields: for a file whose fields are all optional. */
  emptyAllowed = false,
): FrontmatterResult {
  const fail = (line: number, field: string, message: string): FrontmatterResult => ({
    ok: false,
    problem: { file, line, field, message },
  });
  const yaml = extractFrontmatter(text);
  if (yaml === undefined)
    return fail(1, "(frontmatter)", 'thiếu phần đầu "---" — tệp phải bắt đầu bằng "---", các trường, rồi "---"');
  // Only whitespace may come before the opening delimiter, so it is the first one in the text.
  const open = text.search(/---|\+\+\+/);
  const start = open + 3;
  if (text.startsWith("+++", open))
    return fail(lineAt(text, open), "(frontmatter)", 'phần đầu viết bằng TOML ("+++") — viết các trường YAML giữa hai dòng "---"');
  if (!text.startsWith(yaml, start)) throw new Error(`${file}: frontmatter not where Astro found it`);
  const line = lineAt(text, start);
  let data: unknown;
  let lastOpened: number | undefined;
  try {
    data = load(yaml, {
      schema: SCHEMAS[reading],
      filename: file,
      // The line of the last value js-yaml began: where an unclosed quote was opened.
      listener: (event, state) => {
        if (event === "open") lastOpened = state.line;
      },
    });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const { line: at, message } = syntaxProblem(err, yaml, lastOpened);
    return fail(line + at, "(YAML)", message);
  }
  if ((data === null || data === undefined) && !emptyAllowed)
    return fail(line, "(frontmatter)", "frontmatter trống — thêm các trường bắt buộc");
  data ??= {};
  if (typeof data !== "object" || Array.isArray(data))
    return fail(line, "(frontmatter)", 'phần đầu phải là các dòng "trường: giá trị" — xem một tệp mẫu cùng thư mục');
  const after = text.slice(start + yaml.length + 3);
  const bodyLine = lineAt(text, start + yaml.length + 3 + after.length - after.trimStart().length);
  return { ok: true, frontmatter: { data: data as Record<string, unknown>, yaml, start, line, body: after.trim(), bodyLine } };
}

/** The frontmatter of a file on disk, dates as written; throws FrontmatterError when it cannot be read. */
export function readFrontmatter(path: string, file: string = path): Frontmatter {
  const result = parseFrontmatter(readFileSync(path, "utf8"), file);
  if (!result.ok) throw new FrontmatterError(result.problem);
  return result.frontmatter;
}
