/**
 * Pure assembly of the catalogue from raw entries: resolves references, applies translations
 * (text only, with a fallback to Vietnamese), derives certificate status and sorts.
 */
import type { Locale } from "../../i18n/locales.ts";
import { certificateView, type CertificateStatus, type CertificateView } from "./certificate.ts";
import type {
  Catalogue,
  Group,
  InfoPage,
  Locality,
  LocalText,
  Occasion,
  Producer,
  Product,
  RawContent,
  RawEntry,
} from "./model.ts";
import type { TranslationData } from "../../schemas/translation.ts";
import { isTravelFriendly } from "./travel.ts";

const collator = new Intl.Collator("vi");

/** Order in which certificate states are listed: certified first. */
const STATUS_RANK: Record<CertificateStatus, number> = { valid: 0, unverified: 1, expired: 2, proposal: 3, none: 4 };

function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

/** Products: valid certificates first, then more stars, then name. */
function compareProducts(a: Product, b: Product): number {
  return STATUS_RANK[a.cert.status] - STATUS_RANK[b.cert.status] || (b.ocop?.stars ?? 0) - (a.ocop?.stars ?? 0) || byName(a, b);
}

function makeText(
  locale: Locale,
  translations: Map<string, RawEntry<TranslationData>>,
  collection: string,
  entry: RawEntry<unknown>,
): { t: TranslationData | undefined; text: LocalText } {
  if (locale === "vi") return { t: undefined, text: { html: entry.rendered?.html ?? "", lang: "vi" } };
  const tr = translations.get(`${locale}/${collection}/${entry.id}`);
  const html = tr?.rendered?.html?.trim() ? tr.rendered.html : undefined;
  // Name and body must both be translated for the entry to count as translated.
  const translated = Boolean(tr && (tr.data.name || tr.data.title) && html);
  return {
    t: tr?.data,
    text: translated ? { html: html ?? "", lang: locale } : { html: entry.rendered?.html ?? "", lang: "vi" },
  };
}

/** A product retired because it lost its certificate never shows that certificate as valid. */
function retiredCert(cert: CertificateView, reason: string | undefined): CertificateView {
  return reason === "mat-chung-nhan" && cert.status !== "none" ? { ...cert, status: "expired", stars: null } : cert;
}

export function buildCatalogue(raw: RawContent, locale: Locale, today: Date): Catalogue {
  const translations = new Map(raw.translations.map((t) => [t.id, t]));
  /**
   * An entry's text in the page's language: its body, and `pick` for a translated field that
   * falls back to the Vietnamese one when the entry has no complete translation.
   */
  const localize = (collection: string, entry: RawEntry<unknown>) => {
    const { t, text } = makeText(locale, translations, collection, entry);
    const tr = text.lang === locale ? t : undefined;
    const pick = (key: "name" | "title" | "summary", vietnamese: string) => tr?.[key] || vietnamese;
    return { text, tr, pick };
  };

  const localities = new Map<string, Locality>(
    raw.localities.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.data.name,
        kind: e.data.kind,
        region: e.data.region,
        formerNames: e.data.formerNames,
        html: e.rendered?.html ?? "",
      },
    ]),
  );

  const groups = new Map<string, Group>(
    raw.groups.map((e) => {
      const { text: tx, tr, pick } = localize("groups", e);
      return [
        e.id,
        {
          id: e.id,
          name: pick("name", e.data.name),
          order: e.data.order,
          kind: e.data.kind,
          subgroups: e.data.subgroups.map((s) => ({ id: s.id, name: tr?.subgroups?.[s.id] || s.name, kind: s.kind })),
          ...tx,
        },
      ];
    }),
  );

  const occasions = new Map<string, Occasion>(
    raw.occasions.map((e) => {
      const { text: tx, pick } = localize("occasions", e);
      return [
        e.id,
        {
          id: e.id,
          name: pick("name", e.data.name),
          summary: pick("summary", e.data.summary),
          order: e.data.order,
          picks: e.data.picks,
          ...tx,
        },
      ];
    }),
  );

  const producers = new Map<string, Producer>(
    raw.producers
      .filter((e) => !e.data.draft)
      .map((e) => {
        const { text: tx, pick } = localize("producers", e);
        return [
          e.id,
          {
            id: e.id,
            name: pick("name", e.data.name),
            kind: e.data.kind,
            locality: e.data.locality ? localities.get(e.data.locality) : undefined,
            formerAddress: e.data.formerAddress,
            address: e.data.address,
            contacts: e.data.contacts,
            founded: e.data.founded,
            exemplar: e.data.exemplar,
            images: e.data.images as Producer["images"],
            sources: e.data.sources,
            ...tx,
          },
        ];
      }),
  );

  const all: Product[] = raw.products
    .filter((e) => !e.data.draft)
    .map((e) => {
      const d = e.data;
      const { text: tx, pick } = localize("products", e);
      const group = groups.get(d.group);
      if (!group) throw new Error(`content/products/${e.id}.md — group — "${d.group}" does not exist`);
      const subgroup = group.subgroups.find((s) => s.id === d.subgroup);
      return {
        id: e.id,
        name: pick("name", d.name),
        summary: pick("summary", d.summary),
        group,
        subgroup,
        kind: d.kind ?? subgroup?.kind ?? group.kind,
        producer: d.producer ? producers.get(d.producer) : undefined,
        locality: d.locality ? localities.get(d.locality) : undefined,
        formerAddress: d.formerAddress,
        ocop: d.ocop,
        cert: retiredCert(certificateView(d.ocop, today), d.retired?.reason),
        price: d.price,
        netWeight: d.netWeight,
        weightGrams: d.weightGrams,
        shelfLifeDays: d.shelfLifeDays,
        shelfLifeVerified: d.shelfLifeVerified,
        storage: d.storage,
        storageNote: d.storageNote,
        travelFriendly: isTravelFriendly({ shelfLifeDays: d.shelfLifeDays, storage: d.storage, weightGrams: d.weightGrams }),
        occasions: d.occasions.map((o) => occasions.get(o)).filter((o): o is Occasion => Boolean(o)),
        images: d.images as Product["images"],
        whereToBuy: d.whereToBuy,
        featured: d.featured,
        updated: d.updated,
        sources: d.sources,
        retired: d.retired,
        ...tx,
      };
    })
    .sort(compareProducts);
  const products = all.filter((p) => !p.retired);
  const redirects = raw.products
    .filter((e) => !e.data.draft)
    .flatMap((e) => (e.data.redirectFrom ?? []).map((from) => ({ from, to: e.id })));

  const pages: InfoPage[] = raw.pages
    .map((e) => {
      const { text: tx, pick } = localize("pages", e);
      return {
        id: e.id,
        title: pick("title", e.data.title),
        summary: pick("summary", e.data.summary),
        order: e.data.order,
        sources: e.data.sources,
        ...tx,
      };
    })
    .sort((a, b) => a.order - b.order);

  const settings = raw.settings.find((e) => e.id === "qua-tang")?.data;
  const tetOccasion = settings?.tetOccasion;
  return {
    locale,
    builtAt: today,
    gifts: {
      priceBands: settings?.priceBands ?? [],
      tetOccasion: tetOccasion && occasions.has(tetOccasion) ? tetOccasion : undefined,
    },
    contactEmail: raw.contact[0]?.data.email,
    products,
    retired: all.filter((p) => p.retired).sort(byName),
    redirects,
    producers: [...producers.values()].sort(byName),
    localities: [...localities.values()].sort(byName),
    groups: [...groups.values()].sort((a, b) => a.order - b.order),
    occasions: [...occasions.values()].sort((a, b) => a.order - b.order),
    pages,
  };
}
