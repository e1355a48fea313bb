/**
 * Which pages stay out of the sitemap, read from the catalogue itself (not a hand-kept list):
 * retired products, the redirect pages left by renamed products, and the CMS at /admin/;
 * plus the noindex pages: search, print sheets, the (personal) gift list and the offline page.
 * Used by astro.config.ts, where astro:content is not available, so it reads content/ directly.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { LOCALES } from "../i18n/locales.ts";
import { parseFrontmatter } from "./content-check.ts";
import { paths, SEGMENTS } from "./routes.ts";

/** Site paths (no base, no slashes) of every page that must not be listed in the sitemap. */
export function unlistedPaths(contentDir: string): Set<string> {
  const out = new Set<string>(["admin"]);
  const dir = join(contentDir, "products");
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    const fm = parseFrontmatter(readFileSync(join(dir, name), "utf8"));
    const data = (fm ? parse(fm.yaml) : null) as { draft?: unknown; retired?: unknown; redirectFrom?: unknown } | null;
    if (!data || data.draft === true) continue;
    const id = name.replace(/\.md$/, "");
    const slugs = [...(data.retired ? [id] : []), ...(Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : [])];
    for (const locale of LOCALES) for (const slug of slugs) out.add(paths.entry(locale, "products", slug));
  }
  return out;
}

/** Path segments of noindex pages, in every language. */
const NOINDEX_SEGMENTS = Object.values(SEGMENTS).flatMap((s) => [s.giftList, s.boothCard, s.localityPrint, s.search, s.offline]);

/** A filter for @astrojs/sitemap: false for the absolute URL of an unlisted page. */
export function sitemapFilter(contentDir: string, basePath: string): (url: string) => boolean {
  const unlisted = unlistedPaths(contentDir);
  const base = basePath.endsWith("/") ? basePath : `${basePath}/`;
  return (url) => {
    const pathname = new URL(url).pathname;
    const path = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+|\/+$/g, "");
    return !unlisted.has(path) && !NOINDEX_SEGMENTS.some((seg) => `/${path}/`.includes(`/${seg}/`));
  };
}
