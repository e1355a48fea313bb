/** The only module that reads Astro's content collections. Loaded once per build and locale. */
import { getCollection } from "astro:content";
import type { Locale } from "../../i18n/locales.ts";
import { buildCatalogue } from "./build-catalogue.ts";
import { buildDate } from "./certificate.ts";
import type { Catalogue, RawContent } from "./model.ts";

let raw: Promise<RawContent> | undefined;
const cache = new Map<Locale, Catalogue>();

async function loadRaw(): Promise<RawContent> {
  const [products, producers, localities, groups, occasions, pages, translations, settings, contact] = await Promise.all([
    getCollection("products"),
    getCollection("producers"),
    getCollection("localities"),
    getCollection("groups"),
    getCollection("occasions"),
    getCollection("pages"),
    getCollection("translations"),
    getCollection("settings"),
    getCollection("contact"),
  ]);
  return { products, producers, localities, groups, occasions, pages, translations, settings, contact };
}

export async function getCatalogue(locale: Locale): Promise<Catalogue> {
  const hit = cache.get(locale);
  if (hit) return hit;
  raw ??= loadRaw();
  const catalogue = buildCatalogue(await raw, locale, buildDate());
  cache.set(locale, catalogue);
  return catalogue;
}
