import type { APIRoute } from "astro";
import { stringify } from "yaml";
import { cmsConfig } from "@/node/cms/cms-config.ts";
import { absoluteUrl, routes } from "@/lib/routing/routes.ts";

/**
 * /admin/config.yml, generated from the zod schemas at build time. CMS_REPO (default: the
 * GitHub Actions repository) and CMS_BRANCH say where the CMS commits.
 */
export const GET: APIRoute = ({ site }) => {
  const config = cmsConfig({
    repo: process.env["CMS_REPO"] ?? process.env["GITHUB_REPOSITORY"] ?? "your-org/ocop-quang-ngai",
    branch: process.env["CMS_BRANCH"] ?? "main",
    siteUrl: absoluteUrl(routes.home("vi"), site ?? "http://localhost/"),
  });
  const header = "# Generated from src/schemas by src/node/cms/cms-config.ts at build time: do not edit.\n";
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { "Content-Type": "text/yaml; charset=utf-8" } });
};
