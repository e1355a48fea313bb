import paths from "virtual:ocop/build-paths";
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { sveltiaFonts } from "@/node/cms/sveltia-assets.ts";

/** The fonts Sveltia CMS uses, from the @fontsource packages, served from our own origin. */
export const getStaticPaths = (() =>
  sveltiaFonts(paths.root).map((font) => ({ params: { file: font.file }, props: { path: font.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), { headers: { "Content-Type": "font/woff2" } });
