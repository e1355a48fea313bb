/**
 * What a reusable view receives, and nothing more: its page (the route table's record, with
 * every entry it shows) and the site's frame (what any page may show besides its own record).
 * Astro's incremental build reuses last build's HTML of such a page while the digest of exactly
 * this object is unchanged (src/node/pipeline/page-cache-key.ts), so a view that wanted to read something
 * else would have to receive it, and its key would cover it: reading the catalogue does not type-check.
 */
import type { Locale } from "../../i18n/locales.ts";
import type { Catalogue } from "../catalogue/model.ts";
import { PAGE_KINDS, type PageKind } from "./page-kinds.ts";
import type { SitePage } from "./site-pages.ts";

/** What every page may show besides its own record: the layout's, the footer's, the correction links'. */
export interface SiteFrame {
  locale: Locale;
  /**
   * The build's month, as its first day (UTC): the footer's "updated" and a certificate's "as
   * of". Only the month, so a page built the next day is the same page.
   */
  builtMonth: Date;
  /** The catalogue team's e-mail (content/settings/lien-he.md): the correction links and the about page. */
  contactEmail: string | undefined;
}

/** The frame of every page of one language (one object, so its digest is computed once). */
export function siteFrame(cat: Catalogue): SiteFrame {
  return {
    locale: cat.locale,
    builtMonth: new Date(Date.UTC(cat.builtAt.getUTCFullYear(), cat.builtAt.getUTCMonth(), 1)),
    contactEmail: cat.contactEmail,
  };
}

/** The kinds whose pages Astro may reuse (page-kinds.ts, `reusable`). */
export type ReusableKind = { [K in PageKind]: (typeof PAGE_KINDS)[K]["reusable"] extends true ? K : never }[PageKind];
export type ReusablePage = Extract<SitePage, { kind: ReusableKind }>;

export function isReusable(page: SitePage): page is ReusablePage {
  return PAGE_KINDS[page.kind].reusable;
}

/** Everything a reusable view of kind K receives: all its cache key covers. */
export type ReusableViewProps<K extends ReusableKind = ReusableKind> = {
  page: Extract<SitePage, { kind: K }>;
  frame: SiteFrame;
  /** Its Open Graph card (routes.og), for the kinds that have one. */
  ogImage?: string | undefined;
};

/** What a view rendered on every build receives: the whole catalogue besides. */
export type CatalogueViewProps<K extends Exclude<PageKind, ReusableKind>> = {
  page: Extract<SitePage, { kind: K }>;
  frame: SiteFrame;
  cat: Catalogue;
};

/**
 * What the view of a page of kind K receives, by its record's `reusable`: the page and the frame
 * only, or the catalogue besides (src/components/views/views.ts holds each kind to it).
 */
export type ViewProps<K extends PageKind> = K extends ReusableKind
  ? ReusableViewProps<K>
  : CatalogueViewProps<Exclude<K, ReusableKind>>;
