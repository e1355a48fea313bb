/**
 * The route table: every page the site builds for one language, as a site path and the data
 * its view needs. `src/pages/[...path].astro` turns this list into static pages, and
 * `src/pages/404.astro` the one page Astro builds by its own route (notFoundPage).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/index.ts";
import type { Catalogue, Group, InfoPage, Locality, Occasion, Producer, Product } from "../catalogue/model.ts";
import {
  featuredProducts,
  fiveStarProducts,
  exemplarProducers,
  occasionPicks,
  ENTRY_PAGE_SIZE,
  paginate,
  producersByLocality,
  producersExemplarFirst,
  productsByGroup,
  productsByLocality,
  productsAround,
  productsByOccasion,
  productsByProducer,
  relatedProducts,
} from "../catalogue/queries.ts";
import { firstPagePath, paths, translatePath } from "./routes.ts";
import { groupByPriceBand, type BandGroup } from "../catalogue/price-bands.ts";
import { seasonAt, type Season } from "../catalogue/season.ts";
import { kindLanguages, PAGE_KINDS, type PageKind } from "./page-kinds.ts";
import type { SiteFrame } from "./site-frame.ts";
import { neighbourCodes } from "../geo/neighbours.ts";

/** Where a page stands among the numbered pages of a long entry page; `total` counts the items of all of them. */
interface PageOf {
  page: number;
  pageCount: number;
  total: number;
}

/** The title of numbered page `page` of a long page: "Sản phẩm — Trang 2"; page 1 keeps the plain title. */
export function numberedTitle(title: string, page: number, t: Translate): string {
  return page > 1 ? `${title} — ${t("nav.pageN", { n: page })}` : title;
}

export type View =
  | { kind: "home" }
  | { kind: "productList"; page: number; pageCount: number; products: Product[] }
  | { kind: "product"; product: Product; related: Product[] }
  /** This page's producers (exemplary producers first, the order of the whole list). */
  | ({ kind: "producerList"; producers: Producer[] } & PageOf)
  | { kind: "producer"; producer: Producer; products: Product[] }
  | { kind: "localityList"; localities: { locality: Locality; count: number }[] }
  | ({
      kind: "locality";
      locality: Locality;
      products: Product[];
      producers: Producer[];
      /** The localities it shares a border with, and their product counts (on the first page only). */
      neighbours: { locality: Locality; count: number }[];
      /** Products of those neighbours ("Nearby", on the first page only). */
      nearby: Product[];
    } & PageOf)
  | { kind: "groupList" }
  | ({ kind: "group"; group: Group; products: Product[] } & PageOf)
  | { kind: "occasionList" }
  | ({
      kind: "occasion";
      occasion: Occasion;
      /** The editors' picks (on the first page only). */
      picks: Product[];
      /** This page's other tagged products, by price band. */
      bands: BandGroup<Product>[];
    } & PageOf)
  /** This page's travel-friendly products, by price band; a band that goes on past a page repeats its heading on the next. */
  | ({ kind: "travelGuide"; bands: BandGroup<Product>[] } & PageOf)
  | { kind: "giftList"; products: Product[] }
  | { kind: "exemplars"; producers: { producer: Producer; products: Product[] }[] }
  | { kind: "boothCard"; product: Product }
  | { kind: "localityPrint"; locality: Locality; products: Product[] }
  | { kind: "infoList" }
  | { kind: "info"; page: InfoPage }
  /** An old URL kept after a rename: a tiny page that sends the reader to `to` (a site path). */
  | { kind: "redirect"; to: string }
  /** `groups` and `occasions` are offered, with `popular` products, when a query finds nothing. */
  | { kind: "search"; popular: Product[]; terms: string[]; groups: Group[]; occasions: Occasion[] }
  /** Shown by the service worker for a page that is not available offline; lists those that are. */
  | { kind: "offline" }
  /** Served by the host at any address without a page. */
  | { kind: "notFound" };

/** The kinds the route table builds; each must have its record in page-kinds.ts (a type error otherwise). */
type HasRecord<K extends PageKind> = K;
export type ViewKind = HasRecord<View["kind"]>;

export type SitePage = View & {
  path: string;
  locale: Locale;
  /** The same page in every language its kind is built in, as site paths (none for a kind built in one). */
  alternates: Partial<Record<Locale, string>>;
};

/** Whether a page is listed in the sitemap: its kind's rule, and retired products never. */
export function isListed(page: SitePage): boolean {
  return PAGE_KINDS[page.kind].sitemap && !(page.kind === "product" && page.product.retired);
}

/**
 * Site path of the Open Graph card a page shows (routes.og turns it into a URL), or undefined
 * when its kind has none. A card shared by all languages is named after the Vietnamese page;
 * the numbered pages of a long page show the card of its first page.
 */
export function ogCardPath(page: SitePage): string | undefined {
  const card = PAGE_KINDS[page.kind].ogCard;
  if (!card) return undefined;
  return firstPagePath(card === "shared" ? (page.alternates[DEFAULT_LOCALE] ?? page.path) : page.path);
}

/** The kinds whose record gives them an Open Graph card. */
export type OgKind = { [K in PageKind]: (typeof PAGE_KINDS)[K]["ogCard"] extends false ? never : K }[PageKind];

/**
 * Whether the card a page shows is made from this page: its kind has one (its record), and it is
 * not another language's shared card nor a long page's first page's.
 */
export function makesOgCard(page: SitePage): page is Extract<SitePage, { kind: OgKind }> {
  return ogCardPath(page) === page.path;
}

/** What BaseLayout needs to know about a page besides its title and description. */
export function layoutProps(frame: SiteFrame, page: SitePage) {
  return {
    locale: page.locale,
    path: page.path,
    alternates: page.alternates,
    builtAt: frame.builtMonth,
    kind: page.kind,
    listed: isListed(page),
  };
}

/** What the search page offers when a query finds nothing: featured, else five-star, else the first products. */
function popularProducts(cat: Catalogue, limit = 6): Product[] {
  const featured = featuredProducts(cat, limit);
  if (featured.length > 0) return featured;
  const fiveStar = fiveStarProducts(cat).slice(0, limit);
  return fiveStar.length > 0 ? fiveStar : cat.products.slice(0, limit);
}

/**
 * Names and search terms the search page may suggest when a query finds nothing, and whose words
 * it corrects a typo to (lib/search/typos.ts), at most `limit`: the reviewed search terms first.
 */
function searchTerms(cat: Catalogue, limit = 600): string[] {
  const names = [
    ...cat.products.flatMap((p) => p.searchTerms),
    ...cat.products.map((p) => p.name),
    ...cat.localities.flatMap((l) => [l.name, ...l.formerNames]),
    ...cat.groups.map((g) => g.name),
    ...cat.occasions.map((o) => o.name),
    ...cat.producers.map((p) => p.name),
  ];
  return [...new Set(names)].slice(0, limit);
}

/** The guide the home page leads with at build time: the Tết occasion in season, else the travel guide. */
export function seasonalGuide(cat: Catalogue): { season: Season; occasion: Occasion | undefined } {
  const season = seasonAt(cat.builtAt);
  const occasion = season === "tet" ? cat.occasions.find((o) => o.id === cat.gifts.tetOccasion) : undefined;
  return { season: occasion ? "tet" : "travel", occasion };
}

/** Splits a long entry page's items into numbered pages of ENTRY_PAGE_SIZE (always at least one page). */
function paged<T>(items: T[], each: (part: T[], of: PageOf) => void): void {
  const parts = paginate(items, ENTRY_PAGE_SIZE);
  parts.forEach((part, i) => each(part, { page: i + 1, pageCount: parts.length, total: items.length }));
}

/**
 * Products in price-band order (catalogue order within a band), so that each numbered page of
 * a banded guide holds consecutive runs of a band and the bands go on across pages.
 */
function inBandOrder(cat: Catalogue, products: Product[]): Product[] {
  return groupByPriceBand(products, cat.gifts.priceBands).flatMap((band) => band.items);
}

/** Adds one page of the table at a site path: the table's sections below call it. */
type Add = (path: string, view: View) => void;

export function sitePages(cat: Catalogue): SitePage[] {
  const locale = cat.locale;
  const out: SitePage[] = [];
  const add: Add = (path, view) => {
    const alternates = Object.fromEntries(LOCALES.map((l) => [l, translatePath(path, locale, l)])) as Record<Locale, string>;
    out.push({ ...view, path, locale, alternates });
  };
  add(paths.home(locale), { kind: "home" });
  for (const section of [
    giftPages,
    printSheets,
    productPages,
    producerPages,
    localityPages,
    groupPages,
    occasionPages,
    infoPages,
    toolPages,
  ])
    section(cat, add);
  return out;
}

/** The travel guide (numbered pages, by price band), the gift list and the exemplary producers. */
function giftPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  paged(
    inBandOrder(
      cat,
      cat.products.filter((p) => p.travelFriendly),
    ),
    (part, of) =>
      add(paths.list(locale, "travelGuide", of.page), {
        kind: "travelGuide",
        bands: groupByPriceBand(part, cat.gifts.priceBands),
        ...of,
      }),
  );
  add(paths.list(locale, "giftList"), { kind: "giftList", products: cat.products });
  add(paths.list(locale, "exemplars"), {
    kind: "exemplars",
    producers: exemplarProducers(cat).map((producer) => ({ producer, products: productsByProducer(cat, producer.id) })),
  });
}

/** A booth card per product, a sheet per locality that has products. */
function printSheets(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  for (const product of cat.products) add(paths.entry(locale, "boothCard", product.id), { kind: "boothCard", product });
  for (const locality of cat.localities) {
    const products = productsByLocality(cat, locality.id);
    if (products.length > 0)
      add(paths.entry(locale, "localityPrint", locality.id), { kind: "localityPrint", locality, products });
  }
}

function productPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  const productPages = paginate(cat.products);
  productPages.forEach((products, i) =>
    add(paths.list(locale, "products", i + 1), { kind: "productList", page: i + 1, pageCount: productPages.length, products }),
  );
  for (const product of cat.products) {
    add(paths.entry(locale, "products", product.id), { kind: "product", product, related: relatedProducts(cat, product) });
  }
  // Retired products keep their page (it says why and points to live products alike);
  // renamed ones leave a redirect page at each old slug.
  for (const product of cat.retired) {
    add(paths.entry(locale, "products", product.id), { kind: "product", product, related: relatedProducts(cat, product) });
  }
  for (const { from, to } of cat.redirects) {
    add(paths.entry(locale, "products", from), { kind: "redirect", to: paths.entry(locale, "products", to) });
  }
}

function producerPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  paged(producersExemplarFirst(cat), (producers, of) =>
    add(paths.list(locale, "producers", of.page), { kind: "producerList", producers, ...of }),
  );
  for (const producer of cat.producers) {
    add(paths.entry(locale, "producers", producer.id), {
      kind: "producer",
      producer,
      products: productsByProducer(cat, producer.id),
    });
  }
}

/** The list, and each locality's numbered pages (its producers and neighbours on the first). */
function localityPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  const localities = cat.localities.map((locality) => ({ locality, count: productsByLocality(cat, locality.id).length }));
  add(paths.list(locale, "localities"), { kind: "localityList", localities });
  for (const locality of cat.localities) {
    const products = productsByLocality(cat, locality.id);
    const producers = producersByLocality(cat, locality.id);
    // In the catalogue's order of localities (by name).
    const around = new Set(neighbourCodes().get(locality.code));
    const neighbours = localities.filter((l) => around.has(l.locality.code));
    const nearby = productsAround(
      cat,
      neighbours.map((n) => n.locality.id),
    );
    paged(products, (part, of) =>
      add(paths.entry(locale, "localities", locality.id, of.page), {
        kind: "locality",
        locality,
        products: part,
        producers: of.page === 1 ? producers : [],
        neighbours: of.page === 1 ? neighbours : [],
        nearby: of.page === 1 ? nearby : [],
        ...of,
      }),
    );
  }
}

function groupPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  add(paths.list(locale, "groups"), { kind: "groupList" });
  for (const group of cat.groups) {
    paged(productsByGroup(cat, group.id), (products, of) =>
      add(paths.entry(locale, "groups", group.id, of.page), { kind: "group", group, products, ...of }),
    );
  }
}

/** The list, and each occasion's numbered pages: the editors' picks on the first, the rest by price band. */
function occasionPages(cat: Catalogue, add: Add): void {
  const locale = cat.locale;
  add(paths.list(locale, "occasions"), { kind: "occasionList" });
  for (const occasion of cat.occasions) {
    const picks = occasionPicks(cat, occasion.id);
    const picked = new Set(picks.map((p) => p.id));
    const rest = inBandOrder(
      cat,
      productsByOccasion(cat, occasion.id).filter((p) => !picked.has(p.id)),
    );
    paged(rest, (part, of) =>
      add(paths.entry(locale, "occasions", occasion.id, of.page), {
        kind: "occasion",
        occasion,
        picks: of.page === 1 ? picks : [],
        bands: groupByPriceBand(part, cat.gifts.priceBands),
        ...of,
      }),
    );
  }
}

function infoPages(cat: Catalogue, add: Add): void {
  add(paths.list(cat.locale, "info"), { kind: "infoList" });
  for (const page of cat.pages) add(paths.entry(cat.locale, "info", page.id), { kind: "info", page });
}

/** The search page and the offline page. */
function toolPages(cat: Catalogue, add: Add): void {
  add(paths.list(cat.locale, "search"), {
    kind: "search",
    popular: popularProducts(cat),
    terms: searchTerms(cat),
    groups: cat.groups,
    occasions: cat.occasions,
  });
  add(paths.list(cat.locale, "offline"), { kind: "offline" });
}

/**
 * The 404 page, which Astro builds from its own route (src/pages/404.astro) and the host serves at
 * any address without a page: in the one language its record names, so it has no alternates.
 */
export function notFoundPage(cat: Catalogue): Extract<SitePage, { kind: "notFound" }> {
  if (!kindLanguages("notFound").includes(cat.locale)) throw new Error(`no 404 page in ${cat.locale} (page-kinds.ts)`);
  return { kind: "notFound", path: "404", locale: cat.locale, alternates: {} };
}
