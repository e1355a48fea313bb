import { defineConfig } from "astro/config";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import contentCheck from "./src/node/integrations/content-check.ts";
import searchIndex from "./src/node/integrations/search-index.ts";
import { markdownProcessorOptions } from "./src/node/content/markdown-safety.ts";
import catalogueSitemap from "./src/node/integrations/sitemap.ts";
import buildPhases from "./src/node/integrations/build-phases.ts";
import serviceWorker from "./src/node/integrations/service-worker.ts";
import besidePages from "./src/node/integrations/beside-pages.ts";
import oldOutput from "./src/node/integrations/old-output.ts";
import buildMemory from "./src/node/integrations/build-memory.ts";
import hostHeaders from "./src/node/integrations/host-headers.ts";
import buildPathsModule from "./src/node/integrations/build-paths.ts";
import dataStoreModule from "./src/node/integrations/data-store-module.ts";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://ocop-quangngai.example",
  base,
  trailingSlash: "always",
  output: "static",
  build: { concurrency: 4 },
  // Every cache of the build (Astro's content store and incremental build, the cards, QR codes and
  // search words: src/node/pipeline/build-paths.ts); the base-path test build (scripts/build-base.ts)
  // keeps its own, so the two builds do not invalidate each other's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  integrations: [
    // First: the last build's dist/ is moved away and deleted beside this build, not before it.
    oldOutput(),
    // The project's root and cache folder, for the routes that draw cards and QR codes.
    buildPathsModule(),
    // The content data store's module as short string literals, which V8 compiles much faster than one long one.
    dataStoreModule(),
    contentCheck(),
    // Garbage collected between phases, so no phase holds the last one's (the build's peak memory).
    buildMemory(),
    // Pages whose kind is unlisted (search, print sheets, the gift list), retired products,
    // redirects and /admin/ stay out (src/lib/routing/page-kinds.ts).
    catalogueSitemap(base),
    searchIndex(),
    // After the search index: cards still being drawn when the pages are done finish beside Pagefind.
    besidePages(),
    // After the search index: the worker is built over the finished dist/.
    serviceWorker(),
    // After everything that writes at dist/'s top level: one CSP rule per entry there.
    hostHeaders(),
    buildPhases(),
  ],
  markdown: {
    // Editor Markdown is untrusted: raw HTML dropped, unsafe URLs removed, rel on external links.
    processor: satteri(markdownProcessorOptions),
    // No code highlighting: its inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  experimental: {
    // Pages whose data is unchanged are copied from the last build (src/node/pipeline/page-cache-key.ts);
    // the deploy workflow keeps node_modules/.astro between runs.
    incrementalBuild: true,
  },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into pages: the CSP is script-src 'self' (the gift list script is ~4 KB).
    build: { assetsInlineLimit: (file: string) => (file.endsWith(".js") ? false : undefined) },
  },
});
