/**
 * What the search page filters, sorts and shows on a result card, per indexed page.
 * Rendered by components/search/SearchFacets.astro as Pagefind filter, sort and meta elements.
 * Filter values are the labels a visitor reads (they become the chips and the URL).
 */
import { fold } from "../values/fold.ts";
import type { Translate } from "../../i18n/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { formatPriceRange } from "../values/format.ts";
import type { Producer, Product } from "../catalogue/model.ts";

/** Filter names, in the order the search page shows them. */
export const FILTERS = [
  "kind",
  "stars",
  "status",
  "group",
  "subgroup",
  "locality",
  "region",
  "occasion",
  "producer_kind",
] as const;
export type FilterName = (typeof FILTERS)[number];

export const SORTS = ["relevance", "stars", "price", "name"] as const;
export type SortName = (typeof SORTS)[number];

/** Sort keys every indexed page carries, so no page drops out of a sorted list. */
export interface SortKeys {
  stars: string;
  price: string;
  name: string;
}

export interface Facets {
  filters: [FilterName, string][];
  meta: [string, string][];
  sort: SortKeys;
}

/** Price sort key for pages with no price: after every real price. */
export const NO_PRICE = "999999999";

/** Name sort key: lower case, without tones and marks, đ as d, so "Đường" sorts among the D's. */
export function nameKey(name: string): string {
  return fold(name);
}

/** Stars shown as earned or stated (valid or not-yet-verified certificates), else null. */
export function shownStars(product: Pick<Product, "cert" | "ocop">): number | null {
  if (product.cert.stars !== null) return product.cert.stars;
  return product.cert.status === "unverified" ? (product.ocop?.stars ?? null) : null;
}

export function productFacets(product: Product, locale: Locale, t: Translate): Facets {
  const stars = shownStars(product);
  const filters: [FilterName, string][] = [
    ["kind", t("search.kind.product")],
    ["status", t(`cert.${product.cert.status}`)],
    ["group", product.group.name],
  ];
  if (stars !== null) filters.push(["stars", String(stars)]);
  if (product.subgroup) filters.push(["subgroup", product.subgroup.name]);
  if (product.locality) {
    filters.push(["locality", product.locality.name]);
    filters.push(["region", t(`locality.region.${product.locality.region}`)]);
  }
  for (const o of product.occasions) filters.push(["occasion", o.name]);
  if (product.producer) filters.push(["producer_kind", t(`producer.kind.${product.producer.kind}`)]);
  // The name again as `product`, and the search terms of its kind as `terms`: Pagefind weighs a
  // match there far above one in a text (lib/search/ranking.ts), so products named by the words lead.
  const meta: [string, string][] = [
    ["title", product.name],
    ["product", product.name],
  ];
  if (product.searchTerms.length > 0) meta.push(["terms", product.searchTerms.join(", ")]);
  if (stars !== null) meta.push(["stars", String(stars)]);
  // As on the catalogue's cards: the status in a word or two, its code for its colour.
  meta.push(["status", t(`cert.short.${product.cert.status}`)], ["cert", product.cert.status]);
  if (product.locality) meta.push(["locality", product.locality.name]);
  if (product.occasions.length > 0) meta.push(["occasions", product.occasions.map((o) => o.name).join(", ")]);
  if (product.formerAddress) meta.push(["formerAddress", product.formerAddress]);
  if (product.price)
    meta.push(["price", `${formatPriceRange(product.price.from, product.price.to, locale)} / ${product.price.unit}`]);
  return {
    filters,
    meta,
    sort: { stars: String(stars ?? 0), price: String(product.price?.from ?? NO_PRICE), name: nameKey(product.name) },
  };
}

export function producerFacets(producer: Producer, t: Translate): Facets {
  const filters: [FilterName, string][] = [
    ["kind", t("search.kind.producer")],
    ["producer_kind", t(`producer.kind.${producer.kind}`)],
  ];
  const meta: [string, string][] = [
    ["title", producer.name],
    ["subtitle", t(`producer.kind.${producer.kind}`)],
  ];
  if (producer.locality) {
    filters.push(["locality", producer.locality.name]);
    filters.push(["region", t(`locality.region.${producer.locality.region}`)]);
    meta.push(["locality", producer.locality.name]);
  }
  return { filters, meta, sort: { stars: "0", price: NO_PRICE, name: nameKey(producer.name) } };
}

/** Occasions, localities, groups and OCOP programme pages. `terms`: other names it is searched by (a place's former names). */
export function infoFacets(title: string, subtitle: string, t: Translate, terms: string[] = []): Facets {
  return {
    filters: [["kind", t("search.kind.info")]],
    meta: [
      ["title", title],
      ["subtitle", subtitle],
      ...(terms.length > 0 ? [["terms", terms.join(", ")] as [string, string]] : []),
    ],
    sort: { stars: "0", price: NO_PRICE, name: nameKey(title) },
  };
}
