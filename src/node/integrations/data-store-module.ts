/**
 * Astro's content data store module written as many short string literals instead of one
 * (src/node/pipeline/data-store-module.ts): V8 compiles one very long literal far more slowly
 * than its length would say (figures in docs/performance.md).
 */
import type { AstroIntegration } from "astro";
import { PART_LENGTH, splitDataStoreModule } from "../pipeline/data-store-module.ts";

/** The id Astro resolves `astro:data-layer-content` to. */
const DATA_STORE_MODULE = "\0astro:data-layer-content";

export default function dataStoreModule(): AstroIntegration {
  return {
    name: "ocop:data-store-module",
    hooks: {
      "astro:config:setup": ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: "ocop:data-store-module",
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code: string, id: string) {
                    if (id !== DATA_STORE_MODULE) return undefined;
                    const split = splitDataStoreModule(code);
                    if (split === undefined && code.length > PART_LENGTH)
                      logger.warn(`${DATA_STORE_MODULE.slice(1)} is not in the shape this build expects: left as one string`);
                    return split === undefined || split === code ? undefined : { code: split, map: { mappings: "" } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
