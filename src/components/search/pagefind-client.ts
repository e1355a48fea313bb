/**
 * Pagefind as the search page uses it: its types, its start with this site's options, and the
 * early fetch of the index chunks the URL's query needs. Pagefind runs in its own web worker
 * (pagefind-worker.js): unpacking the index, the WebAssembly search and the excerpts of each
 * result stay off the page's main thread, which a slow phone needs for the page itself; where a
 * worker cannot start, Pagefind falls back to the main thread by itself. The page's head
 * preloads Pagefind's script, its worker, entry, metadata and WebAssembly
 * (src/node/search-index/search-index.ts adds them after indexing); the worker asks for exactly
 * those URLs and gets them from the HTTP cache, so nothing is fetched twice.
 */
import { chunksForTerm, type ChunkRange } from "@/lib/search/index-chunks.ts";
import { RANKING } from "@/lib/search/ranking.ts";

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the filtered results; empty when no filter is set. */
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: unknown) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * The link in the head that preloads pagefind.js. The index step writes on it the tag of this
 * build's index (with it, Pagefind asks for the same pagefind-entry.json URL the head preloaded)
 * and, for a larger index, the word ranges of its chunks.
 */
function preloadMark(): HTMLLinkElement | null {
  return document.querySelector<HTMLLinkElement>("link[data-pagefind-preload]");
}

/** Imports Pagefind from `bundle` and sets it up: results' URLs under `base`, this site's ranking. */
export async function startPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  const tag = preloadMark()?.dataset["pagefindPreload"];
  await pf.options({ baseUrl: base, ranking: RANKING, ...(tag ? { metaCacheTag: tag } : {}) });
  return pf;
}

/** Fetches the index chunks `term` needs now, while Pagefind itself is still loading. */
export function preloadChunks(term: string): void {
  const mark = preloadMark();
  const ranges = mark?.dataset["pagefindChunks"];
  if (!mark || !ranges || term === "") return;
  const dir = mark.href.replace(/pagefind\.js$/, "index/");
  for (const name of chunksForTerm(term, JSON.parse(ranges) as ChunkRange[])) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = `${dir}${name}.pf_index`;
    document.head.append(link);
  }
}
