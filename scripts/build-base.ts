/**
 * npm run build:base — builds the site as it would be served under a sub-path (GitHub Pages
 * project sites: https://<owner>.github.io/<repo>/) into dist-base/, so tests/build/base-path.test.ts
 * (which uses the same two values) can prove every link, asset, canonical and sitemap entry carries the base path.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const TEST_BASE_PATH = "/ocop-quang-ngai/";
const TEST_SITE_URL = "https://vi-du.github.io";

const root = join(import.meta.dirname, "..");
const run = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", "dist-base"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BASE_PATH: TEST_BASE_PATH, SITE_URL: TEST_SITE_URL, ASTRO_CACHE_DIR: "./node_modules/.astro-base" },
});
process.exit(run.status ?? 1);
