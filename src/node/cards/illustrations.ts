/**
 * The illustration of each kind of product (src/schemas/lists.ts PRODUCT_KINDS), and the pictures
 * of the pages that are not products (PAGE_ART), as a small
 * standalone SVG file, drawn from Fluent Emoji Flat (@iconify-json/fluent-emoji-flat, MIT,
 * Microsoft; licence in LICENSES/) at build time: served as illustrations/<kind>.svg by
 * src/pages/illustrations/[kind].svg.ts, shared by every product of that kind and cached by the
 * browser, and rasterised into the Open Graph cards. Node only (build time).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getIconData, iconToSVG } from "@iconify/utils";
import type { IconifyJSON } from "@iconify/types";
import { PAGE_ART, PRODUCT_KINDS, type KindArt, type PageArt, type ProductKind } from "../../schemas/lists.ts";

const require = createRequire(import.meta.url);
let iconSet: IconifyJSON | undefined;

function icons(): IconifyJSON {
  iconSet ??= JSON.parse(readFileSync(require.resolve("@iconify-json/fluent-emoji-flat/icons.json"), "utf8")) as IconifyJSON;
  return iconSet;
}

/** The body (SVG elements in a 32×32 box) of one icon of the set; throws on a name the set lacks. */
export function iconBody(name: string): string {
  const data = getIconData(icons(), name);
  if (!data) throw new Error(`Fluent Emoji Flat has no icon "${name}" (src/schemas/lists.ts PRODUCT_KINDS)`);
  const { body, attributes } = iconToSVG(data);
  if (attributes.viewBox !== "0 0 32 32") throw new Error(`icon "${name}" is not drawn in a 32×32 box (${attributes.viewBox})`);
  return body;
}

/** Replaces each of the icon's own colours by another (exact matches, any case). */
function recolour(body: string, colours: Readonly<Record<string, string>> | undefined): string {
  if (!colours) return body;
  return body.replace(/#[0-9a-f]{3,6}\b/gi, (c) => colours[c.toLowerCase()] ?? c);
}

/** The SVG document of an illustration: the icon, recoloured, with its badge at the bottom right. */
export function illustrationSvgOf(art: KindArt): string {
  let body = recolour(iconBody(art.icon), art.recolour);
  if (art.badge) {
    // A white disc under the badge keeps it apart from the main icon.
    body += `<circle cx="24" cy="24" r="8.5" fill="#fff"/><g transform="translate(16.5 16.5) scale(.47)">${iconBody(art.badge)}</g>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 32 32">${body}</svg>`;
}

const made = new Map<ProductKind | PageArt, string>();

/** The illustration of a kind of product, or a page's picture (PAGE_ART), as SVG text (made once per process). */
export function illustrationSvg(kind: ProductKind | PageArt): string {
  let svg = made.get(kind);
  if (!svg) {
    svg = illustrationSvgOf(kind in PAGE_ART ? PAGE_ART[kind as PageArt] : PRODUCT_KINDS[kind as ProductKind]);
    made.set(kind, svg);
  }
  return svg;
}
