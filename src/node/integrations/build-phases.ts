/**
 * Logs how long each phase of the build took (src/node/pipeline/build-phases.ts). Listed last, so its
 * astro:build:done runs after the sitemap and Pagefind.
 */
import type { AstroIntegration } from "astro";
import { formatPhases, markPhase, phaseRows, writePhases } from "../pipeline/build-phases.ts";

export default function buildPhases(): AstroIntegration {
  return {
    name: "ocop:build-phases",
    hooks: {
      "astro:config:done": () => markPhase("config done"),
      "astro:build:start": () => markPhase("build start"),
      "astro:build:generated": () => markPhase("generated"),
      "astro:build:done": ({ logger }) => {
        const rows = phaseRows();
        writePhases(rows);
        logger.info(`build phases:\n${formatPhases(rows)}`);
      },
    },
  };
}
