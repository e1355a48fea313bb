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
