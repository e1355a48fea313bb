/**
 * Open Graph cards (1200×630 PNG) made at build with sharp alone: the background of a card (its
 * colours, its picture: an illustration or a photo, the site name) is drawn once per picture, and the texts are set
 * by Pango (in sharp's libvips) in Be Vietnam Pro from npm and laid over it, far cheaper than
 * laying the card out as SVG with the text as paths and rasterising it. The layers are laid over
 * the background here, a few thousand pixels each, rather than by libvips's composite, which works
 * in floating point over the whole card for every layer (measured in docs/performance.md).
 * Rendered cards are also cached by content hash, so an unchanged card costs a file read.
 * Node only (build time).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { escapeXml } from "../../lib/values/xml.ts";
import { woffToSfnt } from "./woff.ts";
import { cacheFolder, type BuildPaths } from "../pipeline/build-paths.ts";
import { codeHash } from "../pipeline/code-hash.ts";

export interface OgCard {
  /** Big line: product, producer or guide name. */
  title: string;
  /** The name in the other language, when a card shared by all languages has one ("" = none). */
  otherName: string;
  /** Small line above the title: what kind of page, e.g. "Sản phẩm · Products". */
  kicker: string;
  /** Line under the title: locality, producer, summary. */
  subtitle: string;
  /** OCOP stars when certified, else null: drawn as stars followed by "OCOP", the same in every language. */
  stars: number | null;
  /** The illustration as SVG text (src/node/cards/illustrations.ts): the product's kind, a gift, a suitcase. */
  artSvg: string;
  /**
   * The editor's photo of the product, when there is one: it fills the picture panel in place of
   * the illustration. `hash` is of the file's bytes, so a replaced photo makes a new card.
   */
  photo?: { file: string; hash: string } | undefined;
  siteName: string;
}

const WIDTH = 1200;
const HEIGHT = 630;
/** The text column: left edge, width, top and bottom padding; the picture panel fills the rest. */
const COLUMN = { left: 64, width: 648, top: 56, bottom: 48 };
const PANEL = { left: 760, art: { width: 320, height: 320 } };
const COLOURS = {
  page: "#eef6fa",
  panel: "#fdf5e6",
  kicker: "#7a4424",
  title: "#063a54",
  other: "#0b5a80",
  stars: "#8a6100",
  subtitle: "#57534e",
  site: "#0b5a80",
};

const require = createRequire(import.meta.url);
let fontsReady: Promise<void> | undefined;

/**
 * Makes Be Vietnam Pro (Latin, Latin Extended and Vietnamese subsets, regular and bold) known to
 * Pango: each WOFF file from @fontsource becomes a TrueType file in the cache and is registered
 * once by rendering a letter with it (libvips adds a `fontfile` to fontconfig for the process).
 */
export function loadFonts(): Promise<void> {
  fontsReady ??= (async () => {
    const dir = join(dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
    const out = join(tmpdir(), "ocop-og-fonts");
    mkdirSync(out, { recursive: true });
    for (const subset of ["latin", "latin-ext", "vietnamese"])
      for (const weight of [400, 700]) {
        const name = `be-vietnam-pro-${subset}-${weight}-normal`;
        const ttf = join(out, `${name}.ttf`);
        // Written afresh by each process (a few milliseconds) and renamed into place, so another
        // process never reads half a file and an upgraded font package is never shadowed.
        writeFileSync(`${ttf}.${process.pid}`, woffToSfnt(readFileSync(join(dir, `${name}.woff`))));
        renameSync(`${ttf}.${process.pid}`, ttf);
        await sharp({ text: { text: "a", font: "Be Vietnam Pro", fontfile: ttf } })
          .raw()
          .toBuffer();
      }
  })();
  return fontsReady;
}

interface Layer {
  data: Buffer;
  width: number;
  height: number;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  colour: string;
  lineHeight: number;
}

/**
 * `text` set by Pango, wrapped at `width` px, as transparent RGBA pixels (null for no text). The
 * line height is absolute (in 1024ths of a point, a point being a pixel at 72 dpi), as CSS's is.
 */
async function textLayer(text: string, style: TextStyle, width = COLUMN.width): Promise<Layer | null> {
  if (!text.trim()) return null;
  await loadFonts();
  const markup = `<span font_desc="Be Vietnam Pro ${style.bold ? "Bold " : ""}${style.size}px" foreground="${style.colour}" line_height="${Math.round(style.size * style.lineHeight * 1024)}">${escapeXml(text)}</span>`;
  const { data, info } = await sharp({ text: { text: markup, width, dpi: 72, rgba: true, wrap: "word" } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** What `made` holds for `key`, made by `make` the first time: parts many cards share, drawn once per build. */
function once<K, V>(made: Map<K, V>, key: K, make: () => V): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

const sharedLayers = new Map<string, Promise<Layer | null>>();

/** textLayer() for the few texts many cards share (the kind of page, "OCOP"), set once per build. */
function sharedTextLayer(text: string, style: TextStyle): Promise<Layer | null> {
  return once(sharedLayers, JSON.stringify([text, style]), () => textLayer(text, style));
}

/** The top `height` px of a layer, cut at a whole line of `lineHeight` px (null when not one line fits). */
function cropLayer(layer: Layer, height: number, lineHeight: number): Layer | null {
  if (layer.height <= height) return layer;
  const lines = Math.floor(height / lineHeight);
  if (lines < 1) return null;
  return { ...layer, height: lines * lineHeight };
}

/**
 * Lays an RGBA layer over an opaque RGB canvas at (left, top), blending by the layer's alpha
 * (straight, not premultiplied, as libvips gives text), clipped to the canvas.
 */
export function blend(canvas: Buffer, canvasWidth: number, layer: Layer, left: number, top: number): void {
  const canvasHeight = canvas.length / 3 / canvasWidth;
  const width = Math.min(layer.width, canvasWidth - left);
  const height = Math.min(layer.height, canvasHeight - top);
  const src = layer.data;
  for (let y = 0; y < height; y++) {
    let s = y * layer.width * 4;
    let d = ((top + y) * canvasWidth + left) * 3;
    for (let x = 0; x < width; x++, s += 4, d += 3) {
      const a = src[s + 3]!;
      if (a === 0) continue;
      if (a === 255) {
        canvas[d] = src[s]!;
        canvas[d + 1] = src[s + 1]!;
        canvas[d + 2] = src[s + 2]!;
        continue;
      }
      const b = 255 - a;
      canvas[d] = (src[s]! * a + canvas[d]! * b + 127) / 255;
      canvas[d + 1] = (src[s + 1]! * a + canvas[d + 1]! * b + 127) / 255;
      canvas[d + 2] = (src[s + 2]! * a + canvas[d + 2]! * b + 127) / 255;
    }
  }
}

/** A row of gold five-point stars, as SVG (the font has no ★ glyph). */
function starsSvg(n: number): string {
  const star = (x: number) =>
    `<polygon transform="translate(${x} 0)" fill="${COLOURS.stars}" points="24,2 30,18 47,18 33,28 38,45 24,35 10,45 15,28 1,18 18,18"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n * 52}" height="48">${Array.from({ length: n }, (_, i) => star(i * 52)).join("")}</svg>`;
}

const stars = new Map<number, Promise<Layer>>();

/** A row of `n` stars as RGBA pixels, drawn once per build. */
function starsLayer(n: number): Promise<Layer> {
  return once(stars, n, () =>
    sharp(Buffer.from(starsSvg(n)))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height })),
  );
}

const backgrounds = new Map<string, Promise<{ data: Buffer; siteTop: number }>>();

/**
 * The picture panel: the illustration drawn at the panel's art size (its SVG is 128 px wide, so
 * it is rasterised at the density that gives that size, never scaled up), or the photo cut to fill it.
 */
async function pictureLayer(artSvg: string, photo: OgCard["photo"], panelWidth: number) {
  if (photo) {
    const input = await sharp(photo.file).resize(panelWidth, HEIGHT, { fit: "cover" }).png().toBuffer();
    return { input, left: PANEL.left, top: 0 };
  }
  const input = await sharp(Buffer.from(artSvg), { density: (72 * PANEL.art.width) / 128 })
    .resize(PANEL.art.width, PANEL.art.height, { fit: "contain", background: COLOURS.panel })
    .png()
    .toBuffer();
  return {
    input,
    left: PANEL.left + Math.round((panelWidth - PANEL.art.width) / 2),
    top: Math.round((HEIGHT - PANEL.art.height) / 2),
  };
}

/** The parts every card with this picture and site name shares, drawn once per build. */
function background(artSvg: string, photo: OgCard["photo"], siteName: string) {
  return once(backgrounds, `${siteName}\n${photo ? photo.hash : artSvg}`, async () => {
    const panelWidth = WIDTH - PANEL.left;
    const art = await pictureLayer(artSvg, photo, panelWidth);
    const site = await textLayer(siteName, { size: 28, bold: true, colour: COLOURS.site, lineHeight: 1.2 });
    const siteTop = HEIGHT - COLUMN.bottom - (site?.height ?? 0);
    const data = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 4, background: COLOURS.page } })
      .composite([
        {
          input: { create: { width: panelWidth, height: HEIGHT, channels: 4, background: COLOURS.panel } },
          left: PANEL.left,
          top: 0,
        },
        art,
        ...(site
          ? [
              {
                input: site.data,
                raw: { width: site.width, height: site.height, channels: 4 as const },
                left: COLUMN.left,
                top: siteTop,
              },
            ]
          : []),
      ])
      .removeAlpha()
      .raw()
      .toBuffer();
    return { data, siteTop };
  });
}

/**
 * Canvases of a card's size, reused once a card's PNG is encoded: a new buffer per card takes its
 * memory fresh from the system each time, which cost the card worker more than drawing the text
 * (docs/performance.md). Several cards are drawn at once, so one canvas per card in flight.
 */
const freeCanvases: Buffer[] = [];

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 2) + "…" : text;
}

export async function renderOgCard(card: OgCard): Promise<Buffer> {
  const title = clip(card.title, 70);
  const titleSize = title.length > 40 ? 56 : 68;
  const subtitleStyle = { size: 30, colour: COLOURS.subtitle, lineHeight: 1.4 };
  const [bg, kicker, titleLayer, other, subtitle, ocop] = await Promise.all([
    background(card.artSvg, card.photo, card.siteName),
    sharedTextLayer(card.kicker, { size: 30, bold: true, colour: COLOURS.kicker, lineHeight: 1.2 }),
    textLayer(title, { size: titleSize, bold: true, colour: COLOURS.title, lineHeight: 1.15 }),
    textLayer(clip(card.otherName, 70), { size: 32, colour: COLOURS.other, lineHeight: 1.25 }),
    textLayer(clip(card.subtitle, card.otherName ? 90 : 120), subtitleStyle),
    card.stars ? sharedTextLayer("OCOP", { size: 40, bold: true, colour: COLOURS.stars, lineHeight: 1.2 }) : null,
  ]);
  const canvas = freeCanvases.pop() ?? Buffer.allocUnsafe(bg.data.length);
  bg.data.copy(canvas);
  const place = (layer: Layer | null, gap: number, y: number, left = COLUMN.left) => {
    if (!layer) return y;
    blend(canvas, WIDTH, layer, left, y + gap);
    return y + gap + layer.height;
  };
  let y = place(kicker, 0, COLUMN.top);
  y = place(titleLayer, 16, y);
  y = place(other, 8, y);
  if (card.stars) {
    const row = 48;
    place(await starsLayer(card.stars), 20, y);
    if (ocop) place(ocop, 0, y + 20 + Math.round((row - ocop.height) / 2), COLUMN.left + card.stars * 52 + 16);
    y += 20 + row;
  }
  // The subtitle gets the room left above the site name, in whole lines.
  if (subtitle)
    place(cropLayer(subtitle, bg.siteTop - 16 - (y + 20), Math.round(subtitleStyle.size * subtitleStyle.lineHeight)), 20, y);
  try {
    return await sharp(canvas, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      // Level 4 rather than 6: much less time for a few more bytes (docs/performance.md).
      .png({ compressionLevel: 4 })
      .toBuffer();
  } finally {
    freeCanvases.push(canvas);
  }
}

/** What a card looks like and the code that draws it, as a short hash: its cache file name. */
export function ogCardKey(card: OgCard, root: string): string {
  return createHash("sha256")
    .update(codeHash(root, "src/node/cards/og-card.ts"))
    .update(JSON.stringify(card))
    .digest("hex")
    .slice(0, 24);
}

/** The cache file of a card, drawn first when the same card was not made before by the same code. */
export async function ogCardFile(card: OgCard, paths: BuildPaths): Promise<string> {
  const dir = cacheFolder(paths, "og");
  const file = join(dir, `${ogCardKey(card, paths.root)}.png`);
  if (existsSync(file)) return file;
  const png = await renderOgCard(card);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return file;
}

/** Renders a card, or reads it from the cache when the same card was made before. */
export async function cachedOgCard(card: OgCard, paths: BuildPaths): Promise<Buffer> {
  return readFileSync(await ogCardFile(card, paths));
}
