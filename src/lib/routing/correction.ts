/**
 * "Suggest a correction": a mailto: link to the catalogue team whose subject and body already
 * name the page, its address and the content file an editor changes, so a producer or a buyer
 * only has to type the price, phone number or photo they want to send.
 */
import type { Translate } from "../../i18n/index.ts";

export interface CorrectionTarget {
  /** The team's address (content/settings/lien-he.md). */
  email: string;
  /** Name of the product or producer, as the page shows it. */
  name: string;
  /** Canonical URL of the page. */
  url: string;
  /** Content file to edit, relative to the repository: content/products/<slug>.md. */
  file: string;
}

/** The content file of an entry, as an editor finds it in the repository. */
export function contentFile(collection: "products" | "producers", id: string): string {
  return `content/${collection}/${id}.md`;
}

/** mailto: URL (RFC 6068: subject and body percent-encoded, lines ended by CRLF). */
export function correctionHref(target: CorrectionTarget, t: Translate): string {
  const subject = t("correction.subject", { name: target.name });
  const body = t("correction.body", { name: target.name, url: target.url, file: target.file }).replace(/\r?\n/g, "\r\n");
  return `mailto:${target.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** mailto: URL of an address, for showing the team's contact as a link. */
export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}

/**
 * True for a host name reserved for examples and tests (RFC 2606, RFC 6761), which no mail
 * reaches: a real deployment must not send corrections there.
 */
export function isReservedDomain(host: string): boolean {
  return /(^|\.)(example|test|invalid|localhost)$/i.test(host) || /(^|\.)example\.(com|net|org)$/i.test(host);
}
