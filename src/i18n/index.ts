import { en } from "./en.ts";
import type { Locale } from "./locales.ts";
import { vi, type Dictionary, type UIKey } from "./vi.ts";
import { isOne } from "./plural.ts";

export type { Dictionary, UIKey } from "./vi.ts";
export { LOCALES, DEFAULT_LOCALE, type Locale } from "./locales.ts";

export const dictionaries: Record<Locale, Dictionary> = { vi, en };

export type Translate = (key: UIKey, params?: Record<string, string | number>) => string;

/** Fills a string's {placeholders}; one without a value is left as it is. */
function fillText(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
}

/**
 * t("product.stars", { n: 4 }) → "4 sao OCOP". A numeric `n` picks the key's `One` form where the
 * language calls n "one" (plural.ts): t("producer.productCount", { n: 1 }) → "1 product".
 */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => {
    const n = params?.["n"];
    const one = typeof n === "number" && isOne(n, locale) ? dict[`${key}One`] : undefined;
    return fillText(one ?? dict[key], params);
  };
}

/**
 * The singular of a count for a script to choose (countKey), filled like t() with `{n}` kept;
 * undefined where the language has one form for every count.
 */
export function singular(locale: Locale, key: UIKey, params?: Record<string, string | number>): string | undefined {
  const one = dictionaries[locale][`${key}One`];
  return one === undefined ? undefined : fillText(one, params);
}
