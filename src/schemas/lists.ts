/**
 * Closed lists that both the schemas and the UI read. Lists that editors should change
 * (groups, occasions, localities) are content, not here.
 */
export const STAR_LEVELS = [3, 4, 5] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];

/** Score bands of Decision 148/QĐ-TTg: 100 points, 1–2★ are not certified. */
export const STAR_SCORE_BANDS: Record<StarLevel, readonly [number, number]> = {
  3: [50, 69.99],
  4: [70, 89.99],
  5: [90, 100],
};

/**
 * Who recognised the product: the district committee (3★, from 2023 until districts were
 * abolished on 01/07/2025), the province (3–4★) or the Prime Minister (5★).
 */
export const CERTIFICATE_LEVELS = ["huyen", "tinh", "quoc-gia"] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

/**
 * The level that a number of stars leaves no doubt about: 5 stars are only national, 4 only
 * provincial; 3 stars were the district's from 2023 to 06/2025 and the province's otherwise, so
 * they say nothing of it.
 */
export function levelOfStars(stars: number | undefined): CertificateLevel | undefined {
  return stars === 5 ? "quoc-gia" : stars === 4 ? "tinh" : undefined;
}

/**
 * Evidence grades for a certificate: A signed decision, B1 confirmed by government or press,
 * B2 proposal or scoring only (never shown as certified), C the producer's own claim.
 */
export const EVIDENCE_GRADES = ["A", "B1", "B2", "C"] as const;

/**
 * What a producer is. "chua-ro": no source says whether it is a cooperative, a business, a
 * household business or a person (a news item names "Cơ sở Hồng Tiến" and no more); the page
 * says so rather than guess, and an editor sets the kind once a source gives it.
 */
export const PRODUCER_KINDS = ["hop-tac-xa", "doanh-nghiep", "ho-kinh-doanh", "ca-nhan", "chua-ro"] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const LOCALITY_KINDS = ["xa", "phuong", "dac-khu"] as const;

/** phía Đông = former Quảng Ngãi, phía Tây = former Kon Tum. */
export const REGIONS = ["dong", "tay"] as const;

/** How a product must be kept: decides the travel-friendly mark. */
export const STORAGE_KINDS = ["thuong", "mat", "tu-lanh", "dong-lanh"] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** Certificates are valid for 36 months from the recognition decision. */
export const CERTIFICATE_VALIDITY_MONTHS = 36;

/**
 * Why a product left the catalogue: it lost (or never renewed) its OCOP certificate, or it is
 * no longer made or sold. Its page stays, saying why.
 */
export const RETIRE_REASONS = ["mat-chung-nhan", "ngung-ban"] as const;

/**
 * How a product is drawn when it has no photo: one picture of a Fluent Emoji Flat icon
 * (`@iconify-json/fluent-emoji-flat`, MIT, Microsoft).
 * `recolour` swaps the icon's own colours (e.g. garlic turned black for black garlic);
 * `badge` adds a second, smaller icon at the bottom right (a fish on a drop of sauce).
 */
export interface KindArt {
  icon: string;
  recolour?: Readonly<Record<string, string>>;
  badge?: string;
}

/**
 * Kinds of product a visitor recognises at a glance, each with its illustration. The kind of a
 * product defaults to its sub-group's (content/groups/*.md) and can be set in its frontmatter.
 * Labels in both languages are in src/i18n (`kind.<id>`). Adding a kind: add it here and to both
 * dictionaries.
 */
export const PRODUCT_KINDS = {
  // Spices and sauces
  toi: { icon: "garlic" },
  "toi-den": { icon: "garlic", recolour: { "#ffce7c": "#3b2f2f", "#feefc2": "#5c4a48" } },
  hanh: { icon: "onion", recolour: { "#d3883e": "#8e3a78", "#f3ad61": "#b8589e", "#e19747": "#a0457f" } },
  ot: { icon: "hot-pepper" },
  muoi: { icon: "salt" },
  "nuoc-mam": { icon: "droplet", recolour: { "#26c9fc": "#b8651b" }, badge: "fish" },
  nghe: { icon: "ginger-root", recolour: { "#ffce7c": "#ff9f0a", "#ffdea7": "#ffc233" } },
  // Sweet things
  "mach-nha": { icon: "jar", recolour: { "#aeddff": "#f3b34c" } },
  "mat-ong": { icon: "honey-pot" },
  banh: { icon: "rice-cracker" },
  // Drinks
  "ca-phe": { icon: "hot-beverage" },
  tra: { icon: "teacup-without-handle" },
  ruou: { icon: "sake" },
  vang: { icon: "wine-glass" },
  "nuoc-uong": { icon: "cup-with-straw" },
  // Grains, nuts, produce
  gao: { icon: "sheaf-of-rice" },
  "bot-ngu-coc": { icon: "bowl-with-spoon" },
  "dau-phung": { icon: "peanuts" },
  nam: { icon: "brown-mushroom" },
  "linh-chi": { icon: "brown-mushroom", recolour: { "#a74d4d": "#8b2a14", "#f08e6d": "#e0a526" } },
  "rau-cu-qua": { icon: "leafy-green" },
  "trai-cay-tuoi": { icon: "mango" },
  "trai-cay-say": { icon: "banana" },
  // Meat, fish, eggs
  thit: { icon: "cut-of-meat" },
  "thit-kho": { icon: "bacon" },
  "cha-nem": { icon: "tamale", recolour: { "#f9c23c": "#5c9e31", "#fcd53f": "#7cb342", "#ffb02e": "#4e8a2a" } },
  "ca-hai-san": { icon: "fish" },
  trung: { icon: "egg" },
  "gia-cam": { icon: "chicken" },
  // Herbal
  "duoc-lieu": { icon: "herb" },
  sam: { icon: "ginger-root" },
  "nhung-huou": { icon: "deer" },
  "yen-sao": { icon: "empty-nest" },
  "tinh-dau": { icon: "droplet", recolour: { "#26c9fc": "#e0a526" }, badge: "herb" },
  "thuc-pham-chuc-nang": { icon: "pill" },
  "que-nhang": { icon: "wood" },
  // Crafts
  gom: { icon: "amphora" },
  "tho-cam": { icon: "thread" },
  "thu-cong": { icon: "basket" },
  // Plants and animals
  hoa: { icon: "hibiscus" },
  "cay-canh": { icon: "potted-plant" },
  "dong-vat-canh": { icon: "tropical-fish" },
  // Places
  "diem-du-lich": { icon: "national-park" },
} as const satisfies Record<string, KindArt>;

export type ProductKind = keyof typeof PRODUCT_KINDS;
export const PRODUCT_KIND_IDS = Object.keys(PRODUCT_KINDS) as [ProductKind, ...ProductKind[]];

/**
 * Pictures of the pages that are not a product, for their search result cards: a producer with
 * no commune to map, a product group, a gift guide, a page about the OCOP programme. Drawn and
 * served like the kinds' illustrations (illustrations/<id>.svg). Their ids are words a card's
 * metadata holds, and Pagefind searches metadata: each is a word that fits its pages.
 */
export const PAGE_ART = {
  "nha-san-xuat": { icon: "house-with-garden" },
  "qua-tang": { icon: "wrapped-gift" },
  ocop: { icon: "glowing-star" },
  "nhom-san-pham": { icon: "basket" },
  "guong-dien-hinh": { icon: "sports-medal" },
} as const satisfies Record<string, KindArt>;

export type PageArt = keyof typeof PAGE_ART;
/** Every illustration the site serves: the kinds of product, then the pages' pictures. */
export const ILLUSTRATION_IDS = [...PRODUCT_KIND_IDS, ...(Object.keys(PAGE_ART) as PageArt[])];
