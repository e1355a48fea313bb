/**
 * A built site (dist/ or dist-base/) for the tests over the build, the browser tests and the
 * benches: its files (through the one walker), its pages parsed once, and each page's kind as
 * the layout wrote it (`data-page-kind`, from src/lib/routing/page-kinds.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { isPageKind, type PageKind } from "../../src/lib/routing/page-kinds.ts";
import { readCollection, type CollectionName } from "../../src/node/content/files.ts";
import { builtFiles as walkBuilt } from "../../src/node/pipeline/built-files.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");

/** Fails with what to run when dist/ has not been built (usable as `beforeAll(assertBuilt)`). */
export function assertBuilt(): void {
  assertBuiltAt(DIST);
}

function assertBuiltAt(dir: string): void {
  if (!existsSync(join(dir, "index.html")))
    throw new Error(`${relative(ROOT, dir)}/ is missing: run \`npm run build\` first (npm test does)`);
}

/** Every file of a built site ending in `ext` (src/node/pipeline/built-files.ts). */
export function builtFiles(ext: string, dir = DIST, withAdmin = false): string[] {
  return walkBuilt(dir, ext, withAdmin);
}

/** Every catalogue page of a built site. */
export function htmlFiles(dir = DIST): string[] {
  return builtFiles(".html", dir);
}

const cache = new Map<string, HTMLElement>();
export function page(file: string, dir = DIST): HTMLElement {
  const key = join(dir, file);
  let root = cache.get(key);
  if (!root) {
    root = parse(readFileSync(key, "utf8"), { comment: false });
    cache.set(key, root);
  }
  return root;
}

/** The kind of a built page, as its layout marked it; throws on a page without a known kind. */
export function pageKind(file: string, dir = DIST): PageKind {
  const kind = page(file, dir).querySelector("html")?.getAttribute("data-page-kind") ?? "";
  if (!isPageKind(kind))
    throw new Error(`${file}: <html data-page-kind="${kind}"> is not a kind of src/lib/routing/page-kinds.ts`);
  return kind;
}

/** Whether a built page asks search engines to skip it (print sheets, the gift list). */
export function isNoindex(file: string, dir = DIST): boolean {
  return page(file, dir).querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex") ?? false;
}

/** Whether the layout marked a page to be left out of the sitemap. */
export function isUnlisted(file: string, dir = DIST): boolean {
  return page(file, dir).querySelector("html")?.getAttribute("data-unlisted") !== undefined;
}

/** Published entry ids of a content collection (drafts left out), read by the content reader. */
export function publishedIds(collection: CollectionName): string[] {
  return readCollection(join(ROOT, "content"), collection)
    .filter((e) => e.data["draft"] !== true)
    .map((e) => e.id);
}

/** dist/ file of a URL path: "/san-pham/x/" → "san-pham/x/index.html". */
export function fileOf(urlPath: string): string {
  const clean = decodeURI(urlPath).replace(/^\//, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}
