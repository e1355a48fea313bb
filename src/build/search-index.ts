/**
 * Builds the Pagefind index of a built site (dist/), after the build: each page is read,
 * prepared by search-text.ts (word boundaries between elements, đ-folded words) and handed to
 * Pagefind in memory, so dist/ keeps the HTML Astro wrote and only gains dist/pagefind/.
 * Node only (build time and benchmarks).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtFiles } from "./built-files.ts";
import { join, sep } from "node:path";
import { parse } from "node-html-parser";
import * as pagefind from "pagefind";
import { dWords, foldedRegion, gluedText, separateElements, separatedText, uniqueWords } from "../lib/search/search-text.ts";

export interface PreparedPage {
  /** The HTML Pagefind indexes. */
  html: string;
  /** Words with đ of the indexed regions (before folding). */
  dWords: string[];
  /** Texts of the indexed regions: glued as Pagefind would read compressed HTML, and separated. */
  glued: string;
  separated: string;
}

/** The HTML Pagefind reads for a page: elements kept apart, the đ-folded words appended. */
function indexedHtml(html: string, words: string[]): string {
  return separateElements(html).replace(/<\/body>/i, `${foldedRegion(words)}</body>`);
}

/** What the index needs to know of a prepared page besides its HTML, kept between builds by the page's hash. */
interface PageWords {
  dWords: string[];
  glued: string[];
  separated: string[];
}

const WORDS_CACHE = join(process.cwd(), "node_modules", ".cache", "ocop-search");
/** Change when preparePage changes what it finds, so older cached words are not reused. */
const WORDS_VERSION = "1";

/**
 * preparePage's words for a page, from the cache when the same HTML was indexed before (with
 * incremental builds most pages are byte-identical to the last build's), else computed and kept.
 */
function pageWords(html: string): PageWords | null {
  if (!html.includes("data-pagefind-body")) return null;
  const file = join(
    WORDS_CACHE,
    `${createHash("sha256").update(WORDS_VERSION).update(html).digest("base64url").slice(0, 32)}.json`,
  );
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as PageWords;
  const prepared = preparePage(html);
  if (!prepared) return null;
  const words = {
    dWords: prepared.dWords,
    glued: [...uniqueWords(prepared.glued)],
    separated: [...uniqueWords(prepared.separated)],
  };
  mkdirSync(WORDS_CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(words));
  return words;
}

/** Prepares one page: null when it has no `data-pagefind-body` region (not indexed). */
export function preparePage(html: string): PreparedPage | null {
  if (!html.includes("data-pagefind-body")) return null;
  const root = parse(html, { comment: false });
  const regions = root.querySelectorAll("[data-pagefind-body]");
  let glued = "";
  let separated = "";
  for (const region of regions) {
    for (const el of region.querySelectorAll("[data-pagefind-ignore], script, style, template")) el.remove();
    const inner = region.innerHTML;
    glued += " " + gluedText(inner);
    separated += " " + separatedText(inner);
  }
  const words = dWords(separated);
  return { html: indexedHtml(html, words), dWords: words, glued, separated };
}

/** Site URL (without base) of a built file: "san-pham/x/index.html" → "/san-pham/x/". */
export function urlOf(relPath: string): string {
  return (
    "/" +
    relPath
      .split(sep)
      .join("/")
      .replace(/(^|\/)index\.html$/, "$1")
  );
}

export interface IndexStats {
  pages: number;
  /** Distinct words of all indexed regions, texts glued (what Pagefind saw without the fix). */
  wordsGlued: number;
  /** The same, with element boundaries kept as word boundaries. */
  wordsSeparated: number;
  /** Distinct words containing đ that were also indexed folded. */
  foldedWords: number;
}

/** Indexes every HTML page of `root` and writes the index to `root/pagefind/`. */
export async function buildSearchIndex(root: string): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const glued = new Set<string>();
  const separated = new Set<string>();
  const folded = new Set<string>();
  let pages = 0;
  // Pagefind indexes in its own process: keep a few pages in flight so this process reads and
  // prepares the next pages meanwhile (two cores busy instead of one, taking turns).
  const inFlight = new Set<Promise<void>>();
  try {
    for (const rel of builtFiles(root, ".html", true)) {
      const file = join(root, rel);
      const html = readFileSync(file, "utf8");
      const words = pageWords(html);
      if (!words) continue;
      const added = index.addHTMLFile({ url: urlOf(rel), content: indexedHtml(html, words.dWords) }).then((result) => {
        if (result.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${result.errors.join("; ")}`);
      });
      inFlight.add(added);
      void added.then(
        () => inFlight.delete(added),
        () => undefined,
      );
      if (inFlight.size >= 16) await Promise.race(inFlight);
      pages++;
      for (const w of words.glued) glued.add(w);
      for (const w of words.separated) separated.add(w);
      for (const w of words.dWords) folded.add(w);
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: join(root, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return { pages, wordsGlued: glued.size, wordsSeparated: separated.size, foldedWords: folded.size };
}
