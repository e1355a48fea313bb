/**
 * The one Vietnamese fold: lower case, no tones or vowel marks, đ as d.
 * "Đường Mạch Nha" → "duong mach nha". Used to compare names as a reader would, not to show them.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
}

/** A name folded to letters and digits only ("Xã / Phường" → "xaphuong"): how names typed by people are matched. */
export function foldKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, "");
}

/** Text that folds to plain ASCII (every Vietnamese name does) is split with ASCII classes. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The words of folded text: its runs of letters and digits (of any script), e.g. for matching
 * names word by word. Text that is plain ASCII is split with an ASCII class, which means the same
 * there: a Unicode property class (`\p{L}`) costs a phone several milliseconds the first time
 * it runs on each kind of string, inside the task that draws the first search results.
 */
export function wordsOfFolded(folded: string): string[] {
  return folded.split(ASCII.test(folded) ? /[^a-zA-Z0-9]+/ : /[^\p{L}\p{N}]+/u);
}
