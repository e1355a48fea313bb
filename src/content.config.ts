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

const md = (folder: string) => glob({ pattern: "*.md", base: `./content/${folder}` });

export const collections = {
  products: defineCollection({ loader: md("products"), schema: ({ image }) => productSchema(image) }),
  producers: defineCollection({ loader: md("producers"), schema: ({ image }) => producerSchema(image) }),
  localities: defineCollection({ loader: md("localities"), schema: localitySchema }),
  groups: defineCollection({ loader: md("groups"), schema: groupSchema }),
  occasions: defineCollection({ loader: md("occasions"), schema: occasionSchema }),
  pages: defineCollection({ loader: md("pages"), schema: pageSchema }),
  // content/settings/ holds one file per kind of setting, each with its own schema.
  settings: defineCollection({
    loader: glob({ pattern: "qua-tang.md", base: "./content/settings" }),
    schema: giftSettingsSchema,
  }),
  contact: defineCollection({
    loader: glob({ pattern: "lien-he.md", base: "./content/settings" }),
    schema: contactSettingsSchema,
  }),
  translations: defineCollection({
    loader: glob({ pattern: "*/*/*.md", base: "./content/translations" }),
    schema: translationSchema,
  }),
};
