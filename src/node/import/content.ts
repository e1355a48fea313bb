/**
 * What the import needs to know of a content folder: the products, producers, localities and
 * groups with their frontmatter and file text, read once before a sheet is planned, and the
 * files among them that cannot be read.
 */
import { readFileSync } from "node:fs";
import { collectionFiles } from "../content/files.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import type { ContentProblem } from "../content/report.ts";

export interface ContentEntry {
  id: string;
  /** Absolute path of the Markdown file. */
  path: string;
  text: string;
  data: Record<string, unknown>;
}

export interface ImportContent {
  dir: string;
  products: ContentEntry[];
  producers: ContentEntry[];
  localities: ContentEntry[];
  groups: ContentEntry[];
  /** Files of those collections whose frontmatter cannot be read: the import writes nothing until they are fixed. */
  unreadable: { collection: Collection; id: string; path: string; problem: ContentProblem }[];
}

type Collection = "products" | "producers" | "localities" | "groups";

function readEntries(content: ImportContent, collection: Collection): ContentEntry[] {
  return collectionFiles(content.dir, collection).flatMap(({ id, path, file }) => {
    const text = readFileSync(path, "utf8");
    const result = parseFrontmatter(text, file);
    if (result.ok) return [{ id, path, text, data: result.frontmatter.data }];
    // Never a free slot: the run refuses, and a row that lands on this file names it.
    content.unreadable.push({ collection, id, path, problem: result.problem });
    return [];
  });
}

export function readImportContent(contentDir: string): ImportContent {
  const content: ImportContent = { dir: contentDir, products: [], producers: [], localities: [], groups: [], unreadable: [] };
  for (const collection of ["products", "producers", "localities", "groups"] as const)
    content[collection] = readEntries(content, collection);
  return content;
}

/** A string field of an entry, or undefined. */
export function str(entry: ContentEntry, key: string): string | undefined {
  const v = entry.data[key];
  return typeof v === "string" ? v : undefined;
}
