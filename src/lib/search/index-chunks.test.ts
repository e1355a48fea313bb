import { describe, expect, it } from "vitest";
import { chunksForTerm, pagefindWords, type ChunkRange } from "./index-chunks.ts";

/** Word ranges shaped like Pagefind's (boundaries are word prefixes). */
const CHUNKS: ChunkRange[] = [
  ["000", "co", "vi_a"],
  ["coc", "huye", "vi_b"],
  ["huyn", "non", "vi_c"],
  ["nong", "theo", "vi_d"],
  ["theu", "đak", "vi_e"],
];

describe("the index chunks a query needs", () => {
  it("words are lower-cased, stripped of punctuation and of marks, but đ stays", () => {
    expect(pagefindWords("Tỏi  Lý-Sơn!")).toEqual(["toi", "lyson"]);
    expect(pagefindWords("Đường phèn")).toEqual(["đuong", "phen"]);
    expect(pagefindWords("  ")).toEqual([]);
  });

  it("each word takes the chunk whose range holds it, each chunk once", () => {
    expect(chunksForTerm("toi ly son", CHUNKS)).toEqual(["vi_c", "vi_d", "vi_e"]);
    expect(chunksForTerm("son sa", CHUNKS)).toEqual(["vi_d"]);
  });

  it("a word between two ranges takes the chunk whose boundary it extends, as Pagefind does", () => {
    // "cob" is after "co" and before "coc": cut to two letters, "co" is within the first range.
    expect(chunksForTerm("cob", CHUNKS)).toEqual(["vi_a"]);
    // The case of the search page's "toi ly son": "son" is beyond a range that ends at "s".
    const gap: ChunkRange[] = [
      ["nhac", "s", "vi_s"],
      ["t", "vang", "vi_t"],
    ];
    expect(chunksForTerm("toi son", gap)).toEqual(["vi_s", "vi_t"]);
    expect(chunksForTerm("vangz", gap)).toEqual(["vi_t"]);
    expect(chunksForTerm("zz", gap)).toEqual([]);
  });
});
