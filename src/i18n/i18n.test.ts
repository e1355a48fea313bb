import { describe, expect, it } from "vitest";
import { dictionaries, LOCALES, useTranslations } from "./index.ts";

describe("dictionaries", () => {
  it("every language has exactly the same keys, none empty", () => {
    const keys = Object.keys(dictionaries.vi).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(dictionaries[locale]).sort(), locale).toEqual(keys);
      for (const [key, text] of Object.entries(dictionaries[locale])) expect(text.trim(), `${locale}:${key}`).not.toBe("");
    }
  });
  it("every placeholder of a Vietnamese string exists in its translation", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dictionaries.vi)) {
      expect(names(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(names(text));
    }
  });
  it("fills placeholders", () => {
    expect(useTranslations("vi")("product.stars", { n: 4 })).toBe("4 sao OCOP");
    expect(useTranslations("en")("product.stars", { n: 5 })).toBe("5-star OCOP");
  });
});
