/**
 * What a built page weighs as sent: its HTML, the stylesheets it links and the scripts it runs,
 * each compressed on its own (gzip level 9 and brotli quality 11, as a static host serves them).
 * Shared by the budget test (tests/build/budgets.test.ts) and the benchmarks.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { isPageKind, PAGE_KIND_NAMES, type PageKind } from "../../src/lib/routing/page-kinds.ts";

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

interface PageWeight {
  html: Size;
  css: Size;
  js: Size;
  /** The module every page loads (`<script data-site-module>`: the offline mode's registration, the search warm-up): counted apart from `js`. */
  siteModule: Size;
  /** Files counted, as site paths; inline scripts as "inline #n". */
  stylesheets: string[];
  scripts: string[];
}

function sizeOf(data: Buffer | string): Size {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };

/** Local file in `dist` of a same-site URL found in a page, or undefined for another origin. */
function localFile(dist: string, url: string): string | undefined {
  if (/^(https?:)?\/\//i.test(url)) return undefined;
  const path = decodeURI(url.split(/[?#]/)[0]!);
  return path.startsWith("/") ? join(dist, path) : undefined;
}

/** Sizes of the shared files (stylesheets, scripts), compressed once per file, not once per page that links them. */
const fileSizes = new Map<string, Size>();

/** Weighs `file` (relative to `dist`). Referenced files that are missing count as an error. */
export function pageWeight(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file));
  const doc = parse(html.toString("utf8"));
  const weight: PageWeight = { html: sizeOf(html), css: ZERO, js: ZERO, siteModule: ZERO, stylesheets: [], scripts: [] };
  const load = (url: string): Size => {
    const local = localFile(dist, url);
    if (!local || !existsSync(local)) throw new Error(`${file}: cannot weigh ${url} (not a file of this site)`);
    const known = fileSizes.get(local);
    if (known) return known;
    const size = sizeOf(readFileSync(local));
    fileSizes.set(local, size);
    return size;
  };
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute("href")!;
    weight.css = add(weight.css, load(href));
    weight.stylesheets.push(href);
  }
  // A module the page preloads is one it runs at load (the search page starts Pagefind at once).
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute("href")!;
    weight.js = add(weight.js, load(href));
    weight.scripts.push(href);
  }
  let inline = 0;
  for (const script of doc.querySelectorAll("script")) {
    if (script.getAttribute("type") === "application/ld+json") continue;
    const src = script.getAttribute("src");
    if (src && script.hasAttribute("data-site-module")) {
      weight.siteModule = add(weight.siteModule, load(src));
    } else if (src) {
      weight.js = add(weight.js, load(src));
      weight.scripts.push(src);
    } else {
      weight.js = add(weight.js, sizeOf(script.text));
      weight.scripts.push(`inline #${++inline}`);
    }
  }
  return weight;
}

export interface Budgets {
  /** Only the kinds listed are held to an HTML + CSS budget. */
  htmlPlusCss: Partial<Record<PageKind, number>>;
  /** Every kind has one (0 = no JavaScript at all). */
  javascript: Record<PageKind, number>;
  /** The module every page loads (site.js), the same file on every page. */
  siteModule: number;
}

/**
 * The budgets of budgets.config.json, checked against the page-kind records: a key that names no
 * kind (a typo, a kind renamed or removed) and a kind without a JavaScript budget are errors.
 */
export function parseBudgets(json: string): Budgets {
  const raw = JSON.parse(json) as {
    htmlPlusCss?: Record<string, unknown>;
    javascript?: Record<string, unknown>;
    siteModule?: unknown;
  };
  const problems: string[] = [];
  for (const table of ["htmlPlusCss", "javascript"] as const) {
    for (const [key, value] of Object.entries(raw[table] ?? {})) {
      if (!isPageKind(key)) problems.push(`${table}.${key}: no page kind of that name (src/lib/routing/page-kinds.ts)`);
      if (typeof value !== "number" || value < 0) problems.push(`${table}.${key}: a budget is a number of bytes ≥ 0`);
    }
  }
  for (const kind of PAGE_KIND_NAMES)
    if (raw.javascript?.[kind] === undefined) problems.push(`javascript.${kind}: every page kind needs a JavaScript budget`);
  if (typeof raw.siteModule !== "number") problems.push("siteModule: a number of bytes");
  if (problems.length > 0) throw new Error(`budgets.config.json:\n  ${problems.join("\n  ")}`);
  return raw as Budgets;
}

export function readBudgets(root: string): Budgets {
  return parseBudgets(readFileSync(join(root, "budgets.config.json"), "utf8"));
}
