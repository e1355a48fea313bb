/**
 * One content file parsed for the check: its data plus the YAML document, so that every
 * problem can point at the line of the field it concerns.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import { parseFrontmatter, type CollectionName } from "./files.ts";
import type { ContentProblem } from "./report.ts";

export interface ParsedEntry {
  collection: CollectionName | "translations";
  id: string;
  file: string;
  data: Record<string, unknown>;
  doc: Document;
  lines: LineCounter;
  lineOffset: number;
}

/** Line (1-based, in the Markdown file) of the YAML node at `path`, or of the closest parent. */
export function lineOf(entry: ParsedEntry, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = entry.doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
    // For a missing key, point at its parent's key line rather than the whole document.
    if (node && typeof node === "object" && node.range) {
      return entry.lines.linePos(node.range[0]).line + entry.lineOffset;
    }
  }
  return entry.lineOffset;
}

export function readEntry(
  collection: ParsedEntry["collection"],
  id: string,
  path: string,
  root: string,
  problems: ContentProblem[],
): ParsedEntry | null {
  const file = relative(root, path);
  const text = readFileSync(path, "utf8");
  const fm = parseFrontmatter(text);
  if (!fm) {
    problems.push({
      file,
      line: 1,
      field: "(frontmatter)",
      message: 'thiếu phần đầu "---" — tệp phải bắt đầu bằng "---", các trường, rồi "---"',
    });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(fm.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = lines.linePos(err.pos[0]).line + fm.lineOffset;
      problems.push({
        file,
        line,
        field: "(YAML)",
        message: `lỗi cú pháp YAML: ${err.message.split("\n")[0]} — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép`,
      });
    }
    return null;
  }
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== "object" || !isMap(doc.contents)) {
    problems.push({ file, line: 1, field: "(frontmatter)", message: "frontmatter trống — thêm các trường bắt buộc" });
    return null;
  }
  return { collection, id, file, data: data as Record<string, unknown>, doc, lines, lineOffset: fm.lineOffset };
}

