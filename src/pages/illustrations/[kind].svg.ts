/**
 * One illustration per kind of product and per page picture (src/schemas/lists.ts), written at build as a static SVG
 * file (illustrations/<kind>.svg) that every product of the kind shares and the browser caches:
 * drawn by src/node/cards/illustrations.ts from Fluent Emoji Flat.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { ILLUSTRATION_IDS, type PageArt, type ProductKind } from "@/schemas/lists.ts";
import { illustrationSvg } from "@/node/cards/illustrations.ts";

export const getStaticPaths = (() => ILLUSTRATION_IDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(illustrationSvg(params["kind"] as ProductKind | PageArt), { headers: { "Content-Type": "image/svg+xml" } });
