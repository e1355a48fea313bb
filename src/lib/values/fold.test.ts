import { afterEach, describe, expect, it, vi } from "vitest";
import { fold, wordsOfFolded } from "./fold.ts";

const unicodeSplit = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u);

describe("wordsOfFolded", () => {
  afterEach(() => vi.restoreAllMocks());

  it("splits folded names into the same words as a Unicode letter-and-digit split", () => {
    const names = [
      "Tỏi cô đơn Lý Sơn – 3 sao",
      "“Nước mắm” Sa Huỳnh, 500ml",
      "Garlic (Ly Son); black-garlic 2×",
      "Quế Trà Bồng ★★★★",
      "Ω-3 sardines · Ñandú 42",
      "",
      "  --  ",
    ];
    for (const name of names) expect(wordsOfFolded(fold(name)), name).toEqual(unicodeSplit(fold(name)));
  });

  it("splits ASCII text without a Unicode property class (its first use is slow on a phone)", () => {
    const split = vi.spyOn(String.prototype, "split");
    wordsOfFolded(fold("Tỏi Lý Sơn, 3 sao"));
    const separators = split.mock.calls.map(([separator]) => separator);
    expect(separators.some((s) => s instanceof RegExp && s.unicode)).toBe(false);
  });
});
