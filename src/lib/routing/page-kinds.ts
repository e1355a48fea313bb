/**
 * One record per kind of page: what a page of that kind is and gets. The views
 * (src/components/views/views.ts, one per kind), BaseLayout and the redirect page (robots,
 * data-page-kind, sitemap marker), the Open Graph and QR endpoints, the sitemap filter, the
 * budgets, the JSON-LD tests, the browser tests and the benches all read this table, so adding a
 * kind of page means adding one record here, one view, and the pages of that kind to the route
 * table (site-pages.ts); docs/architecture.md, "Adding a page kind".
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locales.ts";

interface PageKindRecord {
  /** Search engines may index it; otherwise the page carries `<meta name="robots" content="noindex">`. */
  indexable: boolean;
  /** Listed in the sitemap (per page, retired products are left out as well). */
  sitemap: boolean;
  /**
   * Gets a 1200×630 Open Graph card made at build (og/<path>.png): "shared" = one card for all
   * languages, named after the Vietnamese page (its text is names and stars, which do not
   * change with the language); "perLanguage" = one card per language (its text is translated).
   */
  ogCard: false | "shared" | "perLanguage";
  /** Gets a QR code of its canonical URL made at build (qr/<path>.svg), for print and sharing. */
  qr: boolean;
  /** schema.org types of which the page's JSON-LD must hold at least one ([] = none required). */
  jsonLd: readonly string[];
  /**
   * Its view receives only the page's own record and the site's frame (ReusableViewProps in
   * site-frame.ts), so Astro's incremental build may reuse last build's page while the digest of
   * that object is the same (src/node/pipeline/page-cache-key.ts). False: the view receives the whole
   * catalogue (lists, home, search) and the page is rendered on every build.
   */
  reusable: boolean;
  /** Carries a BreadcrumbList (every page below the home page that has the site's layout). */
  breadcrumbs: boolean;
  /**
   * A site may have no page of this kind (a redirect exists only once content renames something),
   * so the browser tests and benches that open one page of every kind do not require one.
   */
  optional?: true;
  /**
   * The languages it is built in, when not every language: the browser tests and the benches
   * open a page of every other kind in each language (scripts/lib/sample-pages.ts).
   */
  languages?: readonly Locale[];
  /**
   * Sends the reader on to another page at once (no layout, nothing to read): the browser tests
   * check the page it lands on, the Lighthouse bench leaves it out.
   */
  forwards?: true;
}

const catalogue = {
  indexable: true,
  sitemap: true,
  ogCard: false,
  qr: false,
  jsonLd: [],
  reusable: false,
  breadcrumbs: true,
} as const;
const unlisted = { ...catalogue, indexable: false, sitemap: false } as const;

export const PAGE_KINDS = {
  home: { ...catalogue, jsonLd: ["WebSite"], breadcrumbs: false },
  productList: catalogue,
  product: { ...catalogue, ogCard: "shared", qr: true, jsonLd: ["Product"], reusable: true },
  producerList: catalogue,
  producer: {
    ...catalogue,
    ogCard: "shared",
    qr: true,
    jsonLd: ["Organization", "LocalBusiness", "Person", "Thing"],
    reusable: true,
  },
  localityList: catalogue,
  locality: { ...catalogue, reusable: true },
  groupList: catalogue,
  group: { ...catalogue, reusable: true },
  occasionList: catalogue,
  occasion: { ...catalogue, ogCard: "perLanguage", reusable: true },
  travelGuide: { ...catalogue, ogCard: "perLanguage", reusable: true },
  exemplars: catalogue,
  infoList: catalogue,
  info: { ...catalogue, reusable: true },
  /** The visitor's own gift list: nothing to index. */
  giftList: unlisted,
  search: unlisted,
  /** Print sheets: an A6 booth card per product, an A4 sheet per locality. */
  boothCard: { ...unlisted, reusable: true },
  localityPrint: { ...unlisted, reusable: true },
  /** An old URL kept after a rename: sends the reader on at once, no layout. */
  redirect: { ...unlisted, breadcrumbs: false, reusable: true, optional: true, forwards: true },
  /**
   * Astro builds it from src/pages/404.astro (the table's notFoundPage) and serves it at any
   * address without a page: one page, in Vietnamese with a line in English.
   */
  notFound: { ...unlisted, breadcrumbs: false, languages: [DEFAULT_LOCALE] },
  /** Shown by the service worker, at any URL, for a page not available offline; like the 404, no trail. */
  offline: { ...unlisted, breadcrumbs: false },
} as const satisfies Record<string, PageKindRecord>;

export type PageKind = keyof typeof PAGE_KINDS;
/** Every kind, in the table's order (the browser tests and the benches open one page of each: scripts/lib/sample-pages.ts). */
export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS) as PageKind[];

/** Whether a site may have no page of this kind (its record's `optional`). */
export function isOptionalKind(kind: PageKind): boolean {
  return (PAGE_KINDS[kind] as PageKindRecord).optional === true;
}

/** The languages a kind is built in (its record's `languages`, else every language). */
export function kindLanguages(kind: PageKind): readonly Locale[] {
  return (PAGE_KINDS[kind] as PageKindRecord).languages ?? LOCALES;
}

/** Whether a page of this kind sends the reader on at once (its record's `forwards`). */
export function forwards(kind: PageKind): boolean {
  return (PAGE_KINDS[kind] as PageKindRecord).forwards === true;
}

export function isPageKind(name: string): name is PageKind {
  return Object.hasOwn(PAGE_KINDS, name);
}
