/**
 * The "travel-friendly" mark: a product a tourist can carry home on a plane without a cool box.
 * Derived from the data, never typed by an editor. Every threshold lives here.
 */
import type { StorageKind } from "../../schemas/lists.ts";

export const TRAVEL = {
  /** Keeps at least this many days (a trip home plus a few weeks on the shelf). */
  minShelfLifeDays: 30,
  /** Storage that needs no refrigeration. */
  storage: ["thuong", "mat"] as readonly StorageKind[],
  /** One pack weighs at most this much; an unknown weight does not exclude a product. */
  maxWeightGrams: 2000,
} as const;

interface TravelFacts {
  shelfLifeDays: number | undefined;
  storage: StorageKind | undefined;
  weightGrams: number | undefined;
}

/** True when the product keeps long enough, needs no cold, and is light enough (or its weight is unknown). */
export function isTravelFriendly(p: TravelFacts): boolean {
  return (
    p.shelfLifeDays !== undefined &&
    p.shelfLifeDays >= TRAVEL.minShelfLifeDays &&
    p.storage !== undefined &&
    TRAVEL.storage.includes(p.storage) &&
    (p.weightGrams === undefined || p.weightGrams <= TRAVEL.maxWeightGrams)
  );
}
