/**
 * What the import needs to know of a content folder: the products, producers, localities and
 * groups with their frontmatter and file text, read once before a sheet is planned.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { collectionFiles, parseFrontmatter, type CollectionName } from "../content/files.ts";

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
}

function readEntries(contentDir: string, collection: CollectionName): ContentEntry[] {
  return collectionFiles(contentDir, collection).flatMap(({ id, path }) => {
    const text = readFileSync(path, "utf8");
    const fm = parseFrontmatter(text);
    let data: unknown = null;
    try {
      data = fm ? parse(fm.yaml) : null;
    } catch {
      // A file whose YAML is broken is the content check's to report; the import skips it.
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) return [];
    return [{ id, path, text, data: data as Record<string, unknown> }];
  });
}

export function readImportContent(contentDir: string): ImportContent {
  return {
    dir: contentDir,
    products: readEntries(contentDir, "products"),
    producers: readEntries(contentDir, "producers"),
    localities: readEntries(contentDir, "localities"),
    groups: readEntries(contentDir, "groups"),
  };
}

/** A string field of an entry, or undefined. */
export function str(entry: ContentEntry, key: string): string | undefined {
  const v = entry.data[key];
  return typeof v === "string" ? v : undefined;
}
