import { en } from "./en.ts";
import type { Locale } from "./locales.ts";
import { vi, type UIKey } from "./vi.ts";

export type { UIKey } from "./vi.ts";
export { LOCALES, DEFAULT_LOCALE, type Locale } from "./locales.ts";

export const dictionaries: Record<Locale, Record<UIKey, string>> = { vi, en };

export type Translate = (key: UIKey, params?: Record<string, string | number>) => string;

/** t("product.stars", { n: 4 }) → "4 sao OCOP". */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => {
    const text = dict[key];
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
  };
}
