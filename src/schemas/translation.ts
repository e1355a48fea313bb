import { z } from "astro/zod";
import { searchTerms } from "./shared.ts";

/**
 * An optional translation of an entry: only text, never facts. It lives at
 * content/translations/<lang>/<collection>/<slug>.md, beside nothing else; the body is the
 * translated story. Facts (stars, dates, references) always come from the Vietnamese entry.
 */
export const translationSchema = z.strictObject({
  name: z.string().min(1).optional().describe("Translated name (products, producers, groups, occasions)"),
  title: z.string().min(1).optional().describe("Translated title (pages)"),
  summary: z.string().min(20).max(160).optional().describe("Translated summary, at most 160 characters"),
  subgroups: z.record(z.string(), z.string().min(1)).optional().describe("Groups only: subgroup id → translated name"),
  searchTerms: searchTerms
    .optional()
    .describe(
      "Groups only: English search terms, one reviewed list for the group (terms, optionally for one sub-group or for products whose Vietnamese name contains a phrase)",
    ),
});

/**
 * Collections whose names are proper names, never translated (a place keeps "Tịnh Khê" in every
 * language): their translation is a body only, with no frontmatter field.
 */
export const BODY_ONLY_TRANSLATIONS: ReadonlySet<string> = new Set(["localities"]);

export type TranslationData = z.output<typeof translationSchema>;
