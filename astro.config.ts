import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/integrations/content-check.ts";
import searchIndex from "./src/integrations/search-index.ts";
import serviceWorker from "./src/integrations/service-worker.ts";
import { sitemapAlternates } from "./src/lib/routes.ts";
import { markdownProcessorOptions } from "./src/lib/markdown-safety.ts";
import { sitemapFilter } from "./src/lib/sitemap-filter.ts";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ocop-quangngai.example",
  base,
  trailingSlash: "always",
  output: "static",
  integrations: [
    contentCheck(),
    sitemap({
      // Retired products, redirects, /admin/, search, print sheets and the gift list stay out.
      filter: sitemapFilter(fileURLToPath(new URL("./content/", import.meta.url)), base),
      // Each page lists its twin in the other language (English paths use English segments).
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
    searchIndex(),
    // After the search index: the worker is built over the finished dist/.
    serviceWorker(),
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
