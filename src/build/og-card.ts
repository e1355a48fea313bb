/**
 * Open Graph cards (1200×630 PNG) made at build: satori lays out the card and turns the text into
 * paths with Be Vietnam Pro (from npm, Latin + Vietnamese subsets), sharp rasterises the SVG.
 * Rendered cards are cached by content hash, so an unchanged card costs a file read.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import satori from "satori";
import sharp from "sharp";

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
  /** Group artwork as SVG text (public/art/*.svg). */
  artSvg: string;
  siteName: string;
}

const OG_WIDTH = 1200;
const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const dir = join(dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
  fonts = (["latin", "latin-ext", "vietnamese"] as const).flatMap((subset) =>
    ([400, 700] as const).flatMap((weight) => {
      const file = join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`);
      // One family name per subset: satori falls back between families, not between subsets of one.
      return existsSync(file) ? [{ name: `BVP ${subset}`, data: readFileSync(file), weight, style: "normal" as const }] : [];
    }),
  );
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** A row of gold five-point stars as an SVG data URI (the font has no ★ glyph). */
function starsSvg(n: number): string {
  const star = (x: number) =>
    `<polygon transform="translate(${x} 0)" fill="#8a6100" points="24,2 30,18 47,18 33,28 38,45 24,35 10,45 15,28 1,18 18,18"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${n * 52}" height="48">${Array.from({ length: n }, (_, i) => star(i * 52)).join("")}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 2) + "…" : text;
}

/** The card as satori's element tree (plain objects, no JSX). */
function cardTree(card: OgCard): Node {
  const art = `data:image/svg+xml;base64,${Buffer.from(card.artSvg).toString("base64")}`;
  const title = clip(card.title, 70);
  const subtitle = clip(card.subtitle, card.otherName ? 90 : 120);
  return h(
    "div",
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: "flex",
      background: "#eef6fa",
      fontFamily: "BVP latin, BVP latin-ext, BVP vietnamese",
      color: "#1c1917",
    },
    [
      h(
        "div",
        { display: "flex", flexDirection: "column", justifyContent: "space-between", width: 760, padding: "56px 48px 48px 64px" },
        [
          h("div", { display: "flex", flexDirection: "column" }, [
            h("div", { fontSize: 30, color: "#7a4424", fontWeight: 700 }, card.kicker),
            h(
              "div",
              { fontSize: title.length > 40 ? 56 : 68, fontWeight: 700, lineHeight: 1.15, marginTop: 16, color: "#063a54" },
              title,
            ),
            card.otherName
              ? h("div", { fontSize: 32, lineHeight: 1.25, marginTop: 8, color: "#0b5a80" }, clip(card.otherName, 70))
              : h("div", { display: "none" }, ""),
            card.stars
              ? h(
                  "div",
                  { display: "flex", alignItems: "center", marginTop: 20, fontSize: 40, fontWeight: 700, color: "#8a6100" },
                  [
                    h("img", {}, undefined, { src: starsSvg(card.stars), width: card.stars * 52, height: 48 }),
                    h("div", { marginLeft: 16 }, "OCOP"),
                  ],
                )
              : h("div", { display: "none" }, ""),
            h("div", { fontSize: 30, lineHeight: 1.4, marginTop: 20, color: "#57534e" }, subtitle),
          ]),
          h("div", { display: "flex", fontSize: 28, fontWeight: 700, color: "#0b5a80" }, card.siteName),
        ],
      ),
      h(
        "div",
        { display: "flex", width: 440, height: OG_HEIGHT, alignItems: "center", justifyContent: "center", background: "#fdf5e6" },
        [h("img", { width: 400, height: 300 }, undefined, { src: art, width: 400, height: 300 })],
      ),
    ],
  );
}

export async function renderOgCard(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "ocop-og");
const RENDERER_VERSION = "2";

/** What a card looks like, as a short hash: the cache file name, and the page's cacheKey for incremental builds. */
export function ogCardKey(card: OgCard): string {
  return createHash("sha256").update(RENDERER_VERSION).update(JSON.stringify(card)).digest("hex").slice(0, 24);
}

/** Renders a card, or reads it from the cache when the same card was made before. */
export async function cachedOgCard(card: OgCard): Promise<Buffer> {
  const file = join(CACHE_DIR, `${ogCardKey(card)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderOgCard(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  return png;
}
