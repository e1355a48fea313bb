import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addPagefindPreloads,
  buildSearchIndex,
  indexedHtml,
  indexTag,
  preparePage,
  PRELOAD_INDEX_MAX,
  warmFiles,
  type PagefindEntry,
} from "./search-index.ts";
import { buildSearchIndexApart } from "./search-index-process.ts";
import { indexChunkRanges } from "./pagefind-meta.ts";

/** This project, with caches of its own for the test. */
const paths = { root: join(import.meta.dirname, "../../.."), cacheDir: mkdtempSync(join(tmpdir(), "ocop-cache-")) };
const ENTRY: PagefindEntry = {
  languages: {
    vi: { hash: "vi_1130d8701d", wasm: null, page_count: 109 },
    en: { hash: "en_4723c85a69", wasm: "en", page_count: 100 },
  },
};
const page = (lang: string, base = "/") =>
  `<!doctype html><html lang="${lang}"><head><link rel="modulepreload" href="${base}pagefind/pagefind.js" data-pagefind-preload=""></head><body></body></html>`;
const chunks = [
  { name: "vi_a.pf_index", bytes: 20_000 },
  { name: "vi_b.pf_index", bytes: 20_000 },
  { name: "en_c.pf_index", bytes: 20_000 },
];

const workerPage = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><link rel="preload" as="fetch" crossorigin="anonymous" href="/pagefind/pagefind-worker.js" data-pagefind-preload=""></head><body></body></html>`;

describe("what Pagefind reads of a page", () => {
  it("leaves out every image, even one whose alt text holds a “>”, and keeps the text around it", () => {
    const html = `<!doctype html><html lang="vi"><head><title>Xã Bình Sơn</title></head><body><main data-pagefind-body><h1>Xã Bình Sơn</h1><img src="/map/binh-son.svg" alt="Bản đồ > Bình Sơn" width="160"><p>Chè xanh</p><img src='/x.png' alt=''></main><span data-pagefind-meta="locator">binh-son</span></body></html>`;
    const read = indexedHtml(html, preparePage(html)!.parts, []);
    expect(read).not.toMatch(/<img|map\/|Bản đồ|x\.png/);
    expect(read).toContain("<p>Chè xanh</p>");
    expect(read).toContain('<span data-pagefind-meta="locator">binh-son</span>');
  });
});

describe("preloads of the search page's head", () => {
  it("a page that marks its preload of Pagefind's worker gets the rest after it, the worker once", () => {
    const html = addPagefindPreloads(workerPage("vi"), ENTRY, "t1", chunks);
    expect(html).toContain('href="/pagefind/pagefind-worker.js" data-pagefind-preload="t1">');
    expect(html.match(/pagefind-worker\.js/g)).toHaveLength(1);
    const hrefs = [...html.matchAll(/rel="preload" href="([^"]+)" as="fetch" crossorigin/g)].map((m) => m[1]);
    expect(hrefs[0]).toBe("/pagefind/pagefind-entry.json?ts=t1");
    expect(hrefs).toContain("/pagefind/wasm.unknown.pagefind");
  });

  it("Vietnamese: Pagefind's worker, entry under the tag, the vi metadata, the language-less WebAssembly, the vi chunks", () => {
    const html = addPagefindPreloads(page("vi"), ENTRY, "t1", chunks);
    const hrefs = [...html.matchAll(/rel="preload" href="([^"]+)" as="fetch" crossorigin/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "/pagefind/pagefind-worker.js",
      "/pagefind/pagefind-entry.json?ts=t1",
      "/pagefind/pagefind.vi_1130d8701d.pf_meta",
      "/pagefind/wasm.unknown.pagefind",
      "/pagefind/index/vi_a.pf_index",
      "/pagefind/index/vi_b.pf_index",
    ]);
    expect(html).toContain('data-pagefind-preload="t1"');
  });

  it("every page's search warm-up lists, per language, exactly what that language's search page preloads", () => {
    const warm = warmFiles(ENTRY, "t1", chunks);
    expect([...warm.keys()].sort()).toEqual(["warm.en.json", "warm.vi.json"]);
    // A larger index: the word ranges of its chunks instead of the chunks themselves, as on the search page.
    const ranges = { vi_1130d8701d: [["a", "m", "vi_a"] as [string, string, string]] };
    const big = warmFiles(ENTRY, "t1", [{ name: "vi_a.pf_index", bytes: PRELOAD_INDEX_MAX + 1 }], ranges).get("warm.vi.json");
    expect(big?.files.some((f) => f.startsWith("index/"))).toBe(false);
    expect(big?.chunks).toEqual(ranges.vi_1130d8701d);
    for (const lang of ["vi", "en"]) {
      const html = addPagefindPreloads(workerPage(lang), ENTRY, "t1", chunks);
      const head = [...html.matchAll(/href="\/pagefind\/([^"]+)"/g)].map((m) => m[1]);
      expect(warm.get(`warm.${lang}.json`)).toEqual({ files: head, chunks: [] });
    }
  });

  it("English gets its own metadata and its stemming WebAssembly, under a base path", () => {
    const html = addPagefindPreloads(page("en", "/ocop/"), ENTRY, "t1", chunks);
    expect(html).toContain('href="/ocop/pagefind/pagefind.en_4723c85a69.pf_meta"');
    expect(html).toContain('href="/ocop/pagefind/wasm.en.pagefind"');
    expect(html).toContain('href="/ocop/pagefind/index/en_c.pf_index"');
    expect(html).not.toContain("vi_a");
  });

  it("a word index larger than PRELOAD_INDEX_MAX is left for Pagefind to fetch by query", () => {
    const big = [{ name: "vi_a.pf_index", bytes: PRELOAD_INDEX_MAX + 1 }];
    expect(addPagefindPreloads(page("vi"), ENTRY, "t1", big)).not.toContain("/index/");
  });

  it("a larger word index gives the page its chunks' word ranges instead, escaped for the attribute", () => {
    const big = [{ name: "vi_a.pf_index", bytes: PRELOAD_INDEX_MAX + 1 }];
    const ranges = { vi_1130d8701d: [["a", 'q"<&', "vi_a"]] as [string, string, string][] };
    const html = addPagefindPreloads(page("vi"), ENTRY, "t1", big, ranges);
    expect(html).toContain('data-pagefind-chunks="[[&quot;a&quot;,&quot;q\\&quot;&lt;&amp;&quot;,&quot;vi_a&quot;]]"');
    expect(addPagefindPreloads(page("vi"), ENTRY, "t1", chunks, ranges)).not.toContain("data-pagefind-chunks");
  });

  it("a page without the mark is unchanged", () => {
    const html = "<!doctype html><html lang=vi><head></head></html>";
    expect(addPagefindPreloads(html, ENTRY, "t1", chunks)).toBe(html);
  });

  it("the tag follows the entry file", () => {
    expect(indexTag("{}")).toBe(indexTag("{}"));
    expect(indexTag('{"a":1}')).not.toBe(indexTag("{}"));
  });
});

describe("the index, one language at a time", () => {
  const built = (lang: string, title: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><article data-pagefind-body><h1>${title}</h1><p>${title} Lý Sơn</p></article></main></body></html>`;

  const site = () => {
    const root = mkdtempSync(join(tmpdir(), "search-index-"));
    for (const [dir, lang, title] of [
      ["san-pham/toi", "vi", "Tỏi cô đơn"],
      ["san-pham/duong", "vi", "Đường phèn"],
      ["en/products/toi", "en", "Single-clove garlic"],
    ] as const) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, "index.html"), built(lang, title));
    }
    return root;
  };

  it("writes each language's index and one entry naming both", async () => {
    const root = site();
    const stats = await buildSearchIndex(root, paths);
    expect(stats.pages).toBe(3);
    const entry = JSON.parse(readFileSync(join(root, "pagefind", "pagefind-entry.json"), "utf8")) as PagefindEntry;
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({
      vi: 2,
      en: 1,
    });
    for (const { hash } of Object.values(entry.languages))
      expect(existsSync(join(root, "pagefind", `pagefind.${hash}.pf_meta`))).toBe(true);
    expect(readdirSync(join(root, "pagefind", "fragment"))).toHaveLength(3);
  });

  it("reads every chunk's word range from the metadata the installed Pagefind writes (its internal format)", async () => {
    // pagefind-meta.ts decodes Pagefind's undocumented .pf_meta files. When a Pagefind release
    // changes them, this fails: the search pages' preloads would otherwise silently go empty.
    const root = site();
    await buildSearchIndex(root, paths);
    const entry = JSON.parse(readFileSync(join(root, "pagefind", "pagefind-entry.json"), "utf8")) as PagefindEntry;
    const chunkFiles = readdirSync(join(root, "pagefind", "index")).map((name) => name.replace(/\.pf_index$/, ""));
    const ranges = Object.values(entry.languages).flatMap(({ hash }) =>
      indexChunkRanges(readFileSync(join(root, "pagefind", `pagefind.${hash}.pf_meta`)), new Set(chunkFiles)),
    );
    expect(ranges.map(([, , chunk]) => chunk).sort()).toEqual([...chunkFiles].sort());
    for (const [first, last] of ranges) expect(first <= last, `${first} … ${last}`).toBe(true);
    // A word of the pages lies in a range of its language's chunks.
    const viRanges = indexChunkRanges(
      readFileSync(join(root, "pagefind", `pagefind.${entry.languages["vi"]!.hash}.pf_meta`)),
      new Set(chunkFiles),
    );
    expect(viRanges.some(([first, last]) => first <= "phèn" && "phèn" <= last)).toBe(true);
  });

  /** The pages of a built index, from its fragments (gzip, after Pagefind's signature). */
  const indexedPages = (root: string) =>
    readdirSync(join(root, "pagefind", "fragment"))
      .map((name) => gunzipSync(readFileSync(join(root, "pagefind", "fragment", name))).toString("utf8"))
      .map((text) => JSON.parse(text.slice(text.indexOf("{"))) as { url: string; meta: { title: string } });
  const indexedTitles = (root: string) =>
    indexedPages(root)
      .map((page) => page.meta.title)
      .sort();

  it("gives each page the URL of its page in the site, though Pagefind reads it from the staged folder", async () => {
    const root = site();
    await buildSearchIndex(root, paths);
    expect(
      indexedPages(root)
        .map((page) => page.url)
        .sort(),
    ).toEqual(["/en/products/toi/", "/san-pham/duong/", "/san-pham/toi/"]);
  });

  it("after an edit, indexes the page as it is now, and a page no longer built not at all", async () => {
    // The pages Pagefind reads are staged in the cache folder and kept between builds: what
    // an earlier build staged must never reach the index unless the page is still built so.
    const cached = { ...paths, cacheDir: mkdtempSync(join(tmpdir(), "ocop-cache-")) };
    const root = site();
    await buildSearchIndex(root, cached);
    expect(indexedTitles(root)).toEqual(["Single-clove garlic", "Tỏi cô đơn", "Đường phèn"]);
    rmSync(join(root, "san-pham", "duong"), { recursive: true });
    rmSync(join(root, "en"), { recursive: true });
    writeFileSync(join(root, "san-pham", "toi", "index.html"), built("vi", "Tỏi Lý Sơn"));
    const stats = await buildSearchIndex(root, cached);
    expect(stats.pages).toBe(1);
    expect(indexedTitles(root)).toEqual(["Tỏi Lý Sơn"]);
    const entry = JSON.parse(readFileSync(join(root, "pagefind", "pagefind-entry.json"), "utf8")) as PagefindEntry;
    expect(Object.keys(entry.languages)).toEqual(["vi"]);
  });

  it("runs the same in a process of its own, and that process's failure reaches the build", async () => {
    const root = site();
    const stats = await buildSearchIndexApart(root, paths);
    expect(stats.pages).toBe(3);
    expect(readdirSync(join(root, "pagefind", "fragment"))).toHaveLength(3);
    const missing = join(root, "no-such-folder");
    await expect(buildSearchIndexApart(missing, paths)).rejects.toThrow(/ENOENT.*no-such-folder/);
  });
});
