/**
 * Builds the service worker after every `astro build` (never in `astro dev`), once the pages and
 * the Pagefind index are written: src/node/pipeline/service-worker.ts does the work.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildServiceWorker } from "../pipeline/service-worker.ts";

export default function serviceWorker(): AstroIntegration {
  return {
    name: "ocop:service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const sw = await buildServiceWorker(fileURLToPath(dir));
        for (const warning of sw.warnings) logger.warn(warning);
        logger.info(
          `service worker ${sw.revision}: ${sw.workerBytes} B, site module ${sw.siteModuleBytes} B; ` +
            `${sw.precached.count} files precached (${sw.precached.bytes} B)`,
        );
      },
    },
  };
}
