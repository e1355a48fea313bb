import { describe, expect, it } from "vitest";
import { EN_TERMS, PRODUCTS } from "../../../tests/fixtures/search/catalogue.ts";
import { correctQuery, correctWord, oneSlipAway, vocabulary } from "./typos.ts";

/** The English search page's vocabulary for the fixture: product names and search terms. */
const vocab = vocabulary([
  ...PRODUCTS.map((p) => p.en),
  ...Object.values(EN_TERMS).flatMap((list) => list.flatMap((e) => e.terms)),
]);

describe("one-letter typos of a catalogue word find that word", () => {
  it.each([
    ["garlc", "garlic"],
    ["cinamon", "cinnamon"],
    ["incens", "incense"],
    ["jery", "jerky"],
  ])("a missing letter: “%s” → %s", (typed, meant) => {
    expect(correctWord(typed, vocab)).toBe(meant);
  });

  it.each([
    ["garllic", "garlic"],
    ["jerrky", "jerky"],
    ["cassiia", "cassia"],
  ])("a doubled letter: “%s” → %s", (typed, meant) => {
    expect(correctWord(typed, vocab)).toBe(meant);
  });

  it.each([
    ["gralic", "garlic"],
    ["wien", "wine"],
    ["liquro", "liquor"],
  ])("two letters swapped: “%s” → %s", (typed, meant) => {
    expect(correctWord(typed, vocab)).toBe(meant);
  });

  it("upper case and marks do not matter: “GARLC” → garlic", () => {
    expect(correctWord("GARLC", vocab)).toBe("garlic");
  });
});

describe("what is left alone", () => {
  it("a word of the catalogue: “garlic” needs no correction", () => {
    expect(correctWord("garlic", vocab)).toBeUndefined();
  });

  it("a word more than one slip from any catalogue word: “grlc”", () => {
    expect(correctWord("grlc", vocab)).toBeUndefined();
  });

  it("a wrong letter is no slip this fixes (“garlik”): Did you mean handles it", () => {
    expect(correctWord("garlik", vocab)).toBeUndefined();
  });

  it("words under three letters and words with digits", () => {
    expect(correctWord("wi", vocab)).toBeUndefined();
    expect(correctWord("500g", vocab)).toBeUndefined();
  });

  it("a query with nothing to correct gives undefined, so the page does not search twice", () => {
    expect(correctQuery("black garlic", vocab)).toBeUndefined();
  });
});

describe("whole queries", () => {
  it("only the misspelt word changes: “black garlc” → “black garlic”", () => {
    expect(correctQuery("black garlc", vocab)).toBe("black garlic");
  });

  it("two candidates: the word the catalogue uses more wins, the same every time", () => {
    const v = vocabulary(["sauce sauce", "sauté"]);
    // "suace" is a swap away from "sauce" only.
    expect(correctWord("suace", v)).toBe("sauce");
    const tie = vocabulary(["bats", "cats"]);
    // "ats" misses a letter of both: alphabetical order decides.
    expect(correctWord("ats", tie)).toBe("bats");
  });

  it("the slips of a word are the doubled letter dropped and each pair of neighbours swapped", () => {
    expect([...oneSlipAway("teea")].sort()).toEqual(["etea", "tea", "teae"]);
  });
});
