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

  it("a word between two ranges needs no guessed chunk (Pagefind widens its own lookup)", () => {
    expect(chunksForTerm("cob", CHUNKS)).toEqual([]);
  });
});
