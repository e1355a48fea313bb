import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { indexChunkRanges } from "./pagefind-meta.ts";

/** CBOR text string (short) and array headers, enough to write a metadata file by hand. */
const text = (s: string) => {
  const b = new TextEncoder().encode(s);
  return [0x60 + b.length, ...b];
};
const array = (n: number) => [0x80 + n];

describe("Pagefind metadata", () => {
  it("yields each chunk's first word, last word and name, skipping other string triples", () => {
    const body = [
      ...array(4),
      ...text("1.6.0"),
      ...array(1),
      ...array(3),
      ...text("vi_page"),
      ...text("x"),
      ...text("y"),
      ...array(2),
      ...array(3),
      ...text("a"),
      ...text("co"),
      ...text("vi_a"),
      ...array(3),
      ...text("coc"),
      ...text("đak"),
      ...text("vi_b"),
      0x19,
      0x01,
      0x00,
    ];
    const file = gzipSync(Buffer.from([...new TextEncoder().encode("pagefind_dcd"), ...body]));
    expect(indexChunkRanges(file, new Set(["vi_a", "vi_b"]))).toEqual([
      ["a", "co", "vi_a"],
      ["coc", "đak", "vi_b"],
    ]);
  });

  it("a file that is not Pagefind metadata is refused by name", () => {
    expect(() => indexChunkRanges(gzipSync(Buffer.from("hello")), new Set())).toThrow(/pf_meta/);
  });
});
