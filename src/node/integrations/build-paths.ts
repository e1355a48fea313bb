/**
 * Gives the routes the project's root and cache folder (src/node/pipeline/build-paths.ts) as the
 * module `virtual:ocop/build-paths`, the way Starlight hands its config to its routes: routes are
 * bundled, so they have no path of their own to the project, and never ask `process.cwd()`.
 */
import type { AstroIntegration } from "astro";
import { buildPaths } from "../pipeline/build-paths.ts";

const MODULE = "virtual:ocop/build-paths";

export default function buildPathsModule(): AstroIntegration {
  return {
    name: "ocop:build-paths",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const source = `export default ${JSON.stringify(buildPaths(config))};`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "ocop:build-paths",
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) => (id === `\0${MODULE}` ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
