/**
 * The one reader of content/: lists the Markdown files of each collection (and of each
 * translation), reads their frontmatter (with the one frontmatter reader, frontmatter.ts), and
 * reports file names that cannot be URLs.
 * The content check, entry scaffolding and the spreadsheet import all read content through it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { toSlug } from "../../lib/values/slug.ts";
import { readFrontmatter } from "./frontmatter.ts";
import type { ContentProblem } from "./report.ts";

export const COLLECTIONS = ["products", "producers", "localities", "groups", "occasions", "pages", "settings"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The one settings file the gift guides need (price bands, Tết guide). */
export const GIFT_SETTINGS_ID = "qua-tang";
/** The settings file with the catalogue team's contact e-mail. */
export const CONTACT_SETTINGS_ID = "lien-he";

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

interface ContentFile {
  /** The slug: the file name without .md. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, as shown in messages: "content/products/x.md". */
  file: string;
}

/** The Markdown files of one folder, with a problem for each file name that cannot be a URL slug. */
function listMarkdown(dir: string, root: string, problems: ContentProblem[] = []): ContentFile[] {
  if (!existsSync(dir)) return [];
  const out: ContentFile[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory() || !name.toLowerCase().endsWith(".md")) continue;
    const file = relative(root, path);
    if (!SLUG_FILE.test(name)) {
      const suggestion = toSlug(name.replace(/\.md$/i, ""));
      problems.push({
        file,
        line: 1,
        field: "(tên tệp)",
        message: `tên tệp phải là chữ thường không dấu, số và dấu gạch ngang — đổi tên thành "${suggestion}.md"`,
      });
    }
    const id = name.replace(/\.md$/i, "").toLowerCase();
    const twin = seen.get(id);
    if (twin) {
      problems.push({ file, line: 1, field: "(tên tệp)", message: `trùng đường dẫn với ${twin} — mỗi mục cần một tên tệp riêng` });
      continue;
    }
    seen.set(id, file);
    out.push({ id, path, file });
  }
  return out;
}

/** The files of one collection of a content folder. */
export function collectionFiles(contentDir: string, collection: CollectionName, problems?: ContentProblem[]): ContentFile[] {
  return listMarkdown(join(contentDir, collection), join(contentDir, ".."), problems);
}

/** Languages that have translations: the folder names under content/translations/. */
export function translationLanguages(contentDir: string): string[] {
  const dir = join(contentDir, "translations");
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** The files of one collection's translations into `lang`. */
export function translationFiles(
  contentDir: string,
  lang: string,
  collection: CollectionName,
  problems?: ContentProblem[],
): ContentFile[] {
  return listMarkdown(join(contentDir, "translations", lang, collection), join(contentDir, ".."), problems);
}

/**
 * The frontmatter of a file as data. Throws FrontmatterError (file:line and the fix) when the file
 * cannot be read: a broken file is never taken for an empty one.
 */
export function readData(path: string, root?: string): Record<string, unknown> {
  return readFrontmatter(path, root ? relative(root, path) : path).data;
}

/** Every entry of a collection with its frontmatter; throws FrontmatterError at the first file that cannot be read. */
export function readCollection(
  contentDir: string,
  collection: CollectionName,
): { id: string; file: string; data: Record<string, unknown> }[] {
  return collectionFiles(contentDir, collection).map(({ id, path, file }) => ({ id, file, data: readFrontmatter(path, file).data }));
}
