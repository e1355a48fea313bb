import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { dictionaries, LOCALES } from "../../i18n/index.ts";
import { PRODUCT_KINDS, PRODUCT_KIND_IDS, type KindArt } from "../../schemas/lists.ts";
import { iconBody, illustrationSvg, illustrationSvgOf } from "./illustrations.ts";

describe("illustrations of the kinds of product", () => {
  it("every kind draws an icon of the set, and its badge, as a small valid SVG (at most 6 KB gzip)", async () => {
    for (const kind of PRODUCT_KIND_IDS) {
      const svg = illustrationSvg(kind);
      expect(svg, kind).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="128" height="128" viewBox="0 0 32 32">/);
      expect(gzipSync(svg).length, kind).toBeLessThanOrEqual(6 * 1024);
      const { width, height } = await sharp(Buffer.from(svg)).metadata();
      expect([width, height], kind).toEqual([128, 128]);
    }
  });

  it("refuses an icon the set does not have, rather than drawing nothing", () => {
    expect(() => iconBody("no-such-icon")).toThrow(/no icon "no-such-icon"/);
  });

  it("every colour a kind swaps is one its icon has (a swap that matches nothing would leave, say, black garlic white)", () => {
    for (const [kind, art] of Object.entries(PRODUCT_KINDS) as [string, KindArt][]) {
      const colours = new Set(
        iconBody(art.icon)
          .match(/#[0-9a-f]{3,6}\b/gi)
          ?.map((c) => c.toLowerCase()),
      );
      for (const from of Object.keys(art.recolour ?? {})) expect(colours.has(from), `${kind}: ${from}`).toBe(true);
    }
  });

  it("no two kinds look the same", () => {
    const seen = new Map<string, string>();
    for (const kind of PRODUCT_KIND_IDS) {
      const svg = illustrationSvg(kind);
      expect(seen.get(svg), `${kind} is drawn like ${seen.get(svg)}`).toBeUndefined();
      seen.set(svg, kind);
    }
  });

  it("draws a badge in the corner, over a white disc", () => {
    const plain = illustrationSvgOf({ icon: "droplet" });
    const badged = illustrationSvgOf({ icon: "droplet", badge: "fish" });
    expect(badged.startsWith(plain.slice(0, -"</svg>".length))).toBe(true);
    expect(badged).toContain('<circle cx="24" cy="24" r="8.5" fill="#fff"/>');
  });

  it("every kind has a name in every language", () => {
    for (const locale of LOCALES)
      for (const kind of PRODUCT_KIND_IDS)
        expect(dictionaries[locale][`kind.${kind}`]?.trim(), `${locale} kind.${kind}`).toBeTruthy();
  });
});
