/**
 * Every URL of the site comes from here, so a path is decided once, carries the base path,
 * and has its English twin. Paths always end with "/" (trailingSlash: "always").
 */
import type { Locale } from "../../i18n/locales.ts";

export type Section =
  | "products"
  | "producers"
  | "localities"
  | "groups"
  | "occasions"
  | "info"
  | "search"
  | "giftList"
  | "travelGuide"
  | "exemplars"
  | "boothCard"
  | "localityPrint"
  | "offline";

/** Path segments per language; Vietnamese URLs at the root, English under /en/. */
export const SEGMENTS: Record<Locale, Record<Section, string> & { page: string }> = {
  vi: {
    products: "san-pham",
    producers: "nha-san-xuat",
    localities: "dia-phuong",
    groups: "nhom-san-pham",
    occasions: "qua-tang",
    info: "ocop",
    search: "tim-kiem",
    giftList: "danh-sach-qua",
    travelGuide: "qua-mang-ve-may-bay",
    exemplars: "guong-dien-hinh",
    boothCard: "the-gian-hang",
    localityPrint: "ban-in-dia-phuong",
    offline: "ngoai-tuyen",
    page: "trang",
  },
  en: {
    products: "products",
    producers: "producers",
    localities: "places",
    groups: "categories",
    occasions: "gifts",
    info: "ocop",
    search: "search",
    giftList: "gift-list",
    travelGuide: "travel-gifts",
    exemplars: "exemplary-producers",
    boothCard: "booth-card",
    localityPrint: "print-locality",
    offline: "offline",
    page: "page",
  },
};

const PREFIX: Record<Locale, string> = { vi: "", en: "en" };

/**
 * The base path Vite sets; "/" where the module runs outside Vite (Node scripts), where
 * import.meta.env.* is undefined. Read by its full name only: Astro replaces a bare reference to
 * Vite's env object with every environment variable whose name the module's text contains, so
 * the page code, and with it every page's incremental-build key, would change with the shell
 * (tests/unit/env-inlining.test.ts).
 */
function viteBase(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return "/";
  }
}

function base(): string {
  const b = viteBase();
  return b.endsWith("/") ? b : b + "/";
}

/** Joins segments into a site path relative to the base, without leading or trailing "/". */
export function sitePath(locale: Locale, ...segments: (string | number)[]): string {
  return [PREFIX[locale], ...segments.map(String)].filter((s) => s !== "").join("/");
}

/** Absolute path (with base) for a site path. */
export function href(path: string): string {
  return path === "" ? base() : `${base()}${path}/`;
}

function listPath(locale: Locale, section: Section, page = 1): string {
  return page > 1
    ? sitePath(locale, SEGMENTS[locale][section], SEGMENTS[locale].page, page)
    : sitePath(locale, SEGMENTS[locale][section]);
}

/** An entry's page; a long entry page (a group's or a locality's products) continues on numbered pages. */
function entryPath(locale: Locale, section: Section, slug: string, page = 1): string {
  return page > 1
    ? sitePath(locale, SEGMENTS[locale][section], slug, SEGMENTS[locale].page, page)
    : sitePath(locale, SEGMENTS[locale][section], slug);
}

/** Site paths (no base, no slashes) — the route table uses these as `params.path`. */
export const paths = {
  home: (locale: Locale) => sitePath(locale),
  list: listPath,
  entry: entryPath,
};

/** File (relative to the site root) of a page's QR code, by its site path. */
export function qrFile(path: string): string {
  return `qr/${path || "index"}.svg`;
}
/** File (relative to the site root) of a locality's locator map (src/pages/map/[id].svg.ts), shared by both languages. */
export function locatorFile(localityId: string): string {
  return `map/${localityId}.svg`;
}
/** File (relative to the site root) of the gift list's product data in one language. */
export function giftDataFile(locale: Locale): string {
  return `gift-data/${locale}.json`;
}
/** File (relative to the site root) of the illustration of a kind of product (src/pages/illustrations/[kind].svg.ts). */
export function illustrationFile(kind: string): string {
  return `illustrations/${kind}.svg`;
}
/** File (relative to the site root) of a page's Open Graph card, by its site path. */
export function ogFile(path: string): string {
  return `og/${path || "index"}.png`;
}

/** Hrefs (base + path + "/") for links. */
export const routes = {
  home: (locale: Locale) => href(paths.home(locale)),
  list: (locale: Locale, section: Section, page = 1) => href(listPath(locale, section, page)),
  product: (locale: Locale, slug: string) => href(entryPath(locale, "products", slug)),
  producer: (locale: Locale, slug: string) => href(entryPath(locale, "producers", slug)),
  locality: (locale: Locale, slug: string, page = 1) => href(entryPath(locale, "localities", slug, page)),
  group: (locale: Locale, slug: string, page = 1) => href(entryPath(locale, "groups", slug, page)),
  occasion: (locale: Locale, slug: string, page = 1) => href(entryPath(locale, "occasions", slug, page)),
  info: (locale: Locale, slug: string) => href(entryPath(locale, "info", slug)),
  search: (locale: Locale) => href(listPath(locale, "search")),
  giftList: (locale: Locale) => href(listPath(locale, "giftList")),
  travelGuide: (locale: Locale, page = 1) => href(listPath(locale, "travelGuide", page)),
  exemplars: (locale: Locale) => href(listPath(locale, "exemplars")),
  offline: (locale: Locale) => href(listPath(locale, "offline")),
  boothCard: (locale: Locale, slug: string) => href(entryPath(locale, "boothCard", slug)),
  localityPrint: (locale: Locale, slug: string) => href(entryPath(locale, "localityPrint", slug)),
  /** QR code (SVG made at build) of a page, by its site path. */
  qr: (path: string) => `${base()}${qrFile(path)}`,
  /** Open Graph image (PNG made at build) of a page, by its site path. */
  og: (path: string) => `${base()}${ogFile(path)}`,
  /** Illustration (SVG made at build) of a kind of product: the picture of a product with no photo. */
  illustration: (kind: string) => `${base()}${illustrationFile(kind)}`,
  /** A locality's locator map (SVG made at build). */
  locator: (localityId: string) => `${base()}${locatorFile(localityId)}`,
  asset: (file: string) => `${base()}${file.replace(/^\//, "")}`,
  /** The gift list's product data (JSON made at build, src/pages/gift-data/[locale].json.ts). */
  giftData: (locale: Locale) => `${base()}${giftDataFile(locale)}`,
};

/** Absolute URL on the public site, for canonical links, Open Graph and sharing. */
export function absoluteUrl(pathWithBase: string, site: URL | string): string {
  return new URL(pathWithBase, site).toString();
}

/** The same page in the other language: swaps the prefix and the section segment. */
export function translatePath(path: string, from: Locale, to: Locale): string {
  const parts = path.split("/").filter(Boolean);
  if (PREFIX[from]) parts.shift();
  if (parts.length > 0) {
    const section = (Object.keys(SEGMENTS[from]) as (Section | "page")[]).find((k) => SEGMENTS[from][k] === parts[0]);
    if (section) parts[0] = SEGMENTS[to][section];
    // "…/trang/2" after a list ("san-pham/trang/2") or an entry ("nhom-san-pham/do-uong/trang/2").
    for (const i of [1, 2]) {
      if (parts.length === i + 2 && parts[i] === SEGMENTS[from].page && /^\d+$/.test(parts[i + 1]!)) parts[i] = SEGMENTS[to].page;
    }
  }
  return sitePath(to, ...parts);
}

/** The first of a list's or entry's numbered pages: "nhom-san-pham/x/trang/3" → "nhom-san-pham/x". */
export function firstPagePath(path: string): string {
  const words = [...new Set(Object.values(SEGMENTS).map((s) => s.page))].join("|");
  return path.replace(new RegExp(`/(?:${words})/\\d+$`), "");
}

/** The language of a site path (without base): English under "en/", Vietnamese elsewhere. */
export function localeOfPath(path: string): Locale {
  return path === PREFIX.en || path.startsWith(`${PREFIX.en}/`) ? "en" : "vi";
}

/**
 * hreflang links of a page for the sitemap: given the page's absolute URL and the base path,
 * the same page's absolute URL in every language.
 */
export function sitemapAlternates(pageUrl: string, basePath: string): { lang: Locale; url: string }[] {
  const url = new URL(pageUrl);
  const baseNorm = basePath.endsWith("/") ? basePath : basePath + "/";
  const path = url.pathname.startsWith(baseNorm) ? url.pathname.slice(baseNorm.length).replace(/\/$/, "") : "";
  const from = localeOfPath(path);
  return (["vi", "en"] as const).map((lang) => {
    const p = translatePath(path, from, lang);
    return { lang, url: new URL(p === "" ? baseNorm : `${baseNorm}${p}/`, url).toString() };
  });
}
