/**
 * Builds the Pagefind index of a built site (dist/), after the build: each page is read,
 * prepared by search-text.ts (word boundaries between elements, đ-folded words) and handed to
 * Pagefind in memory, so dist/ keeps the HTML Astro wrote and only gains dist/pagefind/.
 * Node only (build time and benchmarks).
 */
import { readFileSync } from "node:fs";
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
  const region = foldedRegion(words);
  const prepared = separateElements(html).replace(/<\/body>/i, `${region}</body>`);
  return { html: prepared, dWords: words, glued, separated };
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
  try {
    for (const rel of builtFiles(root, ".html", true)) {
      const file = join(root, rel);
      const prepared = preparePage(readFileSync(file, "utf8"));
      if (!prepared) continue;
      const added = await index.addHTMLFile({ url: urlOf(rel), content: prepared.html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
      pages++;
      for (const w of uniqueWords(prepared.glued)) glued.add(w);
      for (const w of uniqueWords(prepared.separated)) separated.add(w);
      for (const w of prepared.dWords) folded.add(w);
    }
    const written = await index.writeFiles({ outputPath: join(root, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return { pages, wordsGlued: glued.size, wordsSeparated: separated.size, foldedWords: folded.size };
}
