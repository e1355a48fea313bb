export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** BCP 47 tags for Intl and <html lang>. */
export const LOCALE_TAGS: Record<Locale, string> = { vi: "vi", en: "en" };
