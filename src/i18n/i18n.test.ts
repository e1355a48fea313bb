import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { dictionaries, LOCALES, useTranslations } from "./index.ts";
import { countKey, isOne } from "./plural.ts";

const names = (s: string | undefined) => [...(s ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A dictionary's keys without the singular forms of counts (plural.ts). */
const baseKeys = (dict: object) => Object.keys(dict).filter((k) => !k.endsWith("One"));

/** The site's code, tests and dictionaries left out: where a key must be asked for to be needed. */
function siteCode(): string {
  const root = join(import.meta.dirname, "..", "..");
  const texts: string[] = [];
  for (const dir of ["src", "scripts"])
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) continue;
      if (/src\/i18n\/(vi|en)\.ts$/.test(path)) continue;
      texts.push(readFileSync(path, "utf8"));
    }
  return texts.join("\n");
}

describe("dictionaries", () => {
  it("every key is asked for by the site's code, as written or by its prefix (`cert.${status}`)", () => {
    const code = siteCode();
    const unused = baseKeys(dictionaries.vi).filter((key) => {
      const quoted = ['"', "'", "`"].some((q) => code.includes(`${q}${key}${q}`));
      const prefix = key.slice(0, key.lastIndexOf(".") + 1);
      return !quoted && !(prefix !== "" && code.includes(`\`${prefix}\${`));
    });
    expect(unused).toEqual([]);
  });
  it("every language has exactly the same keys, none empty", () => {
    const keys = baseKeys(dictionaries.vi).sort();
    for (const locale of LOCALES) {
      expect(baseKeys(dictionaries[locale]).sort(), locale).toEqual(keys);
      for (const [key, text] of Object.entries(dictionaries[locale])) expect(text.trim(), `${locale}:${key}`).not.toBe("");
    }
  });
  it("every placeholder of a Vietnamese string exists in its translation", () => {
    for (const [key, text] of Object.entries(dictionaries.vi)) {
      expect(names(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(names(text));
    }
  });
  it("a singular form belongs to a string that counts {n}, with the same placeholders", () => {
    for (const locale of LOCALES)
      for (const [key, text] of Object.entries(dictionaries[locale]).filter(([k]) => k.endsWith("One"))) {
        const base = (dictionaries[locale] as Record<string, string>)[key.slice(0, -"One".length)];
        expect(base, `${locale}:${key} has no base string`).toBeDefined();
        expect(names(base), `${locale}:${key}`).toContain("n");
        expect(names(text), `${locale}:${key}`).toEqual(names(base));
      }
  });
  it("English counts one in the singular and more in the plural; Vietnamese has one form", () => {
    const en = useTranslations("en");
    expect(en("producer.productCount", { n: 1 })).toBe("1 product");
    expect(en("producer.productCount", { n: 2 })).toBe("2 products");
    expect(en("producer.productCount", { n: 0 })).toBe("0 products");
    expect(en("search.count", { n: 1, q: "garlic" })).toBe("1 result for “garlic”");
    expect(en("product.shelfLifeDays", { n: 1 })).toBe("1 day");
    expect(en("gift.list.totalUnknown", { n: 3 })).toBe("3 products without a known price");
    // A placeholder kept for the browser to fill is no count: the plural form stays.
    expect(en("search.count", { n: "{n}", q: "{q}" })).toBe("{n} results for “{q}”");
    expect(useTranslations("vi")("producer.productCount", { n: 1 })).toBe("1 sản phẩm");
  });
  it("picks a string's singular form in the browser the same way", () => {
    const strings = { count: "{n} results", countOne: "{n} result", pages: "{n} pages" };
    expect(countKey(strings, "count", 1, "en")).toBe("countOne");
    expect(countKey(strings, "count", 2, "en")).toBe("count");
    expect(countKey(strings, "count", 1, "vi")).toBe("count");
    expect(countKey(strings, "pages", 1, "en")).toBe("pages");
    expect([isOne(1, "en"), isOne(1, "vi"), isOne(21, "en")]).toEqual([true, false, false]);
  });
  it("counts whole numbers in the site's languages as Intl.PluralRules does, without making one (slow at first use on a phone)", async () => {
    vi.resetModules();
    const fresh = (await import("./plural.ts")).isOne;
    const made = vi.spyOn(Intl, "PluralRules");
    const counts = Array.from({ length: 1002 }, (_, n) => n - 1);
    const got = LOCALES.map((lang) => counts.map((n) => fresh(n, lang)));
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    expect(got).toEqual(LOCALES.map((lang) => counts.map((n) => new Intl.PluralRules(lang).select(n) === "one")));
  });
  it("fills placeholders", () => {
    expect(useTranslations("vi")("product.stars", { n: 4 })).toBe("4 sao OCOP");
    expect(useTranslations("en")("product.stars", { n: 5 })).toBe("5-star OCOP");
  });
});
