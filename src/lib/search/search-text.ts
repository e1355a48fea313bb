/**
 * Text preparation for the Pagefind index, applied to each built page before it is indexed
 * (dist/ itself is left as Astro wrote it).
 *
 * - Pagefind 1.6 folds tones and vowel marks but not `đ`: "duong" does not find "Đường".
 *   `dWords` collects the words of the indexed regions that contain đ/Đ and `foldD` spells them
 *   with `d`, so a second, invisible `data-pagefind-body` region can carry the folded copies.
 * - Astro's compressed HTML has no whitespace between elements, and Pagefind joins neighbouring
 *   texts ("Giá" + "250.000" → "Giá250.000"). `separateElements` puts a space between
 *   adjacent tags, which never changes a word (there is no text between them).
 */

/** Only đ/Đ change: "Đường" → "Dường"; Pagefind folds the tones and vowel marks itself. */
export function foldD(text: string): string {
  return text.replace(/đ/g, "d").replace(/Đ/g, "D");
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of `text` that contain đ or Đ, lower-cased. */
export function dWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) if (/[đĐ]/.test(m[0])) out.add(m[0].toLowerCase());
  return [...out];
}

/** A space between every pair of adjacent tags, so texts of neighbouring elements stay apart. */
export function separateElements(html: string): string {
  return html.replace(/>(?=<)/g, "> ");
}

/** Text of an HTML fragment with every element boundary a word boundary. */
export function separatedText(html: string): string {
  return separateElements(html).replace(/<[^>]*>/g, "");
}

/**
 * The hidden region appended to a page so Pagefind also indexes the đ-folded words:
 * empty when the page has no such word.
 */
export function foldedRegion(words: string[]): string {
  const folded = [...new Set(words.map(foldD))];
  if (folded.length === 0) return "";
  return `<div data-pagefind-body hidden data-search-folded>${folded.join(" ")}</div>`;
}
