/** Wires each folder of content/ to its schema. Nothing else lives here. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { groupSchema } from "./schemas/group.ts";
import { localitySchema } from "./schemas/locality.ts";
import { occasionSchema } from "./schemas/occasion.ts";
import { pageSchema } from "./schemas/page.ts";
import { producerSchema } from "./schemas/producer.ts";
import { productSchema } from "./schemas/product.ts";
import { translationSchema } from "./schemas/translation.ts";
import { contactSettingsSchema, giftSettingsSchema } from "./schemas/settings.ts";

/**
 * Markdown files of a folder. Their raw text stays out of Astro's data store (`retainBody`): the
 * site shows each body as the HTML Astro renders from it, which the store keeps anyway, and the
 * store is imported by the build as one module, read on every build.
 */
const md = (folder: string, pattern = "*.md") => glob({ pattern, base: `./content/${folder}`, retainBody: false });

export const collections = {
  products: defineCollection({ loader: md("products"), schema: ({ image }) => productSchema(image) }),
  producers: defineCollection({ loader: md("producers"), schema: ({ image }) => producerSchema(image) }),
  localities: defineCollection({ loader: md("localities"), schema: localitySchema }),
  groups: defineCollection({ loader: md("groups"), schema: groupSchema }),
  occasions: defineCollection({ loader: md("occasions"), schema: occasionSchema }),
  pages: defineCollection({ loader: md("pages"), schema: pageSchema }),
  // content/settings/ holds one file per kind of setting, each with its own schema.
  settings: defineCollection({
    loader: md("settings", "qua-tang.md"),
    schema: giftSettingsSchema,
  }),
  contact: defineCollection({
    loader: md("settings", "lien-he.md"),
    schema: contactSettingsSchema,
  }),
  translations: defineCollection({
    loader: md("translations", "*/*/*.md"),
    schema: translationSchema,
  }),
};
