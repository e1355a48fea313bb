/**
 * The compact data the gift list page's script fetches (src/pages/gift-data/[locale].json.ts):
 * only what the list shows, keyed by product and producer id.
 */
import { singular, type Translate, type UIKey } from "../../i18n/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Catalogue, Product } from "../catalogue/model.ts";
import { telHref, zaloHref } from "../values/phone.ts";
import { paths, routes } from "../routing/routes.ts";
import { shelfLifeFact, type Certainty } from "../catalogue/certainty.ts";

export interface GiftData {
  locale: Locale;
  /** The labels, and the singular of those that count (`droppedOne`…) where the language has one (i18n/plural.ts). */
  t: Record<GiftLabel, string> & Partial<Record<`${GiftLabel}One`, string>>;
  /**
   * n name, u url, q QR image, r producer id ("" when unknown), p [from, to] or null, pu unit,
   * k shelf life (index into `facts`), w shops [name, address, map], i picture (a small photo, or the kind's illustration).
   */
  products: Record<
    string,
    {
      n: string;
      u: string;
      q: string;
      r: string;
      p: [number, number] | null;
      pu: string;
      k: number;
      w: [string, string, string][];
      i: string;
    }
  >;
  /** Each distinct shelf life as [certainty, words], worded as every other page words it (certainty.ts). */
  facts: [Certainty, string][];
  /** n name, u url, ph phones [display, tel: href], z Zalo link or "". */
  producers: Record<string, { n: string; u: string; ph: [string, string][]; z: string }>;
}

const GIFT_LABELS = {
  remove: "gift.list.remove",
  shelfLife: "product.shelfLife",
  unknown: "gift.band.unknown",
  whereToBuy: "gift.list.whereToBuy",
  map: "gift.list.map",
  noProducer: "gift.list.noProducer",
  total: "gift.list.total",
  totalUnknown: "gift.list.totalUnknown",
  corrupt: "gift.list.corrupt",
  dropped: "gift.list.dropped",
} as const satisfies Record<string, UIKey>;
type GiftLabel = keyof typeof GIFT_LABELS;

/**
 * `photos`: product id → URL of a small copy of its first photo (made by the caller, which can
 * use astro:assets); a product without one is shown by its kind's illustration.
 */
export function giftData(
  cat: Catalogue,
  products: Product[],
  t: Translate,
  photos: ReadonlyMap<string, string> = new Map(),
): GiftData {
  const locale = cat.locale;
  const out: GiftData = {
    locale,
    t: Object.fromEntries(
      Object.entries(GIFT_LABELS).flatMap(([k, key]) => {
        const one = singular(locale, key);
        return one === undefined
          ? [[k, t(key)]]
          : [
              [k, t(key)],
              [`${k}One`, one],
            ];
      }),
    ) as GiftData["t"],
    facts: [],
    products: {},
    producers: {},
  };
  const factIndex = new Map<string, number>();
  for (const p of products) {
    const shelf = shelfLifeFact(p, t);
    let k = factIndex.get(shelf.text);
    if (k === undefined) {
      k = out.facts.push([shelf.certainty, shelf.text]) - 1;
      factIndex.set(shelf.text, k);
    }
    out.products[p.id] = {
      n: p.name,
      u: routes.product(locale, p.id),
      q: routes.qr(paths.entry(locale, "products", p.id)),
      r: p.producer?.id ?? "",
      p: p.price ? [p.price.from, p.price.to ?? p.price.from] : null,
      pu: p.price?.unit ?? "",
      k,
      w: p.whereToBuy.map((s) => [s.name, s.address ?? "", s.map ?? ""]),
      i: photos.get(p.id) ?? routes.illustration(p.kind),
    };
    const r = p.producer;
    if (r && !out.producers[r.id]) {
      const mobile = r.contacts.phones.find((ph) => ph.mobile);
      out.producers[r.id] = {
        n: r.name,
        u: routes.producer(locale, r.id),
        ph: r.contacts.phones.map((ph) => [ph.display, telHref(ph)]),
        z: mobile ? zaloHref(mobile) : "",
      };
    }
  }
  return out;
}
