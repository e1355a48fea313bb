/**
 * One content file parsed for the check. Its data is read with js-yaml, the parser Astro itself
 * reads frontmatter with (and several times faster than the `yaml` package); only a file with a
 * problem is parsed again as a YAML document with line positions, so that every problem can
 * point at the line of the field it concerns.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { LineCounter, parseDocument, type Document } from "yaml";
import { parseFrontmatter, type CollectionName } from "./files.ts";
import type { ContentProblem } from "./report.ts";

export interface ParsedEntry {
  collection: CollectionName | "translations";
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The frontmatter's YAML text, parsed with line positions only when a problem needs a line. */
  yaml: string;
  lineOffset: number;
}

const positions = new WeakMap<ParsedEntry, { doc: Document; lines: LineCounter }>();

function positioned(entry: ParsedEntry): { doc: Document; lines: LineCounter } {
  let parsed = positions.get(entry);
  if (!parsed) {
    const lines = new LineCounter();
    parsed = { doc: parseDocument(entry.yaml, { lineCounter: lines, prettyErrors: false }), lines };
    positions.set(entry, parsed);
  }
  return parsed;
}

/** Line (1-based, in the Markdown file) of the YAML node at `path`, or of the closest parent. */
export function lineOf(entry: ParsedEntry, path: readonly PropertyKey[]): number {
  const { doc, lines } = positioned(entry);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
    // For a missing key, point at its parent's key line rather than the whole document.
    if (node && typeof node === "object" && node.range) {
      return lines.linePos(node.range[0]).line + entry.lineOffset;
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
  let data: unknown;
  let syntax: YAMLException | undefined;
  try {
    // The YAML 1.2 core schema, as the `yaml` package reads it: dates stay text, so the schema
    // sees "2025-13-40" as written instead of a date js-yaml would roll over into 2026.
    data = load(fm.yaml, { schema: CORE_SCHEMA });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    syntax = err;
  }
  if (!syntax && data && typeof data === "object" && !Array.isArray(data))
    return { collection, id, file, data: data as Record<string, unknown>, yaml: fm.yaml, lineOffset: fm.lineOffset };
  // A syntax error, or a frontmatter that is not a map: the `yaml` document says where and what.
  const lines = new LineCounter();
  const doc = parseDocument(fm.yaml, { lineCounter: lines, prettyErrors: false });
  const errors = doc.errors.map((err) => ({ line: lines.linePos(err.pos[0]).line, reason: err.message.split("\n")[0] }));
  if (errors.length === 0 && syntax) errors.push({ line: (syntax.mark?.line ?? 0) + 1, reason: syntax.reason });
  for (const err of errors) {
    problems.push({
      file,
      line: err.line + fm.lineOffset,
      field: "(YAML)",
      message: `lỗi cú pháp YAML: ${err.reason} — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép`,
    });
  }
  if (errors.length === 0)
    problems.push({ file, line: 1, field: "(frontmatter)", message: "frontmatter trống — thêm các trường bắt buộc" });
  return null;
}
