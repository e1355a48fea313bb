/**
 * Publishes the Open Graph cards drawn during `astro build` into dist/og/ (src/build/og-card-jobs.ts).
 * Listed after the search index, so the last cards are drawn while Pagefind indexes.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writeOgCards } from "../build/og-card-jobs.ts";

export default function ogCards(): AstroIntegration {
  return {
    name: "ocop:og-cards",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const cards = await writeOgCards(fileURLToPath(dir));
        if (cards !== null) logger.info(`${cards} Open Graph cards in og/`);
      },
    },
  };
}
