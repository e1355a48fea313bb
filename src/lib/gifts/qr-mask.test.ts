import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { chooseMask, penaltyScore } from "./qr-mask.ts";

describe("chooseMask", () => {
  // Page URLs of every length the site has (versions 3 to 8, so with and without version bits),
  // plus texts that are not URLs.
  const texts = [
    ...Array.from(
      { length: 150 },
      (_, i) => `https://ocop-quangngai.example/${"en/".repeat(i % 3)}san-pham/${"banh-trang-".repeat(i % 11)}${i}/`,
    ),
    "https://ocop-quangngai.example/san-pham/toi-ly-son-phu-sinh/",
    "Tỏi cô đơn Lý Sơn",
    "0123456789",
  ];

  it("chooses the mask uqr chooses, so the codes are the same", () => {
    const versions = new Set<number>();
    for (const text of texts) {
      const own = encode(text, { ecc: "M", border: 4 });
      versions.add(own.version);
      expect(chooseMask(text), text).toBe(own.maskPattern);
      expect(encode(text, { ecc: "M", border: 4, maskPattern: chooseMask(text) }).data).toEqual(own.data);
    }
    expect(Math.min(...versions)).toBeLessThan(7);
    expect(Math.max(...versions)).toBeGreaterThanOrEqual(7);
    expect(new Set(texts.map(chooseMask)).size).toBeGreaterThan(4);
  });
});

describe("penaltyScore", () => {
  it("scores runs, 2×2 blocks and the balance of dark and light", () => {
    // A light 11×11 square: every row and column one run of 11 (3 + 6 = 9 each, 22 lines),
    // 100 2×2 blocks (3 each), all light (|0·20 − 121·10| / 121 = 10, so (10 − 1)·10 = 90),
    // and no finder-like pattern.
    expect(penaltyScore(new Uint8Array(121), 11)).toBe(22 * 9 + 100 * 3 + 90);
  });
});
