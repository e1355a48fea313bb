/**
 * One-letter typos, corrected to a word of the catalogue. Pure and browser-safe: the search page
 * runs it when a query finds nothing, unit tests on fixture vocabularies.
 *
 * A typed word is corrected only when the catalogue's vocabulary (the words of its names and
 * reviewed search terms, folded) lacks it and holds a word one of these slips away:
 * - a letter missing: "garlc", "cinamon" → garlic, cinnamon;
 * - a letter doubled: "garllic", "honney" → garlic, honey;
 * - two neighbouring letters swapped: "gralic", "hoeny" → garlic, honey.
 * Other edits (a wrong letter, a letter from nowhere) are left to "Did you mean": they turn too
 * many short words into other real words. Words under three letters are never corrected.
 */
import { fold } from "../values/fold.ts";

/** How many times each folded word occurs in `names`: the vocabulary typos are corrected to. */
export function vocabulary(names: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names)
    for (const word of fold(name).split(/[^\p{L}\p{N}]+/u))
      if (word.length >= 3 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Every word one missing letter, one doubled letter or one swap away from `typed` could be the word meant. */
export function oneSlipAway(typed: string): Set<string> {
  const out = new Set<string>();
  const letters = [...typed];
  for (let i = 0; i < letters.length; i++) {
    // Typed a letter twice: drop the second of a pair.
    if (letters[i] === letters[i - 1]) out.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(""));
    // Swapped two neighbours.
    if (i + 1 < letters.length && letters[i] !== letters[i + 1])
      out.add([...letters.slice(0, i), letters[i + 1]!, letters[i]!, ...letters.slice(i + 2)].join(""));
  }
  return out;
}

/** True when `word` is `typed` with one letter put back (the letter the visitor missed). */
function missesOne(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  return typed.slice(i) === word.slice(i + 1);
}

/** The word of `vocab` that `typed` (folded) most likely meant, or undefined if it is known or none is one slip away. */
export function correctWord(typed: string, vocab: ReadonlyMap<string, number>): string | undefined {
  const word = fold(typed);
  if (word.length < 3 || vocab.has(word) || /\d/.test(word)) return undefined;
  const candidates = new Set([...oneSlipAway(word)].filter((w) => vocab.has(w)));
  for (const known of vocab.keys()) if (missesOne(word, known)) candidates.add(known);
  // The word the catalogue uses most, then the first in alphabetical order: the same answer every time.
  return [...candidates].sort((a, b) => vocab.get(b)! - vocab.get(a)! || a.localeCompare(b))[0];
}

/**
 * The query with each typo corrected, or undefined when no word changes. Words are kept as
 * typed (marks and case) unless corrected.
 */
export function correctQuery(query: string, vocab: ReadonlyMap<string, number>): string | undefined {
  let changed = false;
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const fixed = correctWord(w, vocab);
      if (fixed === undefined) return w;
      changed = true;
      return fixed;
    });
  return changed ? words.join(" ") : undefined;
}
