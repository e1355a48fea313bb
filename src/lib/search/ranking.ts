/**
 * The order of search results: what a visitor means by a word comes first. Pure and
 * browser-safe: the search page runs it on Pagefind's results, unit tests on fixtures.
 *
 * Pagefind ranks by where the words are (its metadata fields, the h1 and the body) and folds
 * tones, so "toi" matches tỏi (garlic), tơi (of Xã Ia Tơi) and tới, tối, tôi in any story.
 * Two steps put the visitor's meaning first:
 *
 * 1. Pagefind is asked to weigh a match in a page's labelled facts far above any match in its
 *    text (`RANKING`): its title; on product pages the name again (`product`), the reviewed
 *    search terms of its kind (`terms`, content/groups and their English translations), its place
 *    (`locality`, `formerAddress`) and gift occasions (`occasions`); on a place's page its former
 *    names (`terms`).
 *    A page with the words in one of those scores at least `NAMED_SCORE`; one that only mentions
 *    them in its text stays far below. Results under that score, when some are above it, are
 *    "mentions": counted and offered behind a button instead of swamping the list.
 * 2. Among what arrives, `rank` orders by tier: products whose name (or search terms) hold every
 *    word, then other pages (places, producers, guides) whose name holds every word, then the
 *    rest (a product of the place or the occasion searched for), each tier in Pagefind's order.
 */
import { fold, wordsOfFolded } from "../values/fold.ts";

/**
 * Pagefind's ranking: meta field weights (`metaWeights`; body text weighs about 1 to 10), and no
 * penalty for a long page (`pageLength: 0`): a product's page is long when its story and sources
 * are, which says nothing about how well it answers a name, and the best-documented products (the
 * province's best known: Lý Sơn garlic) came after their lesser variants.
 */
export const RANKING = {
  pageLength: 0,
  metaWeights: { title: 100, product: 100, terms: 100, locality: 100, formerAddress: 100, occasions: 100 },
} as const;

/**
 * The score from which the query matched one of a result's labelled facts: one matched field adds
 * about 1.1 × its weight, while body matches alone stay under 20 even in the longest page.
 */
export const NAMED_SCORE = RANKING.metaWeights.title;

/** What the order needs to know of one result. */
export interface Rankable {
  /** True for a product page. */
  product: boolean;
  /** Its name, and for products the search terms of its kind (read once per entry: see wordsOfNames). */
  readonly names: readonly string[];
}

function wordsOf(text: string): string[] {
  return wordsOfFolded(fold(text));
}

/**
 * The words of an entry's names, folded, made once per entry: the search page ranks the same
 * entries again each time another one arrives, and folding a product's search terms is the
 * costly part on a slow phone.
 */
const namesWords = new WeakMap<Rankable, Set<string>>();
function wordsOfNames(entry: Rankable): Set<string> {
  let have = namesWords.get(entry);
  if (!have) namesWords.set(entry, (have = new Set(entry.names.flatMap(wordsOf))));
  return have;
}

/** True when the entry's names together contain every word (folded, as whole words). */
function namesHaveAll(entry: Rankable, words: string[]): boolean {
  const have = wordsOfNames(entry);
  return words.length > 0 && words.every((w) => have.has(w));
}

/** 0: a product named by the words; 1: another page named by them; 2: a page that only mentions them. */
export function tierOf(entry: Rankable, words: string[]): 0 | 1 | 2 {
  if (!namesHaveAll(entry, words)) return 2;
  return entry.product ? 0 : 1;
}

/** Entries by tier, each tier keeping the index's order. `read` tells an entry's kind and names. */
export function rank<T>(entries: T[], words: string[], read: (entry: T) => Rankable): T[] {
  const tiers: T[][] = [[], [], []];
  for (const e of entries) tiers[tierOf(read(e), words)]!.push(e);
  return tiers.flat();
}

/**
 * The start of rank's order that is already certain while entries are still arriving
 * (undefined = not yet here): before the first missing entry, the entries that nothing behind
 * them can pass. A missing entry may be of any tier, so only tier-0 entries before it are
 * certain; with every entry here it is rank's whole order.
 */
export function rankedSoFar<T>(entries: (T | undefined)[], words: string[], read: (entry: T) => Rankable): T[] {
  const missing = entries.indexOf(undefined);
  if (missing < 0) return rank(entries as T[], words, read);
  return (entries.slice(0, missing) as T[]).filter((e) => tierOf(read(e), words) === 0);
}

/** True when Pagefind found the query in one of the result's labelled facts (see NAMED_SCORE). */
export function isNamed(result: { score: number }): boolean {
  return result.score >= NAMED_SCORE;
}

/**
 * Splits Pagefind's results (in its order) into those named by the query and those that only
 * mention it. When none is named, every result is listed: there is nothing better to show first.
 */
export function splitMentions<T extends { score: number }>(results: T[]): { listed: T[]; mentions: T[] } {
  const named = results.filter(isNamed);
  if (named.length === 0) return { listed: results, mentions: [] };
  return { listed: named, mentions: results.filter((r) => !isNamed(r)) };
}

/** Filter counts, by filter and value, as Pagefind gives them. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * How many of `results` have each filter value: the counts of the results a page lists, read
 * from their data (Pagefind's own counts include the results that only mention the query).
 */
export function countFilterValues(results: readonly { filters?: Record<string, string[]> }[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const { filters = {} } of results)
    for (const [name, values] of Object.entries(filters)) {
      const byValue = (counts[name] ??= {});
      for (const value of new Set(values)) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  return counts;
}
