import { fold } from "./fold.ts";

/** Vietnamese text → ASCII kebab-case slug: diacritics dropped, đ → d. "Tỏi Lý Sơn" → "toi-ly-son". */
export function toSlug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
