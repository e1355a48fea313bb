/**
 * Certificate status is derived, never typed: from the evidence grade, the decision date or
 * year, and the date the site was built.
 */
import type { Certificate } from "../../schemas/product.ts";
import { CERTIFICATE_VALIDITY_MONTHS } from "../../schemas/lists.ts";

/**
 * valid: certified and within 36 months; expired: past its expiry; unverified: certified but
 * the source gives only a year that may or may not have run out, or no date at all, or only the
 * producer says so;
 * proposal: proposed or scored only (B2), never shown as certified; none: no certificate.
 */
export type CertificateStatus = "valid" | "expired" | "unverified" | "proposal" | "none";

export interface CertificateView {
  status: CertificateStatus;
  /** Stars to show as earned: only for valid certificates. */
  stars: 3 | 4 | 5 | null;
  /** Known expiry date, or null when only the year of the decision is known. */
  expiry: Date | null;
  /** When only a year is known: the year in which it expires. */
  expiryYear: number | null;
}

export function certificateView(ocop: Certificate | undefined, today: Date): CertificateView {
  if (!ocop) return { status: "none", stars: null, expiry: null, expiryYear: null };
  if (ocop.evidence === "B2") return { status: "proposal", stars: null, expiry: null, expiryYear: null };
  const years = CERTIFICATE_VALIDITY_MONTHS / 12;
  if (ocop.expiryDate) {
    const valid = today < ocop.expiryDate;
    const status: CertificateStatus = !valid ? "expired" : ocop.evidence === "C" ? "unverified" : "valid";
    return { status, stars: status === "valid" ? (ocop.stars ?? null) : null, expiry: ocop.expiryDate, expiryYear: null };
  }
  // Certified, says the source, but not when: it may or may not have run out.
  if (ocop.year === undefined) return { status: "unverified", stars: null, expiry: null, expiryYear: null };
  // Only the year is known: it expires some time in year + 3.
  const expiryYear = ocop.year + years;
  const earliest = Date.UTC(expiryYear, 0, 1);
  const latest = Date.UTC(expiryYear + 1, 0, 1);
  let status: CertificateStatus = today.getTime() >= latest ? "expired" : today.getTime() < earliest ? "valid" : "unverified";
  if (status === "valid" && ocop.evidence === "C") status = "unverified";
  return { status, stars: status === "valid" ? (ocop.stars ?? null) : null, expiry: null, expiryYear };
}
