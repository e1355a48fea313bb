/**
 * The gift list page's product data, one static JSON file per language, fetched by the gift list
 * script on that page only (and precached for offline use). Kept out of the page itself so the
 * page stays the same size however large the catalogue grows.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { LOCALES, useTranslations } from "@/i18n/index.ts";
import { getCatalogue } from "@/lib/catalogue/catalogue.ts";
import { giftData } from "@/lib/gifts/gift-data.ts";

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const cat = await getCatalogue(locale);
  const body = JSON.stringify(giftData(cat, cat.products, useTranslations(locale)));
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
