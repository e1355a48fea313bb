/**
 * Runs Pagefind over the built site after every `astro build` (never in `astro dev`), so the
 * index always matches the pages and is never committed or copied into public/. It runs in a
 * process of its own (src/node/search-index/search-index-process.ts), away from the memory the build holds.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildSearchIndexApart } from "../search-index/search-index-process.ts";
import { addPhaseTime } from "../pipeline/build-phases.ts";
import { buildPaths, type BuildPaths } from "../pipeline/build-paths.ts";

export default function searchIndex(): AstroIntegration {
  let paths: BuildPaths;
  return {
    name: "ocop:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        paths = buildPaths(config);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const start = performance.now();
        const stats = await buildSearchIndexApart(fileURLToPath(dir), paths);
        addPhaseTime("pagefind", start, stats.pages);
        logger.info(`Pagefind: ${stats.pages} pages indexed; ${stats.foldedWords} words with đ also indexed folded`);
      },
    },
  };
}
