/**
 * The sitemap: @astrojs/sitemap with hreflang alternates for each page, leaving out every page
 * its layout marked unlisted (src/node/pipeline/sitemap-filter.ts). The build's output folder is only
 * known once the config is resolved (`--outDir` may change it), so it is captured first.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import sitemap from "@astrojs/sitemap";
import { sitemapFilter } from "../pipeline/sitemap-filter.ts";
import { sitemapAlternates } from "../../lib/routing/routes.ts";

export default function catalogueSitemap(base: string): AstroIntegration[] {
  let outDir = "";
  const listed = (url: string) => sitemapFilter(outDir, base)(url);
  return [
    {
      name: "ocop:sitemap-out-dir",
      hooks: {
        "astro:config:done": ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
      },
    },
    sitemap({
      filter: listed,
      // Each page lists its twin in the other language (English paths use English segments).
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }),
    }),
  ];
}
