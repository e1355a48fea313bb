/**
 * Pagefind as the search page uses it: its types, its start with this site's options, and the
 * early fetch of the index chunks the URL's query needs. Pagefind runs in its own web worker
 * (pagefind-worker.js): unpacking the index, the WebAssembly search and the excerpts of each
 * result stay off the page's main thread, which a slow phone needs for the page itself. The page
 * talks to the worker itself, in the worker's own messages (what Pagefind's pagefind.js sends),
 * so pagefind.js (which holds the whole main-thread search as well) is neither fetched nor
 * run before the first results; where the worker cannot start, pagefind.js is imported and
 * searches on the main thread. The page's head preloads the worker, entry, metadata and
 * WebAssembly (src/node/search-index/search-index.ts adds them after indexing); the worker asks
 * for exactly those URLs and gets them from the HTTP cache, so nothing is fetched twice.
 */
import { chunksForTerm, type ChunkRange } from "@/lib/search/index-chunks.ts";
import { RANKING } from "@/lib/search/ranking.ts";
import type { MatchedText } from "@/lib/search/prefix-guess.ts";

export interface PagefindResultData extends MatchedText {
  url: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values, by filter. */
  filters?: Record<string, string[]>;
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
 * The link in the head that preloads pagefind-worker.js. The index step writes on it the tag of this
 * build's index (with it, Pagefind asks for the same pagefind-entry.json URL the head preloaded)
 * and, for a larger index, the word ranges of its chunks.
 */
function preloadMark(): HTMLLinkElement | null {
  return document.querySelector<HTMLLinkElement>("link[data-pagefind-preload]");
}

/** Pagefind's worker as pagefind.js drives it: one instance, messages answered by id. */
function workerPagefind(worker: Worker, init: Record<string, unknown>): Pagefind {
  const waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  const fail = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.addEventListener("message", (event: MessageEvent<{ id: string; result?: unknown; error?: string }>) => {
    const { id, result, error } = event.data;
    const pending = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) pending?.resolve(result);
    else pending?.reject(new Error(error));
  });
  worker.addEventListener("error", () => fail(new Error("Pagefind's worker failed")));
  const call = <T>(method: string, args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = `m${next++}`;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, instanceId: "page", method, args });
    });
  // The worker keeps each result's data until told to let it go: when the result is collected.
  const release = new FinalizationRegistry<string>((dataId) => void call("releaseData", [dataId]).catch(() => undefined));
  const started = call("init", [init]);
  return {
    options: async (o) => {
      await started;
      await call("options", [o]);
    },
    filters: async () => {
      await started;
      return call("filters", []);
    },
    search: async (term, options) => {
      await started;
      // From the worker, each result's data is the id under which the worker keeps it.
      type Sent = Omit<PagefindResult, "data"> & { data: string | PagefindResult["data"] };
      const found = await call<(Omit<PagefindSearch, "results"> & { results: Sent[] }) | null>("search", [term, options]);
      if (!found) return null;
      const results = found.results.map((result) => {
        const dataId = String(result.data);
        const ready: PagefindResult = { ...result, data: () => call<PagefindResultData>("getData", [dataId]) };
        release.register(ready, dataId);
        return ready;
      });
      return { ...found, results };
    },
  };
}

/**
 * Starts Pagefind for this page: results' URLs under `base`, this site's ranking, the index tag
 * of the head's preloads. In Pagefind's worker (`bundle`'s pagefind-worker.js) when it starts,
 * else by importing `bundle` (pagefind.js) on the main thread.
 */
export async function startPagefind(bundle: string, base: string): Promise<Pagefind> {
  const tag = preloadMark()?.dataset["pagefindPreload"];
  const options = { baseUrl: base, ranking: RANKING, ...(tag ? { metaCacheTag: tag } : {}) };
  const dir = new URL(bundle, location.href).pathname.replace(/pagefind\.js$/, "");
  const lang = (document.documentElement.lang || "unknown").toLowerCase();
  try {
    const worker = new Worker(`${dir}pagefind-worker.js`);
    const pf = workerPagefind(worker, { ...options, basePath: dir, language: lang, primary: true });
    // A worker that cannot load (or a browser without WebAssembly in workers) fails its first call.
    await pf.options({});
    return pf;
  } catch (error) {
    console.warn("Pagefind's worker did not start; searching on the main thread", error);
    const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pf.options({ ...options, noWorker: true });
    return pf;
  }
}

/** Fetches the index chunks `term` needs now, while Pagefind itself is still loading. */
export function preloadChunks(term: string): void {
  const mark = preloadMark();
  const ranges = mark?.dataset["pagefindChunks"];
  if (!mark || !ranges || term === "") return;
  const dir = mark.href.replace(/pagefind(-worker)?\.js$/, "index/");
  for (const name of chunksForTerm(term, JSON.parse(ranges) as ChunkRange[])) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = `${dir}${name}.pf_index`;
    document.head.append(link);
  }
}
