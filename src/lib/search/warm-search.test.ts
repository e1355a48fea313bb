import { describe, expect, it } from "vitest";
import type { ChunkRange } from "./index-chunks.ts";
import { parseWarmFiles, typedChunks, warmFilesName } from "./warm-search.ts";

const RANGES: ChunkRange[] = [
  ["000", "cu", "vi_a"],
  ["cua", "lang", "vi_b"],
  ["lanh", "s", "vi_c"],
  ["sa", "tri", "vi_d"],
  ["trie", "zz", "vi_e"],
];

describe("the search warm-up's list of files", () => {
  it("is named by the page's language, as the index step writes it", () => {
    expect(warmFilesName("vi")).toBe("warm.vi.json");
    expect(warmFilesName("EN")).toBe("warm.en.json");
  });

  it("keeps Pagefind's own files, the entry under its tag, index chunks and their word ranges", () => {
    const files = [
      "pagefind-worker.js",
      "pagefind-entry.json?ts=0357a689cf59",
      "pagefind.vi_c91d476eb6.pf_meta",
      "wasm.unknown.pagefind",
      "index/vi_a987139.pf_index",
    ];
    expect(parseWarmFiles({ files, chunks: RANGES })).toEqual({ files, chunks: RANGES });
  });

  it("drops anything that would leave pagefind/ or is not a file name: a tampered or broken list prefetches nothing else", () => {
    const files = ["../sw.js", "/admin/", "https://example.com/x.js", "//example.com/x", "index/../../x", 3, null];
    const chunks = [["a", "b", "../x"], ["a", "b"], "vi_a"];
    expect(parseWarmFiles({ files, chunks })).toEqual({ files: [], chunks: [] });
    expect(parseWarmFiles(["pagefind-worker.js"])).toEqual({ files: [], chunks: [] });
    expect(parseWarmFiles(null)).toEqual({ files: [], chunks: [] });
  });
});

describe("the index chunks of the words typed", () => {
  it("fetches a word's chunk once a space follows it, not while it is being typed", () => {
    expect(typedChunks("t", RANGES, false)).toEqual([]);
    expect(typedChunks("toi", RANGES, false)).toEqual([]);
    expect(typedChunks("toi ", RANGES, false)).toEqual(["index/vi_d.pf_index"]);
    expect(typedChunks("toi ly", RANGES, false)).toEqual(["index/vi_d.pf_index"]);
    // "s", half of "son", is in the chunk that ends at "s"; "son" itself is in the next one.
    expect(typedChunks("son s", RANGES, false)).toEqual(["index/vi_d.pf_index"]);
    expect(typedChunks("s", RANGES, true)).toEqual(["index/vi_c.pf_index"]);
  });

  it("once the query is sent, every word's chunk, marks and capitals as Pagefind reads them", () => {
    expect(typedChunks("Tỏi Lý Sơn", RANGES, true)).toEqual(["index/vi_c.pf_index", "index/vi_d.pf_index"]);
    expect(typedChunks("Cá, cua!", RANGES, true)).toEqual(["index/vi_a.pf_index", "index/vi_b.pf_index"]);
  });
});
