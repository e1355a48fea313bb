/** Pure questions asked of a catalogue: lists for pages, related products, pagination. */
import type { Catalogue, Producer, Product } from "./model.ts";

export const PAGE_SIZE = 24;

export function productsByProducer(cat: Catalogue, producerId: string): Product[] {
  return cat.products.filter((p) => p.producer?.id === producerId);
}

export function productsByLocality(cat: Catalogue, localityId: string): Product[] {
  return cat.products.filter((p) => p.locality?.id === localityId);
}

export function producersByLocality(cat: Catalogue, localityId: string): Producer[] {
  return cat.producers.filter((p) => p.locality?.id === localityId);
}

export function productsByGroup(cat: Catalogue, groupId: string): Product[] {
  return cat.products.filter((p) => p.group.id === groupId);
}

export function productsByOccasion(cat: Catalogue, occasionId: string): Product[] {
  return cat.products.filter((p) => p.occasions.some((o) => o.id === occasionId));
}

/** Editor picks of an occasion that exist and are tagged for it, in the editor's order. */
export function occasionPicks(cat: Catalogue, occasionId: string): Product[] {
  const occasion = cat.occasions.find((o) => o.id === occasionId);
  if (!occasion) return [];
  const tagged = new Map(productsByOccasion(cat, occasionId).map((p) => [p.id, p]));
  return occasion.picks.map((id) => tagged.get(id)).filter((p): p is Product => Boolean(p));
}

export function featuredProducts(cat: Catalogue, limit = 6): Product[] {
  return cat.products.filter((p) => p.featured).slice(0, limit);
}

export function fiveStarProducts(cat: Catalogue): Product[] {
  return cat.products.filter((p) => p.cert.stars === 5);
}

/** Producers with a recognised exemplar first (most recent first), then by name. */
export function producersExemplarFirst(cat: Catalogue): Producer[] {
  const latest = (p: Producer) => Math.max(0, ...p.exemplar.map((e) => e.year));
  return [...cat.producers].sort((a, b) => latest(b) - latest(a));
}

export function exemplarProducers(cat: Catalogue): Producer[] {
  return producersExemplarFirst(cat).filter((p) => p.exemplar.length > 0);
}

/**
 * Up to `limit` other products: same producer first, then same group, then same locality,
 * each in catalogue order.
 */
export function relatedProducts(cat: Catalogue, product: Product, limit = 4): Product[] {
  const score = (p: Product) =>
    (p.producer && p.producer.id === product.producer?.id ? 4 : 0) +
    (p.group.id === product.group.id ? 2 : 0) +
    (p.locality && p.locality.id === product.locality?.id ? 1 : 0);
  return cat.products
    .filter((p) => p.id !== product.id)
    .map((p, i) => ({ p, s: score(p), i }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}

/** Splits a list into pages of `size` (always at least one page, possibly empty). */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
