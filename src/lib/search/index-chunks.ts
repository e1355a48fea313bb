/**
 * Which Pagefind index chunks a query needs, known before Pagefind has started: the search
 * page fetches them while Pagefind's script and WebAssembly are still loading, instead of one
 * round trip after them. It mirrors Pagefind 1.x: the term is lower-cased, stripped of
 * punctuation and of diacritics word by word (đ stays), and each word needs the first chunk
 * whose word range holds it. A wrong guess costs a wasted or a missed early fetch, never a
 * wrong result: Pagefind still decides what it loads. Browser-safe.
 */

/** One index chunk: its first word, its last word and its name (pagefind/index/<name>.pf_index). */
export type ChunkRange = [from: string, to: string, name: string];

/** Pagefind's punctuation test, as written in pagefind.js (its alternation included). */
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** A search term as Pagefind's index lookup receives it, split into words. */
export function pagefindWords(term: string): string[] {
  let kept = "";
  for (const char of term) if (!PUNCTUATION.test(char)) kept += char.toLocaleLowerCase();
  return kept
    .replace(/\s{2,}/g, " ")
    .trim()
    .split(" ")
    .map((w) => w.normalize("NFD").replace(/\p{M}/gu, ""))
    .filter((w) => w.length > 0);
}

/**
 * Pagefind's lookup of the chunk for one word, in two passes: the first chunk whose range holds
 * the word; else, for a word between two ranges (boundaries are word prefixes: "son" is beyond
 * a range ending at "s"), the first chunk whose range holds it once the word and the boundary are
 * cut to the shorter of the two.
 */
function chunkOf(word: string, chunks: readonly ChunkRange[]): ChunkRange | undefined {
  return (
    chunks.find(([from, to]) => word >= from && word <= to) ??
    chunks.find(
      ([from, to]) =>
        word.slice(0, from.length) >= from.slice(0, word.length) && word.slice(0, to.length) <= to.slice(0, word.length),
    )
  );
}

/** Names of the chunks Pagefind will fetch for `term`, in its order. */
export function chunksForTerm(term: string, chunks: readonly ChunkRange[]): string[] {
  const names = new Set<string>();
  for (const word of pagefindWords(term)) {
    const chunk = chunkOf(word, chunks);
    if (chunk) names.add(chunk[2]);
  }
  return [...names].sort();
}
