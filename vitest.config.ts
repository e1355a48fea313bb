import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const alias = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

/**
 * Four projects: `unit` (pure src/lib and schemas, no build), `components` (.astro components
 * through Astro's Container API, vitest.components.config.ts), `dist` (checks over the built
 * site in dist/, run after `astro build`) and `e2e` (real Chromium against dist/).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      "./vitest.components.config.ts",
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts"],
          // Script tests start Node processes: seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      { resolve: { alias }, test: { name: "dist", include: ["tests/build/**/*.test.ts"], testTimeout: 120_000 } },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
