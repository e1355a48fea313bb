/**
 * The colour a certificate's status is written in, on cards, pages and search results alike:
 * green when valid, amber when it needs a second look, muted when there is none. Browser-safe
 * (the search page draws its result cards with it).
 */
import type { CertificateStatus } from "./certificate.ts";

export const CERT_TONE: Record<CertificateStatus, "text-ok" | "text-warn" | "text-muted"> = {
  valid: "text-ok",
  expired: "text-warn",
  unverified: "text-warn",
  proposal: "text-warn",
  none: "text-muted",
};

/** Whether `value` is a status (search results carry it as text). */
export function isCertificateStatus(value: string | undefined): value is CertificateStatus {
  return value !== undefined && Object.hasOwn(CERT_TONE, value);
}
