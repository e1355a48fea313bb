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
import { BODY_ONLY_TRANSLATIONS, type TranslationData } from "../../schemas/translation.ts";
import type { SearchTermsData } from "../../schemas/shared.ts";
import { isTravelFriendly } from "./travel.ts";
import { termsFor } from "../search/search-terms.ts";

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
  // Name and body must both be translated for the entry to count as translated (a place: its body).
  const translated = Boolean(tr && (BODY_ONLY_TRANSLATIONS.has(collection) || tr.data.name || tr.data.title) && html);
  return {
    t: tr?.data,
    text: translated ? { html: html ?? "", lang: locale } : { html: entry.rendered?.html ?? "", lang: "vi" },
  };
}

/** A product retired because it lost its certificate never shows that certificate as valid. */
function retiredCert(cert: CertificateView, reason: string | undefined): CertificateView {
  return reason === "mat-chung-nhan" && cert.status !== "none" ? { ...cert, status: "expired", stars: null } : cert;
}

/** An entry's text in the page's language: its body, its translation, and `pick` for a translated field. */
type Localize = (
  collection: string,
  entry: RawEntry<unknown>,
) => {
  text: LocalText;
  tr: TranslationData | undefined;
  pick: (key: "name" | "title" | "summary", vietnamese: string) => string;
};

/**
 * An entry's text in `locale`: its body, and `pick` for a translated field that falls back to the
 * Vietnamese one when the entry has no complete translation.
 */
function localizer(raw: RawContent, locale: Locale): Localize {
  const translations = new Map(raw.translations.map((t) => [t.id, t]));
  return (collection, entry) => {
    const { t, text } = makeText(locale, translations, collection, entry);
    const tr = text.lang === locale ? t : undefined;
    return { text, tr, pick: (key, vietnamese) => tr?.[key] || vietnamese };
  };
}

type RawOf<K extends keyof RawContent> = RawContent[K][number];

/** A place: its name is a proper name, kept in Vietnamese; its description is translated. */
function localityOf(e: RawOf<"localities">, localize: Localize): Locality {
  const { name, code, kind, region, formerNames } = e.data;
  return { id: e.id, name, code, kind, region, formerNames, ...localize("localities", e).text };
}

function groupOf(e: RawOf<"groups">, localize: Localize): Group {
  const { text, tr, pick } = localize("groups", e);
  return {
    id: e.id,
    name: pick("name", e.data.name),
    order: e.data.order,
    kind: e.data.kind,
    subgroups: e.data.subgroups.map((s) => ({ id: s.id, name: tr?.subgroups?.[s.id] || s.name, kind: s.kind })),
    ...text,
  };
}

function occasionOf(e: RawOf<"occasions">, localize: Localize): Occasion {
  const { text, pick } = localize("occasions", e);
  return {
    id: e.id,
    name: pick("name", e.data.name),
    summary: pick("summary", e.data.summary),
    order: e.data.order,
    picks: e.data.picks,
    ...text,
  };
}

function producerOf(e: RawOf<"producers">, localize: Localize, localities: Map<string, Locality>): Producer {
  const { text, pick } = localize("producers", e);
  const d = e.data;
  return {
    id: e.id,
    name: pick("name", d.name),
    kind: d.kind,
    locality: d.locality ? localities.get(d.locality) : undefined,
    formerAddress: d.formerAddress,
    address: d.address,
    contacts: d.contacts,
    founded: d.founded,
    exemplar: d.exemplar,
    images: d.images as Producer["images"],
    sources: d.sources,
    ...text,
  };
}

/** What a product refers to, already built. */
interface Lookups {
  localities: Map<string, Locality>;
  groups: Map<string, Group>;
  occasions: Map<string, Occasion>;
  producers: Map<string, Producer>;
  /** Each group's reviewed search-term lists for this locale's pages (termListsOf). */
  searchTerms: Map<string, SearchTermsData[]>;
}

/**
 * Each group's reviewed search-term lists for the pages of `locale`: on English pages its English
 * list (in the group's translation, whether or not the rest is translated) before the Vietnamese one.
 */
function termListsOf(raw: RawContent, locale: Locale): Map<string, SearchTermsData[]> {
  const translated = new Map(raw.translations.map((t) => [t.id, t.data.searchTerms ?? []]));
  return new Map(
    raw.groups.map((e) => [
      e.id,
      locale === "vi" ? [e.data.searchTerms] : [translated.get(`${locale}/groups/${e.id}`) ?? [], e.data.searchTerms],
    ]),
  );
}

function productOf(e: RawOf<"products">, localize: Localize, refs: Lookups, today: Date): Product {
  const d = e.data;
  const { text, pick } = localize("products", e);
  const group = refs.groups.get(d.group);
  if (!group) throw new Error(`content/products/${e.id}.md — group — "${d.group}" does not exist`);
  const subgroup = group.subgroups.find((s) => s.id === d.subgroup);
  return {
    id: e.id,
    name: pick("name", d.name),
    summary: pick("summary", d.summary),
    group,
    subgroup,
    kind: d.kind ?? subgroup?.kind ?? group.kind,
    producer: d.producer ? refs.producers.get(d.producer) : undefined,
    locality: d.locality ? refs.localities.get(d.locality) : undefined,
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
    occasions: d.occasions.map((o) => refs.occasions.get(o)).filter((o): o is Occasion => Boolean(o)),
    images: d.images as Product["images"],
    whereToBuy: d.whereToBuy.map((shop) => ({
      ...shop,
      locality: shop.locality ? refs.localities.get(shop.locality) : undefined,
    })),
    featured: d.featured,
    updated: d.updated,
    sources: d.sources,
    retired: d.retired,
    searchTerms: termsFor(refs.searchTerms.get(d.group) ?? [], { name: d.name, subgroup: d.subgroup }),
    ...text,
  };
}

function pageOf(e: RawOf<"pages">, localize: Localize): InfoPage {
  const { text, pick } = localize("pages", e);
  return {
    id: e.id,
    title: pick("title", e.data.title),
    summary: pick("summary", e.data.summary),
    order: e.data.order,
    sources: e.data.sources,
    ...text,
  };
}

export function buildCatalogue(raw: RawContent, locale: Locale, today: Date): Catalogue {
  const localize = localizer(raw, locale);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const localities = byId(raw.localities.map((e) => localityOf(e, localize)));
  const groups = byId(raw.groups.map((e) => groupOf(e, localize)));
  const occasions = byId(raw.occasions.map((e) => occasionOf(e, localize)));
  const producers = byId(raw.producers.filter((e) => !e.data.draft).map((e) => producerOf(e, localize, localities)));
  const searchTerms = termListsOf(raw, locale);
  const published = raw.products.filter((e) => !e.data.draft);
  const all = published
    .map((e) => productOf(e, localize, { localities, groups, occasions, producers, searchTerms }, today))
    .sort(compareProducts);

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
    products: all.filter((p) => !p.retired),
    retired: all.filter((p) => p.retired).sort(byName),
    redirects: published.flatMap((e) => (e.data.redirectFrom ?? []).map((from) => ({ from, to: e.id }))),
    producers: [...producers.values()].sort(byName),
    localities: [...localities.values()].sort(byName),
    groups: [...groups.values()].sort((a, b) => a.order - b.order),
    occasions: [...occasions.values()].sort((a, b) => a.order - b.order),
    pages: raw.pages.map((e) => pageOf(e, localize)).sort((a, b) => a.order - b.order),
  };
}
