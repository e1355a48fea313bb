/**
 * One content file parsed for the check, by the one frontmatter reader (frontmatter.ts: Astro's
 * delimiters, js-yaml). Only a file with a schema problem is parsed again, as a `yaml` document
 * with line positions, so that every problem can point at the line of the field it concerns;
 * that second parse gives positions only, never data.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { CollectionName } from "./files.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import type { ContentProblem } from "./report.ts";

export interface ParsedEntry {
  collection: CollectionName | "translations";
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The frontmatter's YAML text, parsed with line positions only when a problem needs a line. */
  yaml: string;
  /** Line n (1-based) of `yaml` is line `n + lineOffset` of the file. */
  lineOffset: number;
  /** The Markdown body and the file line it begins on (frontmatter.ts). */
  body: string;
  bodyLine: number;
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
  return entry.lineOffset + 1;
}

export function readEntry(
  collection: ParsedEntry["collection"],
  id: string,
  path: string,
  root: string,
  problems: ContentProblem[],
  /** The file may have an empty frontmatter (a place's translation: only its body). */
  emptyAllowed = false,
): ParsedEntry | null {
  const file = relative(root, path);
  // The data the build will receive: dates as Astro reads them.
  const result = parseFrontmatter(readFileSync(path, "utf8"), file, "astro", emptyAllowed);
  if (!result.ok) {
    problems.push(result.problem);
    return null;
  }
  const { data, yaml, line, body, bodyLine } = result.frontmatter;
  return { collection, id, file, data, yaml, lineOffset: line - 1, body, bodyLine };
}
