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
import { giftSettingsSchema } from "./schemas/settings.ts";

const md = (folder: string) => glob({ pattern: "*.md", base: `./content/${folder}` });

export const collections = {
  products: defineCollection({ loader: md("products"), schema: ({ image }) => productSchema(image) }),
  producers: defineCollection({ loader: md("producers"), schema: ({ image }) => producerSchema(image) }),
  localities: defineCollection({ loader: md("localities"), schema: localitySchema }),
  groups: defineCollection({ loader: md("groups"), schema: groupSchema }),
  occasions: defineCollection({ loader: md("occasions"), schema: occasionSchema }),
  pages: defineCollection({ loader: md("pages"), schema: pageSchema }),
  settings: defineCollection({ loader: md("settings"), schema: giftSettingsSchema }),
  translations: defineCollection({
    loader: glob({ pattern: "*/*/*.md", base: "./content/translations" }),
    schema: translationSchema,
  }),
};
