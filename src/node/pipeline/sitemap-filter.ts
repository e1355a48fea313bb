/**
 * The sitemap filter for @astrojs/sitemap. Which pages are listed is decided once, per page, by
 * the page-kind records (src/lib/routing/page-kinds.ts) and written by the layout as
 * `data-unlisted` on <html>; this filter reads that mark from the built page, so it needs no
 * reading of content/ of its own. The sitemap is written after the pages, so they exist here.
 */
import { join } from "node:path";
import { htmlTagOf } from "./built-files.ts";

/** A filter for @astrojs/sitemap: false for the absolute URL of a page marked unlisted in `outDir`. */
export function sitemapFilter(outDir: string, basePath: string): (url: string) => boolean {
  const base = basePath.endsWith("/") ? basePath : `${basePath}/`;
  return (url) => {
    const pathname = decodeURI(new URL(url).pathname);
    const path = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+|\/+$/g, "");
    return !/\sdata-unlisted\b/.test(htmlTagOf(join(outDir, path, "index.html")));
  };
}
