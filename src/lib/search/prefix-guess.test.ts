import { describe, expect, it } from "vitest";
import { matchedWords, onlyGuesses } from "./prefix-guess.ts";

describe("matchedWords", () => {
  it("reads the words at Pagefind's matched positions, folded and without punctuation", () => {
    const text = "“Tỏi” Lý Sơn, tỏi đen. Gà thả vườn";
    expect(matchedWords({ raw_content: text, content: "ignored", locations: [0, 3, 5] })).toEqual(["toi", "toi", "ga"]);
    expect(matchedWords({ content: text, locations: [4] })).toEqual(["den"]);
    expect(matchedWords({ content: text })).toEqual([]);
  });
});

describe("onlyGuesses: Pagefind's answer to a word it does not hold", () => {
  it("“cashew” answered with “cà” and “cá”, “garlik” with “gà”: guesses, nothing the visitor typed", () => {
    expect(onlyGuesses([["ca", "ca"], ["ca"]], ["cashew"])).toBe(true);
    expect(onlyGuesses([["ga"]], ["garlik"])).toBe(true);
    expect(onlyGuesses([["mang"], ["mang", "mang"]], ["mangden"])).toBe(true);
  });

  it("a word of the query, or the same word by its stem, is an answer", () => {
    expect(onlyGuesses([["toi"], ["toi", "den"]], ["toi", "den"])).toBe(false);
    expect(onlyGuesses([["box"]], ["boxes"])).toBe(false);
    expect(onlyGuesses([["berry"]], ["berries"])).toBe(false);
    expect(onlyGuesses([["installation"]], ["installa"])).toBe(false);
  });

  it("one result that shows a word of the query is enough: the guesses beside it stay", () => {
    expect(onlyGuesses([["ca"], ["toi", "ca"]], ["cashew", "toi"])).toBe(false);
  });

  it("results that show no matched word (found through their metadata) are no evidence of a guess", () => {
    expect(onlyGuesses([[], []], ["jerky"])).toBe(false);
    expect(onlyGuesses([], ["cashew"])).toBe(false);
  });
});
