/**
 * The `components` test project: .astro components rendered through Astro's own compiler and
 * Container API (getViteConfig loads astro.config.ts, so components see the site's settings).
 */
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    name: "components",
    include: ["tests/components/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
