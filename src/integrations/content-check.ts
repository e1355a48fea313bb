/**
 * Runs the content check before Astro reads any content, so `astro build` and `astro dev`
 * stop with the same file:line messages as `npm run check:content`, and nothing half-valid
 * is ever published.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContent } from "../build/content/check.ts";
import { formatReport } from "../build/content/report.ts";
import { addPhaseTime } from "../build/build-phases.ts";

export default function contentCheck(): AstroIntegration {
  return {
    name: "ocop:content-check",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const dir = fileURLToPath(new URL("./content/", config.root));
        const start = performance.now();
        const problems = checkContent(dir);
        addPhaseTime("content check", performance.now() - start);
        if (problems.length > 0) {
          throw new Error(`${formatReport(problems)}\n\nSửa các lỗi trên rồi build lại (fix the errors above and build again).`);
        }
        logger.info("content OK");
      },
    },
  };
}
