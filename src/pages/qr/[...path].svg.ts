/**
 * QR code SVG of every page whose kind has one (src/lib/routing/page-kinds.ts), pointing at its
 * canonical URL. In a build this route has no pages: the codes are drawn by a worker thread while
 * the pages render (src/node/pipeline/beside-pages.ts, beside-worker.ts) and published into dist/qr/
 * at the end (src/node/integrations/beside-pages.ts). `astro dev` draws a code when it is asked for.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import project from "virtual:ocop/build-paths";
import { LOCALES } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { qrSvg } from "@/lib/gifts/qr.ts";
import { absoluteUrl, href, qrFile } from "@/lib/routing/routes.ts";
import { sitePages } from "@/lib/routing/site-pages.ts";
import { PAGE_KINDS } from "@/lib/routing/page-kinds.ts";
import { QR_CODES, startBeside } from "@/node/pipeline/beside-pages.ts";
import { inWorker, stopWorker } from "@/node/pipeline/beside-worker.ts";

export const getStaticPaths = (async () => {
  const cats = await Promise.all(LOCALES.map((l) => getCatalogue(l)));
  const paths = cats.flatMap((cat) =>
    sitePages(cat)
      .filter((p) => PAGE_KINDS[p.kind].qr)
      .map((p) => p.path),
  );
  if (import.meta.env.DEV) return paths.map((path) => ({ params: { path }, props: { path } }));
  const site = import.meta.env.SITE ?? "http://localhost/";
  // The worker draws one code at a time; a few requests in flight keep it busy.
  startBeside(
    QR_CODES,
    paths.map((path) => ({ file: qrFile(path), input: absoluteUrl(href(path), site) })),
    (url) => inWorker(project, "qr", url),
    8,
    () => stopWorker("qr"),
  );
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { path } = props as { path: string };
  const svg = qrSvg(absoluteUrl(href(path), site ?? "http://localhost/"));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
