/**
 * How sure the catalogue is of a fact, and the one way every page, card, print sheet and the gift
 * list words it: a fact read from the label is shown as it is, a typical value for the kind of
 * product is hedged ("khoảng 365 ngày (thông thường…)"), and a missing one says it is not verified.
 */
import type { Translate } from "../../i18n/index.ts";
import type { StorageKind } from "../../schemas/lists.ts";

/** label: read from the pack or a document; typical: usual for this kind of product; unknown: not given. */
export type Certainty = "label" | "typical" | "unknown";

/** A fact as shown: its certainty (for `data-certainty`) and its words in the page's language. */
export interface ShownFact {
  certainty: Certainty;
  text: string;
}

/** How long a product keeps: confirmed only when `shelfLifeVerified` says it was read from the label. */
export function shelfLifeFact(p: { shelfLifeDays: number | undefined; shelfLifeVerified: boolean }, t: Translate): ShownFact {
  if (p.shelfLifeDays === undefined) return { certainty: "unknown", text: t("product.unverified") };
  return p.shelfLifeVerified
    ? { certainty: "label", text: t("product.shelfLifeDays", { n: p.shelfLifeDays }) }
    : { certainty: "typical", text: t("product.shelfLifeTypical", { n: p.shelfLifeDays }) };
}

/** How a product must be kept, or that nobody has said. */
export function storageFact(p: { storage: StorageKind | undefined }, t: Translate): ShownFact {
  return p.storage
    ? { certainty: "label", text: t(`storage.${p.storage}`) }
    : { certainty: "unknown", text: t("product.unverified") };
}
