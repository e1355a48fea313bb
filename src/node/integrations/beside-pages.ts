/**
 * Publishes the Open Graph cards and QR codes made beside the pages during `astro build` into
 * dist/og/ and dist/qr/ (src/node/pipeline/beside-pages.ts). Listed after the search index, so cards still
 * being drawn when the pages are done finish while Pagefind indexes.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { OG_CARDS, publishBeside, QR_CODES } from "../pipeline/beside-pages.ts";

export default function besidePages(): AstroIntegration {
  return {
    name: "ocop:beside-pages",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        for (const kind of [OG_CARDS, QR_CODES]) {
          const files = await publishBeside(kind, fileURLToPath(dir));
          if (files !== null) logger.info(`${kind.phase}: ${files} files in ${kind.folder}/`);
        }
      },
    },
  };
}
