/** QR code SVG of every page whose kind has one (src/lib/routing/page-kinds.ts), pointing at its canonical URL. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { LOCALES } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { qrSvg } from "@/lib/gifts/qr.ts";
import { absoluteUrl, href } from "@/lib/routing/routes.ts";
import { sitePages } from "@/lib/routing/site-pages.ts";
import { PAGE_KINDS } from "@/lib/routing/page-kinds.ts";
import { addPhaseTime, markPhase } from "@/build/build-phases.ts";

export const getStaticPaths = (async () => {
  markPhase("paths");
  const cats = await Promise.all(LOCALES.map((l) => getCatalogue(l)));
  return cats.flatMap((cat) =>
    sitePages(cat)
      .filter((p) => PAGE_KINDS[p.kind].qr)
      .map((p) => ({ params: { path: p.path }, props: { path: p.path }, cacheKey: p.path })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { path } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const start = performance.now();
  const url = absoluteUrl(href(path), site ?? "http://localhost/");
  const svg = qrSvg(url);
  addPhaseTime("qr codes", start);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
