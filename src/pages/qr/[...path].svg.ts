/** QR code SVG of every product and producer page (both languages), pointing at its canonical URL. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { LOCALES } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue.ts";
import { qrSvg } from "@/lib/qr.ts";
import { absoluteUrl, href } from "@/lib/routes.ts";
import { sitePages } from "@/lib/site-pages.ts";

export const getStaticPaths = (async () => {
  const cats = await Promise.all(LOCALES.map((l) => getCatalogue(l)));
  return cats.flatMap((cat) =>
    sitePages(cat)
      .filter((p) => p.view === "product" || p.view === "producer")
      .map((p) => ({ params: { path: p.path }, props: { path: p.path } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { path } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const url = absoluteUrl(href(path), site ?? "http://localhost/");
  return new Response(qrSvg(url), { headers: { "Content-Type": "image/svg+xml" } });
};
