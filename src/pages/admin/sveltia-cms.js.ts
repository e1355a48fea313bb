import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Sveltia CMS itself, copied from node_modules/@sveltia/cms into the build so /admin/ works
 * from our own origin, with no CDN (and on a closed network).
 */
export const GET: APIRoute = () => {
  const main = createRequire(join(process.cwd(), "package.json")).resolve("@sveltia/cms");
  const file = join(dirname(main), "../dist/sveltia-cms.js");
  return new Response(readFileSync(file, "utf8"), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
};
