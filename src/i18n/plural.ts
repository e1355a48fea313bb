/**
 * Counts in words: "1 product", "2 products". A dictionary string that counts `{n}` may have a
 * second key, the same name with `One` appended ("producer.productCount" and
 * "producer.productCountOne"), used when the language calls n "one" (Intl.PluralRules). English
 * says "1 product"; Vietnamese has one form for every count, so its `One` strings are the same
 * text. Pure and browser-safe: the pages' translations and the search page's script choose their
 * strings with it; the gift list's script has its own two lines (src/lib/gifts/gift-list.ts countText).
 */

const rules = new Map<string, Intl.PluralRules>();

/**
 * True when `lang` calls the count `n` "one" (English 1; never in Vietnamese). The site's two
 * languages are answered without ICU: the first Intl.PluralRules costs a phone several milliseconds,
 * inside the search page's task that shows the count. A test checks both against Intl.PluralRules.
 */
export function isOne(n: number, lang: string): boolean {
  if (lang === "vi") return false;
  if (lang === "en" && Number.isInteger(n)) return Math.abs(n) === 1;
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(n) === "one";
}

/** The key of the wording of `n` in `strings`: `${key}One` when `lang` calls n "one" and the strings have that form, else `key`. */
export function countKey(strings: Readonly<Record<string, string | undefined>>, key: string, n: number, lang: string): string {
  return isOne(n, lang) && strings[`${key}One`] !== undefined ? `${key}One` : key;
}
