import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import sharp, { type OutputInfo } from "sharp";
import { describe, expect, it } from "vitest";
import { blend, loadFonts, renderOgCard, type OgCard } from "./og-card.ts";
import { woffToSfnt } from "./woff.ts";
import { illustrationSvg } from "./illustrations.ts";

const fontDir = join(dirname(createRequire(import.meta.url).resolve("@fontsource/be-vietnam-pro/package.json")), "files");
const woff = readFileSync(join(fontDir, "be-vietnam-pro-vietnamese-700-normal.woff"));

describe("woffToSfnt", () => {
  it("writes every table of the WOFF file, inflated, behind a TrueType header", () => {
    const sfnt = woffToSfnt(woff);
    const tables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(tables);
    for (let i = 0; i < tables; i++) {
      const w = 44 + i * 20;
      const s = 12 + i * 16;
      expect(sfnt.readUInt32BE(s)).toBe(woff.readUInt32BE(w));
      const [offset, comp, orig] = [woff.readUInt32BE(w + 4), woff.readUInt32BE(w + 8), woff.readUInt32BE(w + 12)];
      const stored = woff.subarray(offset, offset + comp);
      const table = sfnt.subarray(sfnt.readUInt32BE(s + 8), sfnt.readUInt32BE(s + 8) + sfnt.readUInt32BE(s + 12));
      expect(table.equals(comp < orig ? inflateSync(stored) : stored)).toBe(true);
      expect(sfnt.readUInt32BE(s + 8) % 4).toBe(0);
    }
  });

  it("refuses a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just text here, long enough to read a header"))).toThrow(/WOFF/);
  });
});

describe("Open Graph cards", () => {
  const art = illustrationSvg("toi");
  const card: OgCard = {
    title: "Tỏi cô đơn Lý Sơn",
    otherName: "Lý Sơn single-clove garlic",
    kicker: "Sản phẩm · Products",
    subtitle: "HTX Nông nghiệp Lý Sơn · Đặc khu Lý Sơn",
    stars: 4,
    artSvg: art,
    siteName: "OCOP Quảng Ngãi",
  };
  const pixels = async (png: Buffer) => sharp(png).raw().toBuffer({ resolveWithObject: true });
  /** Pixels of exactly this colour inside a box. */
  const count = (img: { data: Buffer; info: OutputInfo }, hex: string, box: { x: number; y: number; w: number; h: number }) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let y = box.y; y < box.y + box.h; y++)
      for (let x = box.x; x < box.x + box.w; x++) {
        const at = (y * img.info.width + x) * img.info.channels;
        if (img.data[at] === r && img.data[at + 1] === g && img.data[at + 2] === b) n++;
      }
    return n;
  };

  it("sets the text in Be Vietnam Pro, not a system font", async () => {
    await loadFonts();
    const width = async (font: string) =>
      (
        await sharp({ text: { text: `<span font_desc="${font} 40px">Tỏi cô đơn Lý Sơn</span>`, dpi: 72 } }).toBuffer({
          resolveWithObject: true,
        })
      ).info.width;
    expect(await width("Be Vietnam Pro Bold")).not.toBe(await width("DejaVu Sans Bold"));
  });

  it("is a 1200×630 PNG with the title in the text column, the stars and the site name", async () => {
    const png = await renderOgCard(card);
    const img = await pixels(png);
    expect([img.info.width, img.info.height]).toEqual([1200, 630]);
    expect(count(img, "#063a54", { x: 0, y: 90, w: 760, h: 120 })).toBeGreaterThan(2000);
    expect(count(img, "#8a6100", { x: 0, y: 200, w: 760, h: 200 })).toBeGreaterThan(2000);
    expect(count(img, "#0b5a80", { x: 0, y: 540, w: 760, h: 50 })).toBeGreaterThan(300);
    expect(count(img, "#063a54", { x: 760, y: 0, w: 440, h: 630 })).toBe(0);
  });

  it("keeps a long title and subtitle inside the card, above the site name", async () => {
    const long = "Nước mắm cá cơm truyền thống Sa Huỳnh loại đặc biệt thượng hạng 40 độ đạm";
    const png = await renderOgCard({ ...card, title: long, subtitle: long + " · " + long, stars: 5 });
    const img = await pixels(png);
    expect([img.info.width, img.info.height]).toEqual([1200, 630]);
    expect(count(img, "#57534e", { x: 0, y: 560, w: 760, h: 70 })).toBe(0);
    expect(count(img, "#0b5a80", { x: 0, y: 540, w: 760, h: 50 })).toBeGreaterThan(300);
  });

  it("draws no star row for a product without a known rating", async () => {
    const img = await pixels(await renderOgCard({ ...card, stars: null }));
    expect(count(img, "#8a6100", { x: 0, y: 0, w: 760, h: 630 })).toBe(0);
  });

  it("draws a card the same whatever was drawn before it or beside it (canvases are reused)", async () => {
    const other: OgCard = { ...card, title: "Nước mắm cá cơm Sa Huỳnh", stars: 5, artSvg: illustrationSvg("muoi") };
    const alone = await renderOgCard(card);
    await renderOgCard(other);
    expect((await renderOgCard(card)).equals(alone)).toBe(true);
    const [a, , b] = await Promise.all([renderOgCard(card), renderOgCard(other), renderOgCard({ ...card, stars: null })]);
    expect(a.equals(alone)).toBe(true);
    expect(b.equals(await renderOgCard({ ...card, stars: null }))).toBe(true);
  });

  it("lays a layer over the canvas by its alpha, and not past the canvas's edges", () => {
    // A 2×2 white canvas; a 2×2 layer at (1, 0): its left column lands (red over green), its
    // right column (half-transparent blue, black) falls off the right edge and must not wrap round.
    const canvas = Buffer.alloc(2 * 2 * 3, 255);
    const layer = {
      width: 2,
      height: 2,
      data: Buffer.from([255, 0, 0, 255, 0, 0, 255, 128, 0, 255, 0, 255, 0, 0, 0, 255]),
    };
    blend(canvas, 2, layer, 1, 0);
    expect([...canvas]).toEqual([255, 255, 255, 255, 0, 0, 255, 255, 255, 0, 255, 0]);
    // Half-transparent black over white gives mid grey; a transparent pixel changes nothing.
    const grey = Buffer.alloc(2 * 3, 255);
    blend(grey, 2, { width: 2, height: 1, data: Buffer.from([0, 0, 0, 128, 0, 0, 0, 0]) }, 0, 0);
    expect([...grey]).toEqual([127, 127, 127, 255, 255, 255]);
  });
});
