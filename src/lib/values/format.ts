/** Numbers, prices and dates as each language writes them. */
import type { Locale } from "../../i18n/locales.ts";

const GROUPING: Record<Locale, string> = { vi: ".", en: "," };
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 1250000 → "1.250.000" (vi) or "1,250,000" (en); no decimals, stable across ICU builds. */
function formatNumber(value: number, locale: Locale): string {
  const digits = Math.round(Math.abs(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUPING[locale]);
  return value < 0 ? `-${grouped}` : grouped;
}

/** 1250000 → "1.250.000 ₫" (vi) or "VND 1,250,000" (en). */
export function formatPrice(vnd: number, locale: Locale): string {
  return locale === "vi" ? `${formatNumber(vnd, locale)}\u00a0₫` : `VND\u00a0${formatNumber(vnd, locale)}`;
}

/** A price range: "120.000 – 250.000 ₫" or the single price. */
export function formatPriceRange(from: number, to: number | undefined, locale: Locale): string {
  if (to === undefined || to === from) return formatPrice(from, locale);
  return locale === "vi"
    ? `${formatNumber(from, locale)} – ${formatNumber(to, locale)}\u00a0₫`
    : `VND\u00a0${formatNumber(from, locale)} – ${formatNumber(to, locale)}`;
}

/** 2023-12-25 → "tháng 12/2023" (vi) or "Dec 2023" (en), in UTC. */
export function formatMonth(date: Date, locale: Locale): string {
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return locale === "en" ? `${MONTHS_EN[m]} ${y}` : `tháng ${m + 1}/${y}`;
}

/** 2023-12-25 → "25/12/2023" (vi) or "25 Dec 2023" (en), in UTC. */
export function formatDate(date: Date, locale: Locale): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  if (locale === "en") return `${d} ${MONTHS_EN[m]} ${y}`;
  return `${String(d).padStart(2, "0")}/${String(m + 1).padStart(2, "0")}/${y}`;
}
