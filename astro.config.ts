import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/integrations/content-check.ts";
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
      // Retired products, redirect pages and /admin/ stay out, decided by the content itself.
      filter: sitemapFilter(fileURLToPath(new URL("./content/", import.meta.url)), base),
      // Each page lists its twin in the other language (English paths use English segments).
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
  ],
  markdown: {
    // Editor Markdown is untrusted: raw HTML dropped, unsafe URLs removed, rel on external links.
    processor: satteri(markdownProcessorOptions),
    // No code highlighting: its inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  vite: { plugins: [tailwindcss()] },
});
