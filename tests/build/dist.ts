/** Helpers for tests over the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export const ROOT = join(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");

export function assertBuilt(): void {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
}

/** Every HTML file of dist/, as paths relative to dist/ ("san-pham/x/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      // admin/ is the CMS, not a catalogue page (tests/build/admin.test.ts checks it).
      if (name === "pagefind" || name === "_astro" || (dir === DIST && name === "admin")) continue;
      out.push(...htmlFiles(full));
    } else if (name.endsWith(".html")) out.push(relative(DIST, full));
  }
  return out.sort();
}

const cache = new Map<string, HTMLElement>();
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(DIST, file), "utf8"), { comment: false });
    cache.set(file, root);
  }
  return root;
}

/** Whether a built page asks search engines to skip it (print sheets, the gift list): such pages stay out of the sitemap. */
export function isNoindex(file: string): boolean {
  return page(file).querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex") ?? false;
}

/** Entry ids of a content collection, from the file names in content/. */
export function contentIds(collection: string): string[] {
  return readdirSync(join(ROOT, "content", collection))
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.replace(/\.md$/, ""));
}

/** Whether a content entry is a draft (read from its frontmatter text). */
export function isDraft(collection: string, id: string): boolean {
  return /^draft:\s*true\s*$/m.test(readFileSync(join(ROOT, "content", collection, `${id}.md`), "utf8"));
}

/** dist/ file of a URL path: "/san-pham/x/" → "san-pham/x/index.html". */
export function fileOf(urlPath: string): string {
  const clean = decodeURI(urlPath).replace(/^\//, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}
