/**
 * The locator map of every locality (src/lib/geo/draw.ts), one SVG file per locality shared by
 * both languages: map/<locality>.svg. Shown by the locality, product and producer pages and the
 * locality's print sheet (src/components/places/Locator.astro).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { DEFAULT_LOCALE } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { locatorSvg } from "@/lib/geo/draw.ts";

export const getStaticPaths = (async () => {
  // The first route to read the catalogue (Astro takes the routes in order): loading it is not bundling.
  const cat = await getCatalogue(DEFAULT_LOCALE);
  return cat.localities.map((l) => ({ params: { id: l.id }, props: { code: l.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { code } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const svg = locatorSvg(code);
  // The content check refuses a locality whose code has no shape; this is a build of content that skipped it.
  if (svg === undefined) throw new Error(`no shape for locality code ${code} (data/geo/)`);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
