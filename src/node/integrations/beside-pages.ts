/**
 * Publishes the Open Graph cards and QR codes made beside the pages during `astro build` into
 * dist/og/ and dist/qr/ (src/node/pipeline/beside-pages.ts). Listed after the search index, so cards still
 * being drawn when the pages are done finish while Pagefind indexes.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { OG_CARDS, publishBeside, QR_CODES } from "../pipeline/beside-pages.ts";
import { addPhaseTime, BESIDE_WAIT } from "../pipeline/build-phases.ts";

export default function besidePages(): AstroIntegration {
  return {
    name: "ocop:beside-pages",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        for (const kind of [OG_CARDS, QR_CODES]) {
          const waiting = performance.now();
          const published = await publishBeside(kind, fileURLToPath(dir));
          if (published === null) continue;
          addPhaseTime(BESIDE_WAIT, waiting);
          addPhaseTime(kind.phase, published.start, published.files, published.end);
          logger.info(`${kind.phase}: ${published.files} files in ${kind.folder}/`);
        }
      },
    },
  };
}
