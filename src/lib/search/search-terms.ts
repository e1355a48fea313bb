/**
 * Which reviewed search terms a product gets (content/groups/<group>.md `searchTerms`, and the
 * English list in content/translations/en/groups/<group>.md). Pure: the catalogue calls it for
 * every product, unit tests on fixture lists.
 */
import type { SearchTermsData } from "../../schemas/shared.ts";

/** The words of a text, lower-cased, marks kept ("Tỏi đen" → ["tỏi", "đen"]). */
function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when `phrase` occurs in `name` as whole words, marks and all: "tỏi đen" is in "Cao tỏi đen", "quế" is not in "Quê". */
export function nameContains(name: string, phrase: string): boolean {
  const n = words(name);
  const p = words(phrase);
  if (p.length === 0) return false;
  for (let i = 0; i + p.length <= n.length; i++) if (p.every((w, j) => n[i + j] === w)) return true;
  return false;
}

/**
 * The terms of every entry of `lists` that fits the product (by sub-group and Vietnamese name;
 * an entry with neither fits the whole group), without repeats, in list order.
 */
export function termsFor(lists: SearchTermsData[], product: { name: string; subgroup?: string | undefined }): string[] {
  const out = new Set<string>();
  for (const list of lists)
    for (const entry of list) {
      if (entry.subgroup !== undefined && entry.subgroup !== product.subgroup) continue;
      if (entry.nameContains !== undefined && !nameContains(product.name, entry.nameContains)) continue;
      for (const term of entry.terms) out.add(term);
    }
  return [...out];
}
