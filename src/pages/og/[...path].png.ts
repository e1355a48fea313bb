/**
 * Open Graph cards (1200×630 PNG) for every page whose kind has one (src/lib/routing/page-kinds.ts), in both
 * languages, made at build by src/build/og-card.ts (cached between builds by content hash).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { LOCALES, useTranslations } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { cachedOgCard, type OgCard } from "@/build/og-card.ts";
import { sitePages, type SitePage } from "@/lib/routing/site-pages.ts";
import type { Group } from "@/lib/catalogue/model.ts";
import { PAGE_KINDS } from "@/lib/routing/page-kinds.ts";

const art = new Map<string, string>();
function artSvg(name: Group["art"]): string {
  let svg = art.get(name);
  if (!svg) {
    svg = readFileSync(join(process.cwd(), "public", "art", `${name}.svg`), "utf8");
    art.set(name, svg);
  }
  return svg;
}

function cardOf(page: SitePage): OgCard | null {
  const t = useTranslations(page.locale);
  const base = { siteName: t("site.name"), stars: null, starsLabel: "" };
  switch (page.kind) {
    case "product": {
      const p = page.product;
      const stars = p.cert.stars;
      return {
        ...base,
        title: p.name,
        kicker: t("nav.products"),
        subtitle: [p.producer?.name, p.locality?.name].filter(Boolean).join(" · ") || p.summary,
        stars,
        starsLabel: stars ? t("product.stars", { n: stars }) : "",
        artSvg: artSvg(p.group.art),
      };
    }
    case "producer": {
      const r = page.producer;
      const first = page.products[0];
      return {
        ...base,
        title: r.name,
        kicker: t(`producer.kind.${r.kind}`),
        subtitle: page.products.map((p) => p.name).join(" · ") || (r.locality?.name ?? ""),
        artSvg: artSvg(first ? first.group.art : "craft"),
      };
    }
    case "occasion":
      return {
        ...base,
        title: page.occasion.name,
        kicker: t("nav.occasions"),
        subtitle: page.occasion.summary,
        artSvg: artSvg("travel"),
      };
    case "travelGuide":
      return {
        ...base,
        title: t("gift.travel.title"),
        kicker: t("nav.occasions"),
        subtitle: page.products.map((p) => p.name).join(" · "),
        artSvg: artSvg("travel"),
      };
    default:
      return null;
  }
}

export const getStaticPaths = (async () => {
  const cats = await Promise.all(LOCALES.map((l) => getCatalogue(l)));
  return cats.flatMap((cat) =>
    sitePages(cat).flatMap((page) => {
      if (!PAGE_KINDS[page.kind].ogCard) return [];
      const card = cardOf(page);
      if (!card) throw new Error(`page-kinds.ts gives "${page.kind}" pages an Open Graph card: add its content to cardOf()`);
      return [{ params: { path: page.path }, props: { card } }];
    }),
  );
}) satisfies GetStaticPaths;

let made = 0;
let ms = 0;
export const GET: APIRoute = async ({ props }) => {
  const { card } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const start = performance.now();
  const png = await cachedOgCard(card);
  ms += performance.now() - start;
  made++;
  if (process.env["OG_TIMING"]) console.log(`og: ${made} cards, ${Math.round(ms / made)} ms per card on average`);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
