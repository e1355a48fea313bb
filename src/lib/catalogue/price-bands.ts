/**
 * Price bands for the gift guides. The boundaries are content (content/settings/), so this
 * module only groups: a product goes by its lowest price ("from"); products without a price
 * form a last group.
 */

interface PriceBand {
  /** Lower bound in đồng, inclusive; undefined for the first band. */
  min: number | undefined;
  /** Upper bound in đồng, exclusive; undefined for the last band. */
  max: number | undefined;
}

export interface BandGroup<T> {
  /** The band, or null for "price not yet known". */
  band: PriceBand | null;
  items: T[];
}

/** [200000, 500000] → under 200 000, 200 000–500 000, from 500 000. */
export function bandsFromBounds(bounds: readonly number[]): PriceBand[] {
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  const edges: (number | undefined)[] = [undefined, ...sorted, undefined];
  return edges.slice(0, -1).map((min, i) => ({ min, max: edges[i + 1] }));
}

function inBand(price: number, band: PriceBand): boolean {
  return (band.min === undefined || price >= band.min) && (band.max === undefined || price < band.max);
}

/**
 * Groups items by price band in band order, keeping the items' order within each band; empty
 * bands are left out, and items without a price come last.
 */
export function groupByPriceBand<T extends { price: { from: number } | undefined }>(
  items: readonly T[],
  bounds: readonly number[],
): BandGroup<T>[] {
  const bands = bandsFromBounds(bounds);
  const groups: BandGroup<T>[] = bands.map((band) => ({ band, items: [] }));
  const unknown: T[] = [];
  for (const item of items) {
    if (!item.price) {
      unknown.push(item);
      continue;
    }
    const from = item.price.from;
    groups.find((g) => g.band && inBand(from, g.band))?.items.push(item);
  }
  const out = groups.filter((g) => g.items.length > 0);
  if (unknown.length > 0) out.push({ band: null, items: unknown });
  return out;
}

/** The lowest and highest price over items with a price, or undefined when none has one. */
export function totalPriceRange(
  items: readonly { price: { from: number; to?: number | undefined } | undefined }[],
): { from: number; to: number } | undefined {
  const priced = items.flatMap((i) => (i.price ? [i.price] : []));
  if (priced.length === 0) return undefined;
  return {
    from: priced.reduce((s, p) => s + p.from, 0),
    to: priced.reduce((s, p) => s + (p.to ?? p.from), 0),
  };
}
