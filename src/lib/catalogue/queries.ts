/** Pure questions asked of a catalogue: lists for pages, related products, pagination. */
import type { Catalogue, Locality, Occasion, Producer, Product } from "./model.ts";

export const PAGE_SIZE = 24;
/** Cards a page of a group, a locality or an occasion shows at most: such pages continue on numbered pages, so none grows with the catalogue. */
export const ENTRY_PAGE_SIZE = 48;

export function productsByProducer(cat: Catalogue, producerId: string): Product[] {
  return cat.products.filter((p) => p.producer?.id === producerId);
}

export function productsByLocality(cat: Catalogue, localityId: string): Product[] {
  return [...(indexOf(cat).byLocality.get(localityId) ?? [])];
}

/** Products a locality page shows from its neighbours at most ("Nearby"). */
export const NEARBY_SIZE = 12;

/**
 * Up to `limit` products of the given localities, taken from each in turn (the first product of
 * each, then the second of each…), so that one busy neighbour does not hide the others.
 */
export function productsAround(cat: Catalogue, localityIds: readonly string[], limit = NEARBY_SIZE): Product[] {
  const lists = localityIds.map((id) => indexOf(cat).byLocality.get(id) ?? []);
  const out: Product[] = [];
  for (let i = 0; out.length < limit && lists.some((l) => i < l.length); i++)
    for (const list of lists) if (i < list.length && out.length < limit) out.push(list[i]!);
  return out;
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

/**
 * The season's picks for the home page: the editor's picks of the season's occasion (Tết), then
 * its other products, else the travel-friendly products; products in `shown` (already on the
 * page) are left out.
 */
export function seasonPicks(cat: Catalogue, occasion: Occasion | undefined, shown: ReadonlySet<string>, limit = 4): Product[] {
  const pool = occasion
    ? [...new Set([...occasionPicks(cat, occasion.id), ...productsByOccasion(cat, occasion.id)])]
    : cat.products.filter((p) => p.travelFriendly);
  return pool.filter((p) => !shown.has(p.id)).slice(0, limit);
}

/** Localities with the most products, most first (then by name, as the catalogue sorts them), with their counts. */
export function busiestLocalities(cat: Catalogue, limit: number): { locality: Locality; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of cat.products) if (p.locality) counts.set(p.locality.id, (counts.get(p.locality.id) ?? 0) + 1);
  return cat.localities
    .filter((l) => counts.has(l.id))
    .map((locality) => ({ locality, count: counts.get(locality.id)! }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
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
  // Score: same producer 4, same group 2, same locality 1; best score first, then catalogue
  // order. A same-producer product always outscores any other (4 > 2 + 1), so the answer is
  // the producer's own products, then same group and locality, then group only, then locality
  // only: each read from an index, stopping as soon as `limit` are found. (Scanning and
  // sorting the whole catalogue for every product made a 10,000-product build quadratic.)
  const index = indexOf(cat);
  const position = (p: Product) => index.position.get(p)!;
  const sameProducer = (p: Product) => p.producer !== undefined && p.producer.id === product.producer?.id;
  const sameGroup = (p: Product) => p.group.id === product.group.id;
  const sameLocality = (p: Product) => p.locality !== undefined && p.locality.id === product.locality?.id;
  const score = (p: Product) => (sameProducer(p) ? 4 : 0) + (sameGroup(p) ? 2 : 0) + (sameLocality(p) ? 1 : 0);

  const out: Product[] = [];
  if (product.producer) {
    const own = (index.byProducer.get(product.producer.id) ?? []).filter((p) => p !== product);
    out.push(...own.sort((a, b) => score(b) - score(a) || position(a) - position(b)).slice(0, limit));
  }
  const take = (list: readonly Product[], keep: (p: Product) => boolean) => {
    for (const p of list) {
      if (out.length >= limit) return;
      if (p !== product && !sameProducer(p) && keep(p)) out.push(p);
    }
  };
  const group = index.byGroup.get(product.group.id) ?? [];
  const locality = product.locality ? (index.byLocality.get(product.locality.id) ?? []) : [];
  take(group.length <= locality.length ? group : locality, (p) => sameGroup(p) && sameLocality(p));
  take(group, (p) => !sameLocality(p));
  take(locality, (p) => !sameGroup(p));
  return out;
}

interface CatalogueIndex {
  position: Map<Product, number>;
  byProducer: Map<string, Product[]>;
  byGroup: Map<string, Product[]>;
  byLocality: Map<string, Product[]>;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

/** Products by producer, group and locality (each list in catalogue order), built once per catalogue. */
function indexOf(cat: Catalogue): CatalogueIndex {
  let index = indexes.get(cat);
  if (index) return index;
  index = { position: new Map(), byProducer: new Map(), byGroup: new Map(), byLocality: new Map() };
  const push = (map: Map<string, Product[]>, key: string, p: Product) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  cat.products.forEach((p, i) => {
    index!.position.set(p, i);
    if (p.producer) push(index!.byProducer, p.producer.id, p);
    push(index!.byGroup, p.group.id, p);
    if (p.locality) push(index!.byLocality, p.locality.id, p);
  });
  indexes.set(cat, index);
  return index;
}

/**
 * The page numbers a pagination bar links to: the first, the last, and those within two of the
 * current page, with null for each gap ("…"). Never more than 9 entries, whatever the page count.
 */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const shown = n === 1 || n === pageCount || Math.abs(n - page) <= 2;
    if (shown) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** Splits a list into pages of `size` (always at least one page, possibly empty). */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
