/**
 * Collects the build's garbage when a phase hands over to the next, so the memory the phase
 * before left behind is not held at the peak of the next (src/node/pipeline/collect-garbage.ts): after
 * the content sync, before Vite bundles the pages, and after the pages, before the sitemap, the
 * service worker and the search index run. What it saves and costs is in docs/performance.md.
 */
import type { AstroIntegration } from "astro";
import { collectGarbage } from "../pipeline/collect-garbage.ts";

export default function buildMemory(): AstroIntegration {
  return {
    name: "ocop:build-memory",
    hooks: {
      "astro:build:start": () => collectGarbage(),
      "astro:build:generated": () => collectGarbage(),
    },
  };
}
