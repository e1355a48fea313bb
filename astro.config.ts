import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/integrations/content-check.ts";
import searchIndex from "./src/integrations/search-index.ts";
import { SEGMENTS, sitemapAlternates } from "./src/lib/routes.ts";
import { markdownProcessorOptions } from "./src/lib/markdown-safety.ts";
import { sitemapFilter } from "./src/lib/sitemap-filter.ts";

/** Print sheets, the search page and the (personal) gift list are noindex: out of the sitemap. */
const unlisted = Object.values(SEGMENTS).flatMap((s) => [s.giftList, s.boothCard, s.localityPrint, s.search]);
const listed = (url: string) => !unlisted.some((seg) => new URL(url).pathname.includes(`/${seg}/`));

const base = process.env.BASE_PATH ?? "/";

const mainFilter = sitemapFilter(fileURLToPath(new URL("./content/", import.meta.url)), base);

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ocop-quangngai.example",
  base,
  trailingSlash: "always",
  output: "static",
  integrations: [
    contentCheck(),
    sitemap({
      // Retired products, redirect pages and /admin/ stay out, decided by the content itself; print sheets and the gift list too.
      filter: (url) => listed(url) && mainFilter(url),
      // Each page lists its twin in the other language (English paths use English segments).
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
    searchIndex(),
  ],
  markdown: {
    // Editor Markdown is untrusted: raw HTML dropped, unsafe URLs removed, rel on external links.
    processor: satteri(markdownProcessorOptions),
    // No code highlighting: its inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into pages: the CSP is script-src 'self' (the gift list script is ~4 KB).
    build: { assetsInlineLimit: (file: string) => (file.endsWith(".js") ? false : undefined) },
  },
});
