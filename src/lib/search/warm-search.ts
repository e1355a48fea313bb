/**
 * The search warm-up: a visitor who focuses a search box on any page is about to search, and on a
 * slow network most of the wait for the first results is Pagefind's own files (its worker and
 * WebAssembly) and the index chunks of the query's words. Every page's module (src/scripts/site.ts)
 * then prefetches them while the visitor types, as the index step lists them for the page's
 * language (src/node/search-index/search-index.ts, warmFiles()), so that the search page finds
 * them in the HTTP cache. Browser-safe and pure.
 */
import { chunksForTerm, type ChunkRange } from "./index-chunks.ts";

/** What a first search in one language fetches: paths under pagefind/, and the word ranges of its index chunks. */
export interface WarmFiles {
  files: string[];
  chunks: ChunkRange[];
}

/** The file under pagefind/ that holds a language's WarmFiles. */
export function warmFilesName(lang: string): string {
  return `warm.${lang.toLowerCase()}.json`;
}

const FILE = /^\w[\w.-]*(\/\w[\w.-]*)?(\?ts=\w+)?$/;

/** WarmFiles as read from its file, keeping only paths under pagefind/: nothing that leaves that folder. */
export function parseWarmFiles(json: unknown): WarmFiles {
  const { files, chunks } = (json ?? {}) as Partial<Record<keyof WarmFiles, unknown>>;
  const isRange = (c: unknown): c is ChunkRange =>
    Array.isArray(c) && c.length === 3 && c.every((part) => typeof part === "string") && /^\w+$/.test(String(c[2]));
  return {
    files: Array.isArray(files) ? files.filter((f): f is string => typeof f === "string" && FILE.test(f)) : [],
    chunks: Array.isArray(chunks) ? chunks.filter(isRange) : [],
  };
}

/**
 * The index chunks (paths under pagefind/) of the words typed so far in `value`: the words already
 * followed by a space, or all of them once the query is sent (`complete`), so that a word still
 * being typed ("s" of "son") does not fetch the chunk of its first letters.
 */
export function typedChunks(value: string, chunks: readonly ChunkRange[], complete: boolean): string[] {
  const typed = complete ? value : value.slice(0, Math.max(0, value.search(/\s\S*$/)));
  return chunksForTerm(typed, chunks).map((name) => `index/${name}.pf_index`);
}
