/**
 * The one walker over a built site (dist/, dist-base/, a benchmark's copy): the files ending in
 * `ext`, as paths relative to the site ("san-pham/x/index.html"). Pagefind's index is skipped,
 * and admin/ (the CMS) unless `withAdmin`; HTML is never looked for in Astro's bundles.
 * The search index, the tests over the build and the benches all walk through it; and the one
 * reader of a built page's <html> tag (its language, its sitemap mark).
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function builtFiles(dir: string, ext: string, withAdmin = false): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) {
        if (at === dir && (name === "pagefind" || (name === "admin" && !withAdmin))) continue;
        if (ext === ".html" && at === dir && name === "_astro") continue;
        walk(full);
      } else if (name.endsWith(ext)) out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The opening <html> tag of a built page, read from the file's first kilobyte (the doctype and
 * the tag, whatever its attributes), or "" when the file is missing or has none.
 */
export function htmlTagOf(file: string): string {
  if (!existsSync(file)) return "";
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return /<html\b[^>]*>/i.exec(head.toString("utf8", 0, read))?.[0] ?? "";
  } finally {
    closeSync(fd);
  }
}
