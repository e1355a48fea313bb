/**
 * Sets the last build's dist/ aside when `astro build` starts and deletes it beside the build
 * (src/node/pipeline/old-output.ts); the build ends once it is gone. Listed first.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { setAsideOutput } from "../pipeline/old-output.ts";
import { buildPaths, cacheFolder } from "../pipeline/build-paths.ts";

export default function oldOutput(): AstroIntegration {
  let outDir = "";
  let aside = "";
  let deleting: Promise<void> | null = null;
  return {
    name: "ocop:old-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        aside = cacheFolder(buildPaths(config), "old-output");
      },
      "astro:build:start": () => {
        deleting = setAsideOutput(outDir, aside);
      },
      "astro:build:done": async () => {
        await deleting;
      },
    },
  };
}
