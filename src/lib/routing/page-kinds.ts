/**
 * One record per kind of page: what a page of that kind is and gets. The dispatch in
 * src/pages/[...path].astro, BaseLayout (robots, data-page-kind, sitemap marker), the Open Graph
 * and QR endpoints, the sitemap filter, the budget and JSON-LD tests and the benches all read
 * this table, so adding a kind of page means adding one record here and one view.
 */
interface PageKindRecord {
  /** Search engines may index it; otherwise the page carries `<meta name="robots" content="noindex">`. */
  indexable: boolean;
  /** Listed in the sitemap (per page, retired products are left out as well). */
  sitemap: boolean;
  /** Gets a 1200×630 Open Graph card made at build (og/<path>.png). */
  ogCard: boolean;
  /** Gets a QR code of its canonical URL made at build (qr/<path>.svg), for print and sharing. */
  qr: boolean;
  /** schema.org types of which the page's JSON-LD must hold at least one ([] = none required). */
  jsonLd: readonly string[];
  /** Carries a BreadcrumbList (every page below the home page that has the site's layout). */
  breadcrumbs: boolean;
}

const catalogue = { indexable: true, sitemap: true, ogCard: false, qr: false, jsonLd: [], breadcrumbs: true } as const;
const unlisted = { indexable: false, sitemap: false, ogCard: false, qr: false, jsonLd: [], breadcrumbs: true } as const;

export const PAGE_KINDS = {
  home: { ...catalogue, jsonLd: ["WebSite"], breadcrumbs: false },
  productList: catalogue,
  product: { ...catalogue, ogCard: true, qr: true, jsonLd: ["Product"] },
  producerList: catalogue,
  producer: { ...catalogue, ogCard: true, qr: true, jsonLd: ["Organization", "LocalBusiness", "Person"] },
  localityList: catalogue,
  locality: catalogue,
  groupList: catalogue,
  group: catalogue,
  occasionList: catalogue,
  occasion: { ...catalogue, ogCard: true },
  travelGuide: { ...catalogue, ogCard: true },
  exemplars: catalogue,
  infoList: catalogue,
  info: catalogue,
  /** The visitor's own gift list: nothing to index. */
  giftList: unlisted,
  search: unlisted,
  /** Print sheets: an A6 booth card per product, an A4 sheet per locality. */
  boothCard: unlisted,
  localityPrint: unlisted,
  /** An old URL kept after a rename: sends the reader on at once, no layout. */
  redirect: { ...unlisted, breadcrumbs: false },
  notFound: { ...unlisted, breadcrumbs: false },
  /** Shown by the service worker, at any URL, for a page not available offline; like the 404, no trail. */
  offline: { ...unlisted, breadcrumbs: false },
} as const satisfies Record<string, PageKindRecord>;

export type PageKind = keyof typeof PAGE_KINDS;
/** Every kind, in the table's order (the browser tests and the Lighthouse bench open one page of each). */
export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS) as PageKind[];

export function isPageKind(name: string): name is PageKind {
  return Object.hasOwn(PAGE_KINDS, name);
}
