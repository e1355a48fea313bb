/** The shapes pages and components work with: entries with their references resolved. */
import type { ImageMetadata } from "astro";
import type { Locale } from "../../i18n/locales.ts";
import type { CertificateView } from "./certificate.ts";
import type { Certificate, ProductData, Retirement } from "../../schemas/product.ts";
import type { ProducerData } from "../../schemas/producer.ts";
import type { LocalityData } from "../../schemas/locality.ts";
import type { GroupData } from "../../schemas/group.ts";
import type { OccasionData } from "../../schemas/occasion.ts";
import type { PageData } from "../../schemas/page.ts";
import type { TranslationData } from "../../schemas/translation.ts";
import type { ContactSettingsData, GiftSettingsData } from "../../schemas/settings.ts";
import type { ProductKind } from "../../schemas/lists.ts";

/** A content entry as the loader gives it (only what the catalogue reads). */
export interface RawEntry<T> {
  id: string;
  data: T;
  rendered?: { html: string } | undefined;
}

export interface RawContent {
  products: RawEntry<ProductData>[];
  producers: RawEntry<ProducerData>[];
  localities: RawEntry<LocalityData>[];
  groups: RawEntry<GroupData>[];
  occasions: RawEntry<OccasionData>[];
  pages: RawEntry<PageData>[];
  translations: RawEntry<TranslationData>[];
  /** content/settings/: the gift guide settings. */
  settings: RawEntry<GiftSettingsData>[];
  /** content/settings/lien-he.md: the team's contact. */
  contact: RawEntry<ContactSettingsData>[];
}

/** Translatable text of an entry, and the language it is actually written in. */
export interface LocalText {
  html: string;
  /** The language of name, summary and html: differs from the page's when a translation is missing. */
  lang: Locale;
}

export interface ImageRef {
  src: ImageMetadata;
  alt: string;
}

/** A place; its html is its description in the page's language, or in Vietnamese (`lang`) until translated. */
export interface Locality extends LocalText {
  id: string;
  name: string;
  /** Official code of the unit (Công văn 1027/CTK-CSCL): the key of its shape on the maps (src/lib/geo/). */
  code: string;
  kind: LocalityData["kind"];
  region: LocalityData["region"];
  formerNames: string[];
}

export interface Group extends LocalText {
  id: string;
  name: string;
  order: number;
  /** The group's typical kind: its illustration, and the kind of a product with no sub-group. */
  kind: ProductKind;
  subgroups: Subgroup[];
}

export interface Subgroup {
  id: string;
  name: string;
  /** Default kind of the sub-group's products. */
  kind: ProductKind;
}

export interface Occasion extends LocalText {
  id: string;
  name: string;
  summary: string;
  order: number;
  picks: string[];
}

export interface Producer extends LocalText {
  id: string;
  name: string;
  kind: ProducerData["kind"];
  locality: Locality | undefined;
  formerAddress: string | undefined;
  address: string | undefined;
  contacts: ProducerData["contacts"];
  founded: number | undefined;
  exemplar: ProducerData["exemplar"];
  images: ImageRef[];
  sources: ProducerData["sources"];
}

/** A shop that sells a product, its locality resolved (content gives the locality's file name). */
export type Shop = Omit<ProductData["whereToBuy"][number], "locality"> & { locality: Locality | undefined };

export interface Product extends LocalText {
  id: string;
  name: string;
  summary: string;
  group: Group;
  subgroup: Subgroup | undefined;
  /** What the product is (garlic, fish sauce…): its frontmatter's, else its sub-group's, else its group's. Picks its illustration. */
  kind: ProductKind;
  producer: Producer | undefined;
  locality: Locality | undefined;
  formerAddress: string | undefined;
  ocop: Certificate | undefined;
  cert: CertificateView;
  price: ProductData["price"];
  netWeight: string | undefined;
  weightGrams: number | undefined;
  shelfLifeDays: number | undefined;
  shelfLifeVerified: boolean;
  storage: ProductData["storage"];
  storageNote: string | undefined;
  /** Derived by src/lib/catalogue/travel.ts: keeps, needs no cold, light enough. */
  travelFriendly: boolean;
  occasions: Occasion[];
  images: ImageRef[];
  whereToBuy: Shop[];
  featured: boolean;
  updated: Date | undefined;
  sources: ProductData["sources"];
  /** Set when the product left the catalogue; its page stays and says why. */
  retired?: Retirement | undefined;
  /**
   * Words visitors type for its kind, from its group's reviewed lists (lib/search/search-terms.ts):
   * the Vietnamese list, and on English pages the English list before it. Indexed for search only.
   */
  searchTerms: string[];
}

export interface InfoPage extends LocalText {
  id: string;
  title: string;
  summary: string;
  order: number;
  sources: PageData["sources"];
}

export interface Catalogue {
  locale: Locale;
  builtAt: Date;
  /** Live products only: what every listing, search and sitemap shows. */
  products: Product[];
  /** Retired products: a page each (same URL, says why), in no listing. */
  retired: Product[];
  /** Old product slugs kept as redirect pages after a rename. */
  redirects: { from: string; to: string }[];
  producers: Producer[];
  localities: Locality[];
  groups: Group[];
  occasions: Occasion[];
  pages: InfoPage[];
  /** Gift guide settings from content/settings/qua-tang.md. */
  gifts: GiftSettings;
  /** The catalogue team's e-mail (content/settings/lien-he.md), for corrections; the content check requires it. */
  contactEmail: string | undefined;
}

interface GiftSettings {
  /** Price band boundaries in đồng, ascending. */
  priceBands: number[];
  /** Occasion id of the Tết guide, when it exists. */
  tetOccasion: string | undefined;
}
