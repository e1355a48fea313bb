/**
 * The kinds of product an import sheet may name (src/schemas/lists.ts), by their Vietnamese
 * label as the site shows it (src/i18n/vi.ts) or by their id, compared without case or diacritics.
 */
import { vi } from "../../i18n/vi.ts";
import { fold } from "../../lib/values/fold.ts";
import { PRODUCT_KIND_IDS, type ProductKind } from "../../schemas/lists.ts";

const key = (text: string) => fold(text).replace(/[^a-z0-9]/g, "");

/** Each kind with its Vietnamese label, in the list's order: the template's sheet of kinds. */
export function productKindLabels(): { id: ProductKind; label: string }[] {
  return PRODUCT_KIND_IDS.map((id) => ({ id, label: vi[`kind.${id}`] }));
}

/** The kind a cell names ("Tỏi đen", "toi den", "toi-den"), or undefined. */
export function productKindOf(cell: string): ProductKind | undefined {
  const wanted = key(cell);
  return productKindLabels().find((k) => key(k.id) === wanted || key(k.label) === wanted)?.id;
}
