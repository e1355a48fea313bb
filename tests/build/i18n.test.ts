import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, htmlFiles, page, isNoindex } from "../../scripts/lib/dist.ts";
import { localeOfPath, translatePath } from "../../src/lib/routing/routes.ts";

beforeAll(assertBuilt);

/** Site path of a dist file: "en/products/x/index.html" → "en/products/x". */
const pathOf = (file: string) => file.replace(/\/?index\.html$/, "");
const indexable = () => htmlFiles().filter((f) => f !== "404.html" && !isNoindex(f));

describe("English edition", () => {
  it("every Vietnamese page has its English twin and back", () => {
    const missing: string[] = [];
    for (const file of indexable()) {
      const path = pathOf(file);
      const from = localeOfPath(path);
      const twin = translatePath(path, from, from === "vi" ? "en" : "vi");
      const twinFile = fileOf(`/${twin}${twin ? "/" : ""}`);
      if (!existsSync(join(DIST, twinFile))) missing.push(`${file} → ${twinFile}`);
    }
    expect(missing).toEqual([]);
  });

  it("each page names both languages in hreflang alternates and links its twin in the switcher", () => {
    for (const file of indexable()) {
      const doc = page(file);
      const path = pathOf(file);
      const locale = localeOfPath(path);
      const other = locale === "vi" ? "en" : "vi";
      const alternates = Object.fromEntries(
        doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
      );
      const twin = translatePath(path, locale, other);
      expect(alternates[locale], file).toBe(`/${path}${path ? "/" : ""}`);
      expect(alternates[other], file).toBe(`/${twin}${twin ? "/" : ""}`);
      expect(alternates["x-default"], file).toBe(alternates["vi"]);
      const switcher = doc.querySelector(`header a[hreflang="${other}"]`);
      expect(switcher?.getAttribute("href"), file).toBe(alternates[other]);
    }
  });

  it("a count of one reads in the singular: no English page says “1 products”", () => {
    const plural = /(?<![\d.,])1 (products|results|pages|days|items|cooperatives)\b/;
    const wrong = htmlFiles()
      .filter((f) => f.startsWith("en/"))
      .flatMap((f) => {
        const m = plural.exec(page(f).text);
        return m ? [`${f}: “${m[0]}”`] : [];
      });
    expect(wrong).toEqual([]);
  });

  it("the sitemap pairs every page with its twin", () => {
    const xml = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    // Which pages are listed at all is tests/build/pages.test.ts's job.
    expect(urls.length).toBeGreaterThan(100);
    for (const u of urls) expect(u.match(/hreflang="(vi|en)"/g)?.length, u.slice(0, 120)).toBe(2);
  });

  it("an untranslated text is shown in Vietnamese, marked lang=vi with a note, never empty", () => {
    for (const file of htmlFiles().filter((f) => /^en\/products\/[^/]+\/index\.html$/.test(f))) {
      const doc = page(file);
      const h1 = doc.querySelector("h1")!;
      expect(h1.text.trim(), file).not.toBe("");
      const prose = doc.querySelector("article .prose");
      if (prose?.getAttribute("lang") === "vi") {
        expect(doc.querySelector("article")!.text, file).toContain("has not been translated yet");
      }
    }
  });

  it("a place's description reads in English, marked lang=en, or in Vietnamese with the note", () => {
    const files = htmlFiles().filter((f) => /^en\/places\/[^/]+\/index\.html$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(96);
    const untranslated: string[] = [];
    for (const file of files) {
      const doc = page(file);
      // Every place has a description (content/localities/<id>.md's body).
      const text = doc.querySelector("[data-locality-text]");
      expect(text, file).not.toBeNull();
      if (!text) continue;
      expect(text.getAttribute("lang"), file).toBe("en");
      const prose = text.querySelector(".prose")!;
      if (prose.getAttribute("lang") === "vi") {
        expect(text.text, file).toContain("has not been translated yet");
        untranslated.push(file);
      } else expect(prose.hasAttribute("lang"), file).toBe(false);
    }
    // Every place of the catalogue has its English description (content/translations/en/localities/).
    expect(untranslated).toEqual([]);
  });

  it("former addresses and names read in English: the units' kinds translated, the names as written", () => {
    const units = /(^|[;,(]\s*)(xã|huyện|phường|thị trấn|thị xã|thành phố|tỉnh|thôn) /;
    let seen = 0;
    for (const file of htmlFiles().filter((f) => /^en\/(products|producers|places)\/[^/]+\/index\.html$/.test(f))) {
      for (const dd of page(file).querySelectorAll("dt, span.text-muted")) {
        if (!/^(Former address|Former names)/.test(dd.text.trim())) continue;
        const value = (dd.tagName === "DT" ? dd.nextElementSibling?.text : dd.parentNode?.text.replace(dd.text, "")) ?? "";
        expect(value, file).not.toMatch(units);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(96);
  });
});
