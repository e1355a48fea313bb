/**
 * Writes dist/_headers for Netlify and Cloudflare Pages after every `astro build`
 * (src/lib/security/host-headers.ts): the site's CSP on every top-level entry of dist/ but admin/,
 * the CMS's own on /admin/. Listed after every integration that adds files at dist/'s top level
 * (the sitemap, Pagefind, the service worker), so the listing is complete.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hostHeadersFile } from "../../lib/security/host-headers.ts";

export default function hostHeaders(): AstroIntegration {
  return {
    name: "ocop:host-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const entries = readdirSync(dist, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
        const file = hostHeadersFile(entries);
        writeFileSync(join(dist, "_headers"), file);
        logger.info(`_headers: ${file.split("\n").filter((l) => l.startsWith("/")).length} rules`);
      },
    },
  };
}
