/**
 * The search page's preloads stay true: every file the head (or the page's script, for the
 * query's index chunks) preloads exists, is downloaded once, and is one Pagefind fetches for
 * that first query anyway; a page with the preloads taken out fetches the same set. Pagefind's
 * hashed names change with every index, so this is what keeps the optimisation from
 * silently turning into extra downloads.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, PHONE, useSite } from "./harness.ts";
import { DIST } from "../../scripts/lib/dist.ts";
import { PRELOAD_INDEX_MAX } from "../../src/node/search-index/search-index.ts";
import { parseWarmFiles, typedChunks, warmFilesName } from "../../src/lib/search/warm-search.ts";

const site = useSite();

interface Load {
  /** Paths (with query) of every response, in order, with their status. */
  responses: { path: string; status: number }[];
  /**
   * Paths (with query) the server sent, in order: Pagefind's worker fetches the preloaded files
   * again and gets them from the HTTP cache, which the page's response events count as well.
   */
  served: string[];
  /** Paths of the preload and modulepreload links once the first results are drawn. */
  preloads: string[];
  cards: number;
}

const path = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/**
 * Opens a search URL in a new context (an empty HTTP cache: what the server sends is what the
 * page needed) and waits for its first results; `plain` takes the preloads out of the page.
 */
async function load(url: string, plain = false): Promise<Load> {
  const context = await site.browser.newContext(PHONE);
  const { page, errors } = await openPage(context);
  const from = site.server.served.length;
  const responses: Load["responses"] = [];
  page.on("response", (r) => responses.push({ path: path(r.url()), status: r.status() }));
  if (plain)
    await page.route(/\/(tim-kiem|en\/search)\//, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        // Every preload but the mark (Pagefind's worker, which carries the index's tag).
        .replace(/<link rel="preload"(?![^>]*data-pagefind-preload)[^>]*>/g, "")
        .replace(/\sdata-pagefind-chunks="[^"]*"/, "");
      await route.fulfill({ response, body: html });
    });
  await page.goto(site.server.url + url);
  const cards = await settle(page);
  await page.waitForLoadState("networkidle");
  const preloads = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (links) =>
    links.map((l) => {
      const u = new URL((l as HTMLLinkElement).href);
      return u.pathname + u.search;
    }),
  );
  expect(errors).toEqual([]);
  await context.close();
  return { responses, served: site.server.served.slice(from), preloads, cards };
}

async function settle(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const app = document.getElementById("search-app");
    return app && !app.hasAttribute("aria-busy") && (document.getElementById("search-status")?.textContent ?? "") !== "";
  });
  return page.locator("#search-results > *").count();
}

const pagefindFiles = (l: Load) => l.served.filter((p) => p.includes("/pagefind/"));

describe("the search page's preloads", () => {
  it.each(["toi ly son", "nuoc mam", "đường phèn", "quà tết"])(
    "“%s”: each preloaded file exists, is fetched once, and is one the query needs",
    async (q) => {
      const url = `/tim-kiem/?q=${encodeURIComponent(q)}`;
      const fast = await load(url);
      const plain = await load(url, true);
      expect(fast.cards).toBeGreaterThan(0);
      expect(fast.cards).toBe(plain.cards);
      // Pagefind's script, entry, metadata, WebAssembly and, from the page's script, the query's index chunks.
      const preloaded = fast.preloads.filter((p) => p.includes("/pagefind/"));
      expect(preloaded.some((p) => p.endsWith("/pagefind.js"))).toBe(false);
      expect(preloaded.some((p) => /\/wasm\.[a-z]+\.pagefind$/.test(p))).toBe(true);
      expect(preloaded.some((p) => /\.pf_meta$/.test(p))).toBe(true);
      expect(
        preloaded.some((p) => /\/index\/vi_\w+\.pf_index$/.test(p)),
        preloaded.join("\n"),
      ).toBe(true);
      expect(preloaded).toContain("/pagefind/pagefind-worker.js");
      for (const p of preloaded) {
        const got = fast.responses.filter((r) => r.path === p);
        expect(got.length, `${p} is preloaded`).toBeGreaterThan(0);
        expect(
          got.every((r) => r.status === 200),
          `${p} is preloaded`,
        ).toBe(true);
        expect(
          fast.served.filter((s) => s === p),
          `${p} is sent once`,
        ).toEqual([p]);
      }
      // Nothing downloaded twice: the preloads are what Pagefind's own fetches used.
      const files = pagefindFiles(fast);
      expect(files.length, files.join("\n")).toBe(new Set(files).size);
      // …and nothing preloaded that Pagefind would not have fetched for this query by itself,
      // except a word index small enough (≤ PRELOAD_INDEX_MAX) to be preloaded whole, for
      // whatever is typed next: then exactly the Vietnamese index, all of it.
      const needed = new Set(pagefindFiles(plain));
      const extra = preloaded.filter((p) => !needed.has(p));
      const viChunks = readdirSync(join(DIST, "pagefind", "index")).filter((name) => name.startsWith("vi_"));
      const viBytes = viChunks.reduce((sum, name) => sum + statSync(join(DIST, "pagefind", "index", name)).size, 0);
      // …and every index chunk Pagefind fetches for the query is one the page asked for first
      // (a word beyond a chunk's last prefix, "son" after "s", included).
      for (const chunk of [...needed].filter((p) => p.includes("/pagefind/index/")))
        expect(preloaded, `${chunk}, needed by “${q}”, is preloaded`).toContain(chunk);
      if (viBytes > PRELOAD_INDEX_MAX) expect(extra).toEqual([]);
      else
        expect(preloaded.filter((p) => p.includes("/pagefind/index/")).sort()).toEqual(
          viChunks.map((name) => `/pagefind/index/${name}`).sort(),
        );
    },
  );

  it("the English page preloads its own language's files, each fetched once", async () => {
    const fast = await load("/en/search/?q=garlic");
    expect(fast.cards).toBeGreaterThan(0);
    const preloaded = fast.preloads.filter((p) => p.includes("/pagefind/"));
    expect(preloaded.some((p) => /\.en_\w+\.pf_meta$/.test(p))).toBe(true);
    expect(preloaded.some((p) => p.endsWith("/wasm.en.pagefind"))).toBe(true);
    for (const p of preloaded) expect(fast.served.filter((s) => s === p)).toEqual([p]);
    const files = pagefindFiles(fast);
    expect(files.length, files.join("\n")).toBe(new Set(files).size);
  });
});

describe("the search warm-up from the header's box", () => {
  const warmFiles = (lang: string) =>
    parseWarmFiles(JSON.parse(readFileSync(join(DIST, "pagefind", warmFilesName(lang)), "utf8")) as unknown);

  it.each([
    ["who never touches the box", false],
    ["whose browser saves data, typing into the box", true],
  ])("a visitor %s downloads nothing of Pagefind's before searching", async (_, savesData) => {
    const context = await site.browser.newContext(PHONE);
    if (savesData)
      await context.addInitScript(() =>
        Object.defineProperty(navigator, "connection", { value: { saveData: true }, configurable: true }),
      );
    const { page, errors } = await openPage(context);
    const from = site.server.served.length;
    await page.goto(site.server.url + "/");
    await page.waitForLoadState("networkidle");
    if (savesData) {
      await page.locator("#site-search").pressSequentially("toi ly son ", { delay: 20 });
      await page.waitForTimeout(500);
    }
    expect(site.server.served.slice(from).filter((p) => p.includes("/pagefind/"))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ["vi", "/", "toi ly son"],
    ["en", "/en/", "dried garlic"],
  ])(
    "%s: focusing it fetches Pagefind's files, and typing each word's index chunk; the search page then fetches none of them again",
    async (lang, home, q) => {
      const context = await site.browser.newContext(PHONE);
      const { page, errors } = await openPage(context);
      const from = site.server.served.length;
      await page.goto(site.server.url + home);
      await page.waitForLoadState("networkidle");
      const sent = () => site.server.served.slice(from);
      const missing = (files: string[]) => files.map((f) => `/pagefind/${f}`).filter((f) => !sent().includes(f));
      const warm = warmFiles(lang);
      await page.focus("#site-search");
      await expect.poll(() => missing(warm.files), { timeout: 10_000 }).toEqual([]);
      // Every word but the last is followed by a space: its chunk comes while the visitor types on.
      await page.locator("#site-search").pressSequentially(q, { delay: 20 });
      const typed = typedChunks(q, warm.chunks, false);
      if (warm.chunks.length > 0) expect(typed.length).toBeGreaterThan(0);
      await expect.poll(() => missing(typed), { timeout: 10_000 }).toEqual([]);
      await page.press("#site-search", "Enter");
      await page.waitForURL(/[?&]q=/);
      expect(await settle(page)).toBeGreaterThan(0);
      await page.waitForLoadState("networkidle");
      const files = sent().filter((p) => p.includes("/pagefind/"));
      expect(files.length, files.join("\n")).toBe(new Set(files).size);
      expect(missing([...warm.files, ...typedChunks(q, warm.chunks, true)])).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
