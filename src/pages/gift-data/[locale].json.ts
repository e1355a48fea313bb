/**
 * The gift list page's product data, one static JSON file per language, fetched by the gift list
 * script on that page only (and precached for offline use). Kept out of the page itself so the
 * page stays the same size however large the catalogue grows.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getImage } from "astro:assets";
import { LOCALES, useTranslations } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { giftData } from "@/lib/gifts/gift-data.ts";

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const cat = await getCatalogue(locale);
  // A small WebP of each product's first photo, the size the list shows it at (twice, for sharp screens).
  const photos = new Map<string, string>();
  for (const p of cat.products) {
    const photo = p.images[0];
    if (photo) photos.set(p.id, (await getImage({ src: photo.src, width: 128, height: 128, fit: "cover", format: "webp" })).src);
  }
  const body = JSON.stringify(giftData(cat, cat.products, useTranslations(locale), photos));
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
