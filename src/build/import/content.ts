/**
 * What the import needs to know of a content folder: the products, producers, localities and
 * groups with their frontmatter and file text, read once before a sheet is planned.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseFrontmatter } from "../../lib/content-check.ts";

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

function readEntries(dir: string): ContentEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      const text = readFileSync(path, "utf8");
      const fm = parseFrontmatter(text);
      let data: unknown = null;
      try {
        data = fm ? parse(fm.yaml) : null;
      } catch {
        // A file whose YAML is broken is the content check's to report; the import skips it.
      }
      if (!data || typeof data !== "object" || Array.isArray(data)) return [];
      return [{ id: f.replace(/\.md$/, ""), path, text, data: data as Record<string, unknown> }];
    });
}

export function readImportContent(contentDir: string): ImportContent {
  return {
    dir: contentDir,
    products: readEntries(join(contentDir, "products")),
    producers: readEntries(join(contentDir, "producers")),
    localities: readEntries(join(contentDir, "localities")),
    groups: readEntries(join(contentDir, "groups")),
  };
}

/** A string field of an entry, or undefined. */
export function str(entry: ContentEntry, key: string): string | undefined {
  const v = entry.data[key];
  return typeof v === "string" ? v : undefined;
}
