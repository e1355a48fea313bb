import paths from "virtual:ocop/build-paths";
import type { APIRoute } from "astro";
import { sveltiaBundle } from "@/node/cms/sveltia-assets.ts";

/** Sveltia CMS, copied from node_modules into the build (no CDN), its fonts pointed at /admin/fonts/. */
export const GET: APIRoute = () =>
  new Response(sveltiaBundle(paths.root), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
