/**
 * Builds the Pagefind index of a built site (dist/), after the build: each page is read,
 * prepared by search-text.ts (word boundaries between elements, đ-folded words) and staged for
 * Pagefind in the cache folder, so dist/ keeps the HTML Astro wrote and only gains
 * dist/pagefind/, except for the search pages' heads, which gain preloads of the index just written.
 * Node only (build time and benchmarks).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { builtFiles, htmlTagOf } from "../pipeline/built-files.ts";
import { dirname, join } from "node:path";
import { NodeType, parse, type HTMLElement } from "node-html-parser";
import { dWords, foldedRegion, separateElements, separatedText } from "../../lib/search/search-text.ts";
import type { ChunkRange } from "../../lib/search/index-chunks.ts";
import { warmFilesName, type WarmFiles } from "../../lib/search/warm-search.ts";
import { indexChunkRanges } from "./pagefind-meta.ts";
import * as pagefind from "pagefind";
import { escapeXml } from "../../lib/values/xml.ts";
import { cacheFolder, type BuildPaths } from "../pipeline/build-paths.ts";
import { codeHash } from "../pipeline/code-hash.ts";

export interface PreparedPage {
  /** Where the parts Pagefind reads are in the page's HTML (pagefindDocument): [start, end) offsets. */
  parts: [number, number][];
  /** Words with đ of the indexed regions (before folding). */
  dWords: string[];
  /** Text of the indexed regions, every element boundary a word boundary. */
  text: string;
}

/**
 * The HTML Pagefind gets for a page: the parts it reads (`parts`, from preparePage), elements
 * kept apart, the đ-folded `words` appended.
 */
export function indexedHtml(html: string, parts: [number, number][], words: string[]): string {
  return separateElements(pagefindDocument(html, parts)).replace(/<\/body>/i, `${foldedRegion(words)}</body>`);
}

/**
 * The outermost elements under `root`, in document order, for which `pick` holds. One walk of
 * the tree: node-html-parser's attribute selectors parse every element's attributes, which made
 * preparing a page cost more than indexing it.
 */
function outermost(root: HTMLElement, pick: (el: HTMLElement) => boolean): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const element = child as HTMLElement;
      if (pick(element)) found.push(element);
      else walk(element);
    }
  };
  walk(root);
  return found;
}

/** Whether an element has one of these attributes (the raw text is searched first: it is cheap). */
function hasAnyAttribute(el: HTMLElement, names: readonly string[]): boolean {
  return names.some((name) => el.rawAttrs.includes(name) && el.hasAttribute(name));
}

/** Attributes of the elements Pagefind reads, besides its default title (the page's first h1). */
const PAGEFIND_ATTRIBUTES = ["data-pagefind-body", "data-pagefind-filter", "data-pagefind-meta", "data-pagefind-sort"];

/**
 * Offsets of the elements Pagefind reads (indexed regions, filters, metadata, sort keys, h1),
 * outermost only; the images inside them are then left out (pagefindDocument).
 */
function pagefindParts(root: HTMLElement): [number, number][] {
  return outermost(root, (el) => el.tagName === "H1" || hasAnyAttribute(el, PAGEFIND_ATTRIBUTES)).map(({ range }) => [
    range[0],
    range[1],
  ]);
}

/**
 * An <img> tag (quoted attribute values may hold ">"). Images are left out of what Pagefind reads:
 * it would take the first one after the h1 as the result's picture, and search its URL and alt
 * text as the page's words ("svg", "map", "bản đồ" found every commune). A card's picture is the
 * one its metadata names (SearchFacets.astro).
 */
const IMG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * The page as Pagefind needs it: its <html> tag (the language), its title, and only the parts it
 * reads. A product page's indexed region is a seventh of its HTML (the header, the facts, the
 * sources and the footer are not indexed): Pagefind parsed whole pages for nothing, and indexing
 * takes half the time without them. The index is the same.
 */
function pagefindDocument(html: string, parts: [number, number][]): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? "<html>";
  const title = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? "";
  const read = parts.map(([start, end]) => html.slice(start, end)).join("");
  return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${read.replace(IMG, "")}</body></html>`;
}

/** What the index needs to know of a prepared page besides its HTML, kept between builds by the page's hash. */
type PageWords = Pick<PreparedPage, "parts" | "dWords">;

/**
 * preparePage's words for a page, from the cache when the same HTML was indexed before by the same
 * code (with incremental builds most pages are byte-identical to the last build's), else computed and kept.
 */
function pageWords(html: string, paths: BuildPaths): PageWords | null {
  if (!html.includes("data-pagefind-body")) return null;
  const dir = cacheFolder(paths, "search-words");
  const key = createHash("sha256").update(codeHash(paths.root, "src/node/search-index/search-index.ts")).update(html);
  const file = join(dir, `${key.digest("base64url").slice(0, 32)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as PageWords;
  const prepared = preparePage(html);
  if (!prepared) return null;
  const words: PageWords = { parts: prepared.parts, dWords: prepared.dWords };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(words));
  return words;
}

/** Prepares one page: null when it has no `data-pagefind-body` region (not indexed). */
export function preparePage(html: string): PreparedPage | null {
  if (!html.includes("data-pagefind-body")) return null;
  const root = parse(html, { comment: false });
  const parts = pagefindParts(root);
  const regions = outermost(root, (el) => hasAnyAttribute(el, ["data-pagefind-body"]));
  let text = "";
  for (const region of regions) {
    const ignored = (el: HTMLElement) =>
      ["SCRIPT", "STYLE", "TEMPLATE"].includes(el.tagName) || hasAnyAttribute(el, ["data-pagefind-ignore"]);
    for (const el of outermost(region, ignored)) el.remove();
    text += " " + separatedText(region.innerHTML);
  }
  return { parts, dWords: dWords(text), text };
}

/** A page's language as Pagefind reads it: its <html> tag's lang, lower-cased ("unknown" without one). */
function htmlLang(html: string): string {
  return /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? "unknown";
}

/** What Pagefind writes in pagefind-entry.json (the part the preloads need). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Up to this many bytes of word index per language are preloaded whole, for whatever is typed:
 * no more than a two- or three-word query fetches by itself. A larger index is preloaded by the
 * query's chunks only: on a slow network, preloading a whole larger index delayed the first
 * results more than the query's chunks cost (docs/performance.md, "Search speed").
 */
export const PRELOAD_INDEX_MAX = 48 * 1024;

const PRELOAD_MARK = /<link\b[^>]*\sdata-pagefind-preload(?:="[^"]*")?[^>]*>/;

/** Pagefind's index for a page in `lang`, as Pagefind itself chooses: that language, its base language, else the largest index. */
function indexFor(entry: PagefindEntry, lang: string): PagefindEntry["languages"][string] | undefined {
  return (
    entry.languages[lang] ??
    entry.languages[lang.split("-")[0]!] ??
    Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0]
  );
}

/**
 * What a first search in `index`'s language fetches before anything the query decides, as paths
 * under pagefind/: Pagefind's worker, pagefind-entry.json (under `?ts=<tag>`, the URL Pagefind asks
 * for when given the same `metaCacheTag`), the language's metadata and its WebAssembly, and, while
 * the language's whole word index is small (≤ PRELOAD_INDEX_MAX bytes), its index chunks, so the
 * first query needs no round trip of its own for them (`whole`).
 */
function firstFiles(index: PagefindEntry["languages"][string], tag: string, chunks: { name: string; bytes: number }[]) {
  const own = chunks.filter((c) => c.name.startsWith(`${index.hash.split("_")[0]}_`));
  const whole = own.reduce((sum, c) => sum + c.bytes, 0) <= PRELOAD_INDEX_MAX;
  const files = [
    "pagefind-worker.js",
    `pagefind-entry.json?ts=${tag}`,
    `pagefind.${index.hash}.pf_meta`,
    `wasm.${index.wasm ?? "unknown"}.pagefind`,
    ...(whole ? own.map((c) => `index/${c.name}`) : []),
  ];
  return { files, whole };
}

/**
 * A search page's head after the index is written. The page marks its preload of Pagefind's
 * worker (pagefind-worker.js, fetched again by the worker from the HTTP cache) or of pagefind.js
 * with `data-pagefind-preload`; this adds, right after it, preloads of firstFiles() for the
 * page's language (all but the worker when the mark is the worker), and writes the index's tag on the mark. For a larger index, it writes
 * there instead the word ranges of the language's chunks (`data-pagefind-chunks`, from `ranges`
 * by index hash), from which the script preloads the chunks of the query in the URL
 * (lib/search/index-chunks.ts). All preloads are `as="fetch" crossorigin`, as Pagefind's fetch()
 * asks for them, so the browser reuses them. Pages without the mark come back unchanged.
 * `chunks`: the files of pagefind/index/ with their sizes.
 */
export function addPagefindPreloads(
  html: string,
  entry: PagefindEntry,
  tag: string,
  chunks: { name: string; bytes: number }[] = [],
  ranges: Record<string, ChunkRange[]> = {},
): string {
  const mark = PRELOAD_MARK.exec(html);
  if (!mark) return html;
  const marked = /\shref="([^"]*\/)pagefind(-worker)?\.js"/.exec(mark[0]);
  const dir = marked?.[1];
  if (dir === undefined)
    throw new Error(`the data-pagefind-preload link must point at pagefind-worker.js or pagefind.js: ${mark[0]}`);
  const index = indexFor(entry, htmlLang(html));
  if (!index) return html;
  const { files, whole } = firstFiles(index, tag, chunks);
  // Index chunks are needed last: low priority, so they never hold up the stylesheet.
  const links = files
    .filter((file) => !(marked?.[2] && file === "pagefind-worker.js"))
    .map(
      (file) =>
        `<link rel="preload" href="${dir}${file}" as="fetch" crossorigin${file.startsWith("index/") ? ' fetchpriority="low"' : ""}>`,
    );
  const chunkRanges =
    !whole && ranges[index.hash]?.length ? ` data-pagefind-chunks="${escapeXml(JSON.stringify(ranges[index.hash]))}"` : "";
  const tagged = mark[0].replace(/\sdata-pagefind-preload(?:="[^"]*")?/, ` data-pagefind-preload="${tag}"${chunkRanges}`);
  return html.replace(mark[0], tagged + links.join(""));
}

/**
 * What every page's search warm-up prefetches for each language (src/scripts/site.ts), by file
 * name under pagefind/ (warmFilesName()): firstFiles() of that language's index and, for a larger
 * index, the word ranges of its chunks, from which the warm-up fetches the chunks of the words typed.
 */
export function warmFiles(
  entry: PagefindEntry,
  tag: string,
  chunks: { name: string; bytes: number }[],
  ranges: Record<string, ChunkRange[]> = {},
): Map<string, WarmFiles> {
  return new Map(
    Object.entries(entry.languages).map(([lang, index]) => {
      const { files, whole } = firstFiles(index, tag, chunks);
      return [warmFilesName(lang), { files, chunks: whole ? [] : (ranges[index.hash] ?? []) }];
    }),
  );
}

/** The tag of one written index: changes whenever pagefind-entry.json does. */
export function indexTag(entryJson: string): string {
  return createHash("sha256").update(entryJson).digest("hex").slice(0, 12);
}

export interface IndexStats {
  pages: number;
  /** Distinct words containing đ that were also indexed folded. */
  foldedWords: number;
}

/** The entries (pagefind-entry.json) of indexes written one language at a time, as one. */
function mergeEntries(entries: string[]): string {
  const merged = JSON.parse(entries[0]!) as PagefindEntry & Record<string, unknown>;
  for (const text of entries.slice(1)) {
    const { languages } = JSON.parse(text) as PagefindEntry;
    for (const [lang, index] of Object.entries(languages)) {
      if (merged.languages[lang])
        throw new Error(`Pagefind indexed pages in "${lang}" in two passes: their indexes would overwrite each other`);
      merged.languages[lang] = index;
    }
  }
  return JSON.stringify(merged);
}

/** The folder name of a language's staged pages ("vi", "en", "unknown"). */
function languageFolder(lang: string): string {
  return /^[a-z0-9-]+$/.test(lang) ? lang : encodeURIComponent(lang);
}

/**
 * Makes `dir` hold exactly the documents Pagefind indexes for `rels` (indexedHtml of each page,
 * at the page's own path, so Pagefind gives it the page's URL), and nothing else: a document is
 * written only when it differs from the one there, and a page no longer built loses its
 * document. So the folder is always a function of the built pages, whatever an earlier build
 * left in it, and after an edit only the changed pages are written again. Adds each page's đ
 * words to `folded`, and returns how many pages are indexed (those with a data-pagefind-body).
 */
function stagePages(
  root: string,
  rels: string[],
  dir: string,
  paths: BuildPaths,
  folded: Set<string>,
  preloading: string[],
): number {
  const kept = new Set<string>();
  for (const rel of rels) {
    const file = join(root, rel);
    const html = readFileSync(file, "utf8");
    if (PRELOAD_MARK.test(html)) preloading.push(file);
    const page = pageWords(html, paths);
    if (!page) continue;
    for (const w of page.dWords) folded.add(w);
    const document = indexedHtml(html, page.parts, page.dWords);
    const staged = join(dir, rel);
    kept.add(rel);
    if (existsSync(staged) && readFileSync(staged, "utf8") === document) continue;
    mkdirSync(dirname(staged), { recursive: true });
    writeFileSync(staged, document);
  }
  if (existsSync(dir)) for (const rel of builtFiles(dir, ".html", true)) if (!kept.has(rel)) rmSync(join(dir, rel));
  return kept.size;
}

/**
 * Pagefind's index of one language's staged pages, written to `out`: returns the
 * pagefind-entry.json it wrote. The index is freed afterwards.
 */
async function indexLanguage(dir: string, staged: number, out: string): Promise<string> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
  const { index } = created;
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
    if (added.page_count !== staged)
      throw new Error(`Pagefind indexed ${added.page_count} of the ${staged} pages staged in ${dir}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return readFileSync(join(out, "pagefind-entry.json"), "utf8");
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes every HTML page of `root` and writes the index to `root/pagefind/`. The documents
 * Pagefind reads (indexedHtml) are staged in the cache folder, one folder per language, and
 * Pagefind reads each folder itself (addDirectory), in one process of its own: handing it pages
 * one message at a time kept it waiting. One language at a time, its index freed before the
 * next, because Pagefind needs several times a language's pages in memory while it writes; the
 * next language is staged meanwhile. The languages' entries are merged into one pagefind-entry.json.
 */
export async function buildSearchIndex(root: string, paths: BuildPaths): Promise<IndexStats> {
  const out = join(root, "pagefind");
  rmSync(out, { recursive: true, force: true });
  const byLanguage = new Map<string, string[]>();
  for (const rel of builtFiles(root, ".html", true)) {
    const lang = languageFolder(htmlLang(htmlTagOf(join(root, rel))));
    const rels = byLanguage.get(lang);
    if (rels) rels.push(rel);
    else byLanguage.set(lang, [rel]);
  }
  const stage = cacheFolder(paths, "search-pages");
  if (existsSync(stage))
    for (const name of readdirSync(stage)) if (!byLanguage.has(name)) rmSync(join(stage, name), { recursive: true, force: true });
  const folded = new Set<string>();
  let pages = 0;
  const preloading: string[] = [];
  const entries: string[] = [];
  let indexing: Promise<void> = Promise.resolve();
  try {
    for (const [lang, rels] of byLanguage) {
      const dir = join(stage, lang);
      // Staged while Pagefind indexes the language before, in its own process.
      const staged = stagePages(root, rels, dir, paths, folded, preloading);
      // A language with no indexed page (only a search page, say) has no index of its own.
      if (staged === 0) continue;
      pages += staged;
      indexing = indexing.then(async () => {
        entries.push(await indexLanguage(dir, staged, out));
      });
      // Awaited after the loop; until then a failure must not go unhandled.
      indexing.catch(() => undefined);
    }
    await indexing;
  } finally {
    await pagefind.close();
  }
  const entryJson = mergeEntries(entries);
  writeFileSync(join(out, "pagefind-entry.json"), entryJson);
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const indexDir = join(out, "index");
  const chunks = readdirSync(indexDir).map((name) => ({ name, bytes: statSync(join(indexDir, name)).size }));
  const chunkNames = new Set(chunks.map((c) => c.name.replace(/\.pf_index$/, "")));
  const ranges = Object.fromEntries(
    Object.values(entry.languages).map(({ hash }) => [
      hash,
      indexChunkRanges(readFileSync(join(out, `pagefind.${hash}.pf_meta`)), chunkNames),
    ]),
  );
  const tag = indexTag(entryJson);
  for (const file of preloading) writeFileSync(file, addPagefindPreloads(readFileSync(file, "utf8"), entry, tag, chunks, ranges));
  for (const [name, warm] of warmFiles(entry, tag, chunks, ranges)) writeFileSync(join(out, name), JSON.stringify(warm));
  return { pages, foldedWords: folded.size };
}
