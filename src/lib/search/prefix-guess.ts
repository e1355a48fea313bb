/**
 * Results Pagefind guessed. When a query's word is not in the index, Pagefind searches for the
 * longest start of it that is ("cashew" finds "cà" and "cá", "garlik" finds "gà", "mangden"
 * finds "măng"), and it has no option to stop. Its answer then names nothing the visitor typed:
 * the search page treats it as nothing found, tries the query read another way (typos.ts,
 * splitJoined in query.ts), and otherwise offers its ideas. Pure and browser-safe.
 */
import { fold, wordsOfFolded } from "../values/fold.ts";

/** What Pagefind gives of a result's text: its words, and the positions of the words it matched. */
export interface MatchedText {
  raw_content?: string;
  content?: string;
  locations?: number[];
}

/** The words at a result's matched positions, folded, without punctuation ("“Tỏi," → "toi"). */
export function matchedWords({ raw_content, content, locations = [] }: MatchedText): string[] {
  // Pagefind's own word boundaries (its excerpts split the text the same way).
  const words = (raw_content ?? content ?? "").split(/[^\S\uFEFF]+/g);
  return locations.map((i) => wordsOfFolded(fold(words[i] ?? "")).join("")).filter(Boolean);
}

/**
 * True when Pagefind put `matched` in for the typed word: a start of it, three letters or more
 * shorter. A word two letters shorter is still the word ("boxes" matches "box" through its stem).
 */
function guessedFor(matched: string, typed: string): boolean {
  return typed.length - matched.length >= 3 && typed.startsWith(matched);
}

/**
 * True when the words Pagefind matched in the results (`matched`, one list per result) are all
 * guesses for the query's `words` (folded): the query as typed found nothing. False when a result
 * shows a word of the query itself, or when no result shows where it matched (a match in the
 * metadata, such as a product's search terms).
 */
export function onlyGuesses(matched: readonly (readonly string[])[], words: readonly string[]): boolean {
  const all = matched.flat();
  return all.length > 0 && all.every((m) => words.some((w) => guessedFor(m, w)));
}
