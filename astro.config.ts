import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/integrations/content-check.ts";
import { sitemapAlternates } from "./src/lib/routes.ts";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ocop-quangngai.example",
  base,
  trailingSlash: "always",
  output: "static",
  integrations: [
    contentCheck(),
    sitemap({
      // Each page lists its twin in the other language (English paths use English segments).
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into pages: the CSP is script-src 'self' (the gift list script is ~4 KB).
    build: { assetsInlineLimit: (file: string) => (file.endsWith(".js") ? false : undefined) },
  },
});
