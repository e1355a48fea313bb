/**
 * Open Graph cards (1200×630 PNG) for every page whose kind has one (src/lib/routing/page-kinds.ts),
 * drawn by src/node/cards/og-card.ts (cached between builds by content hash). Product and producer
 * cards are shared by both languages: names, places and stars read the same in each, and the few
 * words (the kind of page) are written in both.
 *
 * In a build this route has no pages: it hands its cards to src/node/pipeline/beside-pages.ts, which draws
 * them while the pages render and publishes them into dist/og/ at the end (src/node/integrations/beside-pages.ts).
 * `astro dev` draws a card when it is asked for.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import paths from "virtual:ocop/build-paths";
import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, useTranslations, type UIKey } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { cachedOgCard, type OgCard } from "@/node/cards/og-card.ts";
import { inWorker, stopWorker } from "@/node/pipeline/beside-worker.ts";
import { OG_CARDS, startBeside } from "@/node/pipeline/beside-pages.ts";
import { makesOgCard, sitePages, type OgKind, type SitePage } from "@/lib/routing/site-pages.ts";
import { ogFile } from "@/lib/routing/routes.ts";
import type { Catalogue, ImageRef, Product } from "@/lib/catalogue/model.ts";
import { illustrationSvg, illustrationSvgOf } from "@/node/cards/illustrations.ts";

/** Pictures of cards that are not about one product: a wrapped gift (occasions), a suitcase (the travel guide). */
const GIFT_SVG = illustrationSvgOf({ icon: "wrapped-gift" });
const TRAVEL_SVG = illustrationSvgOf({ icon: "luggage" });

/**
 * A product's picture on its card: the editor's first photo when its file can be read (Astro
 * gives an image's file path as `fsPath`), with a hash of its bytes for the card's cache key; the
 * illustration of its kind is drawn as well, and shown when there is no photo.
 */
function picture(p: Pick<Product, "kind" | "images">): Pick<OgCard, "artSvg" | "photo"> {
  const file = (p.images[0] as (ImageRef & { src: { fsPath?: string } }) | undefined)?.src.fsPath;
  const photo =
    file && existsSync(file) ? { file, hash: createHash("sha256").update(readFileSync(file)).digest("hex") } : undefined;
  return { artSvg: illustrationSvg(p.kind), photo };
}

/** A label in every language, for a card shared by all: "Sản phẩm · Products". */
function bilingual(key: UIKey): string {
  return [...new Set(LOCALES.map((l) => useTranslations(l)(key)))].join(" · ");
}

/** Names of products and producers in every catalogue, to put the other languages' name on a shared card. */
function namesIn(cats: Catalogue[]) {
  const products = new Map<string, string[]>();
  const producers = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, id: string, name: string) => {
    const list = map.get(id) ?? [];
    if (!list.includes(name)) list.push(name);
    map.set(id, list);
  };
  for (const cat of cats) {
    for (const p of [...cat.products, ...cat.retired]) push(products, p.id, p.name);
    for (const r of cat.producers) push(producers, r.id, r.name);
  }
  return { products, producers };
}

type Names = ReturnType<typeof namesIn>;
type OgPage = Extract<SitePage, { kind: OgKind }>;

const other = (list: string[] | undefined, name: string) => (list ?? []).filter((n) => n !== name).join(" · ");
const baseOf = (page: SitePage) => ({ siteName: useTranslations(page.locale)("site.name"), stars: null, otherName: "" });

/**
 * What the card of each kind that has one (its record in src/lib/routing/page-kinds.ts) says: a
 * kind given a card without an entry here is a type error.
 */
const CARDS = {
  product: (page, names) => {
    const p = page.product;
    return {
      ...baseOf(page),
      title: p.name,
      otherName: other(names.products.get(p.id), p.name),
      kicker: bilingual("nav.products"),
      // Names only (no summary): the card serves both languages.
      subtitle: [p.producer?.name, p.locality?.name].filter(Boolean).join(" · "),
      stars: p.cert.stars,
      ...picture(p),
    };
  },
  producer: (page, names) => {
    const r = page.producer;
    const first = page.products[0];
    return {
      ...baseOf(page),
      title: r.name,
      otherName: other(names.producers.get(r.id), r.name),
      kicker: bilingual(`producer.kind.${r.kind}`),
      subtitle: page.products.map((p) => p.name).join(" · ") || (r.locality?.name ?? ""),
      ...(first ? picture(first) : { artSvg: illustrationSvg("thu-cong") }),
    };
  },
  occasion: (page) => ({
    ...baseOf(page),
    title: page.occasion.name,
    kicker: useTranslations(page.locale)("nav.occasions"),
    subtitle: page.occasion.summary,
    artSvg: GIFT_SVG,
  }),
  travelGuide: (page) => {
    const t = useTranslations(page.locale);
    return {
      ...baseOf(page),
      title: t("gift.travel.title"),
      kicker: t("nav.occasions"),
      subtitle: page.bands
        .flatMap((band) => band.items)
        .map((p) => p.name)
        .join(" · "),
      artSvg: TRAVEL_SVG,
    };
  },
} satisfies { [K in OgKind]: (page: Extract<SitePage, { kind: K }>, names: Names) => OgCard };

function cardOf(page: OgPage, names: Names): OgCard {
  // CARDS holds each kind's maker to that kind's page; TypeScript cannot pair a union's members by itself.
  const make = CARDS[page.kind] as (page: OgPage, names: Names) => OgCard;
  return make(page, names);
}

export const getStaticPaths = (async () => {
  const cats = await Promise.all(LOCALES.map((l) => getCatalogue(l)));
  const names = namesIn(cats);
  // A shared card is made once, from the Vietnamese page; a long page's, from its first page.
  const cards = cats.flatMap((cat) =>
    sitePages(cat)
      .filter(makesOgCard)
      .map((page) => ({ path: page.path, card: cardOf(page, names) })),
  );
  if (import.meta.env.DEV) return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
  // Drawn in a worker thread, so their JavaScript never waits for the pages; three at once keep
  // sharp's threads busy.
  startBeside(
    OG_CARDS,
    cards.map(({ path, card }) => ({ file: ogFile(path), input: card })),
    (card) => inWorker(paths, "og", card),
    3,
    () => stopWorker("og"),
  );
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: OgCard };
  const png = await cachedOgCard(card, paths);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
