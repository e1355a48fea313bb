import type { APIRoute } from "astro";
import { absoluteUrl, routes } from "@/lib/routing/routes.ts";

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(routes.asset("sitemap-index.xml"), site ?? "http://localhost/");
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { "Content-Type": "text/plain" } });
};
